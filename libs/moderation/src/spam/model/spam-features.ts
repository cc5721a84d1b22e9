import { DEFAULT_FEATURE_OPTIONS, FeatureOptions, textFeatures } from '../../text/features';
import { SpamView } from '../spam-view';
import { PHONE_NUMBER } from '../tokens';

/**
 * Shapes that say "this comment wants something from you" whatever the video or site: asking for subscribers,
 * likes or a visit, and giveaways. The model learns how much each weighs; they generalise where exact words do not.
 */
const CHANNEL_PLEA =
  /\b(?:(?:my|our)\s+(?:new\s+)?(?:channel|videos?|page|music|songs?|covers?|youtube|account|website|blog|site|stuff)|sub(?:scribe|s)?\s+(?:to|me|back|for)|subscribe|check\s+(?:it\s+|me\s+|this\s+|my\s+)?out|follow\s+me|like\s+(?:this|my)\s+(?:comment|video)|thumbs\s+up\s+if|please\s+(?:like|share|visit|watch|help|check))\b/iu;
const GIVEAWAY = /\b(?:free|win|gift\s*cards?|giveaway|earn|money|cash|prize|offer|discount|\$\d+)\b/iu;
const HINGLISH_PLEA =
  /(?:channel|चैनल)\s*(?:ko\s+)?(?:subscribe|सब्सक्राइब)|(?:ghar|घर)\s*(?:baithe|बैठे)|(?:contact|संपर्क)\s*(?:karein|karo|करें)/iu;
/**
 * Words and bigrams only: character n-grams (3–5, inside words) measured worse across videos (pooled best F1 at ≤2%
 * ham silenced 0.82 with them, 0.93 without; docs/quality.md), since they memorise each video's names.
 */
export const SPAM_FEATURE_OPTIONS: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, charMin: 0, charMax: 0 };
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const REPEATS = /(\p{L})\1{2,}/gu;
const HOST_SPLIT = /[.-]/;

const shapes = new Map<string, string>();
const MAX_CACHED_SHAPES = 50_000;

/** Numbers say more by their length than their value: "87121" and "80082" are both five-digit short codes. */
export function wordShape(word: string): string {
  let shape = shapes.get(word);
  if (shape === undefined) {
    shape = shapeOf(word);
    if (shapes.size >= MAX_CACHED_SHAPES) shapes.clear();
    shapes.set(word, shape);
  }
  return shape;
}

function shapeOf(word: string): string {
  if (DIGITS.test(word)) return word.length <= 2 ? '<num>' : `<num${Math.min(word.length, 8)}>`;
  if (word.length > 12 && HAS_DIGIT.test(word) && HAS_LETTER.test(word)) return '<code>';
  return word.replace(REPEATS, '$1$1');
}

/** The learned spam model's features of one comment body (see textFeatures), with link, phone and plea shapes. */
export function spamFeaturesOfView(view: SpamView): string[] {
  const { words, extra } = spamFeaturePartsOfView(view);
  return textFeatures(words, extra, SPAM_FEATURE_OPTIONS);
}

/** The same features in two parts, for scoring without building the list (scoreWords). */
export function spamFeaturePartsOfView(view: SpamView): { words: string[]; extra: string[] } {
  const extra: string[] = [];
  const phones = view.text.match(PHONE_NUMBER);
  if (phones) extra.push('<phone>');
  const hostWords = new Set<string>(['http', 'https', 'www']);
  for (const host of view.hosts) {
    extra.push(`host:${host}`, `tld:${host.slice(host.lastIndexOf('.'))}`);
    for (const part of host.split(HOST_SPLIT)) hostWords.add(part);
  }
  if (view.hosts.length > 0) extra.push('<url>');
  if (view.hosts.length > 1) extra.push('<urls>');
  if (CHANNEL_PLEA.test(view.text)) extra.push('<channel-plea>');
  if (GIVEAWAY.test(view.text)) extra.push('<giveaway>');
  if (HINGLISH_PLEA.test(view.text)) extra.push('<channel-plea>');
  const words: string[] = [];
  for (const word of view.words) {
    if (hostWords.has(word)) continue;
    words.push(wordShape(word));
  }
  if (words.length <= 3) extra.push('<short>');
  else if (words.length > 40) extra.push('<long>');
  return { words, extra };
}

import { foldedWords } from '../text/words';
import { CommentUnderCheck } from '../types';
import { foldedHost, SpamView, spamViewOfText } from './spam-view';

/**
 * Indian mobiles (+91, 0 or bare, 10 digits from 6-9, spaced any way) and other long international numbers. Not an
 * office landline written with its STD code and a hyphen ("0612-2217305", "0731-2535555"): readers give those for a
 * municipal or electricity office; pitches give mobiles (ham batch 3).
 */
export const PHONE_NUMBER =
  /(?<![\p{N}\p{L}])(?!0\d{2,4}-\d{6,8}(?![\p{N}]))(?:(?:\+|00)?91[\s.-]*|0)?[6-9]\d(?:[\s.-]?\d){8}(?![\p{N}])|(?<![\p{N}\p{L}])(?:\+|00)\d(?:[\s().-]?\d){8,13}(?![\p{N}])/gu;
/**
 * An Indian mobile written around the phone reader: digits spaced one by one ("9 7 1 x x x 4 4 0 2"), letters for
 * digits ("9I5O-xxx-2I7": O for 0, I or l for 1), or digits masked with x as the team's corpus writes every number it
 * quotes ("6294xxx810"; in production the same place holds the real digits, which PHONE_NUMBER reads). At least four
 * real digits, so a code or a word cannot pass for one.
 */
const WRITTEN_AROUND_PHONE =
  /(?<![\p{N}\p{L}])(?:(?:\+|00)?91[\s.-]*)?[6-9](?:[\s.-]?[\dxXOIl]){9}(?![\p{N}\p{L}])/gu;
const MAY_WRITE_AROUND = /[6-9][\s.-]?[\dxXOIl]/;
const MIN_REAL_DIGITS = 4;

/** Every phone number in a text: as PHONE_NUMBER reads them, then those written around it. */
export function phoneNumbersIn(text: string): string[] {
  const plain = text.match(PHONE_NUMBER) ?? [];
  if (!MAY_WRITE_AROUND.test(text)) return plain;
  const rest = plain.length > 0 ? text.replace(PHONE_NUMBER, ' ') : text;
  const around = (rest.match(WRITTEN_AROUND_PHONE) ?? []).filter(
    (phone) => /[xXOIl]/.test(phone) && (phone.match(/\d/g) ?? []).length >= MIN_REAL_DIGITS,
  );
  return around.length > 0 ? [...plain, ...around] : plain;
}

/** Long texts say what they are in their first words; capping keeps a 10,000-character comment cheap. */
const MAX_TOKENS = 400;
const REPEATS = /(\p{L})\1{2,}/gu;
/** Hindi function words: the only Hindi in training is the small team seed, too small to weigh them fairly. */
const NEUTRAL_WORDS = new Set(
  (
    'aur ka ki ke hai hain se mein ko bhi nahi nhi ji ye yeh wo woh ek kya tha thi sab ' +
    'और का की के है हैं से में को भी नहीं जी तो ये यह वो वह पर एक क्या न हो था थी थे ही सब'
  ).split(' '),
);

/**
 * The tokens the spam model weighs, each once: folded words in any script (Devanagari with its matras intact,
 * romanised words with stretched letters squeezed), link hosts and their TLDs, and shapes for numbers and phones.
 */
export function spamTokensOf(view: SpamView): string[] {
  const tokens = new Set<string>();
  const phones = phoneNumbersIn(view.text);
  if (phones.length > 0) tokens.add('<phone>');
  const textWithoutPhones = phones.reduce((text, phone) => text.replace(phone, ' '), view.text);
  for (const host of view.hosts) {
    tokens.add('<link>');
    tokens.add(`host:${host}`);
    tokens.add(`tld:${host.slice(host.lastIndexOf('.'))}`);
  }
  const hostWords = new Set(['http', 'https', 'www', ...view.hosts.flatMap((host) => host.split(/[.-]/))]);
  // Digits of a phone number would otherwise also count as number shapes.
  const words = phones.length > 0 ? foldedWords(textWithoutPhones) : view.words;
  for (const word of words) {
    if (tokens.size >= MAX_TOKENS) break;
    if (hostWords.has(word) || NEUTRAL_WORDS.has(word)) continue;
    tokens.add(shapeOf(word));
  }
  return [...tokens];
}

/** Numbers say more by their length than their value: "87121" and "80082" are both five-digit short codes. */
function shapeOf(word: string): string {
  if (/^\d+$/.test(word)) return word.length <= 2 ? '<num>' : `<num${Math.min(word.length, 8)}>`;
  if (/\d/.test(word) && /\p{L}/u.test(word))
    return word.length > 12 ? '<code>' : word.replace(REPEATS, '$1$1');
  return word.replace(REPEATS, '$1$1');
}

/** What the site's learning counts for a moderated comment: its body's tokens plus the author link's host. */
export function tokensForLearning(comment: CommentUnderCheck): string[] {
  const tokens = spamTokensOf(spamViewOfText(comment.body));
  if (comment.authorUrl) {
    const { host } = foldedHost(comment.authorUrl);
    if (host) tokens.push(`author-host:${host}`);
  }
  return tokens;
}

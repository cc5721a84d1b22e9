import { withoutLinks } from '../text/links';
import { words } from '../text/words';
import { scoreDevanagari } from './devanagari-markers';
import { LatinLanguage, scoreLatin } from './latin-markers';
import { Script, countScripts } from './scripts';

/**
 * A BCP 47 tag: "hi", "en", "hi-Latn" (Hindi in Latin letters), "mr", "ne", "ur", "bn", … or "und" when the text
 * is too short or gives no evidence.
 */
export type LanguageTag = string;

export const UNDETERMINED = 'und';

/** Fewer letters than this say nothing about the language ("ok", "👍", "+1"). */
const MIN_LETTERS = 3;
/** Below this much marker weight a Latin text is left undetermined rather than guessed. */
const MIN_LATIN_EVIDENCE = 1.5;

/** Scripts written by one language that matters to us (Bengali script also writes Assamese; we say "bn"). */
const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, LanguageTag>> = {
  Bengali: 'bn',
  Gurmukhi: 'pa',
  Gujarati: 'gu',
  Oriya: 'or',
  Tamil: 'ta',
  Telugu: 'te',
  Kannada: 'kn',
  Malayalam: 'ml',
  Sinhala: 'si',
  Thai: 'th',
  Greek: 'el',
  Hebrew: 'he',
  Armenian: 'hy',
  Georgian: 'ka',
  Ethiopic: 'am',
  Myanmar: 'my',
  Khmer: 'km',
  Hangul: 'ko',
  Kana: 'ja',
};

/** A detected language, and whether the evidence is strong enough to act on (the site's language policy). */
export interface LanguageGuess {
  language: LanguageTag;
  confident: boolean;
}

/** Letters of a script written by one language that make a confident guess (a short phrase, not a lone word). */
const CONFIDENT_LETTERS = 12;
/** Grammar-word weight that makes a Latin or Devanagari guess confident, and the lead it needs over the runner-up. */
const CONFIDENT_EVIDENCE = 4;
const CONFIDENT_LEAD = 1.5;

/**
 * What a reader wrote, not what they pasted: links, email addresses, @mentions and #hashtags are names, not language
 * ("…पढ़ने लायक है: https://www.bbc.com/hindi/international" is Hindi, not Portuguese). Digits and emoji are no
 * letters, so countScripts already ignores them.
 */
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/gu;
const MENTION_OR_HASHTAG = /(?<![\p{L}\p{M}\p{N}])[@#][\p{L}\p{M}\p{N}_.]+/gu;
const MAY_HAVE_NAME = /[@#]/;

export function languageTextOf(text: string): string {
  const named = MAY_HAVE_NAME.test(text) ? text.replace(EMAIL, ' ').replace(MENTION_OR_HASHTAG, ' ') : text;
  return withoutLinks(named);
}

/** Which language a comment is written in (see detectLanguageWithConfidence). */
export function detectLanguage(text: string): LanguageTag {
  return detectLanguageWithConfidence(text).language;
}

/**
 * Which language a comment is written in, read from its own words. Routes by script first, then tells languages of
 * one script apart by their grammar words. Pure and fast (a few microseconds for a comment): no model to load.
 */
export function detectLanguageWithConfidence(raw: string): LanguageGuess {
  // Intake stores NFC already; normalising again here would double the cost for nothing on most comments.
  const text = languageTextOf(raw);
  const { counts, dominant, letters } = countScripts(text);
  if (!dominant || letters < MIN_LETTERS) return { language: UNDETERMINED, confident: false };
  switch (dominant) {
    case 'Devanagari':
      return devanagariLanguage(text, letters);
    case 'Latin':
      return latinLanguage(text);
    case 'Arabic':
      return byLetters(arabicLanguage(text), letters);
    case 'Cyrillic':
      return byLetters(cyrillicLanguage(text), letters);
    case 'Han':
      return byLetters(counts.Kana ? 'ja' : 'zh', letters * 3);
    default:
      return byLetters(SINGLE_LANGUAGE_SCRIPTS[dominant] ?? UNDETERMINED, letters);
  }
}

function byLetters(language: LanguageTag, letters: number): LanguageGuess {
  return { language, confident: language !== UNDETERMINED && letters >= CONFIDENT_LETTERS };
}

/**
 * Hindi unless Marathi or Nepali grammar outweighs it: Hindi is by far the most written Devanagari language.
 * Confident when the winner's grammar words lead clearly, or for Hindi when no other language's grammar shows.
 */
function devanagariLanguage(text: string, letters: number): LanguageGuess {
  const score = scoreDevanagari(words(text));
  let language: 'hi' | 'mr' | 'ne' = 'hi';
  if (score.mr > score.hi && score.mr >= score.ne) language = 'mr';
  else if (score.ne > score.hi && score.ne > score.mr) language = 'ne';
  const best = score[language];
  const runnerUp = Math.max(
    ...(['hi', 'mr', 'ne'] as const).filter((l) => l !== language).map((l) => score[l]),
  );
  const confident =
    (best >= CONFIDENT_EVIDENCE && best >= runnerUp * CONFIDENT_LEAD) ||
    // Hindi by default only: with no grammar word of any of the three, a Marathi or Nepali reply looks the same.
    (language === 'hi' && best > 0 && runnerUp === 0 && letters >= CONFIDENT_LETTERS);
  return { language, confident };
}

function latinLanguage(text: string): LanguageGuess {
  const folded = text.toLowerCase();
  const score = scoreLatin(words(folded), folded);
  let best: LatinLanguage | null = null;
  let bestScore = 0;
  let runnerUp = 0;
  for (const [language, value] of score) {
    // English wins ties: a mixed sentence with as much English as Hindi is read as English.
    if (value > bestScore || (value === bestScore && language === 'en')) {
      runnerUp = bestScore;
      best = language;
      bestScore = value;
    } else if (value > runnerUp) runnerUp = value;
  }
  if (!best || bestScore < MIN_LATIN_EVIDENCE) return { language: UNDETERMINED, confident: false };
  return {
    language: best,
    confident: bestScore >= CONFIDENT_EVIDENCE && bestScore >= runnerUp * CONFIDENT_LEAD,
  };
}

/** Urdu writes ٹ ڈ ڑ ں ے ھ, which Arabic and Persian do not; Persian writes پ چ ژ گ, which Arabic does not. */
function arabicLanguage(text: string): LanguageTag {
  if (/[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]/.test(text)) return 'ur';
  if (/[\u067e\u0686\u0698\u06af\u06cc\u06a9]/.test(text)) return 'fa';
  return 'ar';
}

function cyrillicLanguage(text: string): LanguageTag {
  const lower = text.toLowerCase();
  if (/[ѓќѕ]/.test(lower)) return 'mk';
  if (/[ђјљњћџ]/.test(lower)) return 'sr';
  if (/ў/.test(lower)) return 'be';
  if (/[іїєґ]/.test(lower)) return 'uk';
  if (/ъ/.test(lower) && !/[ыэё]/.test(lower)) return 'bg';
  return 'ru';
}

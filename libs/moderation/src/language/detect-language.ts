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

/**
 * Which language a comment is written in. Routes by script first, then tells languages of one script apart by their
 * grammar words. Pure and fast (a few microseconds for a comment): no model to load.
 */
export function detectLanguage(text: string): LanguageTag {
  // Intake stores NFC already; normalising again here would double the cost for nothing on most comments.
  const { counts, dominant, letters } = countScripts(text);
  if (!dominant || letters < MIN_LETTERS) return UNDETERMINED;
  switch (dominant) {
    case 'Devanagari':
      return devanagariLanguage(text);
    case 'Latin':
      return latinLanguage(text);
    case 'Arabic':
      return arabicLanguage(text);
    case 'Cyrillic':
      return cyrillicLanguage(text);
    case 'Han':
      return counts.Kana ? 'ja' : 'zh';
    default:
      return SINGLE_LANGUAGE_SCRIPTS[dominant] ?? UNDETERMINED;
  }
}

/** Hindi unless Marathi or Nepali grammar outweighs it: Hindi is by far the most written Devanagari language. */
function devanagariLanguage(text: string): LanguageTag {
  const score = scoreDevanagari(words(text));
  if (score.mr > score.hi && score.mr >= score.ne) return 'mr';
  if (score.ne > score.hi && score.ne > score.mr) return 'ne';
  return 'hi';
}

function latinLanguage(text: string): LanguageTag {
  const folded = text.toLowerCase();
  const score = scoreLatin(words(folded), folded);
  let best: LatinLanguage | null = null;
  let bestScore = 0;
  for (const [language, value] of score) {
    // English wins ties: a mixed sentence with as much English as Hindi is read as English.
    if (value > bestScore || (value === bestScore && language === 'en')) {
      best = language;
      bestScore = value;
    }
  }
  return best && bestScore >= MIN_LATIN_EVIDENCE ? best : UNDETERMINED;
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

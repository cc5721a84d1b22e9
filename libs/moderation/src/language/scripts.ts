/**
 * Routing by writing system, the first and surest step of language identification. Only letters and combining marks
 * count: digits, emoji and punctuation shared between scripts (the danda "।" is used by Bengali too) decide nothing.
 */
export type Script =
  | 'Latin'
  | 'Devanagari'
  | 'Arabic'
  | 'Bengali'
  | 'Gurmukhi'
  | 'Gujarati'
  | 'Oriya'
  | 'Tamil'
  | 'Telugu'
  | 'Kannada'
  | 'Malayalam'
  | 'Sinhala'
  | 'Thai'
  | 'Cyrillic'
  | 'Greek'
  | 'Hebrew'
  | 'Armenian'
  | 'Georgian'
  | 'Ethiopic'
  | 'Myanmar'
  | 'Khmer'
  | 'Hangul'
  | 'Kana'
  | 'Han'
  | 'Other';

/** Code point ranges, sorted by start. Danda and double danda (U+0964/5) are deliberately absent. */
const RANGES: [number, number, Script][] = [
  [0x0041, 0x005a, 'Latin'],
  [0x0061, 0x007a, 'Latin'],
  [0x00c0, 0x024f, 'Latin'],
  [0x0370, 0x03ff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'],
  [0x0531, 0x058f, 'Armenian'],
  [0x0591, 0x05ff, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'],
  [0x0750, 0x077f, 'Arabic'],
  [0x0900, 0x0963, 'Devanagari'],
  [0x0966, 0x097f, 'Devanagari'],
  [0x0980, 0x09ff, 'Bengali'],
  [0x0a00, 0x0a7f, 'Gurmukhi'],
  [0x0a80, 0x0aff, 'Gujarati'],
  [0x0b00, 0x0b7f, 'Oriya'],
  [0x0b80, 0x0bff, 'Tamil'],
  [0x0c00, 0x0c7f, 'Telugu'],
  [0x0c80, 0x0cff, 'Kannada'],
  [0x0d00, 0x0d7f, 'Malayalam'],
  [0x0d80, 0x0dff, 'Sinhala'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x1000, 0x109f, 'Myanmar'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'],
  [0x1200, 0x139f, 'Ethiopic'],
  [0x1780, 0x17ff, 'Khmer'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x3040, 0x30ff, 'Kana'],
  [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
  [0xa8e0, 0xa8ff, 'Devanagari'],
  [0xac00, 0xd7af, 'Hangul'],
  [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'],
];

export function scriptOf(codePoint: number): Script | null {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end, script] = RANGES[mid];
    if (codePoint < start) hi = mid - 1;
    else if (codePoint > end) lo = mid + 1;
    else return script;
  }
  return null;
}

export interface ScriptCounts {
  counts: Partial<Record<Script, number>>;
  /** The script with the most letters; null when the text has none we know. */
  dominant: Script | null;
  letters: number;
}

/**
 * The counted script of every code point below TABLED_BELOW (Latin, Devanagari and the other Indic blocks: nearly every
 * letter of our comments), worked out once from RANGES and isPunctuationInBlock, so counting looks it up rather than
 * searching the ranges per letter. null: not a letter of a script we know.
 */
const TABLED_BELOW = 0x1000;
const COUNTED_SCRIPT: readonly (Script | null)[] = Array.from({ length: TABLED_BELOW }, (_, code) =>
  code < 0x41 || isPunctuationInBlock(code) ? null : scriptOf(code),
);

function countedScriptOf(code: number): Script | null {
  if (code < TABLED_BELOW) return COUNTED_SCRIPT[code];
  return isPunctuationInBlock(code) ? null : scriptOf(code);
}

export function countScripts(text: string): ScriptCounts {
  const counts: Partial<Record<Script, number>> = {};
  let letters = 0;
  let dominant: Script | null = null;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x41) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) ?? code;
      i++;
    }
    const script = countedScriptOf(code);
    if (!script) continue;
    letters++;
    const count = (counts[script] ?? 0) + 1;
    counts[script] = count;
    if (!dominant || count > (counts[dominant] ?? 0)) dominant = script;
  }
  return { counts, dominant, letters };
}

/** Digits and punctuation that sit inside a script's block (Arabic comma, Devanagari digits) are not letters. */
function isPunctuationInBlock(code: number): boolean {
  return (
    (code >= 0x0660 && code <= 0x066d) ||
    code === 0x060c ||
    code === 0x061b ||
    code === 0x061f ||
    code === 0x06d4 ||
    (code >= 0x06f0 && code <= 0x06f9) ||
    (code >= 0x0966 && code <= 0x0970) ||
    (code >= 0x09e6 && code <= 0x09ef) ||
    code === 0x00d7 ||
    code === 0x00f7
  );
}

/**
 * A phonetic key shared by Devanagari and romanised Hindi, so one lexicon entry matches every spelling of a word:
 * "चूतिया", "चुतिया", "chutiya", "chootiya" → "chutia". Devanagari is transliterated (nukta dropped, anusvara and
 * chandrabindu as "n", vowel length folded, Hindi schwa deletion), then both scripts fold the same way (oo→u, ee→i,
 * w→v, z→j, ph→f, repeated letters once). `stem` also takes off an inflection (-ा/-े/-ी/-ो/-ों/-ियों/-पन/-गिरी…).
 */
export interface WordKey {
  key: string;
  stem: string;
  /** The stem without the vowel "a" after its first letter: "bewakoof" and "बेवकूफ" meet at "bvkuf". */
  loose: string;
  /** The stem is shorter than the key: the word carried an inflection. */
  inflected: boolean;
  devanagari: boolean;
}

const CONSONANTS: Record<string, string> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd',
  ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y',
  र: 'r', ल: 'l', ळ: 'l', व: 'v', श: 'sh', ष: 'sh', स: 's', ह: 'h',
  क़: 'k', ख़: 'kh', ग़: 'g', ज़: 'j', ड़: 'd', ढ़: 'dh', फ़: 'f', य़: 'y',
}; // prettier-ignore
const VOWELS: Record<string, string> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'e', ओ: 'o', औ: 'o', ऑ: 'o', ऍ: 'e',
}; // prettier-ignore
const MATRAS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'e', 'ो': 'o', 'ौ': 'o', 'ॉ': 'o',
  'ॅ': 'e', 'ॆ': 'e', 'ॊ': 'o',
}; // prettier-ignore
const VIRAMA = '\u094d';
const NUKTA = '\u093c';
const NASALS = /[\u0900-\u0902]/; // chandrabindu, anusvara
const SCHWA = 'ə';
const DEVANAGARI = /[\u0900-\u097f]/;

/** Devanagari to plain Latin letters, one unit per consonant or vowel, with Hindi schwa deletion. */
function transliterate(word: string): string {
  const chars = [...word.replace(new RegExp(NUKTA, 'g'), '')];
  const units: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const consonant = CONSONANTS[c];
    if (consonant !== undefined) {
      units.push(consonant);
      const next = chars[i + 1];
      if (next !== VIRAMA && !(next !== undefined && next in MATRAS)) units.push(SCHWA);
      continue;
    }
    if (c in MATRAS) units.push(MATRAS[c]);
    else if (c in VOWELS) units.push(VOWELS[c]);
    else if (NASALS.test(c)) units.push('n');
    else if (c !== VIRAMA && /[a-z0-9]/.test(c)) units.push(c);
  }
  return deleteSchwas(units);
}

const IS_VOWEL = /^[aeiouə]|^ri$/;
const vowel = (unit: string | undefined) => unit !== undefined && IS_VOWEL.test(unit);
const consonant = (unit: string | undefined) => unit !== undefined && !IS_VOWEL.test(unit);

/** Hindi drops the inherent vowel at the end of a word and in V C _ C V (right to left): "मादरचोद" → "madarchod". */
function deleteSchwas(units: string[]): string {
  if (units[units.length - 1] === SCHWA && units.length > 2) units.pop();
  for (let i = units.length - 2; i >= 2; i--) {
    if (units[i] !== SCHWA) continue;
    if (consonant(units[i - 1]) && vowel(units[i - 2]) && consonant(units[i + 1]) && vowel(units[i + 2])) {
      units.splice(i, 1);
    }
  }
  return units.join('').replace(/ə/g, 'a');
}

/** The spelling folds both scripts share. */
function foldLatin(latin: string): string {
  return latin
    .replace(/x/g, 'ks')
    .replace(/chh/g, 'x') // छ, kept apart from च: "छोड़ो" (leave it) is not "चोदो"
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/sh/g, 's')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/au/g, 'o')
    .replace(/ey$/, 'e')
    .replace(/iy(?=[aeiou])/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Inflections taken off for the stem, longest first; a stem keeps at least three letters. */
const SUFFIXES = ['iyon', 'iyan', 'ion', 'ian', 'giri', 'pana', 'pan', 'on', 'en', 'a', 'e', 'i', 'o', 'u'];
const MIN_STEM = 3;
/**
 * -ia/-ie/-io with -ion: चूतिया, चूतिए, चूतियो and चूतियों share one stem (round 5: -ियों met nothing of its -िया
 * word). Only on a stem of four letters or more, as the lexicon matches stems: बनिया/बनिये keep "bani".
 */
const IYA_SUFFIXES = ['ia', 'ie', 'io'];

function stemOf(key: string): string {
  for (const suffix of IYA_SUFFIXES) {
    if (key.length - suffix.length >= 4 && key.endsWith(suffix)) return key.slice(0, -suffix.length);
  }
  for (const suffix of SUFFIXES) {
    if (key.length - suffix.length >= MIN_STEM && key.endsWith(suffix)) return key.slice(0, -suffix.length);
  }
  return key;
}

const memo = new Map<string, WordKey>();
const MAX_MEMO = 50_000;

/** The key of one folded word (a matchWords word: lower case, leetspeak and lookalikes already undone). */
export function wordKey(word: string): WordKey {
  let found = memo.get(word);
  if (found) return found;
  const devanagari = DEVANAGARI.test(word);
  const latin = devanagari ? transliterate(word) : word.replace(/[^a-z*]/g, '');
  const key = foldLatin(latin);
  // An English plural on a romanised word ("katuas", "chutiyas") is an inflection too.
  const stem = !devanagari && /[^s]s$/.test(key) && key.length > 4 ? stemOf(key.slice(0, -1)) : stemOf(key);
  found = {
    key,
    stem,
    loose: stem[0] + stem.slice(1).replace(/a/g, ''),
    inflected: stem !== key,
    devanagari,
  };
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(word, found);
  return found;
}

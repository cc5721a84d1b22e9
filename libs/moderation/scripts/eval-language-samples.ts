import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../training/csv';

/** The shared data sets, read in place (never copied into the repo). SHARED_DATASETS overrides the location. */
export const DATASETS = process.env.SHARED_DATASETS ?? join(__dirname, '../../../../shared/datasets');

/** ISO 639-3 gold labels of the language-id samples mapped to the tags detectLanguage answers. */
export const TAG_OF_ISO3: Record<string, string> = {
  hin: 'hi', mar: 'mr', nep: 'ne', npi: 'ne', urd: 'ur', ben: 'bn', eng: 'en', spa: 'es', fra: 'fr', deu: 'de',
  por: 'pt', ita: 'it', nld: 'nl', ind: 'id', tur: 'tr', pol: 'pl', rus: 'ru', ukr: 'uk', bul: 'bg', srp: 'sr',
  mkd: 'mk', bel: 'be', ara: 'ar', pes: 'fa', cmn: 'zh', jpn: 'ja', kor: 'ko', tha: 'th', pan: 'pa', guj: 'gu',
  tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', ori: 'or', ory: 'or', sin: 'si', ell: 'el', heb: 'he', hye: 'hy',
  kat: 'ka', amh: 'am', mya: 'my', khm: 'km',
}; // prettier-ignore

export interface LabelledText {
  source: string;
  language: string;
  text: string;
}

/** Sentence-length pieces: split at sentence ends, then long sentences at commas, each at least 25 characters. */
export function sentencePieces(text: string): string[] {
  const pieces: string[] = [];
  for (const sentence of text.split(/(?<=[।॥.!?؟۔])\s+|\n+/u)) {
    const parts = sentence.length > 160 ? sentence.split(/(?<=[,;،])\s+/u) : [sentence];
    let current = '';
    for (const part of parts) {
      current = current ? `${current} ${part}` : part;
      if (current.length >= 60) {
        pieces.push(current.trim());
        current = '';
      }
    }
    if (current.trim().length >= 25) pieces.push(current.trim());
  }
  return pieces;
}

/** whatlang-rs examples and franc's UDHR fixtures (both MIT), in sentence-length pieces, for the tags we answer. */
export function languageIdSamples(): LabelledText[] {
  const samples: LabelledText[] = [];
  const add = (source: string, iso: string, text: string) => {
    const language = TAG_OF_ISO3[iso];
    if (!language) return;
    for (const piece of sentencePieces(text)) samples.push({ source, language, text: piece });
  };
  const whatlang = JSON.parse(
    readFileSync(join(DATASETS, 'langid/langid_whatlang_examples/examples.json'), 'utf8'),
  ) as Record<string, string>;
  for (const [iso, text] of Object.entries(whatlang)) add('whatlang', iso, text);
  const udhr = JSON.parse(
    readFileSync(join(DATASETS, 'langid/langid_franc_udhr_fixtures/fixtures.json'), 'utf8'),
  ) as { iso6393: string; text: string }[];
  for (const entry of udhr) add('udhr', entry.iso6393, entry.text);
  return samples;
}

export interface TracRow {
  text: string;
  label: 'OAG' | 'CAG' | 'NAG';
}

/** TRAC-1 train (Apache-2.0): "hindi" is mostly romanised Hindi, "english" is Indian English with some Hinglish. */
export function tracRows(set: 'hindi' | 'english'): TracRow[] {
  const file = set === 'hindi' ? 'hindi/agr_hi_train.csv' : 'english/agr_en_train.csv';
  return parseCsv(readFileSync(join(DATASETS, 'abuse/trac1', file), 'utf8'))
    .filter((row) => row.length >= 3)
    .map((row) => ({ text: row[1], label: row[2].trim() as TracRow['label'] }));
}

/** Jigsaw toxic head (CC0): English Wikipedia talk comments, mostly clean. */
export function jigsawRows(): { text: string; toxic: boolean }[] {
  const rows = parseCsv(
    readFileSync(join(DATASETS, 'abuse/jigsaw_toxic_train_head/sample_data.csv'), 'utf8'),
  );
  return rows.slice(1).map((row) => ({ text: row[1], toxic: row.slice(2).some((flag) => flag === '1') }));
}

/**
 * The fixed held-out fifth of TRAC-1: a row is held out when the FNV-1a hash of its text is 0 mod 5. Models train on
 * the rest only (the aggression model, and the spam model's Hindi/Hinglish ham), and are measured on this part.
 */
export function isTracHeldOut(text: string): boolean {
  return fnv1a(text) % 5 === 0;
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

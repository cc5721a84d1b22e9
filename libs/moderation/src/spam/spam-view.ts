import { findLinks } from '../text/links';
import { normaliseSubmittedText } from '../text/normalise';
import { foldedWords } from '../text/words';
import { hiddenLinksIn } from './hidden-links';

/** Cyrillic and Greek letters that look like Latin ones; spammers swap them into hosts and words to dodge lists. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  τ: 't',
  ι: 'i',
  κ: 'k',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const CONFUSABLE_CHAR = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');
/** A run of non-space characters that mixes Latin letters with Cyrillic or Greek ones: a disguise, not a language. */
const MIXED_SCRIPT_RUN = /(?=\S*\p{Script=Latin})(?=\S*[\p{Script=Cyrillic}\p{Script=Greek}])\S+/gu;
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]/;
const LETTERS = /\p{L}/gu;
/** Devanagari digits count as digits for phone numbers and shapes. */
const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;
const HAS_DEVANAGARI_DIGIT = /[\u0966-\u096f]/;

/** The comment as the spam checks see it: invisible characters gone, look-alike letters folded, links found. */
export interface SpamView {
  /** NFKC text (fullwidth and "bold" letters folded), invisible characters removed, homoglyph runs made Latin. */
  text: string;
  words: string[];
  /** Lower-cased hosts of the body's links, after folding. */
  hosts: string[];
  /** Hosts that had look-alike letters from another script before folding. */
  disguisedHosts: string[];
  /** Addresses written so no link reader sees them ("www dot x dot in", "x(.)com"), put back together. */
  hiddenLinks: string[];
  /** Letters in the text (any script), for ratios. */
  letterCount: number;
}

/**
 * Read once per comment by the pipeline (TextView.spam) for every spam phase and the classifier. Safe on any input:
 * long texts, emoji-only and mixed scripts only cost linear regex passes.
 */
export function spamViewOfText(raw: string): SpamView {
  const nfkc = normaliseSubmittedText(raw).normalize('NFKC');
  const cleaned = HAS_DEVANAGARI_DIGIT.test(nfkc)
    ? nfkc.replace(DEVANAGARI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0966))
    : nfkc;
  const disguisedRuns: string[] = [];
  // The look-ahead scan is the costliest pass; text with no Cyrillic or Greek letter cannot need it.
  const text = CYRILLIC_OR_GREEK.test(cleaned)
    ? cleaned.replace(MIXED_SCRIPT_RUN, (run) => {
        const folded = run.replace(CONFUSABLE_CHAR, (c) => CONFUSABLES[c] ?? c);
        if (folded !== run) disguisedRuns.push(folded);
        return folded;
      })
    : cleaned;
  const hosts = findLinks(text);
  const disguisedHosts = disguisedRuns.flatMap((run) => findLinks(run));
  const letterCount = text.length - text.replace(LETTERS, '').length;
  return {
    text,
    words: foldedWords(text),
    hosts,
    disguisedHosts,
    hiddenLinks: hiddenLinksIn(text),
    letterCount,
  };
}

/** A host as a reader types it: folded the same way the body is, so "pаypal.com" (Cyrillic а) reads as paypal.com. */
export function foldedHost(url: string): { host: string | null; disguised: boolean } {
  const view = spamViewOfText(url);
  return { host: view.hosts[0] ?? null, disguised: view.disguisedHosts.length > 0 };
}

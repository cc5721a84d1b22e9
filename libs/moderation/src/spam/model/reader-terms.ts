/**
 * What readers under news write and pitches do not (issue 13, ham batch 3): the spam checks silenced readers who warn
 * others about a scam or give a public helpline, because those comments name the scam's words ("KBC lottery",
 * "whatsapp", "loan app", "customer care number") and numbers ("1800-116-117", "1930").
 * - `<scam-warning>`: the writer calls something fake, a fraud or a scam, or tells readers to beware ("fake hai",
 *   "ठगी", "फर्जी", "beware", "सावधान", "mat dena"), learned as a model feature. Not when it is denied ("fake nahi",
 *   "not a scam", "fraud नहीं"): that is the seller's own reassurance. The spam-topic check softens a topic beside a
 *   warning too, but only when no phone, link of its own or ask comes with it (phases/spam/spam-topics.ts).
 * - `<helpline>`: a public service number, written as a word shape instead of `<num3>`/`<num4>`: India's toll-free
 *   1800/1860 numbers and the national short codes (112, 1098, 1930…). Pitches give mobiles (`<phone>`); the short
 *   shapes carried what SMS short codes taught.
 * A Devanagari word ends where no letter or vowel sign follows (its vowel signs belong to it); no `\b` there.
 */
const END = '(?![\\p{L}\\p{M}])';
const START = '(?<![\\p{L}\\p{M}])';

const SCAM_WORDS_LATIN =
  '(?:fake|fraud|froud|frauds|fraudsters?|farzi|farji|scams?|scammers?|scammed|thagi|thag|thage|dhokha|dhoka|dhokhadhadi|beware|savdhan|sawdhan|saavdhan|cheated|conned)';
const DENIAL_LATIN = '(?:not|no|koi|zero|never)';
const SCAM_WARNING_LATIN = new RegExp(
  [
    String.raw`(?<!\b${DENIAL_LATIN}\s+(?:a\s+)?)\b${SCAM_WORDS_LATIN}\b(?!\s+(?:nahi|nahin|nhi|nai|nahi\s+hai)\b)`,
    String.raw`\b(?:don['’]?t|do\s+not|never)\s+(?:share|pay|click|send|give|scan|trust|fall\s+for|install)\b`,
    String.raw`\bmat\s+(?:dena|do|dijiye|karna|bhejna|bhejo|uthao|uthana|jao|jana|daalna|dalna|karo)\b`,
    // The victim's own story: "bachke rehna", "20k doob gaye", "fas gaya", "I lost 12,000" (not "I lost 10 kg").
    String.raw`\b(?:bachke|bach\s+ke|bachna|bacho)\b|\b(?:doob|dub|fas|phas|fans)\s*(?:gaye|gaya|gayi|gae)\b|\b(?:gawa|gawaye|gawa\s+diye|gawa\s+chuka)\b|\bi\s+lost\s+(?:rs\.?\s*\d|₹\s*\d|\d[\d,]{3,}|(?:my\s+)?(?:money|savings))`,
  ].join('|'),
  'i',
);
const SCAM_WARNING_DEVANAGARI = new RegExp(
  [
    `(?<!${START}कोई\\s+)${START}(?:फर्जी|फ़र्ज़ी|फर्ज़ी|फ़र्जी|फ्रॉड|फ्राड|ठगी|ठग|ठगे|ठगा|ठगने|धोखा|धोखे|धोखाधड़ी|स्कैम|सावधान|बचें|बचके|बचकर)${END}(?!\\s+नहीं)`,
    `${START}मत\\s+(?:दें|दीजिए|दो|करें|करो|कीजिए|भेजें|भेजो|भेजिए)${END}`,
    `${START}(?:डूब|फंस|फँस)\\s+(?:गए|गया|गई|गये)${END}|${START}(?:गंवा|गँवा|गंवाए|गँवाए)${END}`,
  ].join('|'),
  'u',
);
const DEVANAGARI = /[\u0900-\u097F]/;

/** Whether the writer warns about a scam (see `<scam-warning>` above). */
export function warnsOfScam(text: string): boolean {
  return SCAM_WARNING_LATIN.test(text) || (DEVANAGARI.test(text) && SCAM_WARNING_DEVANAGARI.test(text));
}

/**
 * National short codes, from the government's lists: emergency 112, child 1098, cyber fraud 1930, women 181/1091/1090,
 * ambulance 108, rail 139, highways 1033, disasters 1070/1077/1078, power 1912, consumer 1915, water/sewer 1916, gas
 * 1906, veterinary 1962, voters 1950, Aadhaar 1947, IRCTC food 1323, senior citizens 14567, Tele-MANAS 14416,
 * Ayushman 14555, legal aid 15100, municipal 1533. 100-104 are left out: they are amounts and counts far more often.
 */
const SHORT_CODES = new Set(
  (
    '108 112 139 181 1033 1064 1070 1077 1078 1090 1091 1092 1098 1291 1323 1533 1906 1912 1915 1916 1930 1947 1950 ' +
    '1962 14416 14555 14567 15100'
  ).split(' '),
);
/** A toll-free number: 1800 or 1860, then 6 or 7 digits in groups ("1800-116-117", "1800 180 1551", "18001805555"). */
const TOLL_FREE = /(?<!\d)18[06]0(?:[\s-]?\d){6,7}(?!\d)/g;
/** A run of 3 to 5 digits starting with 1: the only runs a short code can be (cheaper than every digit run). */
const SHORT_CODE_CANDIDATE = /(?<!\d)1\d{2,4}(?!\d)/g;
const DIGIT_RUN = /\d+/g;

/** The digit runs of the comment's public helpline numbers, or null when it gives none (most comments). */
export function helplineNumbers(text: string): Set<string> | null {
  let runs: Set<string> | null = null;
  for (const run of text.match(SHORT_CODE_CANDIDATE) ?? []) {
    if (SHORT_CODES.has(run)) (runs ??= new Set()).add(run);
  }
  if (text.includes('180')) {
    for (const match of text.matchAll(TOLL_FREE)) {
      runs ??= new Set();
      for (const run of match[0].match(DIGIT_RUN) ?? []) runs.add(run);
    }
  }
  return runs;
}

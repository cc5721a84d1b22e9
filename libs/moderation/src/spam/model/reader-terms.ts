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
/**
 * Helplines that answer on a mobile-format number, from the services' own pages: Vandrevala Foundation (mental
 * health, calls and WhatsApp), iCall (TISS counselling), AASRA (suicide prevention), the National Commission for
 * Women's WhatsApp line. Readers pass these on to someone struggling; read as a `<phone>` they silenced the reader as
 * a pitch giving a private number (issue 13, reader8). Matched on the last ten digits, however the number is spaced.
 */
const PUBLIC_HELPLINE_MOBILES = new Set(['9999666555', '9152987821', '9820466726', '7217735372']);

/** Whether a phone number as found in a text (phoneNumbersIn) is one of the public helplines above. */
export function isPublicHelplinePhone(phone: string): boolean {
  return PUBLIC_HELPLINE_MOBILES.has(phone.replace(/\D/g, '').slice(-10));
}

/**
 * The digit runs of the comment's public helpline numbers, or null when it gives none (most comments). `phones` are
 * the comment's phone numbers (phoneNumbersIn), of which the public helplines' count too.
 */
export function helplineNumbers(text: string, phones: readonly string[] = []): Set<string> | null {
  let runs: Set<string> | null = null;
  for (const phone of phones) {
    if (!isPublicHelplinePhone(phone)) continue;
    runs ??= new Set();
    for (const run of phone.match(DIGIT_RUN) ?? []) runs.add(run);
  }
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

/**
 * `<news-clip>`: a reader passing on someone else's clip of the news ("watch this video, the minister admitted it",
 * "check out the clip of the press conference", "ye video dekho, SDM sahab khud keh rahe", "यह वीडियो देखिए, मंत्री
 * जी ने खुद माना"). The YouTube set taught that "check out", "watch this video" and a link are a plea, because there
 * the writer promotes their own video; on a news site the reader points at this/the/his clip of a public person or a
 * news event. Whose thing it is decides: with the writer's own work in the text (my video, मेरा चैनल) it is no clip
 * share (spam-features.ts checks that). What it is about decides too: a pointer with no news subject ("Check out this
 * video on YouTube:", YouTube's share text, 95 spam rows) stays a plea.
 */
const CLIP = String.raw`(?:(?:full|whole|entire|latest|viral|old|original|short|live|ground|purana|pura|poora)\s+)?(?:videos?|clips?|speech|interview|press\s+conference|presser|report|debate|bulletin|footage|prime\s*time|bhashan|vdo)`;
const THEIRS = String.raw`(?:this|that|the|his|her|their|these|[\w.]+['’]s|ye|yeh|ya|is|iss|wo|woh|us|uss|unka|unki|inka|inki|[\w.]+\s+(?:ka|ki|wala|wali))`;
const LOOK_VERB = String.raw`(?:watch|check|see|look\s+at|listen\s+to|hear|dekho|dekhiye|dekhein|dekhen|dekhe|dekh\s+lo|dekh\s+lijiye|suno|suniye|check\s+karo|check\s+kare|check\s+kijiye)`;
const CLIP_POINTER_LATIN = new RegExp(
  [
    String.raw`\b${LOOK_VERB}\s+(?:out\s+)?${THEIRS}\s+${CLIP}\b`,
    String.raw`\b${THEIRS}\s+${CLIP}\s+(?:ko\s+)?(?:\w+\s+){0,2}${LOOK_VERB}\b`,
  ].join('|'),
  'i',
);
const CLIP_DEVANAGARI = '(?:पूरा\\s+|पूरी\\s+|ग्राउंड\\s+)?(?:वीडियो|क्लिप|भाषण|इंटरव्यू|रिपोर्ट|प्रेस\\s+कॉन्फ्रेंस)';
const THEIRS_DEVANAGARI = '(?:यह|ये|इस|वह|वो|उस|उनका|उनकी|उनके|[\\p{L}\\p{M}]+\\s+(?:का|की|के))';
const LOOK_DEVANAGARI = '(?:देखिए|देखिये|देखें|देखो|देख\\s+लो|देख\\s+लीजिए|सुनिए|सुनो)';
const CLIP_POINTER_DEVANAGARI = new RegExp(
  [
    `${START}${LOOK_DEVANAGARI}\\s+${THEIRS_DEVANAGARI}\\s+${CLIP_DEVANAGARI}${END}`,
    `${START}${THEIRS_DEVANAGARI}\\s+${CLIP_DEVANAGARI}\\s+(?:को\\s+|में\\s+|यहाँ\\s+|यहां\\s+)?(?:ज़रूर\\s+|जरूर\\s+)?${LOOK_DEVANAGARI}${END}`,
    `${START}${CLIP_DEVANAGARI}\\s+(?:यहाँ\\s+|यहां\\s+)?${LOOK_DEVANAGARI}${END}`,
  ].join('|'),
  'u',
);
/** A public person, office or news event the clip is about, or a news outlet that aired it. */
const NEWS_SUBJECT = new RegExp(
  [
    String.raw`\b(?:minister|mantri|pm|cm|mla|mp|dgp|dm|sdm|collector|officer|neta|leader|opposition|government|govt|sarkar|police|court|judge|election|chunav|flood|baadh|protest|rally|parliament|sansad|assembly|vidhan\s*sabha|budget|accident|stampede|riot|strike|ground\s+report|reporter|anchor|news|khabar|bulletin|press\s+conference|ndtv|aaj\s*tak|bbc|ani|pti|doordarshan|dd\s+news|sansad\s+tv|zee|abp|republic|lallantop|ravish|tv9|india\s+today)\b`,
    `${START}(?:मंत्री|प्रधानमंत्री|मुख्यमंत्री|सरकार|पुलिस|अदालत|कोर्ट|चुनाव|बाढ़|रैली|संसद|विधानसभा|विधायक|सांसद|नेता|कलेक्टर|डीएम|अधिकारी|खबर|ख़बर|रिपोर्टर|हादसा|प्रदर्शन|बजट|प्रेस)${END}`,
  ].join('|'),
  'iu',
);
/** The writer's own clip or channel: "my video on this", "hamare channel pe", "हमारा वीडियो देखिए". */
const OWN_CLIP = new RegExp(
  [
    String.raw`\b(?:my|our|mera|mere|meri|hamara|hamare|hamari)\s+(?:[\w']+\s+){0,2}(?:videos?|clips?|channel|vlogs?|page|analysis)\b`,
    `${START}(?:मेरा|मेरे|मेरी|हमारा|हमारे|हमारी)\\s+(?:[\\p{L}\\p{M}]+\\s+){0,2}(?:वीडियो|क्लिप|चैनल|पेज|विश्लेषण)${END}`,
  ].join('|'),
  'iu',
);
const CLIP_START =
  /video|clip|speech|interview|report|presser|footage|debate|bulletin|prime|bhashan|vdo|conference|वीडियो|क्लिप|भाषण|इंटरव्यू|रिपोर्ट|कॉन्फ्रेंस/i;

/**
 * The words pointing at someone else's clip of the news, as written, or null: a pointer (this/the/his video, ye
 * video dekho, यह वीडियो देखिए) and a news subject in the same comment, and no clip or channel of the writer's own.
 */
export function newsClipPointerIn(text: string): string | null {
  if (!CLIP_START.test(text)) return null;
  const match =
    CLIP_POINTER_LATIN.exec(text) ?? (DEVANAGARI.test(text) ? CLIP_POINTER_DEVANAGARI.exec(text) : null);
  if (!match || !NEWS_SUBJECT.test(text) || OWN_CLIP.test(text)) return null;
  return match[0];
}

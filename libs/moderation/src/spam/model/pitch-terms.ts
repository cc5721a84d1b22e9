/**
 * The terms a seller offers in any trade, learned as model features (issue 13, sixth pass): web-spam pitches without a
 * link or phone (a satta "leak number", an SEO agency's "link insertions") still state the deal, and the deal reads
 * the same across trades, so it carries to trades and sites the corpus never wrote down.
 * - `<pay-after>`: payment only after the result ("pay after results", "फीस काम के बाद", "pehle kaam phir paisa",
 *   "एडवांस कुछ नहीं"): the satta tipster's and the ranking agency's promise, not how readers talk about paying.
 * - `<reply-ask>`: asking to be messaged privately for the deal ("message me for the plan", "msg karo", "इनबॉक्स
 *   करें"): the pitch moves off the site. Not "email me" or "reply karo": readers ask for a reply or a notification
 *   that way (a digest by email, an answer from the author).
 * - `<unit-price>`: a price per unit of what is sold ("$30 per link", "₹100 per article", "1000 sub sirf 299 me",
 *   "5000 likes 799 me").
 * A Devanagari word ends where no letter or vowel sign follows (its vowel signs belong to it); no `\b` there.
 */
const END = '(?![\\p{L}\\p{M}])';
const START = '(?<![\\p{L}\\p{M}])';

const PAY_AFTER = {
  latin: new RegExp(
    [
      String.raw`\bpay(?:ment)?\s+(?:only\s+)?after\s+(?:the\s+)?(?:results?|work|ranking|delivery|match|win|you\s+win)\b`,
      String.raw`\bno\s+(?:advance|upfront)(?:\s+(?:payment|fee))?\b`,
      String.raw`\b(?:pehle|pahle)\s+(?:kaam|kam|result)\s+(?:phir|fir)\s+(?:paisa|paise|payment|fees?)\b`,
      String.raw`\b(?:fees?|paisa|paise|payment|dakshina)\s+(?:match|result|kaam|kam|jeet(?:ne)?|pass)\s+(?:hone\s+)?(?:ke\s+)?(?:baad|bad)\b`,
      // The money-back promise of the astrologer and the agent: "result nahi to paise wapas", "money back guarantee".
      String.raw`\b(?:money\s+back|paise\s+wapas|paisa\s+wapas)\s+guarantee\b`,
      String.raw`\b(?:result|kaam|kam)\s+(?:na|nahi|nahin)\s+(?:hua|hone\s+par|mila|mile)?\s*(?:to|toh)\s+(?:paise|paisa|fees?)\s+wapas\b`,
      String.raw`\badvance\s+(?:kuch\s+)?(?:nahi|nahin|mat)\b`,
      String.raw`\b(?:results?|kaam|kam|match|jeet(?:ne)?)\s+ke\s+(?:baad|bad)\s+(?:hi\s+)?(?:payment|paisa|paise|fees?)\b`,
    ].join('|'),
    'i',
  ),
  devanagari: new RegExp(
    [
      `${START}(?:फीस|फ़ीस|पैसा|पैसे|पेमेंट|भुगतान|दक्षिणा)\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}(?:के\\s+)?बाद${END}`,
      `${START}(?:परिणाम|रिजल्ट|रिज़ल्ट|काम)\\s+(?:न|ना|नहीं)\\s+(?:मिले|हो|हुआ|होने\\s+पर)\\s+तो\\s+(?:पैसे|पैसा|फीस)\\s+वापस${END}`,
      `${START}(?:रिजल्ट|रिज़ल्ट|परिणाम|काम|जीत|जीतने|पास\\s+होने)\\s+के\\s+बाद\\s+(?:ही\\s+)?(?:पेमेंट|पैसा|पैसे|फीस|फ़ीस|भुगतान)${END}`,
      `${START}(?:एडवांस|अग्रिम)\\s+(?:कुछ\\s+)?(?:नहीं|ना|मत)${END}`,
      `${START}पहले\\s+(?:काम|रिजल्ट)\\s+(?:फिर|बाद\\s+में)\\s+(?:पैसा|पैसे|पेमेंट|फीस)${END}`,
    ].join('|'),
    'u',
  ),
};
const REPLY_ASK = {
  latin: new RegExp(
    [
      String.raw`\b(?:message|msg|inbox|dm|pm)\s+(?:me|us)\s+(?:for|to\s+(?:get|buy|know|join|book)|now|today)\b`,
      String.raw`\b(?:msg|message|inbox|pm)\s+(?:karo|karein|karen|kare|kijiye)\b`,
      // The ask closing the pitch: "COD. Msg me", "…for the company details, DM me!".
      String.raw`\b(?:msg|message|inbox|dm|pm)\s+(?:me|us)\s*(?:$|[.!…]|🙏|👇)`,
    ].join('|'),
    'i',
  ),
  devanagari: new RegExp([`${START}(?:मैसेज|मेसेज|इनबॉक्स)\\s*(?:करें|करो|कीजिए|करिए|करे)${END}`].join('|'), 'u'),
};
const UNIT_PRICE = {
  latin: new RegExp(
    [
      String.raw`(?:[$₹£€]|\brs\.?\s*|\binr\s*)\d[\d,.]*\s*(?:\/-\s*)?(?:per|each|/)\s*(?:link|post|article|backlink|review|like|follower|subscriber|view|tip|call)s?\b`,
      String.raw`\b\d[\d,.]*\s*(?:rs|rupees?|rupay|rupaye|₹)?\s*per\s+(?:link|post|article|backlink|review)\b`,
      String.raw`\b\d[\d,.]*k?\s+(?:followers|likes|views|subscribers?|subs|reviews|backlinks)\s+(?:sirf|only|just|at|for)?\s*(?:rs\.?\s*|₹\s*)?\d[\d,.]*`,
    ].join('|'),
    'i',
  ),
  devanagari: new RegExp(
    [`${START}\\d[\\d,.]*\\s+(?:फॉलोअर्स|सब्सक्राइबर|लाइक्स|व्यूज़|व्यूज)\\s+(?:केवल|सिर्फ|मात्र)\\s*₹?\\s*\\d`].join(
      '|',
    ),
    'u',
  ),
};

/**
 * `<contact-offer>`: offering to pass on the seller's contact, as a satisfied customer ("unka number chahiye to
 * puchho", "ask me how", "ask me for the contact", "DM for the company details", "उनका नंबर चाहिए तो बताओ"): the
 * testimonial pitch of batch 3 that names no trade word. Learned, not a rule: "helpline ka number chahiye to 1930"
 * is a reader's help.
 */
const CONTACT_OFFER = {
  latin: new RegExp(
    [
      String.raw`\b(?:unka|unke|uska|uske|inka|iska|her|his|their)\s+(?:number|no|contact|naam|link|details)\s+(?:chahiye|chaiye|chahie|chahte|chahiye\s+ho)\b`,
      String.raw`\b(?:number|contact|link|details)\s+(?:chahiye|chaiye|chahie)\s+(?:to|toh|ho\s+to)\s+(?:puch|pooch|msg|message|reply|comment|batao|bolo|likho|dm|inbox)`,
      String.raw`\bask\s+me\s+(?:how|for\s+(?:the|his|her|their|more)\b)`,
      String.raw`\b(?:dm|msg|message|inbox)\s+(?:me\s+)?for\s+(?:the\s+)?(?:company|contact|number|details|link|name)\b`,
    ].join('|'),
    'i',
  ),
  devanagari: new RegExp(
    [
      `${START}(?:उनका|उनके|इनका|उसका)\\s+(?:नंबर|नम्बर|संपर्क|पता|नाम)\\s+(?:चाहिए|चाहिये)${END}`,
      `${START}(?:नंबर|नम्बर|संपर्क|लिंक)\\s+(?:चाहिए|चाहिये)\\s+(?:तो|हो\\s+तो)\\s+(?:पूछ|मैसेज|कमेंट|बताएं|बताओ|लिखें|लिखो)`,
    ].join('|'),
    'u',
  ),
};
/**
 * `<free-hook>`: the first of a paid service given free ("first question free", "पहला प्रश्न निःशुल्क", "पहली कॉल
 * मुफ्त", "free consultation", "free trial 3 days"): the astrologer's, the tipster's and the chat line's opening.
 * Learned: a hospital's "free consultation camp" is news.
 */
const FREE_HOOK = {
  latin: new RegExp(
    [
      String.raw`\bfirst\s+(?:\d+\s+)?(?:question|consultation|call|session|class|lesson|trial|month|minutes?|reading)s?\s+(?:is\s+|are\s+)?free\b`,
      String.raw`\bfree\s+(?:trial|consultation|demo\s+class|kundli|salah|consult)\b`,
      String.raw`\b(?:pehla|pahla|pehli|pahli)\s+(?:sawal|prashn|call|salah)\s+(?:free|muft)\b`,
    ].join('|'),
    'i',
  ),
  devanagari: new RegExp(
    [
      `${START}(?:पहला|पहली|पहले)\\s+(?:प्रश्न|सवाल|कॉल|सलाह|परामर्श|महीना|क्लास)\\s+(?:बिल्कुल\\s+)?(?:निःशुल्क|नि:शुल्क|मुफ्त|मुफ़्त|फ्री)${END}`,
      `${START}(?:फ्री|मुफ्त|मुफ़्त|निःशुल्क)\\s+(?:ट्रायल|परामर्श|सलाह|कुंडली)${END}`,
    ].join('|'),
    'u',
  ),
};

const TERMS = [
  { feature: '<pay-after>', ...PAY_AFTER },
  { feature: '<reply-ask>', ...REPLY_ASK },
  { feature: '<unit-price>', ...UNIT_PRICE },
  { feature: '<contact-offer>', ...CONTACT_OFFER },
  { feature: '<free-hook>', ...FREE_HOOK },
];
/**
 * Their Devanagari forms are only looked for in a text that has Devanagari: with the Unicode flag and a letter
 * lookbehind at every position they cost more than the rest of the features (the three terms: 13.5 µs CPU per
 * team-corpus comment run on every text, 1.5 µs gated).
 */
const DEVANAGARI = /[\u0900-\u097F]/;

/** The seller's-terms features of a comment's text. */
export function pitchTermFeaturesOf(text: string): string[] {
  const out: string[] = [];
  const devanagari = DEVANAGARI.test(text);
  for (const term of TERMS)
    if (term.latin.test(text) || (devanagari && term.devanagari.test(text))) out.push(term.feature);
  return out;
}

/** The first seller's term in a text as written, for a reason a moderator reads, or undefined. */
export function sellersTermsIn(text: string): string | undefined {
  const devanagari = DEVANAGARI.test(text);
  for (const term of TERMS) {
    const match = term.latin.exec(text) ?? (devanagari ? term.devanagari.exec(text) : null);
    if (match) return match[0].trim();
  }
  return undefined;
}

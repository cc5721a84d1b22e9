/**
 * Web addresses written so that nothing reads them as links: "www dot vigorherbs dot shop", "hairveda-offer(.)in",
 * "royalkhel dot in", "secretbhabhi .club", "आयुरसुधा डॉट इन", "t . me / ipl_tips". A reader citing a source pastes
 * the address as it is; breaking it up is done to get past a link filter, on every site and in every trade (issue 13,
 * web-spam batch 3: 14 of its 252 pitches, none of the team's readers). What each returns is the address put back
 * together, for the reason a moderator reads.
 * Devanagari words end where no letter or vowel sign follows (no `\b`: its vowel signs are not word characters).
 */
const TLD =
  'com|in|net|org|info|biz|co|io|xyz|top|shop|store|site|online|live|club|vip|app|apk|link|ly|tk|pw|cc|blog|tech|website|fun|icu|buzz|win|bet|pro';
/** "www" followed by a space or a spelt-out dot instead of ".": the address's first word, broken off. */
const SPLIT_WWW =
  /\bwww(?:\s*(?:\(\s*dot\s*\)|\[\s*dot\s*\]|\bdot\b|डॉट)\s*|\.\s+|\s+)(?:\.\s*)?([\p{L}\p{M}\d-]{2,})/iu;
/** A bracketed dot: "hairveda-offer(.)in", "mobilekibaat (dot) com", "site[.]xyz". */
const BRACKETED_DOT =
  /\b([a-z\d][a-z\d-]{1,})\s*(?:\(\s*(?:dot|\.)\s*\)|\[\s*(?:dot|\.)\s*\]|\{\s*(?:dot|\.)\s*\})\s*([a-z]{2,7})\b/i;
/** "royalkhel dot in", "bit dot ly/…": a name, the word "dot", a domain ending. Not "the dot com bubble". */
const SPELT_DOT = new RegExp(
  String.raw`\b(?!(?:the|a|an|one|each|every|this|that)\s)([a-z\d][a-z\d-]{2,})\s+dot\s+(${TLD})\b`,
  'i',
);
/**
 * "secretbhabhi .club", "gyansagar .in पर": a space before the dot and none after, with no Latin word following
 * (a stray full stop before "in the morning" is a typo, not an address).
 */
const SPACED_DOT = new RegExp(
  String.raw`\b([a-z\d][a-z\d-]{2,})\s+\.(${TLD})(?![\p{L}\p{N}])(?!\s*[a-z])`,
  'iu',
);
const DEVANAGARI_DOT = /(?<![\p{L}\p{M}])([\p{L}\p{M}]{3,})\s+डॉट\s+(कॉम|इन|नेट|ऑर्ग|शॉप|को)(?![\p{L}\p{M}])/u;
/** A Telegram link with spaces in it: "t . me / ipl_pro_tips", "t. me/sach_ki_awaaz". */
const SPACED_TELEGRAM = /\bt\s*\.\s*me\s*\/\s*[+\w]+/i;
/** Cheap gate: every pattern needs one of these. */
const MAY_HIDE_LINK = /dot|डॉट|www|\s\.[a-z]|[([{]\s*\.|\bt\s*\.\s+me|\bt\s+\.\s*me/i;

/** The addresses a text hides from the link reader (put back together), or an empty list. */
export function hiddenLinksIn(text: string): string[] {
  if (!MAY_HIDE_LINK.test(text)) return [];
  const found: string[] = [];
  const www = SPLIT_WWW.exec(text);
  if (www) found.push(`www.${www[1].toLowerCase()}`);
  for (const pattern of [BRACKETED_DOT, SPELT_DOT, SPACED_DOT]) {
    const match = pattern.exec(text);
    if (match) found.push(`${match[1]}.${match[2]}`.toLowerCase());
  }
  const hindi = DEVANAGARI_DOT.exec(text);
  if (hindi) found.push(`${hindi[1]} डॉट ${hindi[2]}`);
  const telegram = SPACED_TELEGRAM.exec(text);
  if (telegram) found.push(telegram[0].replace(/\s+/g, '').toLowerCase());
  return [...new Set(found)];
}

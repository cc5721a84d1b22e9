import { wholeWord } from '../text/whole-word';

/**
 * Two sentence shapes that carry abuse without a listed word, read from the grammar of the sentence rather than a
 * phrase list (round 5):
 *  - "we know where you live": the reader addressed (or their family), a verb of knowing, and a place or a route of
 *    theirs — "तेरा पता मालूम है", "tere ghar ka pata nikal liya", "we know which school your kids go to";
 *  - an insult by description: a name for a fool said of whoever did a thing, "only a complete moron would write…",
 *    "कोई अनपढ़ गंवार ही ऐसा लिख सकता है" — the name is the predicate of "only X could/would".
 * Pure: a sentence's words in, a phrase for the moderator out (or null).
 */

const ADDRESSED =
  /(?<![\p{L}\p{M}])(?:तेरा|तेरी|तेरे|तुम्हारा|तुम्हारी|तुम्हारे|तुझे|तुम्हें|आपका|आपकी|आपके|tera|teri|tere|tumhara|tumhari|tumhare|tujhe|tumhe|your|you|u|ur)(?![\p{L}\p{M}])/iu;
const KNOWING = wholeWord(
  'पता है|पता हैं|मालूम है|मालूम हैं|पता चल गया|पता निकाल|जानते हैं|जानता हूं|जानता हूँ|pata hai|pata h|maloom hai|malum hai|pata nikal|pata chal gaya|jaante hai|jante hai|know|knows|found out',
);
const THEIR_PLACE = wholeWord(
  'घर|पता|स्कूल|दफ्तर|दफ़्तर|ऑफिस|रास्ते|रास्ता|गली|कहाँ|कहां|ghar|school|daftar|office|raste|rasta|gali|kahan|where|which|address|house|home|live|lives|newsroom|train|route',
);
/** The writer is the one who knows ("मुझे", "we"), or says they found it out ("pata nikal liya"). */
const FIRST_PERSON = wholeWord(
  "मैं|मै|मुझे|मुझको|हम|हमें|हमको|हमे|main|mai|mujhe|hum|humein|hume|humko|i|we|i've|we've|ive|weve",
);
const FOUND_OUT = wholeWord('पता निकाल|pata nikal|found out');
/** A report or a kind word turns it into news or a visit: "पुलिस को पता है", "know where you live, will send a cake". */
const NOT_A_THREAT = wholeWord(
  'पुलिस|खबर|मिठाई|चाय|खाना|police|news|cake|sweets|dinner|party|gift|अगर पता|if you know|do you know|kya aapko|क्या आपको|क्या तुम्हें',
);

/** "तेरा पता मालूम है", "we know which train you take home": the reader's place, known to the writer. */
export function knowsWhereYouAre(sentence: string, question: boolean): string | null {
  if (question || NOT_A_THREAT.test(sentence)) return null;
  const knowing = KNOWING.exec(sentence);
  if (knowing === null || !ADDRESSED.test(sentence)) return null;
  if (!FIRST_PERSON.test(sentence) && !FOUND_OUT.test(sentence)) return null;
  // The place must be a word of its own, not the "पता" of "पता है".
  const rest = sentence.slice(0, knowing.index) + ' ' + sentence.slice(knowing.index + knowing[0].length);
  const place = THEIR_PLACE.exec(rest);
  return place === null ? null : `"${knowing[0]}" … "${place[0]}"`;
}

const ONLY = wholeWord('only|सिर्फ|केवल|बस');
const COULD = wholeWord(
  'would|could|can|will|सकता|सकती|सकते|करेगा|करेगी|देगा|देगी|लिखेगा|लिखेगी|sakta|sakti|sakte|karega|dega|likhega',
);
/** "a moron would …" names whoever did it only when it is what people do with news: write, believe, vote. */
const DEED = wholeWord(
  'write|writes|written|believe|believes|vote|votes|support|supports|defend|defends|watch|watches|publish|publishes|post|posts|say|says|trust|trusts|approve|approves|comment|लिख|लेख|वोट|यकीन|भरोसा|समर्थन|बोल|कह|likh|vote|yakeen|bharosa|bol|keh',
);

/**
 * "only a complete moron would write this", "ऐसा लेख कोई अनपढ़ गंवार ही लिख सकता है": `insultAt` is the word index of a
 * mild insult word; the shape is "only" (or Hindi "ही" after the name) and a modal of what people do with news.
 */
export function insultByDescription(
  words: readonly { literal: string }[],
  insultAt: number,
  insultEnd: number,
): boolean {
  const before = words
    .slice(Math.max(0, insultAt - 4), insultAt)
    .map((w) => w.literal)
    .join(' ');
  const after = words
    .slice(insultEnd, insultEnd + 6)
    .map((w) => w.literal)
    .join(' ');
  const next = words[insultEnd]?.literal ?? '';
  const restricted = ONLY.test(before) || next === 'ही' || next === 'hi';
  return restricted && COULD.test(after) && DEED.test(after);
}

/**
 * Round 6: "तुझे देख लूँगा", "फिर बताता हूँ तुझे", "ghar aake samjhaunga tujhe", "तुझे छोड़ूँगा नहीं": the idioms of
 * settling a score are threats when the reader is their object or is told to come and meet ("सिगरेट छोड़ूंगा नहीं" is
 * not). The idiom ends its clause (or names the reader
 * next); followed by what is to be told or watched it is ordinary ("मैच देख लूंगा", "बताता हूं कौन सा फोन लिया").
 */
const DEALING =
  /(?<![\p{L}\p{M}])(?:देख (?:लूंगा|लूँगा|लुंगा|लूंगी|लेंगे|लेना|लेंगें)|बताता (?:हूं|हूँ|हु)|बताऊंगा|बताऊँगा|बताएंगे|समझाऊंगा|समझाऊँगा|निपट (?:लूंगा|लूँगा|लेंगे)|छोड़?(?:ू[ंँ]गा|े[ंँ]गे) नहीं|(?:chh?odunga|chh?odenge) nahi|dekh (?:lunga|loonga|lenge|lena)|batata (?:hu|hoon|hun)|bataunga|batayenge|samjhaunga|nipat (?:lunga|lenge))(?=\s*(?:$|[,!।.…😈😡👊🔪]|तुझे|तुझको|तुम्हें|तुमको|tujhe|tujhko|tumhe|tumko|tereko))/iu;
const READER_AS_OBJECT = wholeWord('तुझे|तुझको|तुम्हें|तुमको|तेरेको|tujhe|tujhko|tumhe|tumko|tereko');
const MEET_DEMAND = wholeWord(
  'अकेले मिल|बाहर मिल|सामने आ|बाहर आ|akele mil|bahar mil|baahar mil|saamne aa|samne aa|bahar aa|baahar aa',
);
/**
 * English says it with the reader as the one found, or the one who will regret: "I'll find you", "you'll regret
 * every word", "wait till you step out", "we'll see how long you keep walking", "you won't be so brave when…". Coming to the reader's door alone is a
 * visit ("I'll come to your house on Sunday, we'll watch the final").
 */
const ENGLISH_MENACE =
  /(?<![\p{L}])(?:(?:i|we)(?:'ll| will| are going to|'re going to| am going to|'m going to| gonna) (?:find|catch|hunt) you(?=\s*(?:$|[,.!…]|and |when |one day|soon|wherever))|regret (?:this article|this post|every word|writing this|what you wrote|the day you)|wait (?:till|until) you (?:step|come|get) out|(?:we'll|we will|i'll|i will) see how long you|won't be so brave|how brave you are when|your family will (?:pay|cry|be crying|suffer)|will pay for this article|you won't walk away|you'll see what happens(?=\s*(?:$|[,.!…])))/iu;

/** Most sentences hold neither a "you" nor a verb of settling: a plain scan rules them out before the long patterns. */
const MAY_DEAL = /you|देख|बता|समझा|निपट|छोड|dekh|bata|samjha|nipat|chh?od/i;

/** "तुझे देख लूँगा", "I'll find you": a promise to settle a score with the reader. */
export function dealsWithYou(sentence: string, question: boolean): string | null {
  if (question || !MAY_DEAL.test(sentence)) return null;
  const english = ENGLISH_MENACE.exec(sentence);
  const dealing = english === null ? DEALING.exec(sentence) : null;
  if (english === null && dealing === null) return null;
  if (NOT_A_THREAT.test(sentence)) return null;
  if (english !== null) return `"${english[0]}"`;
  const reader = READER_AS_OBJECT.exec(sentence) ?? MEET_DEMAND.exec(sentence);
  return reader === null || dealing === null ? null : `"${reader[0]}" … "${dealing[0]}"`;
}

/** "ये लोग", "ye log", "इन लोगों": a group pointed at but left unnamed. */
const THESE_PEOPLE_FIRST = new Set(['ये', 'यह', 'इन', 'ऐसे', 'ye', 'yeh', 'in', 'aise']);
const THESE_PEOPLE_SECOND = new Set(['लोग', 'लोगों', 'कौम', 'क़ौम', 'log', 'logo', 'logon', 'kaum', 'qaum']);
/** "… है ये पूरी कौम": the comparison first, the group after it (round 7). */
const WHOLE = new Set(['पूरी', 'सारी', 'poori', 'puri', 'saari']);
const COPULA_BEFORE = new Set(['है', 'हैं', 'hai', 'hain']);
const PREDICATE_AFTER = new Set(['है', 'हैं', 'hai', 'hain', 'h', 'की', 'जैसे', 'ki', 'jaise']);

/**
 * Round 6: "ये लोग कीड़े हैं", "ye log machhar hai": the unnamed group said to be vermin, as the sentence's
 * predicate (the comparison is followed by "हैं" or "की तरह"), within three words after "ये लोग". "ये लोग कचरा
 * फैलाते हैं" (litter) says what they do, not what they are.
 */
export function vermin(
  words: readonly { literal: string }[],
  comparisons: readonly { start: number; end: number }[],
): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!THESE_PEOPLE_FIRST.has(words[i].literal)) continue;
    const whole = WHOLE.has(words[i + 1].literal) ? 1 : 0;
    if (!THESE_PEOPLE_SECOND.has(words[i + 1 + whole]?.literal ?? '')) continue;
    // "भेड़ों का झुंड है ये पूरी कौम": the comparison, a copula, then the group.
    if (comparisons.some((c) => c.end === i - 1 && COPULA_BEFORE.has(words[i - 1].literal))) return true;
    const after = i + 2 + whole;
    if (
      comparisons.some(
        (c) => c.start >= after && c.start - after <= 2 && PREDICATE_AFTER.has(words[c.end]?.literal ?? ''),
      )
    )
      return true;
  }
  return false;
}

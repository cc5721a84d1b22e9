import { LexiconHit, pieceWords } from '../text/key-lexicon';
import { wholeWord } from '../text/whole-word';
import { abuseLexicon, LexiconValue } from './abuse-lexicon';

/**
 * Round 7: three shapes of abuse that no word list holds, read from how a sentence says a thing of people:
 *  - a metaphor said of one person ("गिरगिट है ये नेता", "ये मंत्री जोंक है", "मेंढक की तरह टर्राता है ये विधायक");
 *  - a fault made a whole group's nature ("सारे दलित नेता बस मलाई खाने आते हैं", "इन बिहारियों की तो आदत है … झुग्गी",
 *    "ये लोग ही होते हैं जो दंगा करवाते हैं");
 *  - a woman's looks put above her work, or her picture said to stir the writer ("खबर कौन सुनेगा 😉", "आवाज़ से ज़्यादा
 *    कमर", "तेरी डीपी देख के नींद उड़ गई").
 * Pure: a sentence's words and lexicon hits in, a phrase for the moderator out (or null).
 */
type Hit = LexiconHit<LexiconValue>;
type Words = readonly { literal: string }[];

const DEMONSTRATIVE = new Set(['ये', 'यह', 'वो', 'वह', 'इस', 'उस', 'ye', 'yeh', 'wo', 'woh', 'is', 'us']);
/** Who a demonstrative may point at, besides an office or a journalist (the lexicon's targets). */
const PERSON_NOUNS = new Set(['आदमी', 'बंदा', 'इंसान', 'शख्स', 'aadmi', 'banda', 'insaan', 'insan']);
const COPULA = new Set(['है', 'हैं', 'hai', 'hain', 'h', 'था', 'tha']);
const SIMILE = new Set(['तरह', 'जैसा', 'जैसे', 'जैसी', 'tarah', 'jaisa', 'jaise', 'jaisi']);
const BIGGER = new Set(['बड़ा', 'bada', 'badaa']);

/**
 * A metaphor is said of one person when the sentence points at that person ("ये नेता", "इस मंत्री", "तू") and the
 * metaphor is the predicate ("… जोंक है"), a simile ("… की तरह"), a superlative ("से बड़ा गिरगिट"), or an idiom of more
 * than one word ("आस्तीन का सांप"). "इस मंत्री के बंगले में सांप निकला है" is not: the animal is followed by a deed.
 */
export function metaphorForPerson(words: Words, hits: readonly Hit[]): string | null {
  const metaphors = hits.filter((h) => h.value.kind === 'metaphor');
  if (metaphors.length === 0) return null;
  const second = hits.some((h) => h.value.kind === 'target' && h.value.target === 'secondPerson');
  const personAt = (i: number) =>
    PERSON_NOUNS.has(words[i]?.literal ?? '') ||
    hits.some(
      (h) =>
        h.start === i &&
        h.value.kind === 'target' &&
        (h.value.target === 'office' || h.value.target === 'author'),
    );
  const pointed = words.some((w, i) => DEMONSTRATIVE.has(w.literal) && personAt(i + 1));
  // "ये आस्तीन का सांप है": an idiom of more than one word is never the animal, so "ये" alone points at a person.
  const opensOnThis = DEMONSTRATIVE.has(words[0]?.literal ?? '');
  if (!pointed && !second && !(opensOnThis && metaphors.some((h) => h.end - h.start >= 2))) return null;
  for (const h of metaphors) {
    const next = words[h.end]?.literal ?? '';
    const idiom = h.end - h.start >= 2;
    const predicate = COPULA.has(next);
    const simile = ['की', 'ki', 'के', 'ke'].includes(next) && SIMILE.has(words[h.end + 1]?.literal ?? '');
    const superlative = BIGGER.has(words[h.start - 1]?.literal ?? '');
    if (idiom || predicate || simile || superlative || SIMILE.has(next)) return `"${h.term}"`;
  }
  return null;
}

const QUANTIFIER = new Set(['सारे', 'सारी', 'सब', 'सभी', 'saare', 'sare', 'saari', 'sari', 'sab', 'sabhi']);
const EMPHATIC = new Set(['ही', 'hi']);
/** A habit or a nature: "होते ही", "ही होते हैं", "की (तो) आदत", "hote hi". */
const HABIT = wholeWord(
  'होते ही|होती ही|ही होते|ही होती|की आदत|की तो आदत|आदत है|hote hi|hoti hi|hi hote|hi hoti|ki aadat|ki to aadat|aadat hai',
);
const THESE_PEOPLE = wholeWord('ये लोग|यह लोग|इन लोगों|ऐसे लोग|ye log|yeh log|in logon|in logo|aise log');

/**
 * A fault pinned on a whole group: a group named (or "ये लोग"), a fault ("दंगा", "कब्ज़ा", "मलाई"), and a frame that
 * makes the fault the group's nature — a quantifier or emphatic "ही" beside the group, or a habit ("होते ही", "की
 * आदत"). Without the frame the same words are news ("जाट आंदोलन के बाद दंगा").
 */
export function generalisedFault(sentence: string, words: Words, hits: readonly Hit[]): string | null {
  const fault = hits.find((h) => h.value.kind === 'fault' && !sufferedOrOpposed(words, h));
  if (fault === undefined) return null;
  const named = hits.some((h) => h.value.kind === 'group');
  if (!named && !THESE_PEOPLE.test(sentence)) return null;
  // A habit reaches past a comma ("इन बिहारियों की तो आदत है, जहाँ रहेंगे वहीं झुग्गी…").
  if (HABIT.test(sentence)) return `"${fault.term}"`;
  // A quantifier or "ही" frames only its own clause: "बिहारी सब मेहनती हैं, झुग्गी में रहकर भी…" praises them.
  if (!named || !sentence.includes(',')) return framedFault(words, hits) ? `"${fault.term}"` : null;
  for (const clause of sentence.split(/[,;]/)) {
    const clauseWords = pieceWords(clause);
    if (framedFault(clauseWords, abuseLexicon().find(clauseWords))) return `"${fault.term}"`;
  }
  return null;
}

/** "सारे दलित नेता", "यादव सब", "ये औरतें ही": a quantifier or "ही" right beside a group's name, and a fault. */
function framedFault(words: Words, hits: readonly Hit[]): boolean {
  if (!hits.some((h) => h.value.kind === 'fault' && !sufferedOrOpposed(words, h))) return false;
  return hits.some((g) => {
    if (g.value.kind !== 'group') return false;
    const after = words[g.end]?.literal ?? '';
    return QUANTIFIER.has(words[g.start - 1]?.literal ?? '') || QUANTIFIER.has(after) || EMPHATIC.has(after);
  });
}

/** "दंगा रोकने आगे आए", "नशे के खिलाफ", "भ्रष्टाचार से परेशान": the group stops or suffers the fault, not does it. */
const AGAINST = wholeWord(
  'रोक|रोकने|रोका|खिलाफ|ख़िलाफ़|विरोध|साफ|हटा|saaf|saf|hata|पीड़ित|पीड़ितों|शिकार|से परेशान|से बचा|मुक्त|rok|rokne|roka|khilaf|virodh|pidit|peedit|shikar|se pareshan|se bacha|mukt',
);
function sufferedOrOpposed(words: Words, fault: Hit): boolean {
  const after = words
    .slice(fault.end, fault.end + 3)
    .map((w) => w.literal)
    .join(' ');
  return AGAINST.test(after);
}

/** The news or the work displaced by her looks: "खबर कौन सुनेगा", "खबर क्या बोली पता नहीं", "news padhti ho ya model". */
const WORK_DISPLACED = wholeWord(
  '(?:खबर|ख़बर|न्यूज़|न्यूज|news|khabar) (?:कौन|क्या|kaun|kya) (?:सुनेगा|सुनता|सुने|बोली|पढ़ी|देखेगा|sunega|sunta|boli|padhi)|padhti ho ya model|पढ़ती हो या मॉडल',
);
/** Her body or dress, said to outdo her voice or work ("आवाज़ से ज़्यादा … कमर", "awaaz se zyada … kapde"). */
const BODY = wholeWord(
  'कमर|होंठ|होंठों|होठों|छाती|टांगें|जांघ|बदन|जिस्म|कपड़े|kamar|honth|hoth|chhati|taange|badan|jism|kapde|kapdo',
);
const MORE_THAN = wholeWord('से ज़्यादा|से ज्यादा|se zyada|se jyada|se zyaada');
/** Looked at, or minded, as a habit of the writer's: "वही देखते हैं हम", "होंठों पे ही ध्यान", "dekhne layak". */
const LOOKED_AT = wholeWord(
  'देखते हैं|देखते रहते|देखने लायक|देखने आते|ही ध्यान|पे ध्यान|पर ध्यान|dekhte hain|dekhte hai|dekhne layak|dekhne aate|pe dhyan|par dhyan|hi dhyan',
);
/** Only to look at her: "sirf aapko dekhne aate hain". */
const ONLY_TO_LOOK =
  /(?<![\p{L}\p{M}])(?:सिर्फ|बस|sirf|bas)\s+(?:\S+\s+){0,2}(?:देखने|dekhne)(?![\p{L}\p{M}])/iu;
/** Her picture looked at ("डीपी देख के", "selfie dekh ke") stirring the writer ("नींद उड़ गई", "मन डोल"). */
const HER_PICTURE = wholeWord('डीपी|सेल्फी|फोटो|तस्वीर|dp|selfie|photo|pic|इसको देख|isko dekh|इसे देख|ise dekh');
const STIRRED = wholeWord(
  'नींद उड़|मन डोल|दिल कुछ और|कुछ और ही करने|neend ud|man dol|mann dol|dil kuch aur|kuch aur hi karne',
);

/** Most sentences hold none of the shapes' words: a plain scan rules them out before the whole-word patterns. */
const MAY_LEER =
  /खबर|ख़बर|न्यूज|news|khabar|मॉडल|model|ज़्यादा|ज्यादा|zyada|jyada|zyaada|देख|dekh|ध्यान|dhyan|नींद|neend|डोल|dol|दिल|dil|कुछ और|kuch aur/i;

/** A sexual remark at a woman aimed at, said with no listed word. The caller checks she is aimed at. */
export function leerAtHer(sentence: string): string | null {
  if (!MAY_LEER.test(sentence)) return null;
  const displaced = WORK_DISPLACED.exec(sentence);
  if (displaced !== null) return `"${displaced[0]}"`;
  const body = BODY.exec(sentence);
  if (body !== null && (MORE_THAN.test(sentence) || LOOKED_AT.test(sentence))) return `"${body[0]}"`;
  const only = ONLY_TO_LOOK.exec(sentence);
  if (only !== null) return `"${only[0]}"`;
  const stirred = STIRRED.exec(sentence);
  if (stirred !== null && HER_PICTURE.test(sentence)) return `"${stirred[0]}"`;
  return null;
}

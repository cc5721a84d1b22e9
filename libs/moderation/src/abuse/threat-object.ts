import { LexiconHit, TextWord } from '../text/key-lexicon';
import { LexiconValue } from './abuse-lexicon';

/**
 * Whom a violent verb is done to (round 8). A threat needs a person or a group as its object: "shoot the traitor" is
 * a call, "shoot the film" is work; "this reporter needs to be shot" is a call, "this movie needs to be shot in
 * Shimla" is a schedule. Read from the words around the verb, not from a phrase list. Pure.
 */

type Hit = LexiconHit<LexiconValue>;
export type VerbObject = 'person' | 'thing' | null;

/** English determiners before the object ("the traitor", "these anti-nationals", "every traitor"). */
// prettier-ignore
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'every', 'all', 'a', 'an', 'some', 'such']);
/** Object pronouns that are people. */
const PERSON_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'everyone', 'everybody', 'anyone']);
/**
 * English nouns for a person or people that readers call to be harmed, beyond the listed groups and targets:
 * political and street labels ("traitor", "anti-national", "jihadi") and plain people ("guy", "protesters").
 * Singular and plural are written out.
 */
// prettier-ignore
const PERSON_NOUNS = new Set([
  'traitor', 'traitors', 'gaddar', 'gaddars', 'antinational', 'antinationals', 'jihadi', 'jihadis', 'jihadist',
  'jihadists', 'rioter', 'rioters', 'protester', 'protesters', 'protestor', 'protestors', 'naxal', 'naxals',
  'naxalite', 'naxalites', 'leftist', 'leftists', 'liberal', 'liberals', 'commie', 'commies', 'bhakt', 'bhakts',
  'sickular', 'sickulars', 'activist', 'activists', 'student', 'students', 'reporter', 'reporters', 'journalist',
  'journalists', 'anchor', 'anchors', 'editor', 'editors', 'leader', 'leaders', 'politician', 'politicians',
  'minister', 'ministers', 'judge', 'judges', 'guy', 'guys', 'man', 'men', 'woman', 'women', 'person', 'people',
  'fellow', 'bastard', 'bastards', 'idiot', 'idiots', 'mob', 'scum', 'pigs', 'dogs', 'rats', 'mla', 'mp', 'cm', 'pm',
  'cop', 'cops', 'officer', 'officers', 'neta', 'netas', 'police', 'army', 'soldier', 'soldiers', 'boys', 'goons',
  'gang', 'gundas', 'goondas', 'supporters', 'workers', 'mobs',
]);
/** "anti-national" is read as "anti" + "national(s)"; "the national flag" names no one. */
const ANTI_NATIONAL = new Set(['national', 'nationals']);
/**
 * Not here, nor read as a patient: the convicted and the accused ("rapists should be hanged", "दोषियों को फांसी दी
 * जानी चाहिए"). Readers demand the death penalty after every such case; that is an opinion on punishment, and a
 * moderator queue full of it would hide the threats against people named for what they think or write.
 */
const CONVICTS =
  /^(?:rapist|criminal|culprit|accused|convict|terrorist|thie|balatkar|apradh|aatank|atank|dosh|chor|बलात्कार|अपराध|आतंक|दोष|चोर|मुजरिम|mujrim)/;
/** Where the object's noun phrase ends. */
// prettier-ignore
const PHRASE_ENDS = new Set(['in', 'on', 'at', 'for', 'with', 'to', 'from', 'by', 'and', 'or', 'before', 'after', 'if']);
/** "burn the homes of these traitors": what belongs to people is read through to them. */
// prettier-ignore
const THEIR_THINGS = new Set(['home', 'homes', 'house', 'houses', 'shop', 'shops', 'family', 'families', 'office']);
/** Whose thing it is: "the bones of your son" is a threat to a person however the object begins. */
// prettier-ignore
const POSSESSIVES = new Set(['your', 'ur', 'his', 'her', 'their', 'tera', 'teri', 'tere', 'tumhara', 'tumhari']);
/** "hang on to", "hang out with", "hang in there": with a particle, "hang" holds, waits or spends time; it hurts no one. */
// prettier-ignore
const HANG_PARTICLES = new Set(['on', 'onto', 'out', 'around', 'about', 'in', 'together', 'tight', 'back', 'loose']);
/** A plural owner as written ("the students' paintings"): the word splitter drops the apostrophe. */
const PLURAL_OWNER = /([\p{L}\p{M}]+s)['’](?![\p{L}\p{M}])/gu;
const NO_OWNERS: ReadonlySet<string> = new Set();
/** A passive's auxiliary before the participle: "needs to be shot", "should be hanged", "got shot". */
const PASSIVE = new Set(['be', 'been', 'being', 'get', 'got']);

const isPerson = (words: readonly TextWord[], hits: readonly Hit[], i: number): boolean =>
  PERSON_PRONOUNS.has(words[i]?.literal ?? '') ||
  PERSON_NOUNS.has(words[i]?.literal ?? '') ||
  (ANTI_NATIONAL.has(words[i]?.literal ?? '') && words[i - 1]?.literal === 'anti') ||
  // A listed group, the reader, the author or an office; not the "pointed" words ("this", Hinglish "in", "is").
  hits.some(
    (h) =>
      h.start <= i &&
      i < h.end &&
      (h.value.kind === 'group' || (h.value.kind === 'target' && h.value.target !== 'pointed')),
  );

/** The noun phrase from `from`: a person, a thing (a determiner and no person before the phrase ends), or unknown. */
function phraseAt(
  words: readonly TextWord[],
  hits: readonly Hit[],
  from: number,
  owners: ReadonlySet<string> = NO_OWNERS,
): VerbObject {
  let i = from;
  let determined = false;
  while (DETERMINERS.has(words[i]?.literal ?? '')) {
    determined = true;
    i++;
  }
  for (let n = 0; n < 3 && i < words.length; n++, i++) {
    const w = words[i].literal;
    if (w === 'of' && THEIR_THINGS.has(words[i - 1]?.literal ?? ''))
      return phraseAt(words, hits, i + 1, owners);
    // "smash the church and everyone inside it": a person anywhere in the coordinated objects.
    if ((w === 'and' || w === 'or') && phraseAt(words, hits, i + 1, owners) === 'person') return 'person';
    if (PHRASE_ENDS.has(w) || w === 'of') break;
    if (isPerson(words, hits, i)) {
      // "Hang the students' paintings", "the student's painting": the person owns the object; it is their home or
      // family that makes the call one against them.
      const owned = words[i + 1]?.literal === 's' ? i + 2 : owners.has(w) ? i + 1 : -1;
      if (owned >= 0) return THEIR_THINGS.has(words[owned]?.literal ?? '') ? 'person' : 'thing';
      // "Shoot the reporter an email": a second object makes the person the one something is sent to.
      return ['a', 'an'].includes(words[i + 1]?.literal ?? '') ? 'thing' : 'person';
    }
  }
  return determined ? 'thing' : null;
}

/**
 * What the English verb `h` is done to: the words after it, or, for a passive ("needs to be shot"), the sentence's
 * subject. Null when the sentence does not say (no determiner, no person): the verb's other tests decide.
 */
export function verbObject(
  words: readonly TextWord[],
  hits: readonly Hit[],
  h: Hit,
  sentence = '',
): VerbObject {
  const owners = new Set(Array.from(sentence.matchAll(PLURAL_OWNER), (m) => m[1].toLowerCase()));
  const verb = h.term.split(' ');
  // The listed "be shot", "be stoned" carry their auxiliary; other phrases ("beat up", "gun down") say enough.
  if (verb.length > 1 && !PASSIVE.has(verb[0])) return null;
  if (verb.length > 1 || PASSIVE.has(words[h.start - 1]?.literal ?? ''))
    return phraseAt(words, hits, 0, owners);
  if (/^hang/.test(verb[0]) && HANG_PARTICLES.has(words[h.end]?.literal ?? '')) return 'thing';
  const object = phraseAt(words, hits, h.end, owners);
  // "torch every theatre", "break every bone in your body": what is harmed may be where people are, or part of them.
  const everyOne = ['every', 'all'].includes(words[h.end]?.literal ?? '');
  const theirs = words.slice(h.end).some((w) => POSSESSIVES.has(w.literal));
  return object === 'thing' && (everyOne || theirs) ? null : object;
}

/** The auxiliary between a subject and its verb: "the rate hike will hurt", "these prices are going to kill". */
// prettier-ignore
const AUXILIARIES = new Set(['will', 'would', 'shall', 'can', 'could', 'may', 'might', 'is', 'are', 'gonna', 'going']);
/** Where an English subject with a determiner begins: "the rate hike", "these prices", "this policy". */
const SUBJECT_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * "The RBI rate hike will hurt every EMI payer", "these prices will kill us": harm done by a thing is a figure of
 * speech, not a threat. True when the clause opens with a determiner and reaches the verb's auxiliary without naming
 * a person or a group ("the mob will kill you", "these traitors will hurt us" stay threats).
 */
export function thingSubject(
  words: readonly TextWord[],
  hits: readonly Hit[],
  verb: Hit,
  clauseStart: number,
): boolean {
  if (!SUBJECT_DETERMINERS.has(words[clauseStart]?.literal ?? '')) return false;
  for (let i = clauseStart + 1; i < verb.start; i++) {
    if (isPerson(words, hits, i)) return false;
    if (AUXILIARIES.has(words[i].literal)) return i > clauseStart + 1;
  }
  return false;
}

/** Verbs that open a chain of orders: "line them up and shoot them", "drag him out and hang him". */
// prettier-ignore
const CHAIN_OPENERS = new Set([
  'line', 'go', 'drag', 'catch', 'find', 'grab', 'round', 'hunt', 'tie', 'strip', 'bring', 'chase', 'pick', 'take',
]);

/**
 * The second order of a chain: a violent verb in its plain form right after "and" or "then", in a sentence that opens
 * with an order. Its object is checked by the caller.
 */
export function chainedOrder(words: readonly TextWord[], verb: Hit): boolean {
  return (
    verb.start >= 2 &&
    CHAIN_OPENERS.has(words[0].literal) &&
    ['and', 'then', 'n'].includes(words[verb.start - 1].literal) &&
    words[verb.start].literal === verb.term
  );
}

/**
 * What a cricket or a kitchen "मारो" hits: a six, a ball, a mosquito ("chhakka maar do Rohit bhai", "इस गेंद को
 * छक्का मारो", "machhar maar do pehle"). The object stands just before the verb, or before its "ko".
 */
// prettier-ignore
const STRUCK_THINGS = new Set([
  'छक्का', 'छक्के', 'चौका', 'चौके', 'गेंद', 'बॉल', 'शॉट', 'मच्छर', 'मच्छरों', 'मक्खी', 'मक्खियों', 'कॉकरोच', 'चूहे',
  'chhakka', 'chakka', 'chhakke', 'chakke', 'chauka', 'chauke', 'six', 'sixer', 'sixes', 'four', 'fours', 'ball',
  'gend', 'shot', 'shots', 'machhar', 'machar', 'macchar', 'machharon', 'makkhi', 'makhi', 'mosquito', 'mosquitoes',
  'cockroach', 'chuhe', 'boundary', 'century',
]);
const OBJECT_MARKERS = new Set(['को', 'ko', 'ka', 'का']);

export function sportingBlow(words: readonly TextWord[], h: Hit): boolean {
  const before = words[h.start - 1]?.literal ?? '';
  if (STRUCK_THINGS.has(before)) return true;
  return OBJECT_MARKERS.has(before) && STRUCK_THINGS.has(words[h.start - 2]?.literal ?? '');
}

/**
 * The Hindi passive call: "इन गद्दारों को लटकाया जाना चाहिए", "is reporter ko peeta jaye", "deshdrohiyon ko faansi
 * di jaye". A participle of harm, then जाना/जानी चाहिए or जाए. Not the future ("कल फांसी दी जाएगी" is the news of a
 * sentence) and not the past ("मारा गया").
 */
// prettier-ignore
const HARMED = new Set([
  'मारा', 'मारी', 'मारे', 'पीटा', 'पीटी', 'पीटे', 'लटकाया', 'लटकाई', 'लटकाए', 'जलाया', 'जलाई', 'जलाए', 'काटा',
  'काटी', 'काटे', 'कुचला', 'कुचली', 'कुचले', 'ठोका', 'ठोकी', 'ठोके', 'उड़ाया', 'उड़ाई', 'उड़ाए', 'फूंका', 'फूंके',
  'गाड़ा', 'गाड़े', 'दफनाया', 'दफ़नाया',
  'maara', 'mara', 'maari', 'mari', 'maare', 'mare', 'peeta', 'pita', 'peeti', 'pitee', 'peete', 'pite', 'latkaya',
  'latkaye', 'latkayi', 'latkai', 'jalaya', 'jalaye', 'jalayi', 'jalai', 'kaata', 'kata', 'kaati', 'kaate', 'kuchla',
  'kuchle', 'kuchli', 'thoka', 'thoke', 'thoki', 'udaya', 'udaye', 'udayi', 'gaada', 'gaade', 'dafnaya',
]);
/** Two-word participles: "फांसी दी", "गोली मारी" is read through "मारी"; "lynch kiya", "encounter kiya". */
const HARMED_BY = new Map<string, Set<string>>([
  ['फांसी', new Set(['दी', 'दे'])],
  ['फाँसी', new Set(['दी', 'दे'])],
  ['faansi', new Set(['di', 'de', 'dee'])],
  ['fansi', new Set(['di', 'de', 'dee'])],
  ['phansi', new Set(['di', 'de', 'dee'])],
  ['phaansi', new Set(['di', 'de', 'dee'])],
  ['लिंच', new Set(['किया', 'की'])],
  ['lynch', new Set(['kiya', 'ki'])],
  ['एनकाउंटर', new Set(['किया'])],
  ['encounter', new Set(['kiya'])],
]);
const GO_INFINITIVE = new Set(['जाना', 'जानी', 'जाने', 'jana', 'jaana', 'jani', 'jaani', 'jane', 'jaane']);
const SHOULD = new Set(['चाहिए', 'चाहिये', 'chahiye', 'chahie', 'chaiye', 'chahiya']);
const GO_SUBJUNCTIVE = new Set(['जाए', 'जाये', 'जाय', 'jaye', 'jaaye', 'jae', 'jaaye']);
/** Pronouns that are the patient of the call with or without को: "इसे फांसी दी जाए", "isko peeta jaye". */
// prettier-ignore
const PATIENT_PRONOUNS = new Set([
  'इसे', 'उसे', 'इन्हें', 'उन्हें', 'इसको', 'उसको', 'इनको', 'उनको', 'ise', 'use', 'inhe', 'unhe', 'isko', 'usko',
  'inko', 'unko', 'isse', 'inhein', 'unhein',
]);
/** Hindi nouns for a person that carry no listed word: "इस आदमी को", "aise logon ko". */
// prettier-ignore
const PERSON_NOUNS_HI = new Set([
  'आदमी', 'लोगों', 'लोग', 'लड़के', 'बंदे', 'बंदा', 'औरत', 'aadmi', 'logon', 'logo', 'log', 'ladke', 'bande', 'banda',
]);
const KO = new Set(['को', 'ko']);

/** The call's evidence, when a person (a pronoun, a listed group or target, a cue like "गद्दार") is its patient. */
export function passiveCall(words: readonly TextWord[], hits: readonly Hit[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].literal;
    const second = HARMED_BY.get(w)?.has(words[i + 1]?.literal ?? '') === true;
    if (!HARMED.has(w) && !second) continue;
    const aux = second ? i + 2 : i + 1;
    const go = words[aux]?.literal ?? '';
    const call =
      GO_SUBJUNCTIVE.has(go) || (GO_INFINITIVE.has(go) && SHOULD.has(words[aux + 1]?.literal ?? ''));
    if (!call || !patientBefore(words, hits, i)) continue;
    return `"${words
      .slice(i, aux + 1)
      .map((x) => x.literal)
      .join(' ')}"`;
  }
  return null;
}

function patientBefore(words: readonly TextWord[], hits: readonly Hit[], verb: number): boolean {
  for (let j = 0; j < verb; j++) {
    const w = words[j].literal;
    if (PATIENT_PRONOUNS.has(w)) return true;
    if (!KO.has(w) || j === 0) continue;
    const noun = j - 1;
    if (PERSON_NOUNS_HI.has(words[noun].literal) || PERSON_NOUNS.has(words[noun].literal)) return true;
    // "इन गद्दारों को", "is reporter ko", "दलितों को": a listed group, target or person-naming cue just before को.
    const named = hits.some(
      (h) =>
        h.start <= noun &&
        noun < h.end &&
        (h.value.kind === 'group' ||
          (h.value.kind === 'target' && h.value.target !== 'pointed') ||
          (h.value.kind === 'cue' && h.value.cue === 'generalise' && !CONVICTS.test(words[noun].literal))),
    );
    if (named) return true;
  }
  return false;
}

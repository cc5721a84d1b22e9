import { wholeWord } from '../text/whole-word';
import { LexiconHit, pieceClauses, pieceWords, sameClause, TextWord, textWords } from '../text/key-lexicon';
import { AbuseCategory } from '../types';
import { abuseLexicon, CueKind, LexiconValue } from './abuse-lexicon';
import { maskWord } from './mask';
import { generalisedFault, leerAtHer, metaphorForPerson } from './said-of-people';
import { dealsWithYou, insultByDescription, knowsWhereYouAre, vermin } from './sentence-shapes';
import { chainedOrder, passiveCall, sportingBlow, thingSubject, verbObject } from './threat-object';

/** One category found, with what a moderator needs to see why: masked words, the group, the cue. */
export interface AbuseFinding {
  category: AbuseCategory;
  /** How sure the rule is (0–1): a listed severe word is surer than a mild word aimed at someone. */
  confidence: number;
  evidence: string[];
  /** The protected group a hate finding is about. */
  group?: string;
}

type Hit = LexiconHit<LexiconValue>;

/** Sentence ends: danda, "?", "!", a line break, or a full stop before a space (not "f.u.c.k" or "मु.ल्ले"). */
const SENTENCE_END = /[।॥?!\n]+|\.{2,}|\.(?=\s|$)/g;
/** A quoted span: "…", “…”, '…' (not an apostrophe inside a word). What a comment quotes is not its own voice. */
const QUOTED_SPAN = /["“«][^"”»]{1,300}["”»]|(?<![\p{L}\p{M}])['‘][^'’]{1,300}['’](?![\p{L}\p{M}])/gu;
/**
 * "मु.ल्ले", "च-मा-र", "चि_न_की": separators inside a Devanagari word. Not "*": a star stands for a hidden letter
 * ("मादर**द") and is matched as a mask (text/key-lexicon.ts).
 */
const INNER_SEPARATOR = /(?<=[\u0900-\u097f])[.\-_·]+(?=[\u0900-\u097f])/g;
/** "म.च.", "ब.च.", "मा.च.": the dotted initials of the two commonest gaalis, as readers abbreviate them. */
const DOTTED_GAALI = /(?<![\u0900-\u097f])(मा?\.\s?च|ब\.\s?च|भ\.\s?च)\.?(?![\u0900-\u097f])/g;
const DOTTED_GAALI_WORD: Record<string, string> = { म: 'मादरचोद', मा: 'मादरचोद', ब: 'बहनचोद', भ: 'बहनचोद' };
/** "क टु ए": three or more single aksharas in a row, spelled apart. */
const SPACED_AKSHARAS =
  /(?<![\u0900-\u097f])(?:[\u0915-\u0939\u0958-\u095f\u0905-\u0914][\u093c\u093e-\u094c\u0901-\u0903]?\s){2,}[\u0915-\u0939\u0958-\u095f\u0905-\u0914][\u093c\u093e-\u094c\u0901-\u0903]?(?![\u0900-\u097f])/g;
/** Hindi denies after the word ("बीमारी नहीं"), English before it ("not animals"). */
const NEGATION_AFTER = new Set(['नहीं', 'नही', 'ना', 'न', 'nahi', 'nahin', 'nhi']);
const NEGATION_BEFORE = new Set(['not', 'no', 'never', 'nahi', 'नहीं']);
const DEVANAGARI = /[\u0900-\u097f]/;
const QUOTE_MARK = /["“”'‘’«»]/;
const MENTION = /(^|\s)@\p{L}/u;
/** Laughter and friends' words: a mild word among them is banter ("haha you idiot", "अबे साले 😂"). */
const BANTER = /😂|🤣|😜|😆|❤️|🎉|🎂|🥳|\b(?:haha+|hehe+|lol|lmao|yaar|dost|bro)\b|यार|दोस्त/iu;
/**
 * "अबे ओ नमूने", "ओ चमचे", "abey o fattu": a fool's name called out with "ओ" is aimed at whoever is called. Not "अबे"
 * or "oye" alone: friends say "अबे गधे, मैंने पहले ही कहा था".
 */
const VOCATIVES = new Set(['ओ', 'o']);
/** "नीच कहीं का", "gadha kahin ka": the exclamation makes the name a name for someone. */
const EXCLAIMED = new Set(['कहीं', 'कहिं', 'kahin', 'kahi']);

const CUE_WORDS: Record<CueKind, string> = {
  dehumanise: 'dehumanising comparison',
  expel: 'call to expel or boycott',
  hatred: 'expression of hatred',
  generalise: 'generalisation',
  violence: 'call for violence',
  stereotype: 'insinuated stereotype',
};
const ANYONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);
/** Whoever at all, as a sentence's subject: "whoever", "koi bhi", "jo bhi", "कोई भी", "जो भी". */
const ANYONE_AT_ALL = wholeWord('whoever|koi bhi|jo bhi|कोई भी|जो भी|जो कोई');
/** The group a comment points at without naming it ("ये लोग", "these people"). */
const UNNAMED_GROUP = 'a group left unnamed ("these people", "go back to your country")';
/** A sentence that opens on "this/that one" and says what they are: "ये गद्दार है". */
const DEMONSTRATIVES = new Set(['ये', 'यह', 'वो', 'वह', 'ye', 'yeh', 'wo', 'woh']);
const PERSON_FILLERS = new Set([
  'तो',
  'भी',
  'आदमी',
  'बंदा',
  'इंसान',
  'लड़का',
  'नेता',
  'to',
  'bhi',
  'aadmi',
  'banda',
  'insaan',
  'ladka',
  'neta',
]);
/** "ये तो पूरा गधा है": words that may stand between "ये" and what the one pointed at is. */
const INTENSIFIERS = new Set([
  'पूरा',
  'पूरी',
  'एकदम',
  'बिल्कुल',
  'बिलकुल',
  'निरा',
  'poora',
  'pura',
  'ekdum',
  'bilkul',
]);
const QUANTIFIERS = new Set(['सारे', 'सब', 'सभी', 'sab', 'saare', 'sare', 'sabhi', 'all']);
const COPULAS = new Set(['है', 'हैं', 'हो', 'था', 'थे', 'hai', 'hain', 'h', 'ho', 'tha', 'the']);
/** The pointers that single out one person, a woman in a sexual remark ("इसकी फिगर", "उस लड़की को"). */
const PERSON_POINTERS = new Set([
  'इसकी',
  'इसका',
  'इसको',
  'इसे',
  'उसकी',
  'उसका',
  'उसको',
  'उसे',
  'लड़की',
  'iski',
  'iska',
  'isko',
  'uski',
  'uska',
  'usko',
  'ladki',
  // Round 4: "इसके होंठ", a woman reporter addressed as sister. Not "heroine" (a film review's "हीरोइन का रोल … आइटम
  // नंबर" is about a film), nor "she"/"her": fans write "she is sexy" of a singer under her video.
  'इसके',
  'उसके',
  'iske',
  'uske',
  'दीदी',
  'didi',
  'पत्रकारनी',
  'patrakarni',
]);
const LEER = /🤤|💋/u;
/**
 * "तेरी माँ की…", "teri behen ki ***": the oath left unfinished is the gaali it stands for (the dots end the sentence,
 * so this is read on the whole comment).
 */
const UNFINISHED_OATH =
  /(?<![\p{L}\p{M}])(?:तेरी|तेरे|teri|tere) (?:माँ|मां|बहन|बेहन|भेन|maa|ma|behen|behan|bhen) (?:की|का|के|ki|ka|ke)?\s*(?:\.{2,}|…|\*+|[चc]\S*\*)/iu;
/**
 * "chinks in their armour", "a chink of light", glasses that "chinked": the ordinary noun and verb the English slur
 * shares its spelling with. Read from the words after it, as the slur itself is never followed by them.
 */
const CHINK = /^chinks?$/;
const CHINK_ORDINARY = new Set([
  'armour',
  'armor',
  'defence',
  'defense',
  'light',
  'sunlight',
  'hope',
  'wall',
  'curtain',
]);
const innocentChink = (words: readonly TextWord[], h: Hit): boolean =>
  /^chink(?:ed|ing)$/.test(words[h.start]?.literal ?? '') ||
  (CHINK.test(words[h.start]?.literal ?? '') &&
    ['in', 'of'].includes(words[h.end]?.literal ?? '') &&
    words.slice(h.end + 1, h.end + 4).some((w) => CHINK_ORDINARY.has(w.literal)));
/**
 * Hinglish writes the obscenity लंड as "land", the English word for ground that farmers' and property news uses
 * every day. So "land" is read as the obscenity only where the ground cannot be meant: said of the body ("mera land",
 * "tera land" with no land record, farm or price in the sentence), with what is done to it ("land choos"), or in the
 * oath "land ke baal".
 */
const HINGLISH_LAND =
  /(?<![\p{L}\p{M}])(?:(?:mera|meri|mere|tera|teri|tere|tumhara|apna)\s+land(?![\p{L}\p{M}])|land\s+(?:ch[ou]{1,2}s\S*|chus\S*|ke\s+baal|ka\s+baal|khada|khadaa)|(?:muh|munh|mooh|mu)\s+(?:me|mein|mai)\s+land(?![\p{L}\p{M}]))/iu;
const GROUND =
  /record|registry|acquisition|zameen|jameen|jamin|zamin|ज़मीन|जमीन|kisan|kisaan|farmer|khet|acre|bigha|plot|property|rate|kabza|kabja|patwari|khasra|tehsil|survey|mafia|deal|dispute|builder|sarkar|government|bhoomi|bhumi|lease|title|documents?|papers?|owner|bech|kharid|khareed|becha|bikri|fasal|crop|makan|makaan|ghar|naksha|naap|nap|hectare|gaon|village|mutation/i;

/** "bc"/"mc" are swears unless the sentence is about caste certificates or the municipal corporation. */
const SWEAR_ABBREVIATIONS = new Set(['bc', 'mc', 'बीसी', 'एमसी']);
const ABBREVIATION_INNOCENT =
  /certificate|obc|category|caste|quota|election|chunav|ward|corporation|parshad|councillor|प्रमाण|चुनाव|वार्ड|जाति|ओबीसी|वर्ग|ईसा|पूर्व|निगम|पार्षद|कोटा|आरक्षण/i;

/**
 * The abuse categories in a comment. Pure: lists in, findings out. Each sentence is read on its own; a group named
 * in one sentence carries into the next, so "ये मुसलमान हैं। इन्हें देश से निकालो" is read as one thought.
 */
export function detectAbuse(
  body: string,
  options: { isReply?: boolean; authorName?: string } = {},
  reading: readonly SentenceReading[] = readingOf(body),
): AbuseFinding[] {
  const findings = new Map<AbuseCategory, AbuseFinding>();
  const add = (category: AbuseCategory, confidence: number, evidence: string, group?: string) => {
    const found = findings.get(category);
    if (!found) findings.set(category, { category, confidence, evidence: [evidence], group });
    else {
      found.confidence = Math.max(found.confidence, confidence);
      if (!found.evidence.includes(evidence)) found.evidence.push(evidence);
      found.group ??= group;
    }
  };
  const lexicon = abuseLexicon();
  const repliedTo = options.isReply === true || MENTION.test(body);
  let previousGroup: string | null = null;
  const oath = /तेर|ter/i.test(body) ? UNFINISHED_OATH.exec(body) : null;
  if (oath !== null) add('profanity', 0.85, maskWord(oath[0].trim()));
  const land = /land/i.test(body) ? HINGLISH_LAND.exec(body) : null;
  if (land !== null && (!/^\S+\s+land$/i.test(land[0]) || !GROUND.test(body)))
    add('profanity', 0.85, maskWord(land[0].trim()));
  for (const piece of reading) {
    // Profanity is profanity even when quoted; everything else is read in the writer's own words only.
    for (const h of piece.allHits) {
      const v = h.value;
      if (v.kind === 'word' && v.category === 'profanity' && v.tier !== 'mild')
        add('profanity', conf(h), maskWord(h.term));
    }
    const { sentence, words, hits } = piece;
    if (words.length === 0) continue;
    const has = (test: (v: LexiconValue) => boolean) => hits.some((h) => test(h.value));
    const condemned = has((v) => v.kind === 'marker' && v.marker === 'condemn');
    const negated = has((v) => v.kind === 'marker' && v.marker === 'negate');
    const reported = has((v) => v.kind === 'marker' && v.marker === 'report');
    const second = has((v) => v.kind === 'target' && v.target === 'secondPerson');
    const author = has((v) => v.kind === 'target' && v.target === 'author');
    const pointed = has((v) => v.kind === 'target');
    const question = piece.question || has((v) => v.kind === 'question');
    const groups = hits.filter((h) => h.value.kind === 'group' && !innocentChink(words, h));
    // The group of the sentence before carries over ("मुसलमान आए। ये गद्दार हैं"), unless this one names anyone at
    // all as its subject: "women don't pay anything. Anyone asking for more is a fraud." speaks of the fee-takers.
    const anyoneAtAll = words.some((w) => ANYONE.has(w.literal)) || ANYONE_AT_ALL.test(sentence);
    const carried: string | null = anyoneAtAll ? null : previousGroup;
    const group: string | null = groups[0] ? (groups[0].value as { label: string }).label : carried;
    // "बीमारी नहीं है": a comparison or feeling that is denied is not hostility.
    // In a question the "not" is rhetorical: "इन्हें भगाया क्यों नहीं?", "kya inhe goli nahi maarni chahiye?"
    const denied = (h: Hit) =>
      !question &&
      (NEGATION_AFTER.has(words[h.end]?.literal ?? '') ||
        NEGATION_BEFORE.has(words[h.start - 1]?.literal ?? ''));
    // A cue that says "not" itself ("कभी ईमानदार नहीं") is the hostility; "चोर नहीं होते" denies it.
    const saysNot = (h: Hit) =>
      h.term.split(' ').some((w) => NEGATION_AFTER.has(w) || NEGATION_BEFORE.has(w));
    const cues = hits.filter((h) => h.value.kind === 'cue' && (saysNot(h) || !denied(h)));
    const words_ = hits.filter((h) => h.value.kind === 'word');
    const wordsOf = (category: AbuseCategory, tiers: string[]) =>
      words_.filter(
        (h) => h.value.kind === 'word' && h.value.category === category && tiers.includes(h.value.tier),
      );

    // Insults: a strong insult word alone; a mild one aimed at the reader, the author or a replied-to reader.
    const directed = second || author || repliedTo;
    for (const h of wordsOf('insult', ['severe', 'strong'])) add('insult', 0.9, maskWord(h.term));
    const mild = wordsOf('insult', ['mild']);
    const mildSwears = wordsOf('profanity', ['mild']);
    const banter = BANTER.test(sentence);
    if (directed && !condemned && !banter && mild.length > 0) {
      for (const h of [...mild, ...mildSwears]) add('insult', 0.8, maskWord(h.term));
    }
    // Round 6: a fool's name called out ("अबे ओ नमूने") or exclaimed ("डरपोक कहीं के") is said to someone.
    if (mild.length > 0 && !banter && !condemned && !BANTER.test(body)) {
      for (const h of mild) {
        const called = VOCATIVES.has(words[h.start - 1]?.literal ?? '');
        if (called || EXCLAIMED.has(words[h.end]?.literal ?? '')) add('insult', 0.75, maskWord(h.term));
      }
    }
    // Stacked name-calling ("साले चोर", "kutte kamine") is aimed at someone even with no "you".
    const stacked =
      !banter &&
      !condemned &&
      mild.some((a) =>
        [...mild, ...mildSwears].some((b) => b.term !== a.term && Math.abs(a.start - b.start) <= 2),
      );
    if (stacked) for (const h of [...mild, ...mildSwears]) add('insult', 0.75, maskWord(h.term));
    // "only a complete moron would write this": the name is what whoever wrote it is, as much as "you" is.
    if (!banter && !condemned) {
      for (const h of mild)
        if (insultByDescription(words, h.start, h.end)) add('insult', 0.75, maskWord(h.term));
    }
    // "ये गद्दार है", "वो तो पागल है": a mild word said of someone pointed at, as the sentence's predicate. Said of a
    // whole class ("ये सारे नेता चोर हैं") it is a complaint about non-protected people, which stays published.
    const ofOne =
      DEMONSTRATIVES.has(words[0]?.literal ?? '') && !words.some((w) => QUANTIFIERS.has(w.literal));
    if (!banter && !condemned && !reported && ofOne) {
      for (const h of mild) {
        const copula = words.slice(h.end, h.end + 2).some((w) => COPULAS.has(w.literal));
        // Right after "ये" or "ये तो/आदमी/बंदा": "ये फैसला घटिया है" judges a thing, not a person.
        // Round 7: "ये तो पूरा गधा है" (a filler and an intensifier between).
        const next =
          h.start >= 1 &&
          h.start <= 3 &&
          words.slice(1, h.start).every((w) => PERSON_FILLERS.has(w.literal) || INTENSIFIERS.has(w.literal));
        // "ये पागलपन है" names a deed ("madness"), not the doer.
        const deed = /(?:पन|पना|गिरी|pan|pana|giri)$/.test(words[h.start].literal);
        if (next && copula && !deed) add('insult', 0.7, maskWord(h.term));
      }
    }
    // Round 7: "गिरगिट है ये नेता", "ये मंत्री जोंक है": a metaphor said of one person pointed at.
    const metaphor = banter || condemned || reported ? null : metaphorForPerson(words, hits);
    if (metaphor !== null) add('insult', 0.75, metaphor);
    // Just before an office, as its epithet ("कायर प्रधानमंत्री", "kamine neta"): name-calling. Said of a whole class
    // ("सारे नेता चोर हैं") it is a complaint about non-protected people, which stays published.
    const offices = hits.filter((h) => h.value.kind === 'target' && h.value.target === 'office');
    if (!banter && !condemned && !reported) {
      for (const h of mild) {
        if (offices.some((o) => o.start === h.end)) add('insult', 0.75, maskWord(h.term));
      }
    }
    for (const h of mildSwears) {
      // As written, not squeezed: "bbc.com" is not "bc".
      const written = words[h.start]?.literal;
      if (SWEAR_ABBREVIATIONS.has(written) && !ABBREVIATION_INNOCENT.test(sentence))
        add('profanity', 0.8, maskWord(h.term));
    }
    if (directed && !condemned && wordsOf('profanity', ['severe', 'strong']).length > 0) {
      for (const h of wordsOf('profanity', ['severe', 'strong'])) add('insult', 0.85, maskWord(h.term));
    }
    // Sexual: a sexual slur alone; a sexual remark beside a person.
    // A strong sexual word in a report said to nobody is the news ("the 2012 gang rape case"); a severe one never is.
    const newsOfIt = reported && !second && !repliedTo;
    for (const h of wordsOf('sexual', newsOfIt ? ['severe'] : ['severe', 'strong']))
      add('sexual', 0.9, maskWord(h.term));
    const women = groups.some((g) => g.value.kind === 'group' && g.value.label.startsWith('women'));
    // "इसकी कमर", "इस लड़की की": a woman pointed at is as much a target as "तुम".
    const pointedAtHer = hits.some((h) => h.value.kind === 'target' && PERSON_POINTERS.has(h.term));
    const aimedAtSomeone = second || author || women || repliedTo || pointedAtHer;
    // Said to the reader or the one replied to, a sexual remark is harassment even beside "खबर" or "news".
    if (aimedAtSomeone && !condemned && (!reported || second || repliedTo)) {
      for (const h of wordsOf('sexual', ['mild'])) add('sexual', 0.7, maskWord(h.term));
      // A drooling or kissing face at someone aimed at is a leer ("एंकर मैम की लिपस्टिक देख के 🤤").
      const leer = LEER.exec(sentence);
      if (leer !== null && !banter) add('sexual', 0.7, leer[0]);
    }
    // Round 7: her looks put above her work, or her picture said to stir the writer, with no listed word. Not undone
    // by "खबर": the news she reads is what the remark puts below her looks ("खबर कौन सुनेगा").
    const looks = aimedAtSomeone && !condemned && !banter ? leerAtHer(sentence) : null;
    if (looks !== null) add('sexual', 0.7, looks);
    // Threats: a violent verb as a call or a promise, aimed at someone, and not a report of what happened.
    const violent = cues.filter((h) => h.value.kind === 'cue' && h.value.cue === 'violence');
    // English puts the imperative first ("hang the reporter", "burn their shops"): a call, when a person is named.
    const person =
      second ||
      author ||
      groups.length > 0 ||
      hits.some((h) => h.value.kind === 'target' && h.value.target === 'office');
    // "Kill it tonight, you can do it", "smash it": what is done to "it" is a performance, not a person.
    // Only when the verb has a clause of its own to work in: "Shoot, you beat me to it" is an exclamation.
    // Round 8: what the English verb is done to. A person or a group as its object makes an opening verb a call
    // ("Shoot the traitor, he deserves it"); a thing as its object makes it no threat, even with "should" or "you"
    // ("someone should shoot a documentary", "Kill the engine before you refuel", "this movie needs to be shot").
    const objectOf = (h: Hit) => (DEVANAGARI.test(h.term) ? null : verbObject(words, hits, h, sentence));
    // "somebody hang him already": the call handed to anyone, the verb right after "someone".
    // "Line them up and shoot them": the second order of a chain is a call as much as the first.
    const opens = (h: Hit) =>
      h.start === 0 ||
      (((h.start === 1 && ANYONE.has(words[0].literal)) || chainedOrder(words, h)) &&
        objectOf(h) === 'person');
    // "The rate hike will hurt every EMI payer": a thing as the subject makes the harm a figure of speech.
    const clauseStart = (h: Hit) => Math.max(0, ...piece.clauseStarts.filter((c) => c <= h.start));
    const byThing = (h: Hit) => !DEVANAGARI.test(h.term) && thingSubject(words, hits, h, clauseStart(h));
    const imperative = (h: Hit) =>
      opens(h) &&
      (person || objectOf(h) === 'person') &&
      !DEVANAGARI.test(h.term) &&
      words[h.end]?.literal !== 'it' &&
      !piece.clauseStarts.includes(h.end);
    const threatening = violent.filter(
      (h) =>
        objectOf(h) !== 'thing' &&
        !byThing(h) &&
        !sportingBlow(words, h) &&
        (h.term.split(' ').length > 1 || moodNear(hits, h, piece.clauseStarts) || imperative(h)),
    );
    // A short call under a news story ("लिंच कर दो", "गर्दन उड़ा दो") aims at the story's subject without naming it.
    const shortCall = words.length <= 5 && threatening.some((h) => h.term.split(' ').length > 1);
    const atPerson = threatening.some((h) => objectOf(h) === 'person');
    if (
      threatening.length > 0 &&
      (pointed || group || shortCall || atPerson) &&
      !reported &&
      !condemned &&
      !negated
    ) {
      for (const h of threatening) add('threat', 0.85, `"${h.term}"`);
    }
    // Round 8: "इन गद्दारों को लटकाया जाना चाहिए", "is reporter ko peeta jaye": the passive call, its patient a person.
    const passive = reported || condemned || negated || question ? null : passiveCall(words, hits);
    if (passive !== null) add('threat', 0.85, passive);
    // "तेरा पता मालूम है", "we know which school your kids go to": no weapon named, the place is the threat. Only a
    // sentence ending in "?" is a question here: "कौन सी गली" names the place.
    const known = reported || condemned ? null : knowsWhereYouAre(sentence, piece.question);
    if (known !== null) add('threat', 0.8, known);
    // "तुझे देख लूँगा", "फिर बताता हूँ तुझे", "I'll find you": settling a score with the reader, no weapon named.
    const dealt = reported || condemned || banter ? null : dealsWithYou(sentence, piece.question);
    if (dealt !== null) add('threat', 0.8, dealt);
    // Hate: a slur on its own; a group named beside a hostility cue or an insult word (the pronoun may be next).
    if (!condemned) {
      for (const h of groups.filter((g) => g.value.kind === 'group' && g.value.slur)) {
        add('hate', 0.85, `slur ${maskWord(h.term)}`, (h.value as { label: string }).label);
      }
      // A mild word right beside the group ("दलित कमीने"); a strong one within three words.
      const nearGroup = (h: Hit) => {
        const reach = h.value.kind === 'word' && h.value.tier === 'mild' ? 1 : 3;
        return groups.some(
          (g) => Math.abs(g.start - h.start) <= reach || Math.abs(g.end - h.start) <= reach - 1,
        );
      };
      const insulting = [
        ...mild,
        ...wordsOf('insult', ['strong']),
        ...wordsOf('profanity', ['severe', 'strong']),
      ];
      const hostile = [
        ...cues.filter((h) => !(reported && h.value.kind === 'cue' && h.value.cue === 'violence')),
        ...insulting.filter((h) => groups.length === 0 || nearGroup(h)),
      ];
      // A question that doubts a group's humanity, loyalty or rights ("क्या मुसलमान कभी वफादार हो सकते हैं?").
      const doubting =
        question &&
        hits.some(
          (q) => q.value.kind === 'questioned' && !groups.some((g) => q.start < g.end && g.start < q.end),
        );
      if (group && groups.length > 0 && !negated && doubting && hostile.length === 0) {
        add('hate', 0.75, `towards ${group}: hostile question`, group);
      }
      // "ये लोग कीड़े हैं": the group is left unnamed, the comparison says who is meant.
      const comparisons = cues.filter((h) => h.value.kind === 'cue' && h.value.cue === 'dehumanise');
      if (groups.length === 0 && !negated && !reported && vermin(words, comparisons)) {
        add('hate', 0.8, `towards ${UNNAMED_GROUP}: dehumanising comparison`, UNNAMED_GROUP);
      }
      // Round 7: a fault made a group's nature ("सारे दलित नेता बस मलाई खाने आते हैं", "ये लोग ही होते हैं जो दंगा…").
      const fault = negated || reported ? null : generalisedFault(sentence, words, hits);
      if (fault !== null) {
        const towards = groups.length > 0 ? (group ?? UNNAMED_GROUP) : UNNAMED_GROUP;
        add('hate', 0.75, `towards ${towards}: generalisation (${fault})`, towards);
      }
      if (group && !negated && hostile.length > 0) {
        const cueHit = hostile.find((h) => h.value.kind === 'cue');
        const what =
          cueHit && cueHit.value.kind === 'cue'
            ? `${CUE_WORDS[cueHit.value.cue]} ("${cueHit.term}")`
            : 'abusive words';
        add('hate', cueHit ? 0.85 : 0.75, `towards ${group}: ${what}`, group);
      }
    }
    previousGroup = groups.length > 0 ? group : null;
  }
  if (options.authorName) {
    for (const h of lexicon.find(textWords(options.authorName))) {
      if (h.value.kind === 'word' && h.value.tier !== 'mild')
        add(h.value.category, 0.9, `name ${maskWord(h.term)}`);
      if (h.value.kind === 'group' && h.value.slur)
        add('hate', 0.8, `name ${maskWord(h.term)}`, h.value.label);
    }
  }
  return [...findings.values()];
}

export interface SentenceReading {
  sentence: string;
  /** It ended with "?". */
  question: boolean;
  /** The sentence's words and hits with what it quotes left out, and where its clauses begin… */
  words: TextWord[];
  hits: Hit[];
  clauseStarts: readonly number[];
  /** …and with it (profanity, the model). */
  allWords: TextWord[];
  allHits: Hit[];
  /** The ordinary idioms in allWords ("dumb-struck"): the model reads each as one word. */
  idioms: readonly Hit[];
}

/**
 * The comment split into sentences, each into words (spelled-apart Devanagari joined first) and lexicon hits, once
 * per comment: the rules and the learned model share it (the pipeline reads it once, into its TextView).
 */
export function readingOf(body: string): readonly SentenceReading[] {
  const lexicon = abuseLexicon();
  const joined = DEVANAGARI.test(body)
    ? body
        .replace(DOTTED_GAALI, (m) => DOTTED_GAALI_WORD[m.split('.')[0]] ?? m)
        .replace(INNER_SEPARATOR, '')
        .replace(SPACED_AKSHARAS, (m) => joinSpelledApart(m))
    : body;
  const reading: SentenceReading[] = [];
  let from = 0;
  for (const end of [...joined.matchAll(SENTENCE_END), null]) {
    const sentence = joined.slice(from, end?.index ?? joined.length);
    const question = end !== null && end[0].includes('?');
    if (end !== null) from = (end.index ?? 0) + end[0].length;
    const all = pieceClauses(sentence);
    if (all.words.length === 0) continue;
    const found = lexicon.find(all.words, all.clauseStarts);
    const allHits = withoutIdioms(found);
    const idioms = allHits === found ? NO_IDIOMS : found.filter((h) => h.value.kind === 'idiom');
    // The quoted span is left out as a clause of its own: a phrase does not join the words either side of it.
    const own = QUOTE_MARK.test(sentence) ? sentence.replace(QUOTED_SPAN, ' … ') : sentence;
    const ownWords = own === sentence ? all : pieceClauses(own);
    reading.push({
      sentence: own,
      question,
      words: ownWords.words,
      hits: own === sentence ? allHits : withoutIdioms(lexicon.find(ownWords.words, ownWords.clauseStarts)),
      clauseStarts: ownWords.clauseStarts,
      allWords: all.words,
      allHits,
      idioms,
    });
  }
  return reading;
}

/**
 * "क टु ए को" → "कटुए को": the longest run of three or more spelled-apart aksharas that joins into a listed word or
 * group. A run that joins into nothing is ordinary short words ("तू है ही घटिया") and stays as written.
 */
function joinSpelledApart(run: string): string {
  const parts = run.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < parts.length;) {
    let end = parts.length;
    for (; end >= i + 3; end--) {
      const hits = abuseLexicon().find(pieceWords(parts.slice(i, end).join('')));
      if (hits.some((h) => h.value.kind === 'word' || h.value.kind === 'group')) break;
    }
    if (end >= i + 3) {
      out.push(parts.slice(i, end).join(''));
      i = end;
    } else out.push(parts[i++]);
  }
  return out.join(' ') + (/\s$/.test(run) ? ' ' : '');
}

/**
 * "drop dead gorgeous", "dumbstruck", "dumb charades": an ordinary idiom holds a listed word; the word is not read
 * where the idiom holds it (an idiom hit is itself nothing the rules read).
 */
const NO_IDIOMS: readonly Hit[] = [];

function withoutIdioms(hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.value.kind === 'idiom')) return hits;
  const idioms = hits.filter((h) => h.value.kind === 'idiom');
  return hits.filter(
    (h) => h.value.kind !== 'idiom' && !idioms.some((i) => i.start <= h.start && h.end <= i.end),
  );
}

function conf(h: Hit): number {
  return h.value.kind === 'word' && h.value.tier === 'severe' ? 0.97 : 0.9;
}

/**
 * A mood word (imperative, future, "should") within three words after the verb, or just before it ("will kill"), in
 * the verb's clause: "Shoot, you will love this" promises nothing.
 */
function moodNear(hits: readonly Hit[], verb: Hit, clauseStarts: readonly number[]): boolean {
  return hits.some(
    (h) =>
      h.value.kind === 'mood' &&
      h.start >= verb.start - 2 &&
      h.start <= verb.end + 2 &&
      sameClause(clauseStarts, verb.start, h.start),
  );
}

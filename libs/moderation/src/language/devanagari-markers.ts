import { indexWordTables, Weights } from './word-index';
/**
 * Hindi, Marathi and Nepali share the Devanagari script and much vocabulary, but not their grammar words: Hindi
 * "है / नहीं / में", Marathi "आहे / नाही / मध्ये", Nepali "छ / छैन / मा". These hand-written tables (ours, from the
 * grammars of the three languages) weigh such words and endings; a word shared by two languages weighs little.
 * They measured better than franc's and eld's trigram models on our samples (docs/quality.md, "Language").
 */
export type DevanagariLanguage = 'hi' | 'mr' | 'ne';

const HINDI_WORDS: Weights = {
  है: 2, हैं: 2.5, था: 2, थी: 2, थे: 2, में: 2.5, नहीं: 3, नही: 2, और: 2.5, यह: 2.5, वह: 2, ये: 1, वो: 1.5,
  का: 1, की: 1.5, के: 2, को: 1.5, से: 2, ने: 1, पर: 1.5, लिए: 2.5, लिये: 2.5, कि: 0.7, भी: 2, तो: 1, हो: 0.3,
  कर: 1, रहा: 2, रही: 2, रहे: 2, गया: 2, गई: 2, गयी: 2, गए: 2, गये: 2, किया: 2, हुआ: 2, हुई: 2, हुए: 2,
  इस: 2, उस: 2, इसके: 2, उसके: 2, इसकी: 2, उसकी: 2, कुछ: 2, बहुत: 2, क्या: 2, क्यों: 2, अपने: 2, अपनी: 2,
  अपना: 2, मैं: 2.5, हम: 1.5, आप: 1.5, तुम: 2, सकता: 2, सकते: 2, सकती: 2, चाहिए: 3, लेकिन: 2.5, अगर: 2,
  जब: 1, तक: 2, वाले: 2, वाली: 2, वाला: 2, साथ: 1, बात: 1.5, दिया: 2, लिया: 2, होगा: 2, होगी: 2, करने: 2,
  हूं: 2.5, हूँ: 2.5, एवं: 1, तथा: 1, द्वारा: 2, जाता: 2, जाती: 2, जाते: 2, करते: 2, करता: 2, करती: 2,
  सबसे: 2, जैसे: 2, ऐसे: 2, कैसे: 2, यहां: 2, वहां: 2, यहाँ: 2, वहाँ: 2, उन्होंने: 3, इसलिए: 2.5, अब: 1.5,
  होता: 0.5, होती: 0.5, होते: 0.5,
  // Sanskrit in verse and slogans ("त्वं", "स्वयं"): its final anusvara after a consonant is not Marathi's.
  त्वं: 0, अहं: 0, वयं: 0, इदं: 0, किं: 0, स्वयं: 0.5,
}; // prettier-ignore

const MARATHI_WORDS: Weights = {
  आहे: 4, आहेत: 4, आणि: 4, नाही: 4, होते: 2, होता: 0.5, होती: 0.5, हे: 1.5, ही: 0.3, ते: 1.5, या: 0.5,
  मी: 3, आम्ही: 3, तुम्ही: 3, आपण: 3, माझा: 3, माझी: 3, माझे: 3, तुमचा: 3, तुमची: 3, तुमचे: 3, त्याने: 3,
  त्यांनी: 3, त्याचा: 3, त्याची: 3, त्याचे: 3, त्यांचे: 3, त्यांची: 3, काय: 3, कसे: 2, कसा: 2, केले: 3,
  केली: 3, केला: 3, झाले: 3, झाली: 3, झाला: 3, साठी: 3, मध्ये: 4, पण: 3, खूप: 3, सर्व: 1.5, व: 1.5, आता: 3,
  येथे: 3, तेथे: 3, जे: 1, म्हणून: 3, म्हणजे: 3, असे: 3, असा: 2, असलेल्या: 3, असते: 3, नव्हते: 3, होऊन: 3,
  घेऊन: 3, देऊन: 3, करून: 3, तर: 1, की: 0.3, कोणी: 2, काही: 3, मात्र: 1.5, ह्या: 2, त्या: 2, हा: 1.5,
  तो: 0.5, ती: 1, आपल्या: 3, सगळे: 3, नका: 3, होय: 3, त्यामुळे: 3, लोकांना: 3, करा: 1.5,
  मला: 3, तुला: 3, आम्हाला: 3, तुम्हाला: 3, त्याला: 3, त्यांना: 3, कधी: 2.5, अजून: 3, फक्त: 2.5, होईल: 3,
  वाटते: 3, वाटतं: 3, वाटलं: 3, इतके: 2, इतकं: 3, कळत: 3, गेल्या: 3, पाहा: 2, झालं: 3, आलं: 2, नाहीत: 4,
  // Readers' words Hindi says otherwise: "बराबर / अच्छा / सच / ख़बर / बिल्कुल / भाई / पसंद".
  बरोबर: 3, छान: 3, अगदी: 3, बातमी: 3, बातम्या: 3, लई: 2.5, भाऊ: 2.5, साहेब: 1.5, आवडला: 3, आवडली: 3, आवडले: 3,
  खरं: 3, बरं: 3, खरे: 1, आहोत: 4, आहात: 4, नसते: 3, असेल: 3, असतं: 3, होतं: 3, तरी: 1.5, सांगा: 3, बघा: 2,
}; // prettier-ignore

const NEPALI_WORDS: Weights = {
  छ: 4, छन्: 4, छु: 3, छौं: 3, छैन: 4, हुन्छ: 4, थियो: 4, थिए: 3, भएको: 4, गरेको: 4, गर्न: 3, गर्ने: 3,
  गरी: 2, र: 2, मा: 1.5, ले: 0.7, लाई: 3, बाट: 3, पनि: 4, यो: 2, त्यो: 3, म: 2, हामी: 3, तपाईं: 3, तपाईँ: 3,
  उनी: 2, उनको: 3, मेरो: 3, तिम्रो: 3, सबै: 3, नै: 2, भने: 2, भन्ने: 3, हो: 1, को: 1, का: 0.5, गरेर: 3,
  हुने: 3, भएका: 3, रहेको: 3, गर्दै: 3, जस्तो: 3, कुरा: 2, अनि: 3, तर: 1, पनी: 2, होइन: 3, यस: 1.5, एउटा: 3,
  धेरै: 3, राम्रो: 3, किन: 3, कसरी: 3,
  भयो: 3, लाग्यो: 3, यस्तो: 3, यस्ता: 3, त्यस्तो: 3, कहिले: 3, अझै: 3, हुँदैन: 4, थाहा: 3, गाह्रो: 3, सधैं: 3,
  छिटो: 2, तपाईंले: 3, हामीलाई: 3, मलाई: 3,
  // Nepali's "this / some / someone" with their case endings (Hindi "इस / कुछ / किसी").
  केही: 3, यसमा: 3, यसको: 3, यसले: 3, यसलाई: 3, त्यसमा: 3, त्यसको: 3, त्यसले: 3, कसैले: 3, कसैलाई: 3,
  हुन्: 3, हौं: 3, ठिक: 1, हजुर: 3, दाइ: 2, साँचो: 3, खुसी: 2,
}; // prettier-ignore

/** Word endings: Marathi genitive "-च्या/-ांना", Nepali plural "-हरू" and participle "-एको", Hindi oblique "-ों". */
const ENDINGS: [string, DevanagariLanguage, number][] = [
  ['च्या', 'mr', 2],
  ['ांना', 'mr', 2],
  ['ांनी', 'mr', 2],
  ['ण्या', 'mr', 1.5],
  ['ल्या', 'mr', 1],
  ['ाचा', 'mr', 1.5],
  ['ाची', 'mr', 1.5],
  ['ाचे', 'mr', 1.5],
  ['ीचा', 'mr', 1.5],
  ['तील', 'mr', 1.5],
  // Future "करणार / होणार", optative "घ्यावा / करावी", absolutive "करून": Hindi writes "करेगा", "करें", "करके".
  ['णार', 'mr', 2.5],
  ['ावा', 'mr', 1.5],
  ['ावी', 'mr', 1.5],
  ['ावे', 'mr', 1.5],
  ['ून', 'mr', 1],
  ['ेचा', 'mr', 1.5],
  // Genitive plural "लोकांचा / मुलांची", present perfect "झालंय / लिहिलंय".
  ['ांचा', 'mr', 2],
  ['ांची', 'mr', 2],
  ['ांचे', 'mr', 2],
  ['लंय', 'mr', 3],
  ['हरू', 'ne', 3],
  ['हरु', 'ne', 3],
  ['ेको', 'ne', 2],
  ['ेका', 'ne', 1],
  ['्छ', 'ne', 2.5],
  ['्छन्', 'ne', 3],
  ['्नु', 'ne', 1.5],
  // Past "लाग्यो / जित्यो", polite "लेख्नुभयो", present "आउँछ", conjunctive "पढेर", genitive "-ाको": not Hindi's.
  ['नुभयो', 'ne', 3],
  // Polite imperative "गर्नुहोस् / लेख्नुस्", obligation "लाग्नुपर्ने", progressive "लेख्दै", dative "-लाई".
  ['नुहोस्', 'ne', 3],
  ['नुस्', 'ne', 3],
  ['नुपर्ने', 'ne', 3],
  ['्दै', 'ne', 2],
  ['लाई', 'ne', 2],
  // Past "पर्‍यो / गऱ्यो": the half ra is typed with a joiner or as the eyelash ra, which is not Marathi here.
  ['्‍यो', 'ne', 2],
  ['ऱ्यो', 'ne', 3],
  ['्यो', 'ne', 2],
  ['ँछ', 'ne', 2.5],
  ['ँछन्', 'ne', 3],
  ['ेर', 'ne', 1.5],
  ['ाको', 'ne', 1.5],
  ['ीको', 'ne', 1.5],
  ['दैन', 'ne', 2.5],
  ['ों', 'hi', 1.5],
  ['ियों', 'hi', 1],
];

const WORD_TABLES: [DevanagariLanguage, Weights][] = [
  ['hi', HINDI_WORDS],
  ['mr', MARATHI_WORDS],
  ['ne', NEPALI_WORDS],
];

// ळ, and the eyelash र (ऱ, "शेतकऱ्यांना"), are Marathi letters that Hindi and Nepali do not write; Nepali's plural
// "-हरू" keeps its case ending after it ("नेताहरूलाई", "छोरीहरूको"): both are looked for anywhere in a word (below).
/**
 * Spoken Marathi writes the neuter ending as an anusvara straight after a consonant: "झालं, कसं, तुझं, म्हणणं,
 * जगायचं". Hindi's final anusvara follows a vowel sign ("में, हैं, बातें"); "एवं / स्वयं" are rare in comments.
 * Likewise its genitive "आजचा / घरची / गावचे" follows a bare consonant; Hindi's "बच्चा / चर्चा" a virama.
 */
const ANUSVARA = 0x902;
const isConsonant = (code: number) => (code >= 0x915 && code <= 0x939) || (code >= 0x958 && code <= 0x95f);
const MARATHI_GENITIVE = /[\u0915-\u0939\u0958-\u095f](?:चा|ची|चे)$/;

/** The endings by their last code unit, each list in ENDINGS' order: a word is tried against a handful, not 44. */
const ENDINGS_BY_LAST = new Map<number, [string, DevanagariLanguage, number][]>();
for (const ending of ENDINGS) {
  const last = ending[0].charCodeAt(ending[0].length - 1);
  const list = ENDINGS_BY_LAST.get(last);
  if (list) list.push(ending);
  else ENDINGS_BY_LAST.set(last, [ending]);
}
const NO_ENDINGS: [string, DevanagariLanguage, number][] = [];

/**
 * The three tables in one map: one probe per word, not three, and a word that names a property every object has
 * ("constructor", "toString", typed by a programmer among Hindi words) is no entry of any table.
 */
const WORD_INDEX = indexWordTables(WORD_TABLES);

export function scoreDevanagari(words: readonly string[]): Record<DevanagariLanguage, number> {
  const score: Record<DevanagariLanguage, number> = { hi: 0, mr: 0, ne: 0 };
  for (const word of words) {
    const entries = WORD_INDEX.get(word);
    if (entries !== undefined) {
      for (const [language, weight] of entries) score[language] += weight;
      continue;
    }
    let endingLanguage: DevanagariLanguage | null = null;
    for (const [ending, language, weight] of ENDINGS_BY_LAST.get(word.charCodeAt(word.length - 1)) ??
      NO_ENDINGS) {
      if (word.length > ending.length + 1 && word.endsWith(ending)) {
        score[language] += weight;
        endingLanguage = language;
        break;
      }
    }
    const length = word.length;
    if (endingLanguage === null && length > 2) {
      if (word.charCodeAt(length - 1) === ANUSVARA && isConsonant(word.charCodeAt(length - 2))) score.mr += 2;
      else if (length > 3 && MARATHI_GENITIVE.test(word)) score.mr += 1.5;
    }
    if (endingLanguage !== 'ne' && (word.includes('हरू') || word.includes('हरु'))) score.ne += 3;
    if (endingLanguage !== 'ne' && (word.includes('ळ') || word.includes('ऱ'))) score.mr += 1.5;
  }
  return score;
}

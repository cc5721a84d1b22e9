/**
 * Abusive words and phrases, one lexicon for Devanagari, romanised Hindi and English, by category and tier.
 * Written and curated by hand by this project (LDNOOBW v1 en/hi, CC BY 4.0, was a checklist; see ATTRIBUTION.md).
 *
 * Matching folds spelling on both sides (libs/moderation/src/text/phonetic-key.ts): nukta, chandrabindu/anusvara,
 * vowel length, repeated letters, invisible characters, leetspeak, and a phonetic key that lets a Devanagari entry
 * match romanised text and the reverse. An entry also matches its inflected forms (-ा/-े/-ी/-ो/-ों/-ियों/-पन/-गिरी…)
 * unless it is marked with a leading "=" (exact: its stem is an ordinary word, e.g. "=गांड" vs "गंदा").
 * After '|en|' Latin entries are English: matched as spelt (and -s/-ed/-ing…), never by the Hindi phonetic key
 * ("shit" would meet "sit"); '|hi|' switches back. A leading "~" applies the entry to Devanagari text only (its romanised key is an ordinary word: "चोद" vs "chodo").
 *
 * Tiers: severe and strong words decide their category alone; mild words ("पागल", "idiot") are abuse only when aimed
 * at someone (see abuse/detect-abuse.ts) or beside other abuse.
 */
import { AbuseCategory } from '../src/types';

export type AbuseTier = 'severe' | 'strong' | 'mild';
export interface AbuseWordSection {
  category: AbuseCategory;
  tier: AbuseTier;
  terms: readonly string[];
}

// prettier-ignore
export const ABUSE_WORDS: readonly AbuseWordSection[] = [
  { category: 'profanity', tier: 'severe', terms: [
    'मादरचोद', 'मादर चोद', 'मादरजात', 'बहनचोद', 'बहन चोद', 'बहनचो', 'भेनचोद', 'बहन के लौड़े', 'भोसड़ी के', 'भोसड़ीके',
    'भोसड़ीवाले', 'भोसड़ा', 'तेरी माँ की चूत', 'माँ की चूत', 'मां की चूत', 'माँ का भोसड़ा', '=चूत', '=चुत',
    'madarchod', 'maderchod', 'madharchod', 'madar chod', 'behenchod', 'bhenchod', 'benchod', 'behanchod', 'bhanchod',
    'bahenchod', 'behen chod', 'behen ke lode', 'behen ke laude', 'bhosdike', 'bhosdi ke', 'bhosadike', 'bhosadi ke',
    'bhosdiwale', 'bhosda', 'bhosadi', 'bhosdi', 'teri maa ki chut', 'maa ki chut', 'maa ka bhosda', '=chut', '=choot',
    '|en|', 'motherfucker', 'motherfucking', 'cunt',
  ] },
  { category: 'profanity', tier: 'strong', terms: [
    'लौड़ा', 'लोड़ा', '=लंड', '=लण्ड', '=गांड', '=गाँड', '=गाण्ड', 'गांडू', 'गाण्डू', '~चोद', '~चोदना', 'चोदू', '=झांट',
    'झाँटू', 'झांटू', 'झाटू', 'चूतियापा', 'चुतियापा', 'भोसड़ी',
    'lauda', 'laude', 'lavda', 'lavde', 'lawda', 'lawde', '=loda', '=lode', 'lodu', '=lund', '=lundh', '=gaand',
    '=gand', 'gandu', 'gaandu', 'gaandfat', 'chodu', 'chodna', 'chodta', '=jhant', 'jhantu', 'jhaatu', 'chutiyapa',
    '|en|', 'fuck', 'fucking', 'fucker', 'fucked', 'fck', 'fuk', 'fuking', 'fcking', 'stfu', 'gtfo', 'asshole', 'arsehole',
    'cocksucker', 'dipshit', 'wanker', 'twat', 'pussy', 'dick', 'bullshit',
  ] },
  { category: 'profanity', tier: 'mild', terms: [
    'टट्टी', 'साला', 'साले', 'साली', 'tatti', 'saala', 'saale', 'sala', 'saali', 'mc', 'bc', 'bkl', 'tatte',
    '|en|', 'shit', 'shitty', 'crap', 'damn', 'wtf', 'piss', 'pissed', 'bloody',
  ] },
  { category: 'insult', tier: 'strong', terms: [
    'चूतिया', 'चुतिया', 'हरामज़ादा', 'हरामी', 'हरामखोर', 'कुतिया', 'भड़वा', 'कुत्ते की औलाद', 'सूअर की औलाद',
    'कुत्ते का पिल्ला', 'दोगला', '~दल्ला', 'chutiya', 'chutia', 'chootiya', 'chutya', 'harami', 'haramzada', 'haramjada',
    'haramkhor', 'kuttiya', 'kutiya', 'bhadwa', 'bhadva', 'kutte ki aulad', 'suar ki aulad', 'kutte ka pilla',
    'dogla', '|en|', 'bitch', 'bastard', 'dickhead', 'retard', 'retarded', 'jackass', 'son of a bitch', 'scumbag',
  ] },
  { category: 'insult', tier: 'mild', terms: [
    'कमीना', 'कुत्ता', 'सूअर', 'सुअर', 'गधा', 'उल्लू', 'उल्लू का पट्ठा', 'बेवकूफ़', 'मूर्ख', 'नालायक', 'जाहिल',
    'गंवार', 'नीच', 'पागल', 'बदतमीज़', 'मूर्ख', 'बेशर्म', 'घटिया', 'निकम्मा', 'गद्दार', 'देशद्रोही', 'दलाल', 'चमचा',
    'भक्त', 'अंधभक्त', 'गुलाम', 'लुच्चा', 'लफंगा', 'कायर', 'बेगैरत', 'ढक्कन', 'चोर', 'झूठा', 'मक्कार', 'बिकाऊ',
    'kamina', 'kaminey', 'kutta', 'suar', 'suwar', 'gadha', 'ullu', 'ullu ka pattha', 'bewakoof', 'bewakuf', 'bevkoof',
    'murkh', 'nalayak', 'jahil', 'gawar', 'ganwar', 'neech', 'pagal', 'badtameez', 'besharam', 'ghatiya', 'nikamma',
    'gaddar', 'deshdrohi', 'dalal', 'chamcha', 'andhbhakt', 'gulam', 'lucha', 'lafanga', 'kayar', 'begairat', 'dhakkan',
    'chor', 'jhootha', 'makkar', 'bikau', 'chomu', 'fattu',
    '|en|', 'idiot', 'idiots', 'idiotic', 'stupid', 'moron', 'morons', 'dumb', 'dumbass', 'jerk', 'loser', 'losers', 'scum',
    'fool', 'imbecile', 'prick', 'douche', 'douchebag', 'clown', 'traitor', 'liar', 'coward', 'shameless', 'pathetic',
    'presstitute', '|hi|', 'godi media', 'गोदी मीडिया', 'dalla media', 'bikau media', 'बिकाऊ मीडिया',
  ] },
  { category: 'sexual', tier: 'severe', terms: [
    'रंडी', 'रण्डी', 'छिनाल', 'वेश्या', 'randi', 'randii', 'chinal', 'chinaal', '|en|', 'whore', 'slut',
    'i will rape', 'rape you', 'gang rape', '|hi|', 'rape kar', 'रेप कर', 'बलात्कार कर',
  ] },
  { category: 'sexual', tier: 'mild', terms: [
    '=हॉट', 'सेक्सी', '=माल', 'nangi', 'नंगी', 'चूची', 'chuchi', 'bistar', 'बिस्तर', 'फिगर', 'आइटम', 'jawani', 'जवानी',
    'maal', 'रेप', 'बलात्कार', 'चुम्मा', 'chumma', '|en|', 'sexy', 'boobs', 'figure', 'item', 'nude', 'nudes', 'hot',
    'kiss', 'rape', 'sleep with', 'hook up', 'boobies', 'in bed',
  ] },
];

import { indexWordTables, Weights } from './word-index';
/**
 * Languages written in Latin letters told apart by their grammar words, which make up a third or more of any
 * sentence. Romanised Hindi has no fixed spelling, so its table lists the usual spellings ("nahi/nahin/nhi").
 * Words that two languages share ("to", "me", "main", "se", "par") weigh little. Hand-written by us; measured in
 * docs/quality.md ("Language").
 */
export type LatinLanguage = 'en' | 'hi-Latn' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl' | 'id' | 'tr' | 'pl';

const table = (weight: number, words: string): Weights =>
  Object.fromEntries(words.split(' ').map((w) => [w, weight]));

const ENGLISH: Weights = {
  ...table(3, 'the'),
  ...table(2, 'is are was were and of it that this you for with not be have has had what why how they she his her will would should could your our their there which who from by but if does did been very people about because than them these those its know think into where must'),
  ...table(1.5, 'on we he can an at as or do good just like only more now get then also well any some thanks thank great please when here'),
  ...table(1, 'to in a i so all am nice out up article news'),
  ...table(0.5, 'me no'),
  // Readers' short replies have few grammar words ("So true", "Such a shame", "Happy Diwali everyone").
  ...table(1, 'true same again one such everyone happy read story shame best sad agree right job written interesting condolences rip'),
}; // prettier-ignore

const ROMANISED_HINDI: Weights = {
  ...table(3, 'hai hain nahi nahin nhi kya aur bhi yeh tha thi hoga hogi hota hoti hote karo karna karne kiya diya liya gaya gya gayi raha rahe rahi rha rhe rhi kuch kuchh bahut bahot bohot apna apne apni mera meri mere tera teri tere aap unko usko isko iska uska unka inka kaise kaisa agar lekin abhi sirf wala wale wali chahiye sakta sakte sakti accha acha achha achchha hua kyunki kyonki isliye matlab yaar aisa aise jaise dekho samajh pta hoon galat zyada jyada thoda humko hamko tumko mujhe tujhe hamara humara tumhara unke uske iske inke kabhi sabhi kitna kitne koun kaun jisne usne maine tumne humne kijiye dijiye rahiye banta bana bani'),
  ...table(2, 'ka ki ke ko ye wo vo woh kar kr kyu kyun kyon sab koi bhai bhaiya logo logon tum hum kab jab tak wahi yahi waha yaha waise dekh bolo pata chalo sahi desh sarkar baat saal paisa paise kaam ek haan hui hue jaa gye ji'),
  ...table(1.5, 'se mein tu ab tab hu'),
  ...table(2, 'itna itni itne aaya aayi aaye aate aata yaad mehenga mehnga mahanga'),
  ...table(1, 'h ho kia log mai par pe na ja jo bol din hun ham ap chal nai kam'),
  ...table(0.5, 'me main to mat'),
}; // prettier-ignore

const OTHERS: Record<Exclude<LatinLanguage, 'en' | 'hi-Latn'>, Weights> = {
  es: { ...table(2, 'el los las que y es por para con una del como pero su al esta está son muy también porque sus le lo más fue ha'), ...table(1, 'la de en se un no') }, // prettier-ignore
  fr: { ...table(2, 'le les des et est une du que qui dans pour pas sur au avec ce il elle nous vous je sont ont été cette mais aux ses leur'), ...table(1, 'la de en un ne se par') }, // prettier-ignore
  de: { ...table(2, 'der die das und ist nicht ein eine zu den mit von sich auf für dem des ich wir auch wird sind im nach aus bei oder wie'), ...table(1, 'es sie mein') }, // prettier-ignore
  pt: { ...table(2, 'os que do da em um uma para com não por mais na dos das é são ao pelo pela ou seu sua também muito'), ...table(1, 'o a as de e se no') }, // prettier-ignore
  it: { ...table(2, 'il di che per non sono del della con è gli ma come anche questo alla dei nel più essere ha'), ...table(1, 'e la le un una si') }, // prettier-ignore
  nl: {
    ...table(2, 'het een en van niet dat op te met voor zijn er ook die maar wordt bij naar om als'),
    ...table(1, 'de is'),
  },
  id: table(
    2,
    'yang dan di ini itu dengan untuk tidak dari dalam akan pada adalah ke saya kita ada atau juga bisa sudah',
  ),
  tr: table(2, 've bir bu da için ile çok olarak daha gibi ama değil var ben sen olan her'),
  pl: { ...table(2, 'się nie że jest jak ale czy są'), ...table(0.5, 'w z od po') },
};

/** Letters one language uses and English and romanised Hindi never do. */
const LETTER_HINTS: [RegExp, LatinLanguage, number][] = [
  [/[ñ¿¡]/, 'es', 3],
  [/[œ]|[èêëàâîôûù]/, 'fr', 1.5],
  [/[ãõ]/, 'pt', 3],
  [/[ß]|[äöü]/, 'de', 1],
  [/[şğı]/, 'tr', 3],
  [/[łąęśźżń]/, 'pl', 3],
];

const WORD_TABLES: [LatinLanguage, Weights][] = [
  ['en', ENGLISH],
  ['hi-Latn', ROMANISED_HINDI],
  ...(Object.entries(OTHERS) as [LatinLanguage, Weights][]),
];

/** Every table merged into one lookup: a word costs one map probe, not one per language. */
const WORD_INDEX = indexWordTables(WORD_TABLES);

export function scoreLatin(words: readonly string[], text: string): Map<LatinLanguage, number> {
  const score = new Map<LatinLanguage, number>();
  for (const word of words) {
    const entries = WORD_INDEX.get(word);
    if (!entries) continue;
    for (const [language, weight] of entries) score.set(language, (score.get(language) ?? 0) + weight);
  }
  for (const [pattern, language, weight] of LETTER_HINTS) {
    if (pattern.test(text)) score.set(language, (score.get(language) ?? 0) + weight);
  }
  return score;
}

/**
 * Protected groups (religion, caste, region, nationality, gender, sexuality, disability) in Devanagari, romanised Hindi
 * and English. Written by hand by this project. `names` are neutral names: naming a group is never abuse, only a name
 * beside a hostility cue is (abuse/detect-hate.ts). `slurs` are derogatory forms that are hate on their own unless
 * quoted or condemned. Inflected forms match (मुसलमानों, dalito, muslims), see abuse-words.ts for the entry syntax ('|en|' … '|hi|'
 * marks English entries).
 */
export interface ProtectedGroup {
  /** What the moderator reads in the reason: "Muslims / मुसलमान". */
  label: string;
  names: readonly string[];
  slurs: readonly string[];
}

// prettier-ignore
export const PROTECTED_GROUPS: readonly ProtectedGroup[] = [
  { label: 'Muslims / मुसलमान', names: [
    'मुसलमान', 'मुस्लिम', 'मुसलमानों', 'मियां', 'मियाँ', 'muslim', 'musalman', 'musalmaan', 'musalmano', 'muslims',
    'miya', 'miyan', 'islam', 'इस्लाम', '|en|', 'islamic', 'moslem',
  ], slurs: [
    'कटुआ', 'कटुए', 'कटवे', 'कटुओं', 'कटुवा', 'कटुवे', 'कटुवों', 'मुल्ला', 'मुल्ले', 'मुल्लों', 'जिहादी', 'सूअर खाने वाले', 'हरे साँप', 'पंचरवाले',
    'पंक्चर वाले', 'katua', 'katuwa', 'katue', 'katwe', 'mulla', 'mulle', 'mullo', 'mullah', 'jihadi', 'jihadis',
    'panchar wale', 'punctur wale', 'hare saanp', '|en|', 'raghead', 'ragheads', 'mozlem', 'muzzie', 'muzzies', 'muzlim', 'muzlims', 'mullas', 'mullahs',
    '|hi|', 'mulle', 'shantidoot', 'शांतिदूत', 'लव जिहादी',
  ] },
  { label: 'Hindus / हिंदू', names: ['हिंदू', 'हिन्दू', 'hindu', 'hindus', 'sanatani', 'सनातनी'], slurs: [
    'संघी', 'गौमूत्र पीने वाले', 'गोमूत्री', 'gaumutra', 'gomutra', 'gaumutri', 'sanghi', 'bhakt log', '|en|', 'cow piss drinkers',
    '|hi|', 'पोंगा पंडित',
  ] },
  { label: 'Christians / ईसाई', names: ['ईसाई', 'ईसाइयों', 'क्रिश्चियन', 'कैथोलिक', 'पादरी', 'isai', 'esai', '|en|', 'christian', 'christians'],
    slurs: ['चावल के बोरे', '|en|', 'rice bag', 'rice bags', 'rice bag convert'] },
  { label: 'Sikhs / सिख', names: ['सिख', 'सरदार', 'sikh', 'sikhs', 'sardar', 'sardaar'], slurs: [
    'खालिस्तानी', 'khalistani', 'khalistanis', 'बारह बजे', 'barah baje',
  ] },
  { label: 'Dalits and castes / दलित और जातियाँ', names: [
    'दलित', 'दलितों', 'ब्राह्मण', 'बामन', 'आदिवासी', 'पिछड़े', 'पिछड़ा', 'ओबीसी', 'जाट', 'यादव', 'ठाकुर', 'राजपूत', 'बनिया', 'अहीर', 'ahir',
    'महार', 'वाल्मीकि', 'dalit', 'dalits', 'brahmin', 'brahman', 'baman', 'adivasi', 'adiwasi', '|en|', 'tribal', 'tribals',
    '|hi|', 'obc', 'sc st', 'jat', 'yadav', 'thakur', 'rajput', 'baniya', 'mahar', 'valmiki', '|en|', 'lower caste', 'upper caste',
    // Round 7: "छोटी जात वाले", said of a caste without naming it; a name, hate only beside a cue.
    '|hi|', 'छोटी जात', 'छोटी जाति', 'chhoti jaat', 'choti jaat', 'जाटों', 'jaton', 'jaaton', 'यादवों', 'yadavon',
  ], slurs: [
    'चमार', 'भंगी', 'कंजर', 'kanjar', 'चूहड़ा', 'नीच जात', 'नीची जात', 'अछूत', 'chamar', 'chamaar', 'bhangi', 'chuhda', 'chura',
    'neech jaat', 'neechi jaat', 'achhut', 'achut', '|en|', 'untouchable', 'untouchables', '|hi|', 'jangli', 'जंगली', 'आरक्षण वाले',
    'reservation wale', 'sarkari damad', 'सरकारी दामाद', 'कोटे की डिग्री', 'कोटे वाले', 'kote ki degree', 'kote wale', '|en|', 'quota doctor',
    'quota doctors', 'reservation engineer', '|hi|',
  ] },
  { label: 'people of a region / क्षेत्र', names: [
    'बिहारी', 'बिहारियों', 'मद्रासी', 'पहाड़ी', 'पूर्वोत्तर', 'नॉर्थ ईस्ट', 'कश्मीरी', '!बंगाली', '!बंगालियों', '!बंगालियो', '!बंगालन', 'मराठी', 'यूपी वाले',
    'पंजाबी', 'गुजराती', 'दक्षिण भारतीय', 'साउथ वाले', 'कश्मीरी पंडित', 'पहाड़ियों', 'बाहरी लोग', 'bihari', 'biharis', 'madrasi', 'madrasis', 'pahadi', 'north east',
    '|en|', 'northeast', 'north eastern', 'northeasterners', '|hi|', 'kashmiri', 'kashmiris', 'bengali', 'bangali', 'bangaliyon', 'bengaliyon', 'marathi', 'up wale',
    'punjabi', 'gujarati', '|en|', 'south indian', 'south indians',
  ], slurs: [
    'चिंकी', 'चिंकियों', 'मोमो', 'chinki', 'chinkis', 'chinky', 'chinkey', 'chinkeys', 'kaalu', 'kaalus', 'momo', 'momos', 'nepali chowkidar',
    'kallu', 'कल्लू', 'kaalia', 'कालिया', 'चिंकी लोग',
  ] },
  { label: 'people of a nationality / राष्ट्रीयता', names: [
    'पाकिस्तानी', 'पाकिस्तानियों', 'बांग्लादेशी', 'चीनी', 'चीनियों', 'रोहिंग्या', 'नेपाली', 'अफ़गानी', 'अफगानी', 'नाइजीरियन', 'अमरीकी', 'अमेरिकी', 'अंग्रेज़', 'अंग्रेज', 'pakistani', 'pakistanis',
    'bangladeshi', 'bangladeshis', '|en|', 'chinese', '|hi|', 'rohingya', 'rohingyas', 'nepali', 'afghani', '|en|', 'refugee', 'refugees',
    'शरणार्थी', 'immigrants', '|hi|', 'घुसपैठिए', 'ghuspaithiye', '|en|', 'infiltrators',
  ], slurs: ['!पाकी', '!पाक़ी', '!पाकियों', '!paki', '!pakis', '|en|', 'chink', 'chinks', 'termite'] },
  { label: 'women / महिलाएँ', names: [
    'औरत', 'औरतें', 'औरतों', 'महिला', 'महिलाएं', 'महिलाओं', 'लड़की', 'लड़कियां', 'लड़कियों', 'स्त्री', 'नारी',
    'aurat', 'aurate', 'auraten', 'auraton', 'aurto', 'aurton', 'aurtein', 'aurten', 'aurte', 'mahila', 'mahilaye', 'ladki', 'ladkiya', 'ladkiyan', 'ladkiyon',
    '|en|', 'women', 'woman', 'girls', 'girl', 'females', 'feminist', 'feminists', 'feminazi',
  ], slurs: ['|en|', 'feminazi', 'feminazis', 'femoid', 'femoids', 'fememist', 'फेमिनाज़ी'] },
  { label: 'gay, lesbian and transgender people / समलैंगिक और ट्रांसजेंडर', names: [
    'गे', 'समलैंगिक', 'समलैंगिकों', 'ट्रांसजेंडर', 'किन्नर', 'किन्नरों', 'लेस्बियन', '|en|', 'gay', 'gays', 'lesbian',
    'lesbians', '|hi|', 'samlaingik', '|en|', 'transgender', 'transgenders', 'trans', '|hi|', 'kinnar', 'kinnaro', '|en|', 'lgbt', 'lgbtq', 'queer',
  ], slurs: [
    'हिजड़ा', 'हिजड़े', 'हिजड़ों', 'गांडू', 'hijda', 'hijde', 'hijra', 'hijre', 'chakka log', 'chhakka log', 'chakke log', 'chhakke log', 'छक्के लोग', 'छक्का लोग', '|en|', 'faggot', 'faggots', 'fag', 'fags', 'fagot', 'fagots', 'tranny', 'trannies', 'dyke', 'homo', 'homos',
  ] },
  { label: 'disabled people / विकलांग', names: [
    'विकलांग', 'दिव्यांग', 'अंधे', 'अंधों', 'बहरे', 'गूंगे', 'लंगड़े', 'हकले', 'हकला', 'काना', 'पागलों', 'viklang', 'divyang', 'andhe', 'andho', 'behre',
    'goonge', 'langde', '|en|', 'disabled', 'blind', 'deaf', 'handicapped', 'wheelchair',
  ], slurs: ['लूला', 'लूले', 'अपाहिज', 'मंदबुद्धि', 'lula', 'apahij', 'mandbuddhi', '|en|', 'cripple', 'cripples', 'retards', 'spastic'] },
  // Round 4: the group left unnamed. "These people" is a name (neutral alone, hate beside a cue: "these people breed like
  // rats"); telling a reader to go back to "your country" is hate on its own, as a slur is, unless quoted or condemned.
  { label: 'a group left unnamed ("these people", "go back to your country")', names: [
    '|en|', 'these people', 'people like them', 'their kind', 'your kind',
  ], slurs: [
    '|en|', 'go back to your country', 'go back to your own country', 'go back to pakistan', 'go back where you came from',
    '|hi|', 'अपने देश वापस जाओ', 'अपने देश वापस जा', 'apne desh wapas jao', 'apne desh wapas ja', 'पाकिस्तान चले जाओ',
    'pakistan chale jao', 'pakistan chale jaao',
  ] },
  { label: 'Black people', names: ['|en|', 'black people', 'africans', '|hi|', 'अफ्रीकी', 'habshi', 'हब्शी'], slurs: [
    '|en|', 'nigger', 'niggers', 'nigga', 'niggas', '|hi|', 'kalu', 'कालू', '|en|', 'negro',
  ] },
];

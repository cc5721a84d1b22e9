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
 * A leading "!" matches the entry only as spelt: its key is an ordinary word's ("दल्ला" and "डाला", put, read "dala").
 * Which entries need "~", "!" or "=" is measured, not guessed: scripts/lexicon-collisions.ts lists the entries that
 * ordinary text meets ("maal"/mall, "kutiya"/कुटिया (hut) and "cutie", "chutiya"/chutti, "चोर"/चोरी (theft), "नीच"/
 * नीचे (below), "जवानी"/जवानों (soldiers), "रेप"/rep, "भक्त"/भक्ति; docs/quality.md has the table).
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
    'मादरचोत', 'मदरचोद', 'बहनचोत', 'बहिनचोद', 'भैनचोद', 'बेनचोद', 'भेनचो', 'बहन के लौड़े', 'बहन की लौड़ी', 'माँ चोद',
    'मां चोद', 'माँ चुदा', 'मां चुदा', 'तेरी माँ की आँख', 'तेरी मां की आंख', 'चुदाई', 'चुदवा', 'चुदवाना', '=चुद', 'चुद गया', 'चुद गई',
    'भोसड़िके', 'भोसड़ीवाला', 'भोसड़ीवालों', 'मादरजात', 'बेटीचोद', 'बेटी चोद', 'betichod', 'मादरचौद', 'मादरछोद', 'मादरचोध', 'मदरचोत', 'मादर्चोद', 'बहनचौद', 'बहिन चोद', 'भैन चोद', 'भैंचोद', 'भेंचो', 'बैनचोद', 'बहन के लोडे', 'भैन के लौड़े', 'भोसड़ीके', 'भोसरी के', 'भोसरीके', 'भोसडी', 'भोंसड़ी के', 'भोंसडीके', 'तेरी माँ का भोसड़ा', 'माँ के लौड़े', 'मां के लोडे', 'madarchot', 'maderchot', 'madarjat', 'maa chod', 'maa chuda',
    'behnchod', 'bhenchodd', 'bahanchod', 'behnchot', 'bhenchot', 'bhainchod', 'chudai', 'chudwa', 'chudwana',
    'chud gaya', 'bhosdiwala', 'bhosdiwalo', 'bhosadiwale', '!bsdk', '!bhsdk', '!bhosdk', '!mkc', '!tmkc', '!bkl', 'maderchod', 'madarchood', 'bhenchood', 'bhonsdike', 'bhosri ke', 'bhosrike', 'maa ke lode', 'maa ke laude',
    'madarchod', 'maderchod', 'madharchod', 'madar chod', 'behenchod', 'bhenchod', 'benchod', 'behanchod', 'bhanchod',
    'bahenchod', 'behen chod', 'behen ke lode', 'behen ke laude', 'bhosdike', 'bhosdi ke', 'bhosadike', 'bhosadi ke',
    'bhosdiwale', 'bhosda', 'bhosadi', 'bhosdi', 'teri maa ki chut', 'maa ki chut', 'maa ka bhosda', '=chut', '=choot',
    '|en|', 'motherfucker', 'motherfucking', 'cunt', 'motherfuckers', 'mofo',
  ] },
  { category: 'profanity', tier: 'strong', terms: [
    'लौड़ा', 'लोड़ा', '~लंड', '~लण्ड', '=गांड', '=गाँड', '=गाण्ड', 'गांडू', 'गाण्डू', '~चोद', '~चोदना', 'चोदू', '=झांट',
    'झाँटू', 'झांटू', 'झाटू', 'चूतियापा', 'चुतियापा', 'भोसड़ी', 'लवड़ा', 'लवड़े', 'लौड़ू', 'गांडफट', 'गांड मरा',
    'गांड मार', 'गांड फाड़', 'गांड में', 'चूतियापंती', 'झांट के बाल', 'झाँट के बाल', 'लंडवा',
    'lauda', 'laude', 'lavda', 'lavde', 'lawda', 'lawde', '=loda', '=lode', 'lodu', '!lund', '!lundh', '=gaand',
    '=gand', 'gandu', 'gaandu', 'gaandfat', 'chodu', 'chodna', 'chodta', '=jhant', 'jhantu', 'jhaatu', 'chutiyapa',
    'gaand mara', 'gand mara', 'gaand maar', 'gaand phaad', 'gaand me', 'jhaat ke baal', 'jhant ke baal',
    'lawde ke baal', 'laude lag', 'lode lag', 'chutiyapanti', 'chutiyagiri', 'chutiyapanthi', 'चूतियापंथी', 'चुतियापंथी',
    '|en|', 'fuck', 'fucking', 'fucker', 'fucked', 'fck', 'fuk', 'fuking', 'fcking', 'stfu', 'gtfo', 'asshole', 'arsehole',
    'cocksucker', 'dipshit', 'wanker', 'twat', 'pussy', 'dick', 'bullshit', 'fuckin', 'fking', 'fkin', 'fcuk', 'effing',
    'shithead', 'shitheads', 'eat shit', 'asswipe', 'dumbfuck', 'fuckface', 'piece of shit', 'horseshit', 'fuck off', 'fuck you',
  ] },
  { category: 'profanity', tier: 'mild', terms: [
    'टट्टी', 'साला', 'साले', 'साली', '!बीसी', '!एमसी', 'tatti', 'saala', 'saale', 'sala', 'saali', '!mc', '!bc', 'tatte', 'तेरी माँ की',
    'तेरी मां की', 'तेरी माँ का', 'तेरी बहन की', 'तेरी बहन का', 'teri maa ki', 'teri ma ki', 'teri maa ka',
    'teri behen ki', 'teri behan ki', 'teri bhen ki', 'behen ke takke', 'बहन के टके',
    '|en|', 'shit', 'shitty', 'crap', 'damn', 'wtf', 'piss', 'pissed', 'bloody',
  ] },
  { category: 'insult', tier: 'strong', terms: [
    // Round 6: "have you seen your own face?" is said to someone.
    'शक्ल देखी है अपनी', 'shakal dekhi hai apni', 'shakal dekhi apni',
    '~चूतिया', '~चुतिया', 'हरामज़ादा', 'हरामी', 'हरामखोर', '~कुतिया', 'भड़वा', 'कुत्ते की औलाद', 'सूअर की औलाद',
    'कुत्ते का पिल्ला', 'दोगला', '!दल्ला', '!दल्ले', '!दल्लों', 'सूअर के बच्चे', 'सुअर के बच्चे', 'कुत्ते के बच्चे',
    'गधे की औलाद', 'हराम की औलाद', 'रंडी की औलाद', 'भड़वे', 'भडुवे', 'भड़ुआ', 'भड़वों', 'हरामजादे', 'हरामज़ादे', 'हरामजादा', 'हरमजादे', 'हरामी के पिल्ले', 'कुत्ते की औलादें', 'कुत्ते के पिल्ले', 'सुअर की औलाद', 'हिजड़े की औलाद', 'नाजायज़ औलाद', 'नाजायज औलाद', 'कुत्ती की बच्ची',
    'suar ke bacche', 'suar ke bachhe', 'kutte ke bacche', 'gadhe ki aulad', 'haram ki aulad', 'randi ki aulad',
    'bhadwe', 'bhaduwa', 'bhaduve', 'dalle', '!dallo', 'haramjade', 'haramzade', '=chutiya', '=chutiye', '=chutiyon', '=chutiyo', '=chootiye', '=chutia', '=chootiya', 'chutya', 'harami', 'haramzada', 'haramjada',
    'haramkhor', '!kuttiya', '!kutiya', '!kutiye', '!kuttiye', 'bhadwa', 'bhadva', 'kutte ki aulad', 'suar ki aulad', 'kutte ka pilla',
    'dogla', '|en|', 'bitch', 'bastard', 'dickhead', 'retard', 'retarded', 'jackass', 'son of a bitch', 'scumbag',
    'sons of bitches', 'shameless bastard', '|hi|', 'लिब्रांडु', 'सिकुलर', 'खांग्रेसी', 'खांग्रेस', 'गोबरभक्त', 'चड्डीधारी',
    'टुकड़े टुकड़े गैंग', 'भक्तड़े', 'librandu', 'sickular', 'khangressi', 'khangress', 'gobarbhakt', 'chaddidhari', 'tukde tukde gang',
    '|en|', 'libtard', 'libtards',
  ] },
  { category: 'insult', tier: 'mild', terms: [
    '~कमीना', 'कुत्ता', 'सूअर', 'सुअर', '!गधा', '!गधे', '!गधों', 'उल्लू', 'उल्लू का पट्ठा', 'बेवकूफ़', 'मूर्ख', 'नालायक', 'जाहिल',
    'गंवार', '!नीच', '!नीचों', 'पागल', '!बदतमीज़', '!बदतमीज', 'मूर्ख', 'बेशर्म', '!घटिया', 'निकम्मा', '~गद्दार', 'देशद्रोही', 'दलाल', 'चमचा', 'भांड', 'भोंपू', 'फेकू', 'feku', 'बेकार इंसान', 'bekar insaan', 'कलंक हो', 'कलंक है', 'kalank ho', 'टुच्चा', 'टुच्चे', 'खूसट', 'नमकहराम', 'मंदबुद्धि', '!dalla', 'tuchha', '!bhand',
    '!भक्त', '!भक्तों', '!भक्तो', '!bhakt', '!bhakts', '!bhakto', '!bhakton', 'अंधभक्त', '!गुलाम', 'लुच्चा', 'लफंगा', 'कायर', 'बेगैरत', 'ढक्कन', '!चोर', '!चोरों', '!चोरो', 'झूठा', '!मक्कार', 'बिकाऊ',
    '!kamina', '=kaminey', 'kutta', 'suar', 'suwar', '!gadha', '!gadhe', 'ullu', 'ullu ka pattha', 'bewakoof', 'bewakuf', 'bevkoof',
    'murkh', 'nalayak', 'jahil', 'gawar', 'ganwar', '!neech', 'pagal', 'badtameez', 'besharam', '!ghatiya', 'nikamma',
    '!gaddar', '!gaddaro', '!gaddaron', 'deshdrohi', 'dalal', 'chamcha', 'andhbhakt', '!gulam', 'lucha', 'lafanga', 'kayar', 'begairat', 'dhakkan',
    '!chor', '!choro', '!choron', 'jhootha', '!makkar', 'bikau', 'chomu', 'fattu', 'बेहूदा', 'बकलोल', 'चापलूस', 'नौटंकीबाज़', 'नौटंकीबाज',
    'डरपोक', 'बेहया', 'चिरकुट', 'नामर्द', 'ढोंगी', 'पाखंडी', 'धूर्त', '!ठग', 'लालची', 'मतलबी', 'आलसी', 'शराबी', 'भिखारी',
    'जोकर', 'मुफ्तखोर', 'मुफ़्तखोर', 'कामचोर', 'रिश्वतखोर', 'घूसखोर', 'जमाखोर', 'चुगलखोर', 'बंदर', 'लंगूर',
    'दिमाग से पैदल', 'अक्ल के अंधे', 'अकल के अंधे', 'बेअक्ल', 'दिमाग खराब', 'दिमाग सड़', 'बावला', 'dimag kharab', 'dimaag kharab', 'bawla', 'दो कौड़ी का', 'दो कौड़ी के', 'तलवे चाटने', 'तलवे चाटू',
    'behuda', 'baklol', 'chaplus', 'chaploos', 'nautankibaaz', 'nautanki', 'darpok', 'behaya', 'chirkut', 'namard',
    'dhongi', 'pakhandi', 'dhoort', 'lalchi', 'matlabi', 'aalsi', 'sharabi', 'bhikhari', 'joker', 'muftkhor',
    'kaamchor', 'kamchor', 'rishwatkhor', 'ghooskhor', 'bandar', 'langoor', 'dimag se paidal',
    'dimaag se paidal', 'akal ke andhe', 'akl ke andhe', 'do kaudi ka', 'do kaudi ke', 'talve chaat', 'talwe chaat',
    'भाड़ में जा', 'भाड़ में जाओ', 'औकात में रह', 'तेरी औकात', 'दफा हो', 'दफ़ा हो', 'थू है', 'थूकता हूं', 'लानत है',
    'चुल्लू भर पानी', 'bhaad me ja', 'bhad me jao', 'aukat me reh', 'aukaat me reh', 'teri aukat', 'teri aukaat',
    'dafa ho', 'thu hai', 'thookta hu', 'laanat hai', 'lanat hai', 'chullu bhar paani',
    // Round 6: fools' names readers use, and a head full of dung or straw ("दिमाग में गोबर भरा है"). '!' keeps
    // "लल्लू" from meeting the name लालू, "नमूने" (samples) needs someone aimed at like every mild word.
    'घोंचू', '!लल्लू', 'बौड़म', 'कमअक्ल', 'कम अक्ल', 'झल्ला', 'अहमक', '!नमूने', '!नमूना', 'ढपोरशंख', 'लफ्फाज़', 'बदज़ुबान',
    'भिखमंगा', 'गोबर भरा', 'भूसा भरा', 'गोबर से भरा', 'पागलखाने से', 'अक्ल पे पत्थर', 'अक्ल पर पत्थर',
    'दिमाग नाम की चीज़ नहीं', 'अक्ल चरने', 'ghonchu', '!lallu', 'bhondu', 'bhikhmanga', 'gobar bhara', 'bhusa bhara',
    'pagalkhane se', 'akal pe patthar', 'dimaag naam ki cheez nahi', 'dimag naam ki cheez nahi',
    'उल्लू के पट्ठे', 'ullu ke patthe', 'अपनी शक्ल आईने में', 'ज़्यादा दिमाग तो', 'नमक हराम', 'namak haram', 'चाटुकार',
    'chatukar', 'गिद्ध', 'नफरत के सौदागर', 'झूठ की मशीन', 'jhooth ki machine', 'मोटी भैंस', 'moti bhains', '|en|', 'slimy',
    '|hi|',
    'ठरकी', 'tharki', 'छपरी', 'chhapri', 'महामूर्ख', 'mahamoorkh', 'बेवड़ा', 'bewda', 'चुड़ैल', 'chudail',
    '|en|', 'idiot', 'idiots', 'idiotic', 'stupid', 'moron', 'morons', 'dumb', 'dumbass', 'jerk', 'loser', 'losers', 'scum',
    'fool', 'imbecile', 'prick', 'douche', 'douchebag', 'clown', 'traitor', 'liar', 'coward', 'shameless', 'pathetic',
    'presstitute', 'halfwit', 'nitwit', 'hypocrite', 'hypocrites', 'buffoon', 'donkey', 'vulture',
    'bigot', 'bootlicker', 'sellout', 'crook', 'thug', 'brainless', 'clueless', 'dimwit', 'numbskull', 'go to hell',
    'get lost', 'go die', 'drop dead', 'piss off', 'screw you', 'shut your mouth', 'shut your trap', 'lowlife', 'spineless', 'parasite', 'a hack', 'a fraud', 'fat cow', 'brain dead', 'braindead', 'brain-dead', '|hi|', 'godi media', 'गोदी मीडिया', 'dalla media', 'bikau media', 'बिकाऊ मीडिया',
  ] },
  { category: 'sexual', tier: 'severe', terms: [
    'रंडी', 'रण्डी', 'छिनाल', 'वेश्या', 'randi', 'randii', 'chinal', 'chinaal', '|en|', 'whore', 'slut',
    'i will rape', 'rape you', '|hi|', 'rape kar', 'रेप कर', 'बलात्कार कर', 'रंडीबाज', 'रंडीबाज़',
    '~रांड', 'randibaaz', 'randibaj', 'ek raat ka kitna', 'एक रात का कितना', 'kitna logi', 'kitne logi', 'कितना लोगी',
    '|en|', 'how much for one night', 'how much for a night',
    '|hi|', 'कपड़े उतार', 'नंगी फोटो भेज', 'नंगी वीडियो', 'ब्रा का साइज़', 'बिस्तर गर्म', 'छेड़ने का मन', 'बिस्तर के लिए बनी', 'kapde utaar', 'nangi photo bhej', 'रात बिताओ', 'रात बिता ले', 'रात गुज़ारो', 'मेरे साथ सो', 'साथ सोएगी', 'साथ सोओगी', 'रेप होना चाहिए',
    'रेप हो जाए', 'रेप कर दो', 'रेप करो', 'रेप करेंगे', 'बलात्कार होना चाहिए', 'बलात्कार कर दो', 'उठा के रेप',
    'raat bitao', 'mere saath so', 'saath soyegi', 'rape hona chahiye', 'rape ho jaye', 'rape kar do', 'rape karenge',
    'बलात्कार हो जाए', 'रात मेरे साथ बिता', 'raat mere saath bita', '|en|', 'deserves to get raped', 'deserve to get raped',
    'should get raped', 'should be raped', "she's asking for it", 'shes asking for it', 'she is asking for it',
    'she was asking for it', 'girls are asking for it', 'job on her back',
  ] },
  // Round 5: strong, not severe: "the 2012 gang rape case" is news when a report says it to nobody.
  { category: 'sexual', tier: 'strong', terms: ['|en|', 'gang rape'] },
  { category: 'sexual', tier: 'mild', terms: [
    '~इतनी हॉट', '~कितनी हॉट', '~हॉट दिख', 'सेक्सी', '~माल', '!nangi', '!नंगी', 'चूची', 'chuchi', '!bistar', '~बिस्तर', 'फिगर', 'आइटम', '!jawani', '!jawaani', '!जवानी',
    '!maal', '~रेप', 'बलात्कार', 'चुम्मा', 'chumma', '|en|', 'sexy', 'boobs', '!figure', '!item', 'nude', 'nudes',
    // "hot" alone (and हॉट by its key) met the weather, tea, a hot seat and a hot favourite said to "you" (YouTube's
    // "hot feet"); the remark is "hot" said of a person or a picture. "for the view" as spelt: "for the views" is a count.
    'you are hot', 'you are so hot', "you're hot", "you're so hot", 'youre so hot', 'ur hot', 'ur so hot', 'u r hot',
    'u r so hot', 'u so hot', 'look hot', 'looks hot', 'looking hot', 'look so hot', 'looks so hot', 'looking so hot',
    'hot af', 'so hot af', 'is hot af', 'pic is so hot', 'pic is hot', 'pics are hot', 'dp is so hot', 'photo is so hot',
    'hot girl', 'hot lady', 'hot babe', 'hot chick', 'hot body', 'hot pic', 'hot pics', 'hot legs', 'hot figure', 'hottie',
    'hot anchor', 'hot reporter', 'hot maal', 'zyada hot ho', 'itni hot', 'kitni hot', 'hot lagti', 'hot lagte', 'hot dikh',
    'kiss', 'rape', 'sleep with', 'hook up', 'boobies', 'in bed', 'curves', 'cleavage', 'blouse is', 'free tonight', 'alone tonight', 'send pics', 'send the pic', 'personal cameraman', 'wink wink', 'got me hot',
    'without clothes', '|hi|', 'एक रात चाहिए', 'एक रात के लिए', 'ek raat chahiye', 'ek raat ke liye', 'akeli ho to', 'अकेली हो तो',
    'अकेला पकड़', 'akela pakad', 'अकेला पकड़ो', 'अकेली पकड़ो', 'अकेले में पकड़', 'akela pakdo', 'akeli pakdo', 'अकेली मिल', 'akeli mil', 'बिना कपड़ों', 'बिना कपड़े', 'bina kapdo',
    'bina kapde', 'पारदर्शी', 'रसीले', 'ब्रा का', 'ब्रा साइज़', 'इनबॉक्स आ', 'रात में बात', 'रेट क्या है', 'रेट बता', 'कितने में मिलेगी', 'kitne me milegi', 'kitna leti', 'kitne leti', 'अकेली हो क्या', 'अकेले हो क्या', 'akele ho kya', 'akeli ho kya', 'आज रात आ जाऊं', 'free ho aaj raat', 'khada ho gaya', 'नंबर दो इसका', 'कमर देख', 'कमर का ठुमका', 'कमर मटका', 'बॉडी देख', 'body देख', 'जांघ', 'छाती देख', 'क्लीवेज', 'kamar dekh', 'body dekh', 'gadrayi', 'गदराई', 'कड़क माल', 'मस्त माल', 'mast maal', 'skirt dekho', 'किस दे', 'किस करना', 'kiss de', 'kiss karna',
    'pic bhejo', 'photo bhejo', 'raat bhar dekhta', 'रात भर देखता', 'उठा लाओ', 'utha lao', 'उठा ले जाएंगे', 'utha le jayenge',
    'माल है', 'maal hai', 'होंठ देख', 'honth dekh', 'सिर्फ एक काम', 'sirf ek kaam', 'bed pe bhi', 'hotel chalo',
    'saath chalo hotel', 'hotel chal', '|en|', 'to a hotel', 'to my hotel', '|hi|', 'छम्मक छल्लो', 'chammak challo',
    // Round 4: the body pointed at with a word between ("कमर तो देखो"), a night offered, the victim blamed, a price.
    'कमर तो देख', 'kamar to dekh', 'छाती ही दिख', 'छाती दिख', 'chhati dikh', 'साड़ी के नीचे', 'saree ke neeche',
    'रात हमारे साथ', 'raat humare saath', 'अकेले में बात', 'akele me baat', 'खुद बुला रही', 'khud bula rahi', 'छोटे कपड़े',
    'chhote kapde', 'रेट तय', 'तेरा रेट', 'tera rate', 'rate kya hai', 'rate kya h', 'rate bata', 'rate fix', 'रात भर सबक',
    'रात को सबक', 'raat ko sabak', 'raat bhar sabak', '|en|', 'asking for it', 'nice legs', 'your rate', 'fun for a night',
    'weekend with you', 'come to my room', 'to my room',
    // Round 5: privacy asked of a woman aimed at (alone, in private, my room, all night), a photo asked for, a
    // body that makes the writer lose control. Each needs someone aimed at, as every mild word does.
    '|hi|', 'अकेले में', 'akele me', 'akele mein', 'प्राइवेट में', 'private me', 'मेरे कमरे', 'mere kamre', 'होटल चलो',
    'रात भर', 'raat bhar', 'डेट पे', 'डेट पर', 'date pe', 'date par', 'इनबॉक्स आओ', 'inbox aao',
    'कंट्रोल नहीं', 'control nahi', 'मस्त लग', 'mast lag', 'डीप नेक', 'deep neck', 'न्यूड',
    'एमएमएस', 'सुहागरात', 'suhagraat', 'हॉट लग', 'hot lag', 'नीयत खराब', 'niyat kharab', 'neeyat kharab', 'मूड बन',
    'mood ban', 'देखते रहने का मन', 'मन करता है', 'man karta hai', '|en|', 'dm me', 'check your dm', '!for the view',
    'in that blouse', 'what a real man', '|en|', 'mms',
    // Round 6: what a woman is imagined doing at night, bending while she reads, being "introduced alone", her legs
    // looked at instead of the news; each needs someone aimed at, as every mild word does.
    '|hi|', 'रात में क्या क्या', 'रात को क्या क्या', 'raat me kya kya', 'raat ko kya kya', 'झुक के', 'झुक कर', 'jhuk ke',
    'अकेले मिलवा', 'akele milwa', 'टांगें देख', 'टांगें तो देख', 'taange dekh', 'tange to dekh', 'उठा के ले जा',
    'उठा ले जा', 'utha ke le ja', 'utha le ja', 'नंगा करके', 'नंगी करके', 'nanga karke', 'nangi karke', '|en|',
    'my bedroom', "what's under", 'whats under', 'baby factories', 'baby factory',
    '|hi|', 'कयामत लग', 'क़यामत लग', 'qayamat lag', 'kayamat lag',
    // Round 7: looks said to outdo her, the meeting asked the other way round, a kept woman; each needs her aimed at.
    'मस्त दिखती', 'मस्त दिखोगी', 'mast dikhti', 'mast dikhogi', 'मिल अकेले', 'mil akele', 'रखैल', 'rakhail', 'rakhel',
    // Said to her, "you are setting fire" is the same remark; the threat list no longer reads bare "आग लगा" (praise).
    'आग लगा रही हो', 'आग लग रही हो', 'aag laga rahi ho', 'aag lag rahi ho',
    'कमर पे ध्यान', 'कमर पर ध्यान', 'kamar pe dhyan', 'मस्त बॉडी', 'mast body', 'होंठ बहुत सुंदर', 'hoth bahut sundar',
    'honth bahut sundar',
  ] },
  // Round 5: a woman's work put down to her body or her bed, said whole: no pointer needed (she/her are not one).
  { category: 'sexual', tier: 'strong', terms: [
    '|en|', 'slept her way', 'slept with the boss', 'casting couch', 'for her legs', 'for her figure', 'for the figure',
    // Round 6: a hotel proposed to the woman on screen needs no one named.
    '|hi|', 'मेरे साथ होटल चल', 'mere saath hotel chal', 'mere sath hotel chal',
    // Sleeping one's way to a role or a chair ("producer ke saath soyi hogi").
    'के साथ सोके', 'के साथ सोकर', 'के साथ सोई होगी', 'साथ सोना पड़ा', 'ke saath soke', 'ke sath soke', 'ke saath sokar',
    'ke saath soyi hogi', 'saath sona pada', 'sath sona pada',
  ] },
];

/**
 * Ordinary idioms that hold a listed word: where one of these is read, the listed words inside it are not
 * ("drop dead gorgeous" praises, "dumb-struck" is amazed, "knee-jerk" is a reaction). "drop dead" said to someone
 * ("just drop dead you idiot") and "dumb" alone are still read.
 */
// prettier-ignore
export const ORDINARY_IDIOMS: readonly string[] = [
  '|en|', 'drop dead gorgeous', 'drop dead beautiful', 'drop dead stunning', 'drop dead handsome', 'drop dead funny',
  'drop dead brilliant', 'dumbstruck', 'dumb struck', 'struck dumb', 'dumbfounded', 'dumb founded', 'dumb charades',
  'dumb luck', 'play dumb', 'playing dumb', 'played dumb', 'knee jerk', 'idiot box', 'get lost in', 'got lost in',
  'getting lost in',
];

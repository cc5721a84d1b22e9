/**
 * Phrases that say how a comment treats someone, written by hand by this project. Each list is matched like the
 * abuse words (spelling folded, inflections matched, both scripts;
 * '|en|' … '|hi|' marks English entries, matched as spelt). Alone none of them is abuse: a cue is hate beside
 * a protected group, a threat beside a target (abuse/detect-abuse.ts); the markers at the end undo both.
 */
// prettier-ignore
export const HOSTILITY_CUES = {
  /** Dehumanising comparisons: animals, vermin, disease, filth. */
  dehumanise: [
    'breed like', 'multiply like', 'diseased',
    'कीड़े', 'कीड़ा', 'दीमक', 'जानवर', 'कुत्ते', 'सूअर', 'साँप', 'सांप', 'कैंसर', 'वायरस', 'गंदगी', 'कचरा', 'मच्छर',
    'चूहे', 'जोंक', 'परजीवी', 'बीमारी', 'नासूर', 'कलंक', 'बोझ', 'kide', 'keede', 'kida', 'deemak', 'dimak', 'janwar',
    'jaanwar', 'kutte', 'suar', 'saanp', 'sanp', 'cancer', 'virus', 'gandagi', 'kachra', 'machhar', 'chuhe', 'jonk',
    'bimari', 'nasoor', 'kalank', 'bojh', '|en|', 'vermin', 'rats', 'cockroaches', 'parasites', 'animals', 'pigs',
    'dogs', 'snakes', 'termites', 'plague', 'disease', 'filth', 'subhuman', 'subhumans', 'savages', 'barbarians',
    'trash', 'garbage', 'scum', 'leeches', 'infestation', 'perverts', 'crooks', 'frauds', 'mentally ill',
    'sick in the head', 'stain on', 'not human', 'not normal', 'cockroach', 'cockroaches', 'abomination', 'a disgrace',
    'mentally sick', 'objects', 'property of', 'belong in a zoo', 'lesser beings', 'waste of space', '|hi|',
    'कॉकरोच', 'कीड़ों', 'keedon', 'kido', 'मानसिक रोगी', 'mansik rogi', 'दिमागी बीमार', 'पागलखाने', 'pagalkhane', 'चिड़ियाघर',
    'chidiyaghar', 'सिर्फ एक चीज़', 'बस एक चीज़', 'ek cheez hai', 'insaan thodi', 'इंसान थोड़ी', 'जनसंख्या जिहाद',
    'jansankhya jihad', 'लव जिहाद', 'love jihad', 'भिखारी में कोई फर्क नहीं', 'कोई फर्क नहीं',
    // Round 6: swarms and snakes' young ("टिड्डी दल", "संपोले").
    'टिड्डी', 'टिड्डियां', 'tiddi', 'संपोले', 'संपोला', 'sampole', 'sampola', '|en|', 'locusts', '|hi|',
    // Round 6: a woman as a machine or a shoe ("बच्चे पैदा करने की मशीन", "पैर की जूती").
    'की मशीन', 'ki machine', 'पैर की जूती', 'pair ki jooti', 'pair ki juti', '|en|', 'mental illness', '|hi|',
    // Round 7: a herd driven where it is told.
    'भेड़ों का झुंड', 'भेड़ चाल', 'bhedon ka jhund', 'bhed chaal',
  ],
  /** Calls to expel, boycott or shut out. */
  expel: [
    'वापस जाओ', 'wapas jao', 'stay in their villages', 'stay in their place', 'not even indian', 'send them back',
    'back on the next boat', 'belong here',
    'पाकिस्तान भेज', 'वापस भेजो', 'वापस भेज दो', 'घुसने मत', 'घुसने ही मत', 'घुसने क्यों', 'डिपोर्ट', '=निकालो',
    '=भगाओ', 'रहने ही नहीं', 'रहने नहीं देना', 'क्यों दें', 'क्यों देते', 'क्यों दिया', 'जेल में डालो',
    'जेल में क्यों', 'हक नहीं', 'हक भी नहीं', 'हक ही नहीं', 'अधिकार नहीं', 'अधिकार ही नहीं', 'अधिकार दिया ही क्यों',
    'पाकिस्तान भेजो', 'पाकिस्तान भेज दो', 'बांग्लादेश भेज', 'देश से निकाल', 'देश से निकालो', 'बाहर निकालो',
    'बाहर करो', 'बाहर कर दो', 'भगा दो', '=भगाओ', 'खदेड़ दो', 'बहिष्कार', 'गाँव से निकाल', 'गांव से बाहर', 'रहने नहीं',
    'रहने क्यों', 'रहने का हक नहीं', 'वोट का अधिकार छीन', 'नागरिकता छीन', 'देश छोड़', 'pakistan bhej', 'bharat chodo', 'bharat chhodo', 'भारत छोड़ो', 'desh chodo', 'desh chhodo', 'dhakel do', 'धकेल दो', 'kiraye pe mat', 'jagah nahi', 'जगह नहीं', 'wapas bhejo',
    'vapas bhejo', 'ghusne mat', 'ghusne kyu', 'deport', '=nikalo', '=bhagao', 'rehne hi nahi', 'kyu de', 'kyon de',
    'kyu dete', 'jail me dalo', 'haq nahi', 'hak nahi', 'adhikar nahi', 'pakistan bhejo', 'pakistan bhej do',
    'bangladesh bhej', 'desh se nikal', 'desh se nikalo', 'bahar nikalo', 'bahar karo', 'bahar kar do',
    'gaon se bahar', 'gaon se nikalo', 'bhaga do', '=bhagao', 'khaded do', 'bahishkar', 'boycott', 'rehne nahi',
    'rehne kyu', 'rehne kyon', 'desh chhodo', 'desh chodo', '|en|', 'send them back', 'go back to', 'deport',
    'kick them out', 'throw them out', 'get out of india', 'ban them', 'should be banned', 'expel', 'not welcome',
    'do not belong', "don't belong", 'no place in', 'no place for', 'to pakistan', 'send these', 'send them',
    'throw out', 'thrown out', 'throw the', 'driven out', 'chased out', 'kick', 'kick out', 'ban the', 'keep out',
    'keep them out', 'leave india', 'leave the country', "don't rent", 'do not rent', 'be allowed',
    'allowed to live', 'allowed into', 'allowed in', 'who allowed', 'let them in', 'go back', 'get out',
    'their place', 'in the kitchen', 'boycotted', 'shut their', 'never hire', "don't hire", 'stop them', '|hi|',
    'दुकान से सामान मत', 'मत खरीदो', 'kuch mat khareedo', 'naukri mat do', 'नौकरी मत दो', 'kiraye par mat',
    'किराए पर मत', 'नौकरी क्यों', 'naukri kyu', 'naukri kyon', 'jobs for them', 'no jobs', 'not be given jobs',
    "shouldn't get", 'should not get', 'नौकरी देना पैसे', 'naukri dena paisa', 'पढ़ाना बेकार', 'padhana bekar',
    'सेना में मत', 'army me mat', 'army mat', 'should stick to', 'belong in the kitchen', 'जेल में क्यों नहीं',
    'why do we let', 'why are they allowed', 'why are', 'who even counts',
    // Round 6: women sent home, a right taken away.
    'घर में रहना चाहिए', 'घर बैठाओ', 'घर बिठाओ', 'ghar me rehna chahiye', 'ghar baithao', 'ghar bithao', 'हक छीन',
    'haq chheen', 'hak chheen',
  ],
  /** Expressions of hatred, disgust or wishing harm (the group is the object). */
  hatred: [
    'नफ़रत है', 'उल्टी आती', 'चिढ़ है', 'चिढ़ होती', 'बर्दाश्त नहीं', 'घिन', 'गुस्सा आता', 'पास भी ना', 'पास भी न',
    'नफ़रत करता', 'नफ़रत करती', 'नफ़रत करते', 'घृणा', 'घिन आती', 'घिनौने', 'घिनौना', 'नापसंद', 'ज़हर',
    'ख़त्म हो जाएं', 'ख़त्म कर', 'मिटा दो', 'सफाया', 'सफ़ाया', 'मर जाएं', 'मरना चाहिए', 'डूब मरो', 'nafrat hai',
    'ulti aati', 'chidh hai', 'bardasht nahi', 'ghin', 'gussa aata', 'pass bhi na', 'nafrat karta', 'nafrat karti',
    'nafrat karte', 'nafrat', 'ghrina', 'ghin aati', 'ghinone', 'ghinona', 'zeher', 'khatam ho jaye', 'khatam kar',
    'mita do', 'safaya', 'mar jaye', 'marna chahiye', 'doob maro', '|en|', 'hate', 'hate them', 'i hate', 'hatred',
    'loathe', 'rage', 'irritate', "can't stand", 'cannot stand', 'sick of', 'disgusting', 'disgust', 'despise',
    'should die', 'wipe out', 'exterminate', 'get rid of', 'eradicate', "i'd rather die", 'rather die than',
    '|hi|', 'मर जाना पसंद', 'मरना पसंद', 'mar jana pasand', 'chhi', 'छी', 'हंसी आती', 'हँसी आती',
    'नर्क में जाएंगे', 'नरक में जाएंगे', 'narak me jayenge', 'ठीक करना चाहिए', 'theek karna chahiye', '|en|',
    'need treatment', 'needs treatment', 'need a real man', 'needs a real man', '|hi|',
  ],
  /** Generalisations and very negative attributes pinned on a whole group. */
  generalise: [
    'नशेड़ी', 'ढोंगी', 'धंधेबाज', 'फितरत', 'फ़ितरत', 'औकात', 'हुक्का पानी बंद', 'के लायक हैं', 'दूर ही रहो', 'भगाना', 'इजाज़त किसने',
    'कौन मानता', 'वफादार नहीं', 'काम के नहीं', 'एक जैसे होते', 'धोखा', 'धोखेबाज़', 'रोना रोते', 'दिमाग नहीं', 'दिमाग से कमजोर',
    'nashedi', 'dhongi', 'dhandebaaz', 'fitrat', 'aukaat', 'aukat', 'hukka paani band', 'ke laayak', 'ke layak',
    'door hi raho', 'bhagana', 'ijazat kisne', 'kaun maanta', 'nahi ban sakti', 'wafadar nahi', 'kaam ke nahi',
    'normal nahi', 'crime badhta', 'ek jaise hote', 'dhokha', 'dhokhebaaz', 'rona rote', 'dimaag nahi', 'dimaag hi nahi',
    'dimaag se kamzor', 'haq kyu', 'haq kyon', 'bhagaya kyu', 'paise ke peeche',
    'ऐसे ही होते', 'ऐसे ही रहेंगे', 'नहीं हो सकते', 'नहीं बन सकते', 'लायक नहीं', 'कहलाने के लायक', 'इंसान नहीं',
    'भारतीय नहीं', 'भारतीय हैं ही नहीं', 'एजेंट', 'रसोई में', 'दुश्मन', 'शोषक', 'एक भी अच्छा नहीं', 'सिरदर्द',
    'ऐसे ही हैं', 'सब चोर', 'सब गंदे', 'सब एक जैसे', 'कभी नहीं सुधरेंगे', 'कभी नहीं सुधर', 'सुधरेंगे नहीं',
    'कभी ईमानदार नहीं', 'भरोसे लायक नहीं', 'भरोसा नहीं', 'ईमानदार नहीं', 'देश के लिए खतरा', 'देश के लिए ख़तरा',
    'खतरा हैं', 'ख़तरा हैं', 'गद्दार', 'देशद्रोही', 'आतंकवादी', 'आतंकी', 'दंगाई', 'अपराधी', 'चोर', 'गंदे', 'जाहिल',
    'गंवार', 'पत्थरबाज', 'बलात्कारी', 'कामचोर', 'नीच', 'धोखेबाज', 'बोझ', 'aise hi hote', 'nahi ho sakte',
    'nahi ban sakte', 'layak nahi', 'insaan nahi', 'bhartiya nahi', 'dushman', 'ek bhi accha nahi', 'aise hi hai',
    'sab chor', 'sab gande', 'kabhi nahi sudhrenge', 'kabhi nahi sudhar', 'sudhrenge nahi', 'kabhi imandar nahi',
    'imandar nahi', 'bharosa nahi', 'bharose layak nahi', 'desh ke liye khatra', 'khatra hai', 'gaddar', 'deshdrohi',
    'aatankwadi', 'atankwadi', 'aatanki', 'dangai', 'apradhi', 'chor', 'gande', 'jahil', 'ganwar', 'pattharbaaz',
    'balatkari', 'kaamchor', 'neech', 'dhokebaaz', '|en|', 'are all', 'are always', 'all of them are',
    'never change', 'can never be trusted', 'cannot be trusted', 'never be trusted', 'never honest', 'threat to',
    'danger to', 'terrorists', 'criminals', 'rapists', 'thieves', 'traitors', 'dirty', 'inferior', 'stupid people',
    'lazy', 'backward', 'should not be allowed', 'crooks', 'frauds', 'cheat', 'cheats', 'burden', 'in their nature',
    'crime follows', 'can never', 'never be', 'are never', 'never trust', 'never will be', 'will never',
    'foreign spy', 'spies', 'no brains', 'useless', 'all the same', 'same everywhere', 'a menace', 'menace',
    "shouldn't be allowed", 'not allowed to', 'should not vote', 'no rights', 'liars', 'greedy', 'lazy', 'dumb',
    'conversion business', 'only good at', 'only fit to', 'only good for', 'good for nothing', 'all liars',
    'pretend', 'sick', 'cannot drive', "can't drive", '|hi|', 'धूर्त', 'लालची', 'मतलबी', 'आलसी', 'शराबी', 'निकम्मे',
    'पाखंडी', 'ठग', 'फ्रॉड', 'नक्सली', 'झूठे', 'मक्कार', 'नाटक करते', 'धंधा', 'पैसे की बर्बादी', 'सब के सब',
    'सारे के सारे', 'पूरी कौम', 'दिमाग घुटनों', 'दिमाग ही नहीं', 'बस बच्चे पैदा', 'सिर्फ बच्चे पैदा', 'बस झगड़ा',
    'सीट खराब', 'कुछ नहीं आता', 'चोरी के सिवा', 'लायक हैं', 'बस की नहीं', 'अक्ल से कमज़ोर', 'अक्ल घुटने', 'बदचलन', 'लुटेरे', 'पैसे के पीछे', 'ड्रग्स बेचते', 'चौकीदार बनने', 'जात दिखा', 'अपनी जात', 'jaat dikha', 'नाटक है', 'akal ghutne', 'lutere', 'badchalan', 'dhoort', 'lalchi', 'matlabi', 'aalsi', 'sharabi', 'nikamme', 'pakhandi',
    'fraud', 'naxali', 'jhoothe', 'jhoote', 'makkar', 'natak karte', 'dhandhe', 'dhandha', 'paise ki barbadi',
    'paisa barbaad', 'sab ke sab', 'sab ki sab', 'saare ke saare', 'poori kaum', 'dimaag ghutno', 'seat kharab',
    'kuch nahi aata', 'sirf gate', 'bas bartan', 'jasoos', 'जासूस', 'ek jaisi', 'एक जैसी', 'kaale kaloote',
    'काले कलूटे', 'kalank',
    'दिमाग छोटा', 'dimaag chhota', 'dimag chhota', 'अक्ल ही कम', 'अक्ल कम', 'akal kam', 'akal hi kam',
    // Round 7: a role or a mind pinned on a group in a plain sentence ("औरत का काम बच्चे पालना है", "लड़कियों को
    // पढ़ा के क्या होगा", "सोच वही रहेगी", "अक्ल कहाँ"); beside a group name only, like every cue.
    'चूल्हा फूंकना', 'चूल्हा ही', 'chulha phoonkna', 'कोई राय नहीं', 'koi raay nahi', 'koi rai nahi',
    'पढ़ा के क्या होगा', 'पढ़ाके क्या होगा', 'पढ़ाकर क्या होगा', 'padha ke kya hoga', 'padhake kya hoga',
    'सोच वही रहेगी', 'सोच नहीं बदलेगी', 'soch wahi rahegi', 'soch vahi rahegi', 'soch nahi badlegi', 'अक्ल कहाँ',
    'अक्ल कहां', 'akal kahan', 'akl kahan', 'दिमाग बस', 'dimaag bas', 'dimag bas',
  ],
  /**
   * Implicit derogation: a stereotype insinuated with no hostile word ("property prices crash", "कोटे की डिग्री",
   * "समझदार को इशारा काफी"). Hate only beside a group, like every cue.
   */
  stereotype: [
    'प्रॉपर्टी के दाम', 'property ka rate', 'property ke rate', 'कोटे की', 'कोटे से', 'कोटे वाले', 'kote ki',
    'kote wale', 'आरक्षण वाले', 'ताला और मजबूत', 'ताला लगा', 'coincidence', 'गायब', 'gayab', 'औरत ड्राइवर',
    'lady driver', 'driving seat', 'कुत्ता तो नहीं', 'kutta to nahi', 'आबादी देखो', 'abadi dekho', 'आबादी बढ़',
    'abadi badh', 'abadi badhti', 'अल्पसंख्यक हो', 'alpsankhyak honge', 'बढ़ते ही जा रहे', 'तीर कमान', 'teer kaman',
    'चर्च की बातें', 'धर्म भी जाएगा', 'dharam bhi jayega', 'अच्छा जोक', 'जोक था', 'joke tha', 'गुम होंगी',
    'flat मत लेना', 'flat mat lena', 'घर मत लेना', 'ghar mat lena', 'kabhi na bheju', 'कभी न भेजूं', 'naukar rakho',
    'नौकर रखो', 'kisi ke saath bhi chal', 'किसी के साथ भी चल', 'समझदार को इशारा', 'इशारा काफी', 'बाकी आप समझदार',
    'समझ जाओ', 'samajh jao', 'samjhe kuch', 'दस बार सोचना', 'das baar sochna', 'जान प्यारी', 'jaan pyari', 'drama ही',
    'ऐसी ही होती', 'aisi hi hoti', 'गाड़ी चलाएं तो', 'गाड़ी चलाए तो', 'gaadi chalayein to', 'gaadi chalaye to',
    'घुसाओगे तो', 'घुसने दोगे तो', 'ghusaoge to', 'ghusne doge to', '|en|', 'property prices', 'just saying', 'went missing', 'behind the wheel',
    'quota doctor', 'reservation engineer', 'of course it collapsed', 'their birth rate', 'be the minority',
    'goodbye to your religion', 'never let a', 'near my son', 'near my kids', 'as a servant', "don't complain",
    'are easy', 'value my life', 'wake up', 'think twice', 'everybody knows',
  ],
  /** Calls to kill, burn, beat or cut (the verb core; detect-threat.ts looks for the mood and the target). */
  violence: [
    'गोली मार', 'मार', 'काट', 'जला', 'लटका', 'फेंक', 'तोड़', 'कुचल', 'मारेंगे', 'तोड़ देंगे', 'फेंक दूंगा',
    'जिंदा नहीं छोड़', 'चुन चुन कर', 'धक्का देकर', 'मार डाल', 'मार दो', 'मार देनी', 'मार देना', 'मार डालेंगे',
    'मार देंगे', 'मारो', 'काट डाल', 'काट दो', 'काट देंगे', 'काट डालेंगे', 'जला दो', 'जला देंगे', 'जला डालो',
    'जिंदा जला', 'फूँक दो', 'फांसी', 'फाँसी पर लटका', 'लटका दो', 'पीट पीट', 'ठोक दो', 'ठोको', 'कुचल दो', 'ख़ून कर',
    'खून कर', 'हत्या कर', 'जान से मार', 'टुकड़े कर', 'goli maar', 'phek', 'phenk dena', 'peetna', 'पीटना', 'pitai', 'पिटाई', 'bulldozer', 'बुलडोज़र', 'maar', 'mar', 'kaat', 'jala', 'latka', 'phenk',
    'tod', 'marenge', 'maarenge', 'tod denge', 'zinda nahi chhodenge', 'chun chun ke', 'goli mar', 'maar dalo',
    'mar dalo', 'maar do', 'mar do', 'maar deni', 'maar dena', 'maar dalenge', 'maar denge', 'maaro', 'kaat dalo',
    'kaat do', 'kaat denge', 'kaat dalenge', 'jala do', 'jala denge', 'jala dalo', 'zinda jala', 'phoonk do',
    'phansi', 'latka do', 'peet peet', 'thok do', 'thoko', 'kuchal do', 'khoon kar', 'jaan se maar', 'tukde kar',
    '|en|', 'kill', 'killed', 'shoot', 'burn', 'hang', 'lynch', 'slaughter', 'behead', 'stab', 'beat up', 'beat',
    'beaten', 'shot', 'burnt', 'burned', 'stoned', 'hanged', 'lynched', 'smash', 'hurt', 'break', 'burnt alive',
    'lined up', 'wiped off', 'wiped out', 'coming for', 'bomb', 'massacre', 'butcher', 'gun down', 'must die',
    'deserve to die', 'deserves to die', 'hunt you down', 'hunt him down', 'take him out', 'taken out',
    'teach a lesson', 'teach these', 'slaps', 'a kick', 'with your life', 'with sticks', 'burn this', 'burn down',
    'watch your back', "you're dead", 'you are dead', 'know where you live', 'break your legs', 'smash your face',
    'slap', 'a beating', 'thrashing', 'bash', 'shoot you', 'kill you', 'strangle',    'a bullet', 'deserves a bullet', 'know where your', 'set fire', 'thrown in the well', 'finish them', 'finish you', 'break your', 'break his', 'bones',
    '|hi|', 'गोली चला', 'goli chala', 'जूते पड़', 'joote pad', 'जूते मार', 'joote maar', 'हड्डी पसली', 'haddi pasli',
    'हमला करो', 'hamla karo',
    // Not the bare "आग लगा": "अरिजीत ने स्टेज पर आग लगा दी", "aap ne toh aag laga di" is praise; the call or the promise is.
    'आग लगा दो', 'आग लगा देंगे', 'आग लगा दूंगा', 'आग लगा दूँगा', 'आग लगाओ', 'आग लगा डालो', 'आग लगा देना', 'आग लगानी',
    'आग लगाएंगे', 'आग लगा देनी', 'aag laga do', 'aag laga denge', 'aag laga dunga', 'aag lagao', 'aag laga dalo',
    'aag laga dena', 'aag lagani', 'aag lagayenge', 'aag laga deni', 'सर कलम', 'sar kalam', 'सिर कलम', 'इलाज सिर्फ गोली',
    'ilaj sirf goli', 'काम तमाम', 'kaam tamaam', 'kaam tamam', 'जिंदा नहीं जाएगा', 'zinda nahi jayega',
    'zinda nahi jaayega', 'ज़िंदा नहीं छोड़ेंगे', 'जिंदा नहीं छोड़ेंगे', 'खून पी जाऊंगा', 'khoon pee jaunga',
    'khoon pi jaunga', 'हाथ लग जा', 'haath lag ja', 'peetenge', 'पीटेंगे', 'finish कर',
    'finish kar', 'बम गिरा', 'bam gira', 'bomb gira', 'bulldozer chala', 'बुलडोज़र चला', 'बुलडोजर चला', 'kuan me phek',
    'कुएं में फेंक', 'घर से बाहर न निकले', 'ghar se bahar na nikle', 'तुझे देख लूंगा', 'tujhe dekh lunga', 'dekh lenge tujhe', 'sabak sikha',
    'सबक सिखा', 'ठिकाने लगा', 'thikane laga', 'निपटा दो', 'nipta do', 'टांग तोड़', 'taang tod', 'मुंह तोड़', 'munh tod',
    'जूते पड़ने', 'जूते पड़ेंगे', 'joote padne', 'joote padenge', 'ज़िंदा गाड़', 'जिंदा गाड़', 'गाड़ देंगे', 'zinda gaad',
    'gaad denge', 'गर्दन उड़ा', 'gardan uda', 'गर्दन मरोड़', 'gardan marod', 'गला दबा', 'gala daba', 'गला काट', 'gala kaat', 'एक्सीडेंट करवा',
    'accident karwa', 'पेड़ से बांध', 'ठोक दे', 'thok de', 'नहीं छोड़ूंगा', 'nahi chhodunga', 'nahi chodunga',
    'उठा लेंगे', 'उठवा लेंगे', 'utha lenge', 'uthwa lenge', 'उठवा दूंगा', 'uthwa dunga',
    'मारूंगा', 'मारूँगा', 'मार दूंगा', 'मार डालूंगा', 'मार डालूँगा', 'पीटो', 'पीट दो', 'पीटूंगा', 'पीट डालो', 'काटूंगा',
    'काट दूंगा', 'जलाऊंगा', 'जला दूंगा', 'फूंक देंगे', 'फूँक देंगे', 'उठा लो', 'ठोकेंगे', 'ठोक देंगे', 'ठोक दूंगा',
    'उड़ा देंगे', 'उड़ा दो', 'उड़ा दूंगा', 'गोली से उड़ा', 'चीर देंगे', 'चीर दूंगा', 'फाड़ देंगे', 'फाड़ दूंगा',
    'जान ले लेंगे', 'जान ले लूंगा', 'लिंच कर', 'मार मार के', 'घर आके मार', 'घर में घुस के', 'तेजाब डाल', 'तेजाब फेंक', 'एसिड फेंक', 'सुपारी दे', 'ऊपर पहुंचा', 'अच्छा नहीं होगा', 'ठीक नहीं होगा', 'tezaab daal', 'acid phek', 'supari de', 'upar pahuncha',
    'पेड़ से बांधो', 'marunga', 'maar dunga', 'maar dalunga', 'peeto', 'pito', 'peet do', 'kaat dunga',
    'jalaunga', 'jala dunga', 'utha lo', 'thokenge', 'thok denge', 'uda denge', 'uda do', 'chir denge', 'phaad denge',
    'jaan le lenge', 'ghar aake maar', '|en|', 'acid her', 'throw acid', 'dragged out', 'shoot them all', 'burn their',
    "won't walk back", 'wont walk back', 'pay for what you', 'pays for what you', 'know which building',
    // Round 5: more verbs of harm (the mood and the target are still required of one word), and a person's end foretold.
    '|hi|', 'फोड़', 'फोड़ देंगे', 'फोड़ दूंगा', 'उधेड़', 'खाल उधेड़', 'लाश बिछा', 'लाश गिरा', 'भून', 'भून देंगे', 'गाड़ दो',
    'बम रख', 'बम रखवा', 'उठवा लूंगा', 'उठवा लेंगे', 'हिसाब होगा', 'खैर नहीं', 'ख़ैर नहीं', 'आखिरी दिन होगा', 'लाश भी नहीं',
    'वापस नहीं जाएगा', 'ज़िंदा नहीं लौटेगा', 'जिंदा नहीं लौटेगा', 'वही हाल', 'वो हाल करेंगे', 'क्या हाल करूंगा', 'phod',
    'phod denge', 'phod dunga', 'udhed', 'khaal udhed', 'laash bichha', 'bhoon denge', 'uthwa lunga', 'hisaab hoga',
    'khair nahi', 'aakhri din', 'zinda nahi lautega', 'wapas nahi jayega', 'wahi haal', 'wo haal karenge',
    'मारनी', 'मारना', 'मारने', 'गोली मारनी', 'गोली मारना', 'गोली मारने', 'maarni', 'maarna', 'goli maarni', 'goli marni',
    '|en|', 'torch', 'days are numbered', 'one eye open', 'in a ditch', 'never walk again', 'your obituary',
    'body bag', 'black and blue', 'a lesson she', 'a lesson he', 'a lesson they',
    // Round 6: limbs that will not stay whole, a woman carried off or stripped, and English calls that name what is
    // done to whom. ("तुझे छोड़ूँगा नहीं" is read as a sentence shape: "सिगरेट छोड़ूंगा नहीं" is not a threat.)
    '|hi|', 'हाथ पैर सलामत नहीं', 'हड्डियां सलामत नहीं', 'haath pair salamat nahi', 'मुंह तोड़ने', 'उठा के ले जा', 'utha ke le ja',
    'नंगा करके घुमा', 'nanga karke ghuma', 'हड्डियां गिन', 'haddiyan gin', 'हेकड़ी निकाल', 'hekdi nikal',
    '|en|', 'drag you', 'dragged out of', 'blow up this', 'blow up your', 'cut off the hands', 'cut your hands',
    'tongue cut', 'tongue should be cut', 'string up', 'set your car', 'set your house', 'public beating', 'break the knees',
    'break their knees', 'buried under', 'be stoned', 'taught a lesson',
    '|hi|', 'उठा के ले जाना', 'उठा के ले जाओ', 'उठा ले जाना', 'utha ke le jana', 'utha ke le jao', 'सबक सिखाएंगे',
    'सबक सिखाना है', 'सबक सिखाना पड़ेगा', 'सबक सिखाना होगा', 'sabak sikhayenge', 'sabak sikhana hai', 'sabak sikhana padega',
    'पत्थर बरसा', 'patthar barsa', 'पत्थर से स्वागत', 'जीभ काट', 'जुबान काट', 'ज़ुबान काट', 'jeebh kaat', 'zubaan kaat',
    'एनकाउंटर कर', 'encounter kar', 'लाश जाएगी', 'laash jayegi', 'तन से जुदा', 'tan se juda', 'हाथ तोड़ना', 'haath todna',
    'एसिड डाल', 'acid daal', 'सरेआम फांसी', 'sareaam phansi', '|en|', 'off the map', 'sending my boys', 'send my boys',
    'alone in a dark', 'be shot', 'blow up', '|hi|',
    'सर धड़ से अलग', 'सिर धड़ से अलग', 'sar dhad se alag', 'sir dhad se alag', 'कुत्ते की मौत', 'kutte ki maut', 'चाकू घुसा',
    'chaku ghusa', 'चाकू मार', 'chaku maar', 'पत्थर पड़ेंगे', 'patthar padenge', 'घर ढूंढ के', 'ghar dhoondh ke',
    'ghar dhundh ke', 'औकात दिखा देंगे', 'aukat dikha denge', 'aukaat dikha denge', 'मां बहन एक कर', 'माँ बहन एक कर',
    'maa behen ek kar', 'maa bahan ek kar', 'मुंह काला करके', 'muh kaala karke', 'munh kala karke', 'सबक सिखाऊंगा',
    'sabak sikhaunga',
  ],
} as const;

/** Words after a violent verb that make it a call or a promise (imperative, future, "should"), not a report. */
// prettier-ignore
export const THREAT_MOOD = [
  'मारूंगा', 'मारूँगा', 'पीटूंगा', 'काटूंगा', 'जलाऊंगा', 'ठोकेंगे', 'पीटो', 'marunga', 'jalaunga', 'thokenge', 'peeto', 'pito',
  'मारेंगे', 'देंगे', 'डालेंगे', 'छोड़ेंगे', 'marenge', 'maarenge', 'chhodenge', 'दो', 'डालो', 'देंगे', 'डालेंगे',
  'दूंगा', 'दूँगा', 'देंगी', 'चाहिए', 'देना', 'देनी', 'जाए', 'जाना', 'मारो', 'ठोको', 'do', 'dalo', 'denge',
  'dalenge', 'dunga', 'dungi', 'chahiye', 'dena', 'deni', 'jaye', 'jana', 'maaro', 'thoko', '|en|', 'will', "i'll",
  'll', 'be', 'need to', 'needs', 'need', 'better', '|hi|', 'लेंगे', 'lenge', 'chalao', 'चलाओ', 'लगा दो', 'laga do',
  'करो', 'karo', 'दूंगा', 'जाऊंगा', 'jaunga', 'करेंगे', 'karenge', 'डालो', 'फेंको', 'pheko', 'phenko', '|en|', 'ought', 'better watch', 'swear', 'gonna', 'should', 'must', 'deserve', 'deserves', 'let',
  "let's", 'lets', 'going to',
];

/**
 * What a hostile question puts in doubt about a group: its humanity, loyalty, a right or being let in ("क्या मुसलमान
 * कभी वफादार हो सकते हैं?", "why do we let biharis into mumbai?"). Beside a question word and a group it is hate.
 */
// prettier-ignore
export const QUESTIONED = [
  'इंसान', 'लायक', 'वफादार', 'भरोसा', 'ईमानदार', 'भारतीय', 'देशभक्त', 'रहने', 'घुसने', 'अधिकार', 'हक', 'इजाज़त',
  'निकलने', 'insaan', 'layak', 'wafadar', 'vafadar', 'bharosa', 'imandar', 'bhartiya', 'deshbhakt', 'rehne', 'ghusne',
  'adhikar', 'haq', 'ijazat', 'chadhne', '|en|', 'human', 'loyal', 'trust', 'trusted', 'honest', 'indian', 'patriotic',
  'allow', 'allowed', 'let',
];
/** Words that make a sentence a question even without "?" ("why should we allow …"). */
// prettier-ignore
export const QUESTION_WORDS = [
  'क्या', 'क्यों', 'क्यूं', 'कौन', 'किसने', 'kya', 'kyu', 'kyon', 'kyun', 'kaun', 'kisne', '|en|', 'why',
];

/** Whom a comment speaks to or about: the second person, the author and journalists, "this" person. */
// prettier-ignore
export const PERSON_TARGETS = {
  secondPerson: [
    'तू', 'तुम', 'तुझे', 'तेरा', 'तेरी', 'तेरे', 'तुम्हारा', 'तुम्हारी', 'तुम्हारे', 'तुम्हें', 'आप', 'आपका', 'आपकी',
    'आपके', 'आपको', 'तुझ', 'tu', 'tum', 'tujhe', 'tera', 'teri', 'tere', 'tumhara', 'tumhari', 'tumhare', 'tumhe',
    'aap', 'aapka', 'aapki', 'aapke', 'aapko', 'tujh', '|en|', 'you', 'your', "you're", 'youre', 'u', 'ur',
    'yourself', '|hi|', 'ओए', 'ओये', 'oye', 'चुप कर', 'chup kar', 'चुप रहो', 'chup reh', 'chup be', 'शर्म कर', 'शर्म करो', 'शरम करो', 'sharam kar',
    'sharm karo', 'sharam karo',
    // Round 6: the reader as the doer ("तूने", "तुमने"), as the object ("तुझको"), or told not to show up again
    // ("दोबारा दिखा तो"). Not "आपने": its key is "अपने" (one's own); not "अबे": friends say it most.
    '~तूने', 'तुमने', 'तुझको', 'तुमको', 'तेरेको', 'tumne', 'tujhko', 'tumko', 'tereko',
    'दोबारा दिखा तो', 'अगली बार दिखा तो', 'फिर दिखा तो', 'dobara dikha to', 'agli baar dikha to', '|en|',
    'shut up',
  ],
  author: [
    'लेखक', 'पत्रकार', 'रिपोर्टर', 'एंकर', 'संपादक', 'मीडिया', 'lekhak', 'patrakar', 'reporter', 'anchor', 'editor',
    'मैडम', 'मैम', 'एंकरनी', 'प्रस्तोता', 'madam', 'maam', 'mam', 'anchorni', 'bhabhi', 'भाभी',
    '|en|', 'journalist', 'journalists', 'author', 'writer', 'media', "ma'am", 'presenter', 'newsreader',
    'columnist', 'columnists', 'who wrote this', '|hi|', 'दीदी', 'didi', 'पत्रकारनी', 'patrakarni',
    // Round 7: a woman addressed as "sister" under her own show or byline.
    'बहन जी', 'बहनजी', 'behen ji', 'behenji',
  ],
  /**
   * People readers call names by their office or trade: a mild word right beside one ("कायर प्रधानमंत्री", "लालची
   * डॉक्टर", "kamine neta") is aimed at a person, as much as "तू" is.
   */
  office: [
    'नेता', 'नेताजी', 'मंत्री', 'मुख्यमंत्री', 'प्रधानमंत्री', 'विधायक', 'सांसद', 'अफसर', 'अधिकारी', 'बाबू', 'दरोगा',
    'पुलिस वाले', 'पुलिसवाले', 'डॉक्टर', 'जज', 'ठेकेदार', 'कप्तान', 'अंपायर', 'कमेंटेटर', 'प्रवक्ता', 'राज्यपाल',
    'सरकार', 'बिल्डर', 'मास्टर', 'बाबा', 'सरपंच', 'पार्षद', 'कलेक्टर', 'neta', 'mantri', 'vidhayak', 'afsar', 'babu',
    'daroga', 'doctor', 'judge', 'thekedar', 'captain', 'umpire', 'pravakta', 'sarkar', 'builder', 'sarpanch', '|en|',
    'minister', 'politician', 'politicians', 'officer', 'cop', 'cops', 'government', 'mla', 'mp', 'pm', 'cm', '|hi|',
    'वक्ता', 'vakta',
  ],
  /** "इस नेता को", "उसे", "इन्हें": a person or people pointed at, a threat's target. */
  pointed: [
    'इस', 'उस', 'इसे', 'इसको', 'उसे', 'उसको', 'इन्हें', 'इनको', 'उन्हें', 'उनको', 'इन', 'उन', 'ये', 'वो', 'is', 'ise',
    'isko', 'use', 'usko', 'inhe', 'inko', 'unhe', 'unko', 'in', 'un', 'इसका', 'इसकी', 'इसके', 'उसका', 'उसकी',
    'उसके', 'इनकी', 'इनके', 'इनका', 'उनकी', 'उनके', 'उनका', 'iska', 'iski', 'iske', 'uska', 'uski', 'uske', 'inki',
    'inke', 'inka', 'unki', 'unke', 'unka', '|en|', 'him', 'her', 'them', 'they', 'every',
    'everyone', 'anyone', 'person', 'people', 'this', 'these', 'those', 'he', 'she', '|hi|', 'नेता', 'मंत्री',
    'आदमी', 'लड़के', 'लड़की', 'जज', 'अफसर', 'विधायक', 'सांसद', 'डॉक्टर', 'दरोगा', 'एसडीएम', 'neta', 'mantri', 'aadmi', 'ladke', 'ladki', '|en|', 'leader', 'guy', 'man', '|hi|',
    'सबको', 'सब', 'sabko', 'sab', 'ऐसे लोगों', 'aise logo', 'aise logon', '|en|', 'all', 'everyone', 'हम', 'hum', 'we',
  ],
};

/** The hostility is quoted, reported or condemned, or negated: then it is not the writer's own. */
// prettier-ignore
export const UNDOING_MARKERS = {
  condemn: [
    'कहना गलत', 'कहना ग़लत', 'बोलना गलत', 'कहना शर्मनाक', 'शर्मनाक', 'निंदनीय', 'निंदा', 'बताना बंद', 'कहना बंद',
    'बोलना बंद', 'फैलाना बंद', 'बंद कीजिए', 'नस्लवाद', 'नस्लवादी', 'घटिया हरकत', 'कार्रवाई होनी', 'नफ़रत फैलाना',
    'नफ़रत फैलाने', 'नफरत फैलाने', 'नफ़रत मत', 'मत फैलाओ', 'kehna galat', 'bolna galat', 'sharmnak', 'sharmanak',
    'nindniya', 'ninda', 'kehna band', 'bolna band', 'batana band', 'naslvad', 'racism', 'racist', 'nafrat failana',
    'nafrat phailana', 'nafrat mat', 'mat failao', 'mat phailao', '|en|', 'is wrong', 'are wrong', 'shameful',
    'condemn', 'condemns', 'condemned', 'unacceptable', 'stop spreading', 'hate speech', 'stop calling', 'not okay',
    'disgraceful', 'is racist', 'is bigoted', '|hi|', 'ये नफ़रत है', 'यह नफ़रत है', 'ये नफरत है', 'ye nafrat hai', 'कहने वाले', 'कहने वालों', 'बोलने वाले', 'बोलने वालों', 'सोच बदल', 'kehne wale', 'bolne wale', 'kehne walo', 'bolne walo', 'समझने वाले', 'समझने वालों', 'मानने वाले', 'मानने वालों', 'samajhne wale', 'maanne wale', 'nafrat ki rajniti', 'नफ़रत की राजनीति',
    // Round 5: talk about abuse given, and abuse called a crime: "महिला पत्रकारों को गंदी गालियाँ दी जाती हैं".
    'गालियाँ दी', 'गालियां दी', 'गाली दी', 'गाली देने', 'गाली देना', 'गालियाँ देने', 'गालियां देने', 'gaaliyan di',
    'galiyan di', 'gaali di', 'gali di', 'gaali dene', 'gali dene', 'gaali dena', 'अपराध है', 'जुर्म है', 'apradh hai',
    'jurm hai', '|en|', 'is a crime', 'are a crime',
  ],
  /** The writer says the opposite ("मैं किसी धर्म से नफ़रत नहीं करता"). */
  negate: [
    'नफ़रत नहीं', 'नफरत नहीं', 'नहीं करता', 'नहीं करती', 'नहीं करते', 'किसी धर्म से', 'किसी समुदाय', 'कोई समुदाय',
    'nafrat nahi', 'nahi karta', 'nahi karti', 'nahi karte', 'kisi dharm se', 'kisi samuday', '|en|', "don't hate",
    'do not hate', 'never hate', 'no hate', 'not all', '|hi|', 'सब नहीं', 'sab nahi', 'हर कोई नहीं',
  ],
  /** Reporting what happened: a news comment about violence, not a call for it. */
  report: [
    'पुलिस', 'गिरफ्तार', 'गिरफ़्तार', 'जांच', 'जाँच', 'आरोपी', 'मामला दर्ज', 'एफआईआर', 'अदालत', 'कोर्ट', 'खबर',
    'ख़बर', 'रिपोर्ट के अनुसार', 'घटना', 'पीड़ित', 'मुकदमा', 'police', 'giraftar', '|en|', 'arrested', 'arrest',
    'jaanch', 'jaanch', 'aaropi', 'accused', 'fir', 'court', 'khabar', 'according to', 'reported', '!report', '!reports',
    'incident', 'victim', 'victims', 'probe', 'investigation', 'case registered', 'charged', 'sentenced', '|hi|', 'घायल', 'झुलस', 'हादसा', 'हादसे', 'बरामद', 'हिरासत', 'फरार', 'ghayal', 'hadsa',
    'ghatna',
  ],
};

/**
 * Round 7: what a person is called by metaphor (an animal, a pest, a turncoat's idiom). Never abuse alone, and never
 * hate beside a group: an insult only as what one person pointed at is ("गिरगिट है ये नेता", "ये मंत्री जोंक है",
 * "मेंढक की तरह टर्राता है ये विधायक"; abuse/said-of-people.ts). "खेत में सांप निकला" names no one.
 */
// prettier-ignore
export const PERSON_METAPHORS = [
  'गिरगिट', 'मेंढक', 'बरसाती मेंढक', 'कुएं का मेंढक', 'कुएँ का मेंढक', 'जोंक', 'कीड़ा', 'कीड़े', 'सांप', 'साँप', '~नाग',
  'गिद्ध', 'लोमड़ी', '!भेड़िया', '!भेड़िए', 'मगरमच्छ', 'केंचुआ', 'छछूंदर', 'उल्लू', '!गधा', 'आस्तीन का सांप',
  'आस्तीन का साँप', 'थाली का बैंगन', 'बिन पेंदी का लोटा', 'धोबी का कुत्ता',
  'girgit', 'medhak', 'mendhak', 'barsaati medhak', 'barsati medhak', 'kuen ka medhak', 'kuan ka medhak', 'jonk',
  'keeda', 'kida', '!saanp', '!sanp', '!naag', 'giddh', 'gidh', 'lomdi', 'bhediya', 'magarmachh', 'kenchua', 'ullu',
  '!gadha', 'aasteen ka saanp', 'asteen ka saanp', 'aastin ka saanp', 'thali ka baingan', 'bin pendi ka lota',
  'dhobi ka kutta',
];

/**
 * Round 7: faults a writer pins on a whole group ("दंगा", "कब्ज़ा", "गुंडे", "झुग्गी", "मलाई"). Beside a group name
 * in a report they are news ("जाट आंदोलन में दंगा"); only with a frame that makes them the group's nature — a
 * quantifier ("सारे", "सब"), a habit ("की आदत", "होते ही", "ही होते हैं"), an emphatic "ही" — are they hate.
 */
// prettier-ignore
export const GROUP_FAULTS = [
  '!गंद', 'गंदगी', 'दंगा', 'दंगे', 'कब्ज़ा', 'कब्जा', 'गुंडे', 'गुंडा', 'गुंडागर्दी', 'झुग्गी', 'मलाई', 'खतरा', 'ख़तरा',
  'लट्ठ', 'झगड़े', 'झगड़ा', 'घर तोड़', 'भ्रष्ट', 'बेईमान', 'भीख', 'बदबू',
  'gandagi', 'danga', 'dange', 'kabza', 'kabja', 'gunde', 'gunda', 'gundagardi', 'jhuggi', 'malai', 'khatra',
  'lattha', 'jhagde', 'jhagda', 'ghar tod', 'bhrasht', 'beimaan', 'bheekh',
];

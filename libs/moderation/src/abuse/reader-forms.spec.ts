import { heldFor } from './test-context';

/**
 * Forms readers really write, beyond the listed base words, and the ordinary sentences that share a key or a
 * string with them. Each sentence here was published or held wrongly before the lexicon and rules were widened.
 */
describe('abuse as readers write it', () => {
  it.each([
    ['मादरचोत ठेकेदार ने पुल की सरिया बेच दी', 'profanity'],
    ['भेनचो ये कैसा फैसला है अंपायर का', 'profanity'],
    ['चुदाई के बाद भी शर्म नहीं आई इनको', 'profanity'],
    ['bsdk pehle khabar padh', 'profanity'],
    ['bc phir se bijli gayab', 'profanity'],
    ['these bastards looted the pension fund', 'insult'],
    ['सूअर के बच्चे, गरीबों का राशन खा गया', 'insult'],
    ['साले चोर अफसर, वज़ीफ़े खा गए', 'insult'],
    ['@सुनील भाड़ में जा तू और तेरी पार्टी', 'insult'],
    ['you absolute halfwit, read before you comment', 'insult'],
    ['@Priya how much for one night 😏', 'sexual'],
    ['@नीलम अकेली हो तो बता, मिलने आता हूं', 'sexual'],
    ['I know where you live, keep writing and see', 'threat'],
    ['इस जज का सिर कलम कर दो', 'threat'],
    ['इन मद्रासियों को शहर में ज़िंदा नहीं छोड़ेंगे', 'threat'],
    // Masked, dotted and abbreviated, as social-platform comments write them.
    ['मादर**द सरकार, फिर से टैक्स बढ़ा दिया', 'profanity'],
    ['म@दरच*द ठेकेदार 🤬', 'profanity'],
    ['म.च. है ये आदमी, सब खा गया', 'profanity'],
    ['बीसी क्या बकवास खबर है', 'profanity'],
    ['तेरे घर आके मारूंगा, फिर देखना', 'threat'],
    ['इस पत्रकार को पकड़ के पीटो', 'threat'],
    ['एक रात बिताओ मेरे साथ @रिया', 'sexual'],
    ['इसका रेप होना चाहिए', 'sexual'],
    // A mild word right beside an office is name-calling; a short call under a story aims at its subject.
    ['कायर प्रधानमंत्री, एक सवाल का जवाब नहीं दे पाता', 'insult'],
    ['लालची डॉक्टर, लाश का भी बिल बनाता है', 'insult'],
    ['kamine neta, garibon ka ration kha gaya', 'insult'],
    ['लिंच कर दो', 'threat'],
    ['इसकी कमर देख के न्यूज़ कौन सुनता है 🤤', 'sexual'],
    // Said of someone pointed at, as what they are; and the political name-calling of social-platform threads.
    ['ये गद्दार है', 'insult'],
    ['ye banda pagal hai', 'insult'],
    ['सिकुलर गैंग फिर चुप', 'insult'],
    // Round 4: victim-blaming and a price asked of a woman, the unnamed group told to leave, the author by description.
    ['she was asking for it, look at what she wore to the studio', 'sexual'],
    ['@Ritu tera rate kya hai', 'sexual'],
    ['अपने देश वापस जाओ, यहां तुम्हारी कोई जगह नहीं', 'hate'],
    ['go back to your country, nobody invited you', 'hate'],
    ['these people breed like rabbits and then want more quota', 'hate'],
    ['the idiot who wrote this never left Delhi', 'insult'],
    ['someone should throw acid on her, then she will shut up', 'threat'],
    // Round 5: the reader's place known to the writer; a fool by description; privacy asked of a woman; a verb of
    // harm the lists lacked; a Devanagari spelling of a slur.
    ['मुझे पता है तेरा घर कौन सी गली में है, संभल के रहना', 'threat'],
    ['we know which bus your daughter takes, think about it', 'threat'],
    ['only a total idiot would believe this report', 'insult'],
    ['ऐसी खबर कोई मूर्ख ही लिख सकता है', 'insult'],
    ['कल मिल तू, तेरा सिर फोड़ दूंगा', 'threat'],
    ['@अनीता मैम शो के बाद अकेले में मिलो ना 😘', 'sexual'],
    ['ये कटुवे कभी नहीं सुधरेंगे', 'hate'],
    ['इन चूतियों से बहस करना बेकार है', 'insult'], // -ियों meets its -िया word
    ['hang the editor from the clock tower', 'threat'], // the English imperative comes first
    // Round 6: settling a score with the reader; the verb before "नहीं"; the unnamed group as vermin; a fool called
    // out or exclaimed; the oath left unfinished; a leer.
    ['ज़्यादा होशियारी मत दिखा। तुझे तो मैं देख लूंगा', 'threat'],
    ['एक बार बाहर मिल, फिर बताता हूं', 'threat'],
    ['tujhe chhodunga nahi, comment delete kar de', 'threat'],
    ["mark this, i'll find you when you least expect it", 'threat'],
    ['ये लोग दीमक हैं। देश को अंदर से खा रहे हैं।', 'hate'],
    ['ye log machhar ki tarah hai', 'hate'],
    ['अरे ओ जोकर, पहले खबर पढ़', 'insult'],
    ['डरपोक कहीं का, नाम बदल के कमेंट करता है', 'insult'],
    ['तेरी माँ की… ज्यादा मत बोल', 'profanity'],
    ['एंकर मैडम की मुस्कान देख के 🤤', 'sexual'],
    ['abe lund ke baal chup kar', 'profanity'],
    ['तेरा लंड छोटा है', 'profanity'],
    // Kept when their ordinary neighbours were narrowed (lexicon-collisions.ts).
    ['abe chutiye chup kar', 'profanity'],
    ['tum log chutiyon ki tarah behave karte ho', 'insult'],
    ['oye kuttiya', 'insult'],
    ['@Priya kya maal hai yaar', 'sexual'],
    ['@Rahul tu chor hai', 'insult'],
    ['तू नीच है', 'insult'],
    ['tu bhakt hai', 'insult'],
    // Round 7: Hinglish "land" where the ground cannot be meant (the body, what is done to it, the oath).
    ['mera land choos le patrakar', 'profanity'],
    ['abe chup, land choos', 'profanity'],
    ['tera land jitna dimaag hai', 'profanity'],
    ['land ke baal, pehle khabar padh', 'profanity'],
    // The ordinary twins of a narrowed neighbour still hold their own abuse: the slur, the Devanagari obscenity.
    ['chinks should go back where they came from', 'hate'],
    ['चोदू साला, चौदा वेळा सांगितलं तरी ऐकत नाही', 'profanity'],
    // Kept when "hot", "for the view" and "आग लगा" were narrowed to the remark, the call and the promise.
    ['@Tanya your profile pic is so hot, what are you wearing right now', 'sexual'],
    ['madam aaj to aag laga rahi ho 🔥 dm check karo', 'sexual'],
    ['तेरी गाड़ी में आग लगा दूंगा', 'threat'],
    ['Kill him tonight, you hear me', 'threat'],
    // Kept when phrases were bounded by their clause: a threat written with a comma is still one.
    ['tu ruk, tujhe goli maar dunga', 'threat'],
    ['तू रुक, तुझे गोली मार दूंगा', 'threat'],
    ['bas kar, warna tujhe goli maar dunga; samjha?', 'threat'],
    ['shut up, I will shoot you if you show your face here', 'threat'],
    // Kept beside the idioms: "drop dead" said to someone, "dumb" as a name.
    ['just drop dead you idiot', 'insult'],
    ['you are dumb, read the article before commenting', 'insult'],
    ['Drop dead, nobody wants your opinion here @Ravi', 'insult'],
    // Kept when बंगाली stopped meeting बंगले (bungalow).
    ['ये बंगाली कीड़े हैं, सबको निकालो', 'hate'],
    ['सारे बंगालियों को देश से निकालो', 'hate'],
    ['bangali log keede hain', 'hate'],
  ])('%s → %s', (body, category) => {
    expect(heldFor(body)).toContain(category);
  });

  it.each([
    ['क्या मुसलमान कभी वफादार हो सकते हैं?'],
    ['क्या ईसाई इंसान कहलाने लायक हैं? मुझे तो नहीं लगता'],
    ['why do we even let biharis into mumbai? they ruined it'],
    ['ye christian padri log humare gaon me kya kar rahe hai, inko bhagaya kyu nahi?'],
  ])('a question that doubts a group’s humanity, loyalty or rights is hate: %s', (body) => {
    expect(heldFor(body)).toContain('hate');
  });

  it('reads an insinuated stereotype beside a group as hate, not the same words alone', () => {
    expect(heldFor('जिस मोहल्ले में मुसलमान आ गए वहां प्रॉपर्टी के दाम गिर जाते हैं, समझदार को इशारा काफी')).toEqual([
      'hate',
    ]);
    expect(heldFor('शहर में प्रॉपर्टी के दाम गिर रहे हैं, खरीदने का सही समय')).toEqual([]);
  });

  it.each([
    ['उसने पानी में नमक डाला और उबाला'], // डाला reads "dala" like the listed दल्ला
    ['बारिश के बाद सड़क पर गड्ढे ही गड्ढे, नगर निगम कब जागेगा'], // गड्ढे reads like गधे
    ['कोहली ने तीन छक्के मारे, मज़ा आ गया'],
    ['मेरा BC certificate अब तक नहीं बना'],
    ['MC election ward 14 का नतीजा आया'],
    ['This is the same pattern as 2019, see https://www.bbc.com/news/world-asia-48795757'],
    ['चूड़ियों की दुकान पर त्योहार की भीड़'],
    ['चौदह साल बाद टीम जीती'],
    ['मैडम आपकी रिपोर्ट बहुत अच्छी थी'],
    ['love south indian food and even more the people who cook it'],
    ['नौकरी क्यों नहीं मिल रही युवाओं को, सरकार जवाब दे'],
    ['भीड़ ने युवक को जलाया, पुलिस ने पांच को गिरफ्तार किया'],
    ['रैली में हंगामा मच गया, म.प्र. पुलिस ने लाठी चलाई'],
    ['ओबीसी वर्ग के बीसी प्रमाण पत्र की तारीख बढ़ी'],
    ['अबे कमीने, मेरी चाय ठंडी कर दी बातों में 😂'],
    ['ईसा पूर्व 300 बीसी में ये शहर बसा था'],
    ['माँ की आँखों का ऑपरेशन सफल रहा, डॉक्टर को धन्यवाद'],
    ['तेरे घर आ रहा हूं शाम को, चाय तैयार रखना ☕'],
    ['पुलिस ने चोर को पकड़ा, नेता जी ने बधाई दी'],
    ['हर दाढ़ी वाले को jihadi बोलना बंद करो, ये नफ़रत है'],
    ['लड़कियों को बदचलन कहने वाले खुद की सोच बदलें। आज़ादी सबका हक है।'],
    ['ये फैसला घटिया है, कोर्ट में चुनौती देंगे'],
    ['ये पागलपन है, इतनी गर्मी में स्कूल खुले'],
    ['ये सारे नेता चोर हैं, चुनाव आते ही हाथ जोड़ने आ जाते हैं'],
    ['वो चोर था जिसे पुलिस ने पकड़ा'],
    ['telling a reader to "go back to your country" is racist, mods please act'],
    ['these people at the bank counter were so kind to my father'],
    ['बलात्कार के आरोपी को उम्रकैद, अदालत ने कहा समाज के लिए सबक'],
    ['बहुत सुंदर साड़ी है दीदी, रंग कमाल का'],
    ['फिल्म में हीरोइन का रोल अच्छा था, आइटम नंबर बेकार'],
    ['gold ka rate kya hai aaj?'],
    // Round 5: the key folds a short and a long first "a" and a dental and a retroflex; a Devanagari reader does not.
    ['नाले की गंदी बदबू से पूरा मोहल्ला परेशान है'], // गंदी is "dirty", not the slur गांडू
    ['युवाओं को पक्की नौकरी चाहिए, ठेके वाली नहीं'], // पक्की is "permanent", not पाकी
    ['बाढ़ में फंसे लोगों को सेना ने निकाला'], // फंसे is "stuck", not फांसी
    ['gandi rajniti se tang aa gaye hai log'],
    ['Court upholds life term for three in the 2017 gang rape case'],
    ['महिला खिलाड़ियों को ऑनलाइन गंदी गालियाँ दी जाती हैं, ये रुकना चाहिए'],
    ['you know, the school near my house reopened today'],
    ['पुलिस को पता है आरोपी का घर कहाँ है, फिर भी गिरफ्तारी नहीं'],
    ['only a fool would ignore the flood warning, please move to higher ground'],
    ['beat the heat with these five summer drinks'], // an imperative with nobody named
    ['कल बनिये की दुकान से राशन लाना है'],
    // Round 6: the same idioms with what is watched or told after them, vermin in a field, a visit, a quoted threat.
    ['आज का मैच रात को देख लूंगा, अभी दफ्तर में हूं।'],
    ['तू सामने आ, फिर बताता हूं कौन सी किताब पढ़नी है'],
    ['सिगरेट छोड़ूंगा नहीं तो डॉक्टर ने डांट दिया है'],
    ["i'll find you a seat near the window, come early"],
    ["I'll come to your house on Sunday, we'll watch the final together"],
    ['ये लोग कचरा फैलाते हैं पार्क में, नगर निगम जुर्माना लगाए'],
    ['गेहूं में कीड़े लग गए हैं। कोई दवा बताओ।'],
    ["उसने कहा था 'तुझे देख लूंगा', पुलिस ने धमकी का मामला दर्ज किया"],
    ['आपने अपने इलाके की फोटो भेजी, धन्यवाद'],
    ['अबे ओ कमीने, पार्टी कहां है? 🎉'],
    ['आज तो बिरयानी देख के 🤤'],
    // "land" shares its key with a Hindi obscenity; land acquisition and land records are daily news here.
    ["The government is grabbing farmers' land for the expressway without fair compensation."],
    ['sarkar kisano ki land le rahi hai, muavza bhi nahi de rahi'],
    ['मेरी ज़मीन का land record गलत है, पटवारी पैसे मांग रहा है।'],
    ['Once upon a time in a land far far away'],
    // Round 7: Hinglish land news, Marathi numbers and the English idiom that share a listed word's key or spelling.
    ['mera land record galat chadha hai, patwari 5000 maang raha hai'],
    ['land acquisition ka muavza abhi tak nahi mila'],
    ['zameen/land ka rate is saal double ho gaya sector 12 me'],
    ['mere land pe kisi ne kabza kar liya, SDM sunvai nahi kar rahe'],
    ['माझा मुलगा चौदा वर्षांचा आहे, त्याला सायकल हवी'],
    ['चौदा तारखेला निकाल लागणार आहे'],
    ['The opposition finally found the chinks in their armour on inflation'],
    ['a chink of light in the India-China border talks'],
    ['glasses chinked as the team celebrated the series win'],
    // Found by scripts/lexicon-collisions.ts: ordinary words whose folded key or stem met an abusive entry.
    ['naya mall khula hai sector 18 me, tum bhi chalo'],
    ['आश्रम की कुटिया में आग लग गई, साधु सुरक्षित हैं।'],
    ['Hey cutie, your voice is lovely'],
    ['kal chutti hai school ki, baarish ki wajah se'],
    ['इसमें थोड़ा नमक और डालो, फिर देखो स्वाद।'],
    ['happy makar sankranti sabko, tum bhi patang udao'],
    ['आप नीचे दिए लिंक पर पूरा बयान पढ़ सकते हैं।'],
    ['tumhare figures galat hain, berozgari 2019 me 6.1% thi'],
    ['I figured you would say that, but read the report'],
    ['Medical rep रहा हूँ 8 साल, आप सही कह रहे हैं।'],
    ['जवानों को सलाम, आप जैसे लोग सीमा पर डटे हैं।'],
    ['आपके साथ बस में बदतमीज़ी हुई तो पुलिस को बताइए।'],
    ['आप ऑनलाइन ठगी से बचें, कोई OTP मांगे तो मत देना।'],
    ['आपके घर चोरी हुई तो FIR ज़रूर कराइए।'],
    ['aapke ghar chori hui to FIR karao'],
    ['गुलामी की मानसिकता से बाहर आओ, आप ही बदलाव हो।'],
    ['Kamini ji, aap sahi keh rahi ho'],
    ['भक्ति अपनी जगह, आप सरकार से सवाल पूछिए।'],
    ['tum bhi bhakti me doobe raho, par sawal pucho'],
    // Ordinary English and Hinglish said to "you": the weather, a count, a performance (YouTube's "hot feet",
    // "you came here for the views"). Each was held or rejected on the old lists.
    ['You should drink more water in this hot weather, the heatwave is not over'],
    ["You're a hot favourite for the award this year"],
    ['Keep your tea hot, this rain will last all night'],
    ['गर्मी बहुत है, आप हॉट वेदर में बाहर मत निकलिए'],
    ['We get it, you came here for the views'],
    ['Kill it tonight in the final, team India, you can do it'],
    ['Aap ne toh aag laga di, superb performance'],
    ['अरिजीत ने स्टेज पर आग लगा दी कल रात, आप भी सुनिए'],
    // A phrase across a clause boundary is no phrase: "shoot, you", "maar, dunga". Each was held or rejected on main.
    ['Shoot, you beat me to the comment'],
    ['Shoot — you posted the link before me'],
    ['Kill; you mean the bill, not the man? it only delays the vote'],
    // Idioms that hold a listed word ("drop dead gorgeous", "dumb-struck"). Each was held on main.
    ['Drop dead gorgeous… you look amazing in that saree'],
    ['You look drop dead gorgeous in the new trailer 😍'],
    ['I was dumb-struck, you have to read the full judgement'],
    ['dumb-struck'],
    ['you guys were dumb struck by the ending too, admit it'],
    // The bungalow (बंगला, बंगले) is not बंगाली: each was held as hate on main.
    ['इस मंत्री के बंगले में सांप निकला है'],
    ['नेता जी के बंगले पर बुलडोज़र कब चलेगा, ये भी तो अवैध कब्ज़ा है'],
    ['मंत्री जी के बंगले में कीड़े पड़ गए हैं, कोई सफाई नहीं'],
    ['बंगला नंबर 7 में चूहे घुस गए, ये लोग सोते रहते हैं'],
  ])('publishes the ordinary sentence %s', (body) => {
    expect(heldFor(body)).toEqual([]);
  });
});

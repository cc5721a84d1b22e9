/**
 * The web-spam trades that publish on Indian news sites beyond the YouTube pleas (issue 13), written by the team
 * from the spam we see: phrases in English, Hinglish and Devanagari, matched as whole words by the spam-topic phase.
 * Each phrase is something a spammer writes to sell, not a word readers use to discuss the trade ("loan", "jobs").
 */
export const WEB_SPAM_FAMILIES: Record<string, readonly string[]> = {
  pharma: [
    'cialis', 'generic viagra', 'without prescription', 'no prescription', 'online pharmacy', 'cheap pills',
    'weight loss pills', 'tramadol', 'kamagra', 'bina parchi', 'बिना पर्ची', 'दवा घर बैठे', 'ling vardhak', 'लिंग वर्धक',
    'mardana kamzori', 'मर्दाना कमजोरी', 'fast delivery across india', 'tapentadol', 'carisoprodol', 'shilajit',
    'शिलाजीत', 'desi dawa', 'देसी दवा', 'शीघ्रपतन', 'night fall', 'sex power', 'pakka ilaj', 'पक्का इलाज',
    // Batch 3: the cure promised, as the seller words it.
    'jad se khatam', 'जड़ से खत्म', 'शर्तिया इलाज', 'gupt rog', 'गुप्त रोग', 'नामर्दी', 'without rx', 'keto drops',
  ],
  seo: [
    'backlinks', 'backlink', 'dofollow', 'do follow links', 'seo services', 'guest post', 'guest posting',
    'rank your website', 'traffic to your website', 'website traffic', 'first page of google', 'domain authority',
    'एसईओ', 'seo kamzor', 'टॉप पर ला', 'link insertion', 'link insertions', 'niche edits', 'paid guest post',
  ],
  replica: [
    'replica watches', 'replica bags', 'first copy', 'fake branded', 'master copy', 'फर्स्ट कॉपी', 'replica branded',
    'असली जैसा', 'असली जैसे', 'asli jaisa', 'सोने जैसे', 'कोई नहीं पहचान पाएगा', 'koi nahi pehchan payega', 'की कॉपी',
    '7a quality', 'aaa quality', 'designer copy', 'clone phone', 'क्लोन फोन', 'मास्टर कॉपी', 'original jaisi',
  ],
  tips: [
    'crypto tips', 'intraday tip', 'intraday tips', 'stock tips', 'share market tips', 'multibagger', 'sure profit',
    '100 profit', 'free calls', 'jackpot call', 'operator stock', 'शेयर टिप्स', 'पक्का मुनाफा', 'forex trading',
    'binary trading', 'bitcoin doubling', 'premium group', 'sure shot tips', 'sure-shot tips', 'paisa double', 'पैसा तीन गुना',
    'trading bot', 'account handling', 'loss recovery', 'लॉस रिकवरी', 'upper circuit stock', 'jackpot calls',
  ],
  adult: [
    'call girl', 'call girls', 'escort service', 'escorts service', 'hot girls', 'sexy girls', 'sex chat', 'adult chat',
    'dating site', 'hookup', 'video call girl', 'कॉल गर्ल', 'सेक्स चैट', 'russian girls', 'vip service', 'viral mms',
    'वायरल mms', 'leaked videos', 'uncut video', 'live cam',
    'वीडियो कॉल सेवा', 'अश्लील वीडियो',
  ],
  jobs: [
    'form fee', 'registration fee', 'फॉर्म फीस', 'आवेदन शुल्क केवल', 'सीधी भर्ती', 'direct bharti', 'bina exam',
    'बिना परीक्षा', 'job guarantee', 'guaranteed job', 'naukri pakki', 'नौकरी पक्की', 'joining letter', 'setting se',
    'form fees', 'processing fee', 'naukri lagwane', 'नौकरी लगवाने', 'बिना बीएड', 'direct hr', 'pakka kaam', 'form bharo',
    'management quota', 'security deposit', 'joining fees', 'joining fee', 'visa guaranteed', 'वीज़ा फीस', 'रजिस्ट्रेशन शुल्क',
    'registration charge', 'paper leak mil',
  ],
  'earn-from-home': [
    'working from home', 'per month from home', 'a month from home', 'a week from home',
    'mahina kamaye', 'महीना कमाएं', 'महीना कमायें', 'रोज कमायें', 'ghar se kamaye', 'घर से कमाएं', 'ghar se kama',
    'ghar baithe kamaye', 'घर बैठे कमाएं', 'hazaar kama', 'hazar kama', 'kama leta hu', 'paise kamao', 'पैसे कमाओ',
    'पैसे कमाएं', 'ghar baithe paise', 'घर बैठे पैसे', 'no investment', 'कोई निवेश नहीं', 'weekly payout', 'daily payout',
  ],
  'app-install': [
    'download the app', 'install the app', 'app download karo', 'app download kare', 'referral code', 'use my code',
    'use code', 'sign up bonus', 'signup bonus', 'ऐप डाउनलोड करें', 'रेफरल कोड',
  ],
  'channel-invite': [
    'join telegram', 'telegram channel', 'telegram group', 'join our telegram', 'whatsapp group', 'join whatsapp',
    'whatsapp channel', 'टेलीग्राम चैनल', 'टेलीग्राम ग्रुप', 'व्हाट्सएप ग्रुप', 'ग्रुप ज्वाइन', 'चैनल को जॉइन',
    'join our channel', 'offer aur deals', 'ऑफर और डील्स',
  ],
  loans: [
    'small loan', 'limit badhwaye', 'लिमिट बढ़वाएं', 'limit badhwayen', 'bina cibil', 'बिना सिबिल', 'no cibil check',
    'file charge', 'फाइल चार्ज', 'loan pass karwate', 'लोन पास करवाते', 'bad credit ok', 'instant loan approval',
  ],
  astrology: [
    'guru ji se baat', 'गुरु जी का', 'taveez', 'तावीज़', 'ताबीज', 'tantra se', 'तंत्र से', 'gemstone pehno',
    'वश में', 'vash me', 'vashikaran', 'वशीकरण', 'ex वापस', 'ex wapas', 'pati vash',
    // The remedy sold, not the belief discussed: a reader's "tantrik baba ne 2 lakh thag liye" names neither.
    'दोष निवारण', 'dosh nivaran', 'totka', 'टोटका', 'bengali baba', 'बंगाली बाबा', 'amil baba', 'आमिल बाबा',
    'love spell', 'black magic removal', 'nazar utarne', 'नज़र उतारने', 'lost love back', 'love problem solution',
    'मनचाहा प्यार', 'manchaha pyaar', 'सौतन से छुटकारा', 'har samasya ka samadhan', 'हर समस्या का समाधान',
  ],
  betting: [
    'toss prediction', 'कल्याण ओपन', 'kalyan open', 'ओपन नंबर', 'जोड़ी', 'jodi number', 'fix jodi', 'satta king',
    'सट्टा मटका', 'cricket id', 'id banwaye', 'आईडी बनवाएं', 'welcome bonus', 'free spins', 'leak game', 'लीक गेम', 'colour prediction',
  ],
  // The seller's order line, whatever the goods (batch 3): a reader does not tell others to order now.
  'order-line': [
    'अभी मंगवाएं', 'अभी मंगाएं', 'आज ही मंगाएं', 'आज ही मंगवाएं', 'order now', 'buy now', 'abhi order kare',
    'abhi order karein', 'cod available', 'कैश ऑन डिलीवरी उपलब्ध', 'cash on delivery available',
  ],
  'site-plug': [
    'visit my website', 'check my website', 'meri website bhi', 'hamari website pe', 'hamari website par',
    'मेरी वेबसाइट भी', 'हमारी वेबसाइट पर', 'मेरी साइट पर',
  ],
  'customer-care': [
    'customer care number', 'customer care no', 'toll free customer care', 'refund helpline', 'कस्टमर केयर नंबर',
    'कस्टमर केयर', 'helpline for refund', 'kyc update', 'केवाईसी अपडेट',
    // The scripts of the disconnection, reward-points and refund scams, as the caller's message words them.
    'kaat diya jayega', 'kaat di jayegi', 'काट दिया जाएगा', 'काट दी जाएगी', 'कनेक्शन कट जाएगा', 'bijli adhikari',
    'बिजली अधिकारी', 'reward points expire', 'रिवॉर्ड पॉइंट', 'reward point', 'customer care ko call', 'helpline pe call',
    'real customer care', 'असली कस्टमर केयर', 'anydesk', 'एनीडेस्क', 'share the otp', 'electricity officer',
  ],
}; // prettier-ignore

/**
 * The ask that turns talk of a trade into a pitch: contact me, order now, see my site or profile. Alone it is an
 * ordinary phrase ("contact the helpline"); beside a spam topic it is the seller's call to act.
 */
export const PITCH_ASKS: readonly string[] = [
  'dm', 'dm karo', 'dm me', 'message me', 'inbox me', 'contact us', 'contact me', 'mujhse sampark', 'संपर्क करें',
  'मुझसे संपर्क करें', 'अभी कॉल करें', 'call karo', 'call kare', 'order now', 'अभी ऑर्डर करें', 'आज ही मंगाएं',
  'अभी मंगाएं', 'मंगाएं', 'home delivery', 'cash on delivery', 'whatsapp karo', 'मेरी साइट पर', 'meri website',
  'hamari website', 'हमारी वेबसाइट', 'मेरी वेबसाइट', 'mere profile', 'profile ka link', 'link in my profile',
  'मेरे प्रोफाइल', 'cyber cafe aao', 'online bhejo', 'baat karo', 'humare paas', 'hamare paas', 'हमारे पास',
  'मेरे पास', 'hamari team', 'हमारी टीम', 'शुल्क केवल', 'call kro', 'contact kare', 'contact karein',
  'इस नंबर पर कॉल करें', 'मंगवाएं', 'कैश ऑन डिलीवरी', 'cod available', 'order karein', 'ऑर्डर करें',
]; // prettier-ignore

export const WEB_SPAM_FAMILY_LABELS: Record<string, string> = {
  pharma: 'medicines without prescription',
  seo: 'SEO and backlinks',
  replica: 'replica goods',
  tips: 'trading and crypto "tips"',
  adult: 'adult services',
  jobs: 'jobs for a fee',
  'earn-from-home': 'earnings from home',
  'app-install': 'app installs and referral codes',
  'channel-invite': 'Telegram or WhatsApp channels',
  'customer-care': 'a customer-care number',
  'site-plug': 'their own website',
  'order-line': 'goods to order',
};

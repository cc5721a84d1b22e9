/**
 * The web-spam trades that publish on Indian news sites beyond the YouTube pleas (issue 13), written by the team
 * from the spam we see: phrases in English, Hinglish and Devanagari, matched as whole words by the spam-topic phase.
 * Each phrase is something a spammer writes to sell, not a word readers use to discuss the trade ("loan", "jobs").
 */
export const WEB_SPAM_FAMILIES: Record<string, readonly string[]> = {
  pharma: [
    'cialis', 'generic viagra', 'without prescription', 'no prescription', 'online pharmacy', 'cheap pills',
    'weight loss pills', 'tramadol', 'kamagra', 'bina parchi', 'बिना पर्ची', 'दवा घर बैठे', 'ling vardhak', 'लिंग वर्धक',
    'mardana kamzori', 'मर्दाना कमजोरी', 'fast delivery across india',
  ],
  seo: [
    'backlinks', 'backlink', 'dofollow', 'do follow links', 'seo services', 'guest post', 'guest posting',
    'rank your website', 'traffic to your website', 'website traffic', 'first page of google', 'domain authority',
  ],
  replica: ['replica watches', 'replica bags', 'first copy', 'fake branded', 'master copy', 'फर्स्ट कॉपी'],
  tips: [
    'crypto tips', 'intraday tip', 'intraday tips', 'stock tips', 'share market tips', 'multibagger', 'sure profit',
    '100 profit', 'free calls', 'jackpot call', 'operator stock', 'शेयर टिप्स', 'पक्का मुनाफा', 'forex trading',
    'binary trading', 'bitcoin doubling',
  ],
  adult: [
    'call girl', 'call girls', 'escort service', 'escorts service', 'hot girls', 'sexy girls', 'sex chat', 'adult chat',
    'dating site', 'hookup', 'video call girl', 'कॉल गर्ल', 'सेक्स चैट',
  ],
  jobs: [
    'form fee', 'registration fee', 'फॉर्म फीस', 'आवेदन शुल्क केवल', 'सीधी भर्ती', 'direct bharti', 'bina exam',
    'बिना परीक्षा', 'job guarantee', 'guaranteed job', 'naukri pakki', 'नौकरी पक्की', 'joining letter', 'setting se',
  ],
  'earn-from-home': [
    'working from home', 'per month from home', 'a month from home', 'a week from home',
    'mahina kamaye', 'महीना कमाएं', 'महीना कमायें', 'रोज कमायें', 'ghar se kamaye', 'घर से कमाएं',
  ],
  'app-install': [
    'download the app', 'install the app', 'app download karo', 'app download kare', 'referral code', 'use my code',
    'use code', 'sign up bonus', 'signup bonus', 'ऐप डाउनलोड करें', 'रेफरल कोड',
  ],
  'channel-invite': [
    'join telegram', 'telegram channel', 'telegram group', 'join our telegram', 'whatsapp group', 'join whatsapp',
    'whatsapp channel', 'टेलीग्राम चैनल', 'टेलीग्राम ग्रुप', 'व्हाट्सएप ग्रुप', 'ग्रुप ज्वाइन',
  ],
  'customer-care': [
    'customer care number', 'customer care no', 'toll free customer care', 'refund helpline', 'कस्टमर केयर नंबर',
    'कस्टमर केयर', 'helpline for refund', 'kyc update', 'केवाईसी अपडेट',
  ],
}; // prettier-ignore

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
};

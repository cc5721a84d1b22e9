import { helplineNumbers, isPublicHelplinePhone, newsClipPointerIn, warnsOfScam } from './reader-terms';
import { spamFeaturesOfView } from './spam-features';
import { spamViewOfText } from '../spam-view';
import { PHONE_NUMBER } from '../tokens';

const featuresOf = (text: string) => spamFeaturesOfView(spamViewOfText(text));

describe("readers' terms (a warning about a scam, a public helpline)", () => {
  it('hears a warning or a victim’s story in Hindi, Hinglish and English', () => {
    for (const text of [
      'सावधान: बिजली विभाग के नाम से SMS आ रहा है, ये ठगी है, किसी लिंक पर क्लिक मत करें।',
      'सोशल मीडिया पर सस्ते iPhone के विज्ञापन सब फर्जी हैं।',
      'टेलीग्राम पर "पैसा डबल" वाले ग्रुप में मेरे भाई के 15 हज़ार डूब गए।',
      'koi bhi KBC lottery ka whatsapp aaye 25 lakh jeetne ka, fake hai, block karo',
      'Main khud loan app ke chakkar me fasa raha, 8000 liye the 40000 bhar diye. Bachke rehna sab',
      'part time job ke naam pe msg aa rahe hai, ek bhi paisa mat bhejna',
      'Telegram "task jobs" that pay you ₹150 for liking videos are a scam.',
      'I lost Rs 45,000 to a fake job offer on Telegram last year.',
      'Please don’t scan QR codes to "receive" money.',
    ])
      expect([text, warnsOfScam(text)]).toEqual([text, true]);
  });

  it('does not hear one in a seller’s denial or in plain sentences', () => {
    for (const text of [
      'Kisi ko bhi loan chahiye to contact karo, 100% genuine, fraud nahi',
      'Video call pe ladki chahiye to 100 rupay Paytm karo, 100% real. fake nahi hai bhai',
      'मेरी बहन ने मेहंदी का काम घर से शुरू किया, अच्छी कमाई हो जाती है। कोई ठगी नहीं।',
      'This is not a scam, our agents are registered.',
      'I lost 10 kg in a month with this herbal tea',
      'बहुत बढ़िया रिपोर्ट, ऐसे ही लिखते रहिए।',
      'Bumrah bowling 4 overs for 14 in a T20 final is just unreal.',
    ])
      expect([text, warnsOfScam(text)]).toEqual([text, false]);
  });

  it('learns a warning as a feature of its own', () => {
    expect(featuresOf('इस खबर को पढ़कर सब सावधान रहें, KYC वाले मैसेज फर्जी हैं।')).toContain('<scam-warning>');
    expect(featuresOf('Great article, the graphs really help.')).not.toContain('<scam-warning>');
  });

  it('reads toll-free numbers and national short codes as one helpline each, not as short codes', () => {
    expect(helplineNumbers('किसान कॉल सेंटर 1800-180-1551 पर मुफ्त में पूछ सकते हैं।')).toEqual(
      new Set(['1800', '180', '1551']),
    );
    expect(helplineNumbers('1098 bachon ke liye, 112 sab ke liye, 1930 cyber fraud ke liye')).toEqual(
      new Set(['1098', '112', '1930']),
    );
    expect(helplineNumbers('Tomatoes are 120 a kilo, up from 40 three weeks ago')).toBeNull();
    const words = featuresOf('Poison control at AIIMS is 1800-116-117, kept it on the fridge.');
    expect(words.filter((w) => w === 'w:<helpline>')).toHaveLength(1);
    expect(words).not.toContain('w:<num3>');
    expect(featuresOf('Free entry in 2 a wkly comp, text WIN to 87121')).toContain('w:<num5>');
  });

  it('does not take an office landline with its STD code for a mobile, and still finds mobiles', () => {
    const phones = (text: string) => text.match(PHONE_NUMBER) ?? [];
    expect(phones('बिजली दफ्तर का नंबर 0612-2352222 कोई नहीं उठाता।')).toEqual([]);
    expect(phones('garbage truck nahi aaya, called 0731-2535555')).toEqual([]);
    expect(phones('loan ke liye whatsapp karo 9876501234')).toEqual(['9876501234']);
    expect(phones('call 098765 43210 or +91-98765-43210')).toEqual(['098765 43210', '+91-98765-43210']);
  });
});

describe('a reader passing on a news clip, and public helplines on mobile numbers', () => {
  it('finds the pointer at someone else’s clip of the news in three scripts', () => {
    for (const text of [
      'Watch this video, the minister admitted it himself',
      'check out the clip of the press conference, the DGP had no answer',
      'ye video dekho, SDM sahab khud keh rahe hai ki muavza nahi aaya',
      'Aaj Tak wala video dekho flood pe',
      'यह वीडियो देखिए, मंत्री जी ने खुद माना कि पेपर लीक हुआ था।',
      'बाढ़ पर NDTV की ग्राउंड रिपोर्ट देखिए, गाँव अब भी डूबे हैं।',
    ])
      expect([text, newsClipPointerIn(text) !== null]).toEqual([text, true]);
  });

  it('finds none in the writer’s own clip, or without a news subject (YouTube’s share text)', () => {
    for (const text of [
      'Check out this video on YouTube: Gotta dance every time I hear this song',
      'Watch this video, so funny lol',
      'Check out my clip of the minister’s speech, more on my channel',
      'हमारा वीडियो देखिए इस खबर पर और चैनल को सब्सक्राइब कीजिए',
      'mera video dekho bhai is news pe',
    ])
      expect([text, newsClipPointerIn(text)]).toEqual([text, null]);
  });

  it('learns the share as <news-clip>, not as a plea, and keeps the plea for the twin', () => {
    const share = featuresOf(
      'Check out this video on YouTube about the flood in Assam, the ground report is shocking.',
    );
    expect(share).toContain('<news-clip>');
    expect(share).not.toContain('<channel-plea>');
    expect(share).not.toContain('<look-plea>');
    const twin = featuresOf(
      'Check out my video on YouTube about the flood in Assam, subscribe to my channel',
    );
    expect(twin).not.toContain('<news-clip>');
    expect(twin).toContain('<channel-plea>');
  });

  it('reads a public helpline’s mobile number as <helpline>, however it is spaced, and other mobiles as <phone>', () => {
    expect(isPublicHelplinePhone('9999 666 555')).toBe(true);
    expect(isPublicHelplinePhone('+91 9152987821')).toBe(true);
    expect(isPublicHelplinePhone('98765 43210')).toBe(false);
    const helpline = featuresOf('Vandrevala Foundation helpline 9999 666 555, call or WhatsApp them');
    expect(helpline).toContain('w:<helpline>');
    expect(helpline).not.toContain('<phone>');
    expect(featuresOf('Loan ke liye WhatsApp karo 98765 43210')).toContain('<phone>');
  });
});

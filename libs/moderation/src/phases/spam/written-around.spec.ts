import { aComment, checksOf } from '../../testing/check-fixtures';
import { contactSignals } from './contact';
import { linkLookalikeSignals } from './link-lookalike';
import { LINK_LOG_ODDS, linkSignals } from './links';
import { promotionAskSignals } from './promotion-ask';
import { spamTopicSignals } from './spam-topics';
import { hiddenLinksIn } from '../../spam/hidden-links';
import { phoneNumbersIn } from '../../spam/tokens';
import { pitchTermFeaturesOf } from '../../spam/model/pitch-terms';

/** Web-spam batch 3: addresses, numbers and asks written so the link and phone readers do not see them. */
const namesFor = (phase: Parameters<typeof checksOf>[0], body: string) =>
  checksOf(phase, aComment({ body })).map((check) => check.name);

describe('addresses written broken up', () => {
  it('reads them back together, in English, Hinglish and Devanagari', () => {
    expect(
      hiddenLinksIn('I tried Shilajit Gold caps from www dot vigorherbs dot shop, unbelievable'),
    ).toContain('www.vigorherbs');
    expect(hiddenLinksIn('Hair fall stopped 👉 hairveda-offer(.)in')).toEqual(['hairveda-offer.in']);
    expect(hiddenLinksIn('Register at lucky-rajwin(dot)com use code NEWS500')).toEqual(['lucky-rajwin.com']);
    expect(hiddenLinksIn('aisi jankari ke liye hamari site gyankiduniya dot in pe aaiye')).toEqual([
      'gyankiduniya.in',
    ]);
    expect(hiddenLinksIn('Sign up free at secretbhabhi .club')).toEqual(['secretbhabhi.club']);
    expect(hiddenLinksIn('शानदार लेख, मेरी साइट देखें: हिंदीज्ञान डॉट कॉम')).toEqual(['हिंदीज्ञान डॉट कॉम']);
    expect(hiddenLinksIn('DM on telegram t . me / ipl_pro_tips')).toEqual(['t.me/ipl_pro_tips']);
  });

  it('leaves stray dots, "the dot com bubble" and real links alone', () => {
    for (const text of [
      'I was late .in the morning and missed the bus।',
      'This is the dot com bubble all over again',
      'Connect the dots, people. Congress .in power again?',
      'पूरी रिपोर्ट यहाँ है https://www.bbc.com/hindi/india',
      'see www.thehindu.com for the full text',
    ])
      expect({ text, hidden: hiddenLinksIn(text) }).toEqual({ text, hidden: [] });
  });

  it('holds a broken-up address alone and counts it as the writer’s own link beside a trade', () => {
    const body = 'Tramadol without prescription, order at pharma-express (dot) shop';
    const checks = checksOf(linkSignals, aComment({ body }));
    expect(checks.map((c) => [c.name, c.score])).toEqual([['hidden-link', LINK_LOG_ODDS.hiddenLink]]);
    expect(checks[0].reason).toContain('pharma-express.shop');
    expect(namesFor(spamTopicSignals, body)).toContain('topic-with-link');
  });
});

describe('phone numbers written around the phone reader', () => {
  it('reads digits spaced one by one, letters for digits and masked digits', () => {
    expect(phoneNumbersIn('order ke liye whtsapp kare 8 8 0 0 x x x 6 1 4')).toHaveLength(1);
    expect(phoneNumbersIn('full course sirf 1999 me. call 9I5O-xxx-2I7')).toHaveLength(1);
    expect(phoneNumbersIn('airtel helpline 6294xxx810 pe call kro')).toHaveLength(1);
    expect(namesFor(contactSignals, 'दर्द निवारक तेल मंगाएं 🙏 9 7 1 x x x 4 4 0 2')).toEqual(['phone-number']);
  });

  it('does not read years, prices, toll-free lines or codes as one', () => {
    for (const text of [
      'In 2019 I paid 8000 and lost it all',
      'Toll free 1800-11-0093 पर फोन करें',
      'Model 9XXL-OOO-IIII is out of stock',
      'Sensex 79,500 par band hua, Nifty 24,100',
    ])
      expect({ text, phones: phoneNumbersIn(text) }).toEqual({ text, phones: [] });
  });
});

describe('an email address to write to', () => {
  it('is a private channel, and its reason never repeats the address', () => {
    const [check] = checksOf(
      contactSignals,
      aComment({ body: 'my fiance came back. Email drolu.spells@spellhome.biz' }),
    );
    expect(check.name).toBe('email-address');
    expect(check.reason).not.toContain('@');
    expect(check.reason).not.toContain('spellhome');
  });

  it('is not evidence when it is an official address readers quote to complain', () => {
    expect(namesFor(contactSignals, 'Write to crpc@rbi.org.in with the complaint number')).toEqual([]);
    expect(namesFor(contactSignals, 'शिकायत grievance@nic.in पर भेजें')).toEqual([]);
  });
});

describe('pointing readers to the link on the writer’s profile', () => {
  it('is the writer’s own promotion, in every script', () => {
    for (const body of [
      'Get free Netflix, Hotstar, Prime all in one app. Download link in my profile',
      'AirPods Pro 2 copy 1299 me, order ke liye link profile me 🎧',
      'मैं भी पहले बेरोज़गार था, अब महीने के ₹40,000 कमाता हूं। कैसे? मेरी प्रोफाइल पर लिंक है',
      'बहुत ही बढ़िया जानकारी दी आपने। ऐसी ही जानकारी के लिए, लिंक मेरे नाम पर है',
    ])
      expect({ body, names: namesFor(promotionAskSignals, body) }).toEqual({
        body,
        names: ['promotion-ask'],
      });
  });

  it('is not "in the name of" a job, nor a fake profile a reader reports', () => {
    for (const body of [
      'Part time job ke naam pe WhatsApp pe bahut msg aate hai, sab fraud hai',
      'Someone created a fake WhatsApp profile with my photo and asked my friends for money.',
      'मेरे नाम पर किसी ने फर्जी सिम ले ली, थाने में शिकायत की है।',
    ])
      expect({ body, names: namesFor(promotionAskSignals, body) }).toEqual({ body, names: [] });
  });
});

describe('a seller’s call to act right before the link', () => {
  it('points to the writer’s own link', () => {
    expect(
      namesFor(linkLookalikeSignals, 'Personal loans approved instantly. Apply at fastloanhub.in today'),
    ).toEqual(['link-pointer']);
    expect(namesFor(linkLookalikeSignals, 'सफेद बाल जड़ से काले, ऑर्डर करें: kaleybaal.store')).toEqual([
      'link-pointer',
    ]);
  });

  it('is nothing when the link is an official portal', () => {
    expect(namesFor(linkLookalikeSignals, 'Register at voters.eci.gov.in before the 15th')).toEqual([]);
  });
});

describe('the seller’s offers the model learns', () => {
  it('reads the contact offered and the free first service', () => {
    expect(pitchTermFeaturesOf('Pandit ji ne rukawat door kar di. unka number chahiye to puchho')).toContain(
      '<contact-offer>',
    );
    expect(pitchTermFeaturesOf('now I make ₹60k/month. Anyone can do it, ask me how')).toContain(
      '<contact-offer>',
    );
    expect(pitchTermFeaturesOf('आचार्य जी से जन्मकुंडली दिखवाएं, पहला प्रश्न निःशुल्क 🙏')).toContain('<free-hook>');
    expect(pitchTermFeaturesOf('Branded perfumes at 75% off. COD. Msg me')).toContain('<reply-ask>');
  });

  it('does not read a reader passing on a helpline', () => {
    expect(pitchTermFeaturesOf('kisi ko helpline ka number chahiye to 1930 hai, turant call karo')).toEqual(
      [],
    );
  });
});

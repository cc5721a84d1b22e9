import { moderate } from '../pipeline/pipeline';
import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext } from '../testing/check-fixtures';
import { createSpamClassifier, loadSpamModel } from '.';

/**
 * Issue 13 (reader8): readers of a Hindi news site pass on a news channel's clip or a helpline, and the checks read
 * them as the YouTube promoter ("check out my video") or a pitch's private number. Whose thing it is decides: this/the
 * minister's clip of the news and a helpline's WhatsApp are a reader's; my video, my channel, "WhatsApp me" are not.
 * Texts written by the team for this spec (the twins beside each reader), with the committed model.
 */
const context = aContext({
  site: siteSettingsWithDefaults({ id: 'news', languages: ['hi', 'en'] }),
  formToken: { state: 'valid', secondsToSubmit: 40 },
  spamClassifier: createSpamClassifier(loadSpamModel(), null),
});
const check = (body: string) => moderate(aComment({ body, authorName: 'Reader' }), context);

describe('readers passing on a clip or a helpline, and their spam twins', () => {
  it("does not silence the issue's three readers", () => {
    const readers = [
      'Watch this video, the minister admitted it himself: https://www.youtube.com/watch?v=a1b2c3d4e5f',
      'Check out this video on YouTube about the flood in Assam, the ground report is shocking.',
      'If anyone is struggling, Vandrevala Foundation helpline 9999 666 555 is free, you can call or WhatsApp them.',
    ];
    for (const body of readers) expect([body, check(body).verdict]).not.toEqual([body, 'spam']);
  });

  it('never tells moderators that a helpline reader asks to contact the author', () => {
    const outcome = check(
      'If anyone is struggling, Vandrevala Foundation helpline 9999 666 555 is free, you can call or WhatsApp them.',
    );
    const reasons = outcome.reasons.join(' ');
    expect(reasons).not.toMatch(/contact the author/);
    expect(reasons).not.toMatch(/gives a phone number/);
  });

  it('does not silence readers sharing a clip in Hindi, Hinglish or English', () => {
    const readers = [
      'यह वीडियो देखिए, मुख्यमंत्री ने खुद माना कि अस्पताल में ऑक्सीजन नहीं थी https://youtu.be/Rk2mV8sQ1zA',
      'dekho ye video, DM sahab khud bol rahe hai ki tender me gadbad hui https://www.youtube.com/watch?v=Gh5tY2uW8eQ',
      'Check out the clip of the press conference, the home minister dodged every question on the leak.',
      'साइबर ठगी हो तो 1930 पर कॉल करें या उनके व्हाट्सऐप पर शिकायत भेजें।',
    ];
    for (const body of readers) expect([body, check(body).verdict]).not.toEqual([body, 'spam']);
  });

  it('still silences the twins who promote their own clip, channel or number', () => {
    const twins = [
      'Watch my new video on the flood in Assam, full ground report on my channel, subscribe for more https://www.youtube.com/watch?v=Qa8sT1mPz3X',
      'मेरा नया वीडियो देखो इस खबर पर, चैनल को लाइक और सब्सक्राइब जरूर करना',
      'Check out my clip of the minister’s speech, more such videos on my channel, like and share',
      'Koi bhi problem ho, tension ya depression, mujhe WhatsApp karo 98765xxx34, baba ji 2 ghante me samadhan karenge',
      'Check out this video on YouTube: http://www.youtube.com/watch?v=abc123XYZ',
    ];
    for (const body of twins) expect([body, check(body).verdict]).toEqual([body, 'spam']);
  });

  it('says the writer offers themselves when they do, even beside a helpline word', () => {
    const outcome = check(
      'We run a helpline for loan troubles, call us or WhatsApp us at 70112xxx44, settlement in 7 days',
    );
    expect(outcome.verdict).toBe('spam');
    expect(outcome.reasons.join(' ')).toMatch(/contact the author on whatsapp/);
  });
});

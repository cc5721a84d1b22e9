import { tradeFeaturesOf } from './trade-words';

describe('trade words (model features of the trades whose pitches published without a link or phone)', () => {
  it('names the trade of a pitch in Devanagari, romanised Hindi and English', () => {
    expect(tradeFeaturesOf('दिल्ली का लीक नंबर मिलेगा, पैसा लगाओ और डबल पाओ।')).toEqual(['<trade:betting>']);
    expect(tradeFeaturesOf('aaj ka single jodi fix hai bhai, bet lagao')).toEqual(['<trade:betting>']);
    expect(tradeFeaturesOf('ट्रेडिंग में घाटा हुआ है? हम नुकसान की भरपाई करवाएंगे।')).toEqual(['<trade:trading>']);
    expect(tradeFeaturesOf('Daily crypto signals, 3x returns in a month')).toEqual(['<trade:trading>']);
    expect(tradeFeaturesOf('Do you accept link insertions or guest posts? We pay per backlink.')).toEqual([
      '<trade:seo>',
    ]);
    expect(tradeFeaturesOf('इंस्टाग्राम फॉलोअर्स और ब्लू टिक दिलवाएं')).toEqual(['<trade:seo>']);
  });

  it('keeps a Devanagari vowel sign with its word', () => {
    // सट्टेबाजी is a betting word; घाटी (a valley) is not घाटा, and शेयर alone is "share this".
    expect(tradeFeaturesOf('सट्टेबाजी पर रोक लगे।')).toEqual(['<trade:betting>']);
    expect(tradeFeaturesOf('कश्मीर घाटी में बर्फबारी हुई।')).toEqual([]);
    expect(tradeFeaturesOf('यह खबर सबके साथ शेयर करें।')).toEqual([]);
    expect(tradeFeaturesOf('लोकल ट्रेन में आज फिर सिग्नल फेल।')).toEqual([]);
  });

  it("matches whole words only, and leaves the topic lexicon's words to the pipeline", () => {
    expect(tradeFeaturesOf('He was charged with abetting the fraud.')).toEqual([]);
    expect(tradeFeaturesOf('The stockade was old; reseo is not a word.')).toEqual([]);
    // "rummy" and "satta" are the spam-topic phase's: learned again here, a reader's complaint was silenced.
    expect(tradeFeaturesOf('My son lost money in online rummy, ban these apps.')).toEqual([]);
  });
});

import { pitchTermFeaturesOf, sellersTermsIn } from './pitch-terms';

describe("seller's terms (model features of a pitch's deal, whatever the trade)", () => {
  it('names payment after the result, a private reply and a price per unit, in Hindi, Hinglish and English', () => {
    expect(pitchTermFeaturesOf('दिसावर का सिंगल अंक पक्का है। एडवांस कुछ नहीं, रिजल्ट के बाद पेमेंट।')).toEqual([
      '<pay-after>',
    ]);
    expect(pitchTermFeaturesOf('koi bhi keyword do, top 10 me laake dunga. pehle kaam phir paisa')).toEqual([
      '<pay-after>',
    ]);
    expect(pitchTermFeaturesOf('We will put your blog on page 1, pay after results.')).toEqual([
      '<pay-after>',
    ]);
    expect(pitchTermFeaturesOf('Guaranteed IPL tips daily, message me for the plan')).toEqual([
      '<reply-ask>',
    ]);
    expect(pitchTermFeaturesOf('सही टिप्स चाहिए तो इनबॉक्स करें।')).toEqual(['<reply-ask>']);
    expect(pitchTermFeaturesOf('Sponsored articles accepted, $40 per post, DA 50+')).toEqual([
      '<unit-price>',
    ]);
    expect(pitchTermFeaturesOf('Instagram pe 5000 likes sirf 799 me milenge')).toEqual(['<unit-price>']);
    expect(sellersTermsIn('fees match ke baad dena, pakka')).toBe('fees match ke baad');
    // The astrologer's and the agent's money-back promise, and the "dakshina" after the work.
    expect(pitchTermFeaturesOf('phone pe hi ilaj karenge, dakshina kaam ke baad')).toEqual(['<pay-after>']);
    expect(pitchTermFeaturesOf('ग्रह दोष निवारण पूजा, परिणाम न मिले तो पैसे वापस।')).toEqual(['<pay-after>']);
    expect(pitchTermFeaturesOf('Love problem solution, 100% money back guarantee')).toEqual(['<pay-after>']);
  });

  it('leaves readers alone: prices, complaints, scams they met, "after" in plain sentences', () => {
    for (const text of [
      'Flights Delhi to Mumbai were Rs 4,500 a month ago, now Rs 9,800 for the festival week.',
      'बिजली का बिल भरने के बाद भी कनेक्शन काट दिया, शिकायत करें तो कोई सुनता नहीं।',
      'रिजल्ट के बाद देखेंगे कि दाखिला कहाँ मिलता है।',
      'They asked me to pay the fee first, I refused and reported it to 1930.',
      'Please reply sir, when will the admit cards come?',
      'जवाब आने पर मुझे ईमेल करें',
      'Email me a digest of held comments',
      'replies to a comment and cancels a reply with the keyboard',
      'मैंने ₹499 का रिचार्ज कराया था, 28 दिन चला।',
      'Order cancel hua to paise wapas aane me 7 din lage',
      'दुकानदार ने कहा सामान खराब निकला तो पैसे वापस, पर बाद में मुकर गया',
    ])
      expect({ text, features: pitchTermFeaturesOf(text) }).toEqual({ text, features: [] });
  });
});

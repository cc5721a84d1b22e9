import { heldFor } from './test-context';

/**
 * Round 7: abuse with no listed word, read from how the sentence says a thing of people (said-of-people.ts), beside
 * the ordinary sentences that share its words. None of these sentences is in the corpus.
 */
describe('abuse said of people with no listed word', () => {
  it.each([
    // A metaphor said of one person pointed at.
    ['गिरगिट है ये मंत्री, कल तक दूसरी पार्टी में था', 'insult'],
    ['ye vidhayak jonk hai, sadak ka paisa bhi kha gaya', 'insult'],
    ['मेंढक की तरह टर्राता है ये प्रवक्ता, जवाब एक का नहीं', 'insult'],
    ['ये तो थाली का बैंगन निकला, फिर पलट गया', 'insult'],
    ['ये तो पूरा उल्लू है, बजट का ब भी नहीं समझता', 'insult'],
    // A fault made a group's nature: a quantifier, "ही" or a habit beside the group.
    ['यादव सब कब्ज़ा करने में सबसे आगे रहते हैं', 'hate'],
    ['इन मराठियों की तो आदत है, बाहर वालों से झगड़ा करना', 'hate'],
    ['ye log hote hi aise hain, har khali plot pe kabza', 'hate'],
    // Her looks above her work, her picture said to stir the writer.
    ['@सीमा तेरी फोटो देख के तो मन डोल गया', 'sexual'],
    ['न्यूज़ कौन सुनेगा मैडम, आज तो आप ही छाई हो 😉', 'sexual'],
    ['इस एंकर की आवाज़ से ज़्यादा इसकी कमर बोलती है', 'sexual'],
  ])('%s → %s', (body, category) => {
    expect(heldFor(body)).toContain(category);
  });

  it.each([
    ['गिरगिट के रंग बदलने पर नई रिसर्च आई है, पढ़िए'],
    ['इस मंत्री के घर के पास नाग निकला, वन विभाग ने पकड़ा'],
    ['सारे जाट दंगा रोकने के लिए आगे आए, गांव में शांति'],
    ['बिहारी सब मेहनती होते हैं, झुग्गी में रहकर भी बच्चों को पढ़ाते हैं'],
    ['जाट आंदोलन के बाद दंगा, इंटरनेट बंद'],
    ['मैडम आपकी खबर देख के नींद उड़ गई, इतना बड़ा घोटाला'],
    ['@रीना तेरी कमर का दर्द कैसा है, डॉक्टर को दिखाया?'],
    ['gaddhe hi gaddhe hain sadak pe, nagar nigam so raha hai'],
  ])('publishes the ordinary sentence %s', (body) => {
    expect(heldFor(body)).toEqual([]);
  });
});

/**
 * Session 8: a group named in one sentence carries to the next ("मुसलमान आए। ये सब गद्दार हैं।"), but not into a
 * sentence whose subject is anyone at all: the fee-takers are the frauds, not the women who pay no fee.
 */
describe('a group carried to the next sentence', () => {
  it.each([
    "I applied for the SSC form, women don't pay anything. Anyone asking for more is a fraud.",
    'SSC ka form bhara, mahilaon ki fees nahi lagti. Jo bhi paise maange woh fraud hai.',
  ])('publishes %s', (body) => {
    expect(heldFor(body)).toEqual([]);
  });

  it.each(['मुसलमान आए। ये सब गद्दार हैं।', 'Women came to vote. They are all frauds.'])(
    'still holds %s as hate',
    (body) => {
      expect(heldFor(body)).toContain('hate');
    },
  );
});

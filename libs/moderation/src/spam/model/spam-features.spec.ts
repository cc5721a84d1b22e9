import { spamViewOfText } from '../spam-view';
import { compileLinearModel } from '../../text/logistic';
import {
  MAX_BARE_LINK_RAW_SCORE,
  MAX_LINK_RAW_SCORE,
  spamFeaturePartsOfView,
  spamFeaturesOfView,
  spamRawScore,
  wordShape,
} from './spam-features';

const featuresOf = (text: string) => spamFeaturesOfView(spamViewOfText(text));

describe('spam features', () => {
  it('marks pleas for subscribers and visits, whatever the video', () => {
    const features = featuresOf('Please subscribe to my channel, new covers every week');
    expect(features).toEqual(expect.arrayContaining(['<channel-plea>', 'w:subscribe', 'b:my channel']));
    expect(featuresOf('Thumbs up if you are watching in 2015')).toContain('<channel-plea>');
    expect(featuresOf('Apne channel ko subscribe karo bhai')).toContain('<channel-plea>');
    expect(featuresOf('This song reminds me of my school days')).not.toContain('<channel-plea>');
  });

  it("marks a seller's imperative, not a reader's complaint or call", () => {
    expect(featuresOf('sugar ki bimari jad se khatam, order karein aaj')).toContain('<pitch-ask>');
    expect(featuresOf('स्मार्टफोन की बैटरी दोगुनी चलाएं, यह ऐप इंस्टॉल करें।')).toContain('<pitch-ask>');
    expect(featuresOf('हर समस्या का हल है। संपर्क करें।')).toContain('<pitch-ask>');
    expect(featuresOf('Paper leak copy hai, DM karo')).toContain('<pitch-ask>');
    expect(featuresOf('मीटर खराब हो तो 1912 पर complaint करें।')).not.toContain('<pitch-ask>');
    expect(featuresOf('दिल्ली में प्रदूषण की शिकायत ऐप पर करें, या फोन करें।')).not.toContain('<pitch-ask>');
    expect(featuresOf('Hang up and call the number printed on your card.')).not.toContain('<pitch-ask>');
    // A word that merely starts like the verb is not it ("contact kareem").
    expect(featuresOf('I tried to contact kareem yesterday')).not.toContain('<pitch-ask>');
  });

  it('reads a rupee price as <price>, apart from other numbers of its length', () => {
    expect(featuresOf('सिलेंडर अब ₹ 499 का हो गया है')).toContain('w:<price>');
    expect(featuresOf('दूध 250 रुपये में दो किलो भी नहीं आता')).toContain('w:<price>');
    expect(featuresOf('Rs 350 ka recharge, pehle Rs. 199 tha')).not.toContain('w:<num3>');
    expect(featuresOf('The metro card now costs 150 rupees')).toContain('w:<price>');
    expect(featuresOf('Call 121 to claim your prize')).toContain('w:<num3>');
    expect(featuresOf('मेरे गाँव में 500 पेड़ कटे')).not.toContain('w:<price>');
  });

  it('reads a number written with separators as one <count>, not as short codes', () => {
    const views = featuresOf('2,000,000,000 out of 7,000,000,000 people saw this video');
    expect(views).toContain('w:<count>');
    expect(views).not.toContain('w:<num3>');
    expect(views.filter((f) => f === 'w:<count>')).toHaveLength(2);
    expect(featuresOf('you are so close to 14,000,000 subscribers')).not.toContain('w:<num3>');
    expect(featuresOf('मुआवज़ा 1,20,000 रुपये प्रति एकड़ तय हुआ')).not.toContain('w:<num3>');
    expect(featuresOf('2.126.521.750 views!!!')).toEqual(expect.arrayContaining(['w:<count>']));
    expect(featuresOf('2.126.521.750 views!!!')).not.toContain('w:<num3>');
    expect(featuresOf('Call 121 to claim your prize')).not.toContain('w:<count>');
    expect(featuresOf('मेरठ में पेट्रोल 94.58 है')).not.toContain('w:<count>');
  });

  it('turns links into hosts and TLDs, not into URL path words, and learns news links apart', () => {
    const features = featuresOf('context here: https://www.reuters.com/world/treaty-text-2024/ article four');
    expect(features).toEqual(
      expect.arrayContaining(['<news-url>', 'host:reuters.com', 'tld:.com', 'w:context', 'b:here article']),
    );
    expect(features).not.toContain('<url>');
    expect(features.some((f) => /^[wb]:.*(reuters|treaty|world)/.test(f))).toBe(false);
    expect(featuresOf('a.com and b.org')).toEqual(expect.arrayContaining(['<url>', '<urls>']));
    expect(featuresOf('a.com and b.org')).not.toContain('<news-url>');
    // A sentence's comma after a link is not part of its host (it made official sites look unknown).
    expect(featuresOf('चेतावनी यहाँ देखें https://mausam.imd.gov.in, फिर घर से निकलें।')).toEqual(
      expect.arrayContaining(['host:mausam.imd.gov.in', '<news-url>']),
    );
  });

  it('caps what news links add to the raw score, whatever their learned weight', () => {
    const model = compileLinearModel({ bias: 0, weights: { '<news-url>': 50, 'w:hello': 1 } });
    const parts = spamFeaturePartsOfView(
      spamViewOfText('hello there, the full story https://www.bbc.com/news/1'),
    );
    const noLink = spamRawScore(model, { ...parts, linkExtra: [] });
    expect(spamRawScore(model, parts) - noLink).toBeCloseTo(MAX_LINK_RAW_SCORE, 10);
  });

  it('caps any link beside a few words of its own, and lower beside a sentence: links alone never silence a reader', () => {
    const model = compileLinearModel({ bias: 0, weights: { '<url>': 50, '<bare-link>': 50 } });
    const linkOnly = (text: string) => {
      const parts = spamFeaturePartsOfView(spamViewOfText(text));
      return spamRawScore(model, parts) - spamRawScore(model, { ...parts, linkExtra: [] });
    };
    expect(linkOnly('nice one http://my-mixtape.example.com/listen')).toBeCloseTo(
      MAX_BARE_LINK_RAW_SCORE,
      10,
    );
    expect(linkOnly('बहुत अच्छा लेख। धन्यवाद लिंक: https://example.org/x')).toBeCloseTo(MAX_LINK_RAW_SCORE, 10);
    expect(
      linkOnly(
        'अमेरिकी विदेश विभाग की प्रेस ब्रीफिंग का वीडियो यहाँ है https://www.youtube.com/watch?v=abc — 14वें मिनट पर जवाब है।',
      ),
    ).toBeCloseTo(MAX_LINK_RAW_SCORE, 10);
  });

  it('lets a link count in full only beside a plea or self-promotion of the writer, never for where it leads alone', () => {
    const model = compileLinearModel({
      bias: 0,
      weights: { '<url>': 50, '<bare-link>': 50, '<link:social>': 50, '<news-url>': 50 },
    });
    const linkShare = (text: string) => {
      const parts = spamFeaturePartsOfView(spamViewOfText(text));
      return spamRawScore(model, parts) - spamRawScore(model, { ...parts, linkExtra: [] });
    };
    // The words make the pitch; the link is where it sends you.
    expect(
      linkShare('Check out my channel, new covers every week http://my-mixtape.example.com/listen'),
    ).toBeGreaterThan(5);
    expect(linkShare('मेरे चैनल को सब्सक्राइब करें https://youtube.com/@desifunclips')).toBeGreaterThan(5);
    // An account page with no plea is still only a link: capped, whatever the model learned of social links.
    expect(linkShare('https://www.facebook.com/somepage')).toBeCloseTo(MAX_BARE_LINK_RAW_SCORE, 10);
    expect(
      linkShare('लेखक का फेसबुक पेज यहाँ है, वहाँ पूरी बातचीत है https://www.facebook.com/lekhak.page'),
    ).toBeCloseTo(MAX_LINK_RAW_SCORE, 10);
    // A plea beside a news report is a reader sharing it: news links keep their cap.
    expect(
      linkShare('Please share this report widely https://www.bbc.com/news/world-asia-india-12345'),
    ).toBeCloseTo(MAX_LINK_RAW_SCORE, 10);
    expect(featuresOf('https://www.facebook.com/somepage')).toContain('<link:social>');
  });

  it('marks newcomers presenting their work and invitations to go and look', () => {
    expect(featuresOf("Hi, I'm a new artist from Pune, we just uploaded our first video")).toContain(
      '<new-creator>',
    );
    expect(featuresOf('mera channel bhi dekho bhai, roz naya video')).toContain('<new-creator>');
    expect(featuresOf('Take a look at this video on YouTube')).toContain('<look-plea>');
    expect(featuresOf('मेरे पेज को फॉलो करें')).toContain('<look-plea>');
    const reader = featuresOf('नई सरकार ने पहला बजट पेश किया, मेरे हिसाब से ठीक है।');
    expect(reader).not.toContain('<new-creator>');
    expect(reader).not.toContain('<look-plea>');
  });

  it('tells a bare news link from a sentence citing a source, and caps it higher but still caps it', () => {
    const model = compileLinearModel({ bias: 0, weights: { '<news-url>': 50, '<bare-news-link>': 50 } });
    const bare = spamFeaturePartsOfView(
      spamViewOfText('Source: https://www.bbc.com/news/world-asia-india-12345'),
    );
    expect(bare.linkExtra).toContain('<bare-news-link>');
    expect(bare.linkExtra).not.toContain('<bare-link>');
    expect(spamRawScore(model, bare) - spamRawScore(model, { ...bare, linkExtra: [] })).toBeCloseTo(
      MAX_BARE_LINK_RAW_SCORE,
      10,
    );
    const cited = spamFeaturePartsOfView(
      spamViewOfText('The ministry said so last year, see https://www.bbc.com/news/world-asia-india-12345'),
    );
    expect(cited.linkExtra).not.toContain('<bare-news-link>');
    expect(featuresOf('http://shhort.example.com/a?r=HuPwEH5ab')).toContain('<bare-link>');
  });

  it('gives subscriber talk, pleas for likes and self-promotion their own shapes', () => {
    expect(featuresOf('If I get 100 subscribers I will do a face reveal')).toContain('<subscribers>');
    expect(featuresOf('Like this comment if you are watching on a phone')).toContain('<like-plea>');
    expect(featuresOf('I rap with meaning, check out my new track')).toContain('<self-promotion>');
    const reader = featuresOf('The minister subscribed to this view in 2019, as the report says');
    expect(reader).not.toContain('<like-plea>');
    expect(reader).not.toContain('<self-promotion>');
  });

  it('gives phone numbers and other numbers shapes', () => {
    expect(featuresOf('loan ke liye call karo 98290 11223')).toContain('<phone>');
    expect(featuresOf('text WIN to 87121')).toContain('w:<num5>');
    expect(wordShape('freeeeee')).toBe('free');
    expect(wordShape('a1b2c3d4e5f6g7')).toBe('<code>');
  });

  it('keeps Devanagari words whole, with their bigrams', () => {
    const features = featuresOf('सट्टा किंग का नंबर');
    expect(features).toEqual(expect.arrayContaining(['w:सट्टा', 'w:किंग', 'b:सट्टा किंग']));
  });
});

import { detectLanguage, detectLanguageWithConfidence } from './detect-language';
import { HAND_WRITTEN_SAMPLES } from './hand-written-samples';
import { DEVANAGARI_COMMENTS } from './devanagari-comments.team';
import { READER_COMMENTS, SHORT_DEVANAGARI, SHORT_LATIN } from './reader-comments.team';

describe('detectLanguage', () => {
  for (const [language, sentences] of Object.entries(HAND_WRITTEN_SAMPLES)) {
    it(`recognises hand-written ${language} comments`, () => {
      const wrong = sentences
        .filter((s) => detectLanguage(s) !== language)
        .map((s) => [s, detectLanguage(s)]);
      expect(wrong).toEqual([]);
    });
  }

  it('reads a Hindi comment with a programmer\'s English word that every object has ("constructor") as Hindi', () => {
    for (const word of ['constructor', 'toString', 'valueOf'])
      expect(detectLanguageWithConfidence(`मुझे यह ${word} वाला हिस्सा समझ नहीं आया, कोई समझा दे।`)).toEqual(
        expect.objectContaining({ language: 'hi', confident: true }),
      );
  });

  it('routes by script: Devanagari Hindi with danda, nukta and conjuncts is hi', () => {
    expect(detectLanguage('ग़ज़ल की ख़ूबसूरती शब्दों में है।')).toBe('hi');
    expect(detectLanguage('प्रधानमंत्री ने कहा कि स्वच्छता ज़रूरी है।')).toBe('hi');
  });

  it('does not let the danda decide the script of Bengali or Latin text', () => {
    expect(detectLanguage('আমি ভাত খাই।')).toBe('bn');
    expect(detectLanguage('yeh sahi baat hai।')).toBe('hi-Latn');
  });

  it('tells Marathi and Nepali from Hindi by their grammar words', () => {
    expect(detectLanguage('मी उद्या पुण्याला जाणार आहे.')).toBe('mr');
    expect(detectLanguage('म भोलि काठमाडौं जाँदैछु।')).toBe('ne');
    expect(detectLanguage('मैं कल दिल्ली जा रहा हूँ।')).toBe('hi');
  });

  it('tells romanised Hindi from English, including mixed comments that are mostly one or the other', () => {
    expect(detectLanguage('ye movie bahut boring thi yaar')).toBe('hi-Latn');
    expect(detectLanguage('Bhai this is so true, the whole system is broken')).toBe('en');
    expect(detectLanguage('Main road is closed today because of the rally')).toBe('en');
  });

  it('tells Urdu from Arabic and Persian by the letters only Urdu writes', () => {
    expect(detectLanguage('یہ بہت اچھی خبر ہے')).toBe('ur');
    expect(detectLanguage('هذا خبر جيد جدا')).toBe('ar');
  });

  it('answers und for text too short or without evidence', () => {
    for (const text of ['', 'ok', '👍👍', '+1', '???', '१२३']) expect(detectLanguage(text)).toBe('und');
  });

  it('names other scripts by their language', () => {
    expect(detectLanguage('ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ')).toBe('pa');
    expect(detectLanguage('வணக்கம் நண்பர்களே')).toBe('ta');
    expect(detectLanguage('Это очень хорошая статья')).toBe('ru');
  });
});

describe('Hindi, Marathi and Nepali on the team-written comments (test split, never tuned on)', () => {
  for (const [language, splits] of Object.entries(DEVANAGARI_COMMENTS)) {
    it(`identifies at least 95% of ${language} and calls none of the others ${language}`, () => {
      const own = splits.test.filter((s) => detectLanguage(s) === language).length;
      expect(own / splits.test.length).toBeGreaterThanOrEqual(0.95);
      const others = Object.entries(DEVANAGARI_COMMENTS)
        .filter(([other]) => other !== language)
        .flatMap(([, s]) => s.test);
      expect(others.filter((s) => detectLanguage(s) === language)).toEqual([]);
    });
  }

  it('reads Marathi from its future, optative and eyelash ra, and Nepali from its past and polite forms', () => {
    expect(detectLanguage('परीक्षेचा निकाल कधी लागणार?')).toBe('mr');
    expect(detectLanguage('सरकारने लवकरात लवकर निर्णय घ्यावा')).toBe('mr');
    expect(detectLanguage('तपाईंले ठिक लेख्नुभयो')).toBe('ne');
    expect(detectLanguage('यस्तो समाचार पढेर दुःख लाग्यो')).toBe('ne');
  });
});

describe('Hindi, Marathi and Nepali as readers write them (batch 2, test split, never tuned on)', () => {
  for (const [language, splits] of Object.entries(READER_COMMENTS)) {
    it(`identifies at least 95% of ${splits.test.length} ${language} comments and calls none of the others ${language}`, () => {
      const own = splits.test.filter((s) => detectLanguage(s) === language).length;
      expect(own / splits.test.length).toBeGreaterThanOrEqual(0.95);
      const others = Object.entries(READER_COMMENTS)
        .filter(([other]) => other !== language)
        .flatMap(([, s]) => s.test);
      expect(others.filter((s) => detectLanguage(s) === language)).toEqual([]);
    });
  }

  it('is never confidently wrong on a short reply, and never confident on one all three languages write', () => {
    const wrong = SHORT_DEVANAGARI.test
      .map(([text, language]) => ({ text, language, guess: detectLanguageWithConfidence(text) }))
      .filter(({ language, guess }) => guess.confident && guess.language !== language);
    expect(wrong).toEqual([]);
  });

  it('calls no short English comment hi-Latn', () => {
    expect(SHORT_LATIN.en.test.filter((s) => detectLanguage(s) === 'hi-Latn')).toEqual([]);
  });

  it("reads Marathi's spoken neuter and genitive, Nepali's case endings after -हरू and its polite imperative", () => {
    expect(detectLanguage('पेट्रोल 110 रुपये लिटर, कसं जगायचं')).toBe('mr');
    expect(detectLanguage('कसलं भारी लिहिलंय राव')).toBe('mr');
    expect(detectLanguage('आजचा अग्रलेख अप्रतिम होता॥')).toBe('mr');
    expect(detectLanguage('छोराछोरीलाई नेपाली भाषा पढाउनुहोस्')).toBe('ne');
    expect(detectLanguage('छोरीहरूको सुरक्षाका लागि ठोस कदम चाल्नुस्')).toBe('ne');
    // The half ra of "पर्‍यो" typed with a joiner, and "सऱ्यो" with the eyelash ra Marathi also writes.
    expect(detectLanguage('प्रधानमन्त्रीले यसमा ध्यान दिनुपर्‍यो')).toBe('ne');
    expect(detectLanguage('रोपाइँ पछि सऱ्यो')).toBe('ne');
  });

  it('guesses Hindi for a Devanagari reply without any grammar word, but never confidently (too short to tell)', () => {
    // A Nepali reader's "a bus ticket home for Dashain is hard to get" has no grammar word of the three tables:
    // a Hindi-only site must not hold it, and a Nepali one must not hold it as Hindi.
    expect(detectLanguageWithConfidence('दशैंमा घर जान बसको टिकट पाउनै मुस्किल')).toEqual({
      language: 'hi',
      confident: false,
    });
    expect(detectLanguageWithConfidence('जय महाराष्ट्र')).toEqual({ language: 'hi', confident: false });
    expect(detectLanguageWithConfidence('घर बैठे रोज़ 5000 कमाएं')).toEqual({ language: 'hi', confident: false });
    expect(detectLanguageWithConfidence('सरकार को सोचना चाहिए।')).toEqual({
      language: 'hi',
      confident: true,
    });
  });

  it('does not read Sanskrit verse as Marathi, nor "को" as Nepali', () => {
    expect(detectLanguage('त्वं हि दुर्गा दशप्रहरणधारिणी, वन्दे मातरम् के गीत')).toBe('hi');
    expect(detectLanguage('मेरे पेज को फॉलो करें')).toBe('hi');
  });
});

import { detectLanguage } from './detect-language';
import { HAND_WRITTEN_SAMPLES } from './hand-written-samples';
import { DEVANAGARI_COMMENTS } from './devanagari-comments.team';

describe('detectLanguage', () => {
  for (const [language, sentences] of Object.entries(HAND_WRITTEN_SAMPLES)) {
    it(`recognises hand-written ${language} comments`, () => {
      const wrong = sentences
        .filter((s) => detectLanguage(s) !== language)
        .map((s) => [s, detectLanguage(s)]);
      expect(wrong).toEqual([]);
    });
  }

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

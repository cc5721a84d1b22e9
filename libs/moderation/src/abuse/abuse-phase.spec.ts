import { siteSettingsWithDefaults } from '../site-settings';
import { CheckContext, CommentUnderCheck } from '../types';
import { abusiveLanguage } from './abuse-phase';
import { findAbusiveWords, maskWord } from './abusive-words';

const comment = (body: string, authorName = 'पाठक'): CommentUnderCheck => ({
  id: 'c1',
  body,
  authorName,
  authorUrl: null,
  honeypot: null,
  parentId: null,
});
const context: CheckContext = {
  site: siteSettingsWithDefaults({ id: 'news' }),
  formToken: { state: 'valid', secondsToSubmit: 30 },
  author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false },
  parentStatus: null,
  sameTextElsewhere: 0,
  spamClassifier: null,
};
const tiersIn = (text: string, language = 'hi') =>
  findAbusiveWords(text, language).map((w) => `${w.tier}:${w.term}`);

describe('findAbusiveWords', () => {
  it('finds Devanagari words followed by the danda, a question mark or a comma', () => {
    expect(tiersIn('तू पूरा मादरचोद है।')).toEqual(['severe:मादरचोद']);
    expect(tiersIn('क्या तुम चूतिया हो?')).toEqual(['strong:चूतिया']);
    expect(tiersIn('अरे कमीने, शर्म करो।')).toEqual(['mild:कमीने']);
  });

  it('never matches inside a longer innocent word, whether the rest is a letter or a vowel sign', () => {
    expect(tiersIn('चूतड़ों की बात नहीं, मैंने चुटकुला सुनाया।')).toEqual([]);
    expect(tiersIn('गधापन छोड़ो और कुत्तेवाली गली से मत जाओ।')).toEqual([]);
    expect(tiersIn('रंडीबाज़ी शब्द')).toEqual([]);
    expect(tiersIn('The class assessment was on Scunthorpe and cocktails', 'en')).toEqual([]);
    expect(tiersIn('Bhai chod do yaar, jaane do', 'hi-Latn')).toEqual([]);
  });

  it('keeps nukta forms and their plain spellings both matching', () => {
    expect(tiersIn('अबे भड़वे।')).toEqual(['strong:भड़वे']);
    expect(tiersIn('अबे भडवे।')).toEqual(['strong:भडवे']);
    expect(tiersIn('हरामज़ादे निकल')).toEqual(['strong:हरामज़ादे']);
  });

  it.each([
    ['spaces between letters', 'f u c k you'],
    ['dots between letters', 'f.u.c.k off'],
    ['dashes and underscores', 'f-u-c-k this, f_u_c_k that'],
    ['repeated letters', 'fuuuuuck'],
    ['upper case and full-width', 'ＦＵＣＫ'],
    ['zero-width spaces', 'f\u200bu\u200bc\u200bk'],
    ['Greek lookalike', 'fυck'],
    ['masked letter', 'f*ck you'],
    ['accents stacked on letters', 'f\u0336u\u0336c\u0336k\u0336'],
  ])('sees through %s', (_name, text) => {
    expect(tiersIn(text, 'en')).toEqual(['strong:fuck']);
  });

  it('sees through leetspeak, Cyrillic lookalikes and spelled-out romanised Hindi', () => {
    expect(tiersIn('sh1t happens', 'en')).toEqual(['mild:shit']);
    expect(tiersIn('b!tch please', 'en')).toEqual(['strong:bitch']);
    expect(tiersIn('tu \u0441hutiya hai', 'hi-Latn')).toEqual(['strong:chutiya']); // Cyrillic с
    expect(tiersIn('c.h.u.t', 'hi-Latn')).toEqual(['severe:chut']);
    expect(tiersIn('maaadarchoooood', 'hi-Latn')).toEqual(['severe:madarchod']);
    expect(tiersIn('बहन\u200bचोद')).toEqual(['severe:बहनचोद']);
  });

  it('reports a phrase in its own tier, not again through its words', () => {
    expect(tiersIn('kutte ki aulad', 'hi-Latn')).toEqual(['strong:kutte ki aulad']);
  });

  it('applies romanised Hindi mild words only to Hindi comments', () => {
    expect(tiersIn('sala kamina', 'hi-Latn')).toEqual(['mild:sala', 'mild:kamina']);
    expect(tiersIn('La sala de estar es grande', 'es')).toEqual([]);
  });
});

describe('maskWord', () => {
  it('keeps the first and last letter, by grapheme in Devanagari', () => {
    expect(maskWord('madarchod')).toBe('m*******d');
    expect(maskWord('चूतिया')).toBe('चू*या');
    expect(maskWord('रंडी')).toBe('रं*');
  });
});

describe('abusiveLanguage phase', () => {
  const run = (body: string, language = 'hi') =>
    abusiveLanguage(comment(body), context, { checks: [], language })?.checks ?? [];

  it('rejects severe, holds strong and only signals mild words, with masked plain-word reasons', () => {
    expect(run('तू मादरचोद है।')).toEqual([
      { name: 'abusive-language', verdict: 'reject', score: 0, reason: 'Abusive word (severe): मा***द' },
    ]);
    expect(run('what a fucking joke', 'en')).toEqual([
      { name: 'abusive-language', verdict: 'hold', score: 0, reason: 'Abusive word (strong): f**k' },
    ]);
    const mild = run('ye log bewakoof aur pagal hain', 'hi-Latn');
    expect(mild).toHaveLength(1);
    expect(mild[0]).toMatchObject({ verdict: 'signal', reason: 'Abusive words (mild): b******f, p***l' });
    expect(mild[0].score).toBeGreaterThan(0);
  });

  it('says nothing about a clean Hindi, Hinglish or English comment', () => {
    expect(run('यह लेख बहुत अच्छा है, धन्यवाद।')).toEqual([]);
    expect(run('bahut badhiya article hai bhai', 'hi-Latn')).toEqual([]);
    expect(run('Great analysis, thank you for writing it.', 'en')).toEqual([]);
  });

  it('checks the author name too', () => {
    const out = abusiveLanguage(comment('नमस्ते', 'Madarchod'), context, { checks: [], language: 'hi' });
    expect(out?.checks?.map((c) => c.verdict)).toEqual(['reject']);
  });
});

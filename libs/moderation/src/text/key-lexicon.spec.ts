import { KeyLexicon, pieceClauses } from './key-lexicon';

const lexicon = new KeyLexicon([{ terms: ['|en|', 'shoot you', 'fuck', '|hi|', 'गोली मार'], value: 'x' }]);
const terms = (text: string) => {
  const { words, clauseStarts } = pieceClauses(text);
  return lexicon.find(words, clauseStarts).map((h) => h.term);
};

describe('a phrase is matched within one clause', () => {
  it.each([
    ['Shoot, you beat me to it'],
    ['shoot; you beat me'],
    ['shoot — you beat me'],
    ['shoot - you beat me'],
    ['shoot… you beat me'],
    ['shoot: you beat me'],
  ])('not across the punctuation of %s', (text) => {
    expect(terms(text)).toEqual([]);
  });

  it.each([
    ['I will shoot you', 'shoot you'],
    ['रुक, तुझे गोली मार दूंगा', 'गोली मार'],
    ['f, u, c, k you', 'fuck'],
    ['f,u,c,k', 'fuck'],
  ])('%s still holds %s', (text, term) => {
    expect(terms(text)).toEqual([term]);
  });

  it('keeps Devanagari words whole and numbers and hyphens inside a clause', () => {
    expect(pieceClauses('तू रुक, तुझे गोली मार दूंगा').words.map((w) => w.literal)).toEqual([
      'तू',
      'रुक',
      'तुझे',
      'गोली',
      'मार',
      'दूंगा',
    ]);
    expect(pieceClauses('तू रुक, तुझे गोली').clauseStarts).toEqual([2]);
    expect(pieceClauses('1,000 log aaye at 10:30, dumb-struck').clauseStarts).toEqual([7]); // 1 000 log aaye at 10 30 | dumb struck
  });
});

import fc from 'fast-check';
import { hasCapitalRun } from './shouting';

/** The pattern the one-pass reading replaced: it matches where some run holds 20 capitals. */
const CAPITAL_RUN = /\p{Lu}(?:[\p{Lu}\s!.,?'-]*\p{Lu}){19,}/u;

describe('hasCapitalRun', () => {
  it('finds a run of 20 capitals where the backtracking pattern did, and nowhere else', () => {
    // Capitals of several scripts and planes (𝐀 is one capital in two code units) in groups, joined by run
    // characters or breakers, so that texts close to 20 capitals are common. The pattern takes ~20 ms on a text
    // that falls just short, so the runs are few.
    const capital = fc.constantFrom('A', 'B', 'É', 'Ж', '𝐀');
    const group = fc.array(capital, { minLength: 1, maxLength: 8 }).map((c) => c.join(''));
    const joint = fc.constantFrom(
      ' ',
      '\u00a0',
      '\n',
      '!',
      '.',
      ',',
      '?',
      "'",
      '-',
      'a',
      'क',
      '1',
      ':',
      '😀',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(group, joint), { minLength: 1, maxLength: 6 }), (groups) => {
        const text = groups.map(([g, j]) => g + j).join('');
        expect(hasCapitalRun(text)).toBe(CAPITAL_RUN.test(text));
      }),
      { numRuns: 150 },
    );
  });

  it('reads shouting across spaces and the punctuation between words, and not across letters or digits', () => {
    for (const joint of [' ', '\u00a0', '\n', '!', '.', ',', '?', "'", '-', ' - ', '!!! '])
      expect(hasCapitalRun(`ABCDEFGHIJ${joint}KLMNOPQRST`)).toBe(true);
    for (const joint of ['a', '1', 'क', ':', '😀', '_'])
      expect(hasCapitalRun(`ABCDEFGHIJ${joint}KLMNOPQRST`)).toBe(false);
    expect(hasCapitalRun('रेट देखें: BEST PRICE ON PILLS BUY NOW')).toBe(true);
    expect(hasCapitalRun('ABCDEFGHIJKLMNOPQRS')).toBe(false);
    expect(hasCapitalRun('A B C D E F G H I J K L M N O P Q R S a '.repeat(100))).toBe(false);
  });
});

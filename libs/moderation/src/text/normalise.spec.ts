import { siteTerms } from '../phases/site-terms';
import { plainContext, readerComment } from '../abuse/test-context';
import { stateFor } from '../testing/check-fixtures';
import { normaliseAuthorName, normaliseSubmittedText } from './normalise';

const INVISIBLES = [
  '\uFE0F',
  '\uFE00',
  '\u{E0041}',
  '\u{E007F}',
  '\u3164',
  '\u061C',
  '\u17B4',
  '\u180B',
  '\uFFF9',
  '\u200B',
  '\u2066',
  '\u00AD',
];

describe('invisible characters inside a term', () => {
  it.each(INVISIBLES.map((c) => [c.codePointAt(0)!.toString(16)]))(
    'U+%s does not defeat a blocked or held term',
    (hex) => {
      const c = String.fromCodePoint(parseInt(hex, 16));
      const context = plainContext({ blockedTerms: ['scamword'], heldTerms: ['गधा'] });
      const comment = readerComment(`buy scam${c}word now, तू ग${c}धा है`);
      const out = siteTerms(comment, context, stateFor(comment));
      expect(out?.checks?.map((x) => x.name)).toEqual(['blocked-terms', 'held-terms']);
    },
  );

  it('are stripped from stored names and bodies, keeping Hindi half forms and emoji sequences', () => {
    expect(normaliseAuthorName('ग\uFE0Fधा\u3164 \u3164 कुमार')).toBe('गधा कुमार');
    expect(normaliseAuthorName('\u3164\u3164')).toBe('');
    expect(normaliseSubmittedText('क्\u200Dष और 👨\u200D👩\u200D👧 ❤\uFE0F')).toBe(
      'क्\u200Dष और 👨\u200D👩\u200D👧 ❤\uFE0F',
    );
    expect(normaliseSubmittedText('a\u061Cb\u{E0041}c')).toBe('abc');
  });
});

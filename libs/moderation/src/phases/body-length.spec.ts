import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext, checksOf } from '../testing/check-fixtures';
import { bodyLength } from './body-length';

describe('bodyLength', () => {
  const site = siteSettingsWithDefaults({ id: 'news', maxBodyLength: 20 });

  it('passes a body within the site limit, counting code points, not UTF-16 units', () => {
    // "अच्छा 👍" is 7 code points (the emoji is one) but 8 UTF-16 units.
    const seven = siteSettingsWithDefaults({ id: 'news', maxBodyLength: 7 });
    expect(checksOf(bodyLength, aComment({ body: 'अच्छा 👍' }), aContext({ site: seven }))).toEqual([]);
  });

  it('rejects an empty body and one over the limit, saying which', () => {
    expect(checksOf(bodyLength, aComment({ body: '' }), aContext({ site }))).toEqual([
      { name: 'length', verdict: 'reject', score: 0, reason: 'The comment is empty.' },
    ]);
    const [long] = checksOf(bodyLength, aComment({ body: 'यह लेख बहुत लंबा है, सच में।' }), aContext({ site }));
    expect(long).toMatchObject({ name: 'length', verdict: 'reject' });
    expect(long.reason).toBe('The comment is 28 characters long; this site allows 20.');
  });
});

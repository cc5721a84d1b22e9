import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext, checksOf } from '../testing/check-fixtures';
import { siteTerms } from './site-terms';

const site = siteSettingsWithDefaults({ id: 'news', blockedTerms: ['सट्टा किंग'], heldTerms: ['घोटाला'] });

describe('siteTerms', () => {
  it('passes a comment that uses none of the site’s terms', () => {
    expect(checksOf(siteTerms, aComment(), aContext({ site }))).toEqual([]);
  });

  it('rejects a blocked term and holds a held one, in the body or the author’s name, naming them', () => {
    const checks = checksOf(
      siteTerms,
      aComment({ authorName: 'सट्टा किंग', body: 'इस घोटाले पर नहीं, इस घोटाला पर जाँच होनी चाहिए।' }),
      aContext({ site }),
    );
    expect(checks).toEqual([
      expect.objectContaining({
        name: 'blocked-terms',
        verdict: 'reject',
        reason: expect.stringContaining('"सट्टा किंग"'),
      }),
      expect.objectContaining({
        name: 'held-terms',
        verdict: 'hold',
        reason: expect.stringContaining('"घोटाला"'),
      }),
    ]);
  });

  it('matches whole words only', () => {
    const strict = siteSettingsWithDefaults({ id: 'news', blockedTerms: ['ass'] });
    expect(
      checksOf(siteTerms, aComment({ body: 'The assembly passed the bill.' }), aContext({ site: strict })),
    ).toEqual([]);
  });
});

import { aComment, aContext, checksOf, NO_HISTORY } from '../testing/check-fixtures';
import { authorStanding } from './author-standing';

describe('authorStanding', () => {
  it('sends a banned author to spam silently, whatever the comment says', () => {
    const banned = aContext({ author: { ...NO_HISTORY, banned: true, approvedCount: 9 } });
    expect(checksOf(authorStanding, aComment(), banned)).toEqual([
      { name: 'banned-author', verdict: 'spam', score: 0, reason: 'A moderator banned this author.' },
    ]);
  });

  it('says nothing of an author who is not banned, trusted or not', () => {
    expect(checksOf(authorStanding, aComment(), aContext())).toEqual([]);
    expect(
      checksOf(authorStanding, aComment(), aContext({ author: { ...NO_HISTORY, trusted: true } })),
    ).toEqual([]);
  });
});

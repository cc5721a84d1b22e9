import { aComment, aContext, checksOf } from '../testing/check-fixtures';
import { replyParent } from './reply-parent';

const reply = aComment({ parentId: 'p1', body: 'आपकी बात से सहमत हूँ।' });

describe('replyParent', () => {
  it('passes a top-level comment and a reply to a published comment', () => {
    expect(checksOf(replyParent, aComment(), aContext())).toEqual([]);
    expect(checksOf(replyParent, reply, aContext({ parentStatus: 'published' }))).toEqual([]);
  });

  it('holds a reply whose parent is no longer published', () => {
    for (const parentStatus of ['removed', 'held', 'spam']) {
      expect(checksOf(replyParent, reply, aContext({ parentStatus }))).toEqual([
        {
          name: 'reply-parent',
          verdict: 'hold',
          score: 0,
          reason: 'It replies to a comment that is no longer published.',
        },
      ]);
    }
  });
});

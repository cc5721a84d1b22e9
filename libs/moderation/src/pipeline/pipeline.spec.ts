import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext as context } from '../testing/check-fixtures';
import { CommentUnderCheck } from '../types';
import { moderate } from './pipeline';

const comment = (over: Partial<CommentUnderCheck> = {}): CommentUnderCheck =>
  aComment({ body: 'लावरोव की यह चेतावनी गंभीर है। सरकार को सोचना चाहिए।', ...over });

describe('moderate', () => {
  it('publishes an ordinary Hindi comment', () => {
    const outcome = moderate(comment(), context());
    expect(outcome.verdict).toBe('publish');
    expect(outcome.reasons).toEqual([]);
  });

  it('holds at maxLinks links (WordPress semantics) and says why', () => {
    const outcome = moderate(
      comment({
        body: 'इस विषय पर दो रिपोर्ट देखें: https://a.example.com और www.b.example.org — दोनों में यही लिखा है कि बातचीत जारी रहेगी।',
      }),
      context(),
    );
    expect(outcome.verdict).toBe('hold');
    expect(outcome.reasons[0]).toMatch(/2 links/);
  });

  it('rejects a blocked term and holds a held term', () => {
    const site = siteSettingsWithDefaults({ id: 'demo', blockedTerms: ['चोर'], heldTerms: ['सरकार'] });
    expect(moderate(comment({ body: 'ये सब चोर हैं।' }), context({ site })).verdict).toBe('reject');
    expect(moderate(comment(), context({ site })).verdict).toBe('hold');
  });

  it('turns a filled honeypot and a too-fast form into a spam score', () => {
    const outcome = moderate(
      comment({ honeypot: 'http://x' }),
      context({ formToken: { state: 'valid', secondsToSubmit: 0.4 } }),
    );
    expect(outcome.spamScore).toBeGreaterThan(0.9);
    expect(outcome.verdict).toBe('spam');
  });

  it('holds first-time authors under first-time premoderation but not trusted or approved ones', () => {
    const site = siteSettingsWithDefaults({ id: 'demo', premoderation: 'first-time' });
    expect(moderate(comment(), context({ site })).verdict).toBe('hold');
    const approved = { approvedCount: 1, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false };
    expect(moderate(comment(), context({ site, author: approved })).verdict).toBe('publish');
  });

  it('holds a reply whose parent is no longer published', () => {
    expect(moderate(comment({ parentId: 'p' }), context({ parentStatus: 'rejected' })).verdict).toBe('hold');
    expect(moderate(comment({ parentId: 'p' }), context({ parentStatus: 'published' })).verdict).toBe(
      'publish',
    );
  });
});

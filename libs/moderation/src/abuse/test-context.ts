import { siteSettingsWithDefaults } from '../site-settings';
import { CheckContext, CommentUnderCheck, SiteSettings } from '../types';

/** A reader's comment and a plain context, for the abuse specs. */
export const readerComment = (body: string, over: Partial<CommentUnderCheck> = {}): CommentUnderCheck => ({
  id: 'c1',
  body: body.normalize('NFC'),
  authorName: 'पाठक',
  authorUrl: null,
  honeypot: null,
  parentId: null,
  ...over,
});

export const plainContext = (site: Partial<SiteSettings> = {}): CheckContext => ({
  site: siteSettingsWithDefaults({ id: 'news', ...site }),
  formToken: { state: 'valid', secondsToSubmit: 30 },
  author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false },
  parentStatus: null,
  sameTextElsewhere: 0,
  spamClassifier: null,
});

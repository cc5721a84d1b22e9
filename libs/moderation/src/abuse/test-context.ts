import { moderate } from '../pipeline/pipeline';
import { siteSettingsWithDefaults } from '../site-settings';
import { aComment, aContext } from '../testing/check-fixtures';
import { CheckContext, CommentUnderCheck, SiteSettings } from '../types';

/** The abuse specs' shorthands over the shared builders (testing/check-fixtures.ts): a reader's NFC comment. */
export const readerComment = (body: string, over: Partial<CommentUnderCheck> = {}): CommentUnderCheck =>
  aComment({ body: body.normalize('NFC'), authorName: 'पाठक', ...over });

export const plainContext = (site: Partial<SiteSettings> = {}): CheckContext =>
  aContext({
    site: siteSettingsWithDefaults({ id: 'news', ...site }),
    formToken: { state: 'valid', secondsToSubmit: 30 },
  });

/** The abuse categories a comment is held or rejected for (a `publish` policy's signal does not count). */
export const heldFor = (body: string): string[] =>
  moderate(readerComment(body), plainContext())
    .checks.filter((c) => c.name.startsWith('abuse.') && c.verdict !== 'signal')
    .map((c) => c.name.slice('abuse.'.length))
    .sort();

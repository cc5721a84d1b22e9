import { PublicComment } from '../read/public-comment';

export interface AtomFeed {
  /** The feed's own address: its `id` and `rel="self"` link. */
  selfUrl: string;
  title: string;
  language: 'hi' | 'en';
  /** Where readers can see the comments, when known (the demo article). */
  alternateUrl: string | null;
  comments: readonly PublicComment[];
  /** For an empty feed, which still needs an `updated`. */
  fallbackUpdated: Date;
}

/** Characters XML 1.0 does not allow at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const xmlText = (text: string): string =>
  text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

const TITLE_WORDS = 12;

/**
 * Atom 1.0 (RFC 4287) of published comments, built from their public view alone, so no email, hash or IP can
 * reach a feed. Each entry's content is the same escaped HTML the thread shows (`bodyHtml`), escaped again as XML.
 */
export function atomFeedXml(feed: AtomFeed): string {
  const updatedOf = (c: PublicComment) => c.editedAt ?? c.publishedAt ?? c.createdAt;
  const updated = feed.comments.map(updatedOf).sort().pop() ?? feed.fallbackUpdated.toISOString();
  const entries = feed.comments.map((comment) => {
    const words = comment.body.split(/\s+/u).filter(Boolean);
    const excerpt = words.slice(0, TITLE_WORDS).join(' ') + (words.length > TITLE_WORDS ? ' …' : '');
    const link = feed.alternateUrl
      ? `\n    <link rel="alternate" type="text/html" href="${xmlText(`${feed.alternateUrl}#comment-${comment.id}`)}"/>`
      : '';
    return `  <entry>
    <id>${xmlText(entryId(comment.id, feed.selfUrl))}</id>
    <title type="text">${xmlText(`${comment.authorName}: ${excerpt}`)}</title>${link}
    <author><name>${xmlText(comment.authorName)}</name></author>
    <published>${comment.createdAt}</published>
    <updated>${updatedOf(comment)}</updated>
    <content type="html">${xmlText(comment.bodyHtml)}</content>
  </entry>`;
  });
  const alternate = feed.alternateUrl
    ? `\n  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>`
    : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">
  <id>${xmlText(feed.selfUrl)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>${alternate}
  <generator>comment moderation service</generator>
${entries.join('\n')}
</feed>
`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The same id in the thread's and the site's feed when it is a UUID (ours are); else one under this feed. */
const entryId = (id: string, selfUrl: string): string =>
  UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${selfUrl}#comment-${encodeURIComponent(id)}`;

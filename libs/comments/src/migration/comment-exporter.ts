import { once } from 'node:events';
import { Writable } from 'node:stream';
import { CommentRow } from '@app/db';
import { decryptEmail } from '../crypto/email-crypto';
import { ExportCursor, ExportRepository } from './export.repository';
import { EXPORT_NAMESPACE } from './source-comment';

export type ExportFormat = 'jsonl' | 'wxr';

export interface ExportOptions {
  siteId: string;
  format: ExportFormat;
  /** Only an admin's explicit request puts addresses in an export; otherwise the field is empty. */
  withEmails: boolean;
  emailEncryptionKey: Buffer;
}

const PAGE_SIZE = 1000;
const WORDPRESS_APPROVED: Record<string, string> = {
  published: '1',
  held: '0',
  queued: '0',
  spam: 'spam',
  rejected: 'trash',
};

/**
 * Every comment of a site as JSON lines or WXR, written page by page with backpressure. IPs and user agents are
 * never exported; emails only on request. The WXR carries our own `cm:` fields so it re-imports identically.
 */
export class CommentExporter {
  constructor(private readonly repository: ExportRepository) {}

  async run(output: Writable, options: ExportOptions): Promise<{ exported: number }> {
    const write = async (text: string) => {
      if (!output.write(text)) await once(output, 'drain');
    };
    let cursor: ExportCursor | null = null;
    let thread: string | null = null;
    let exported = 0;
    if (options.format === 'wxr') await write(wxrHeader(options.siteId));
    for (;;) {
      const rows = await this.repository.page(options.siteId, cursor, PAGE_SIZE);
      for (const row of rows) {
        const email = options.withEmails
          ? decryptEmail(row.authorEmailEncrypted, options.emailEncryptionKey)
          : '';
        if (options.format === 'jsonl') {
          await write(JSON.stringify(jsonLine(row, options.withEmails ? email : undefined)) + '\n');
        } else {
          if (row.threadId !== thread) {
            if (thread !== null) await write('</item>\n');
            thread = row.threadId;
            await write(wxrItemHead(row.threadId));
          }
          await write(wxrComment(row, email));
        }
        exported++;
      }
      if (rows.length < PAGE_SIZE) break;
      const last = rows[rows.length - 1];
      cursor = { threadId: last.threadId, createdAt: last.createdAt, id: last.id };
    }
    if (options.format === 'wxr') await write(`${thread !== null ? '</item>\n' : ''}</channel>\n</rss>\n`);
    return { exported };
  }
}

function jsonLine(row: CommentRow, email: string | undefined) {
  return {
    id: row.id,
    threadId: row.threadId,
    parentId: row.parentId,
    status: row.status,
    authorName: row.authorName,
    authorUrl: row.authorUrl,
    ...(email !== undefined ? { authorEmail: email } : {}),
    body: row.body,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

// Characters XML 1.0 cannot carry at all; they are dropped rather than making the file unreadable.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const wordpressDate = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

function wxrHeader(siteId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:cm="${EXPORT_NAMESPACE}">
<channel>
<title>${cdata(siteId)}</title>
<wp:wxr_version>1.2</wp:wxr_version>
`;
}

function wxrItemHead(threadId: string): string {
  return `<item>
<title>${cdata(threadId)}</title>
<wp:post_name>${cdata(threadId)}</wp:post_name>
<wp:post_type>post</wp:post_type>
<wp:status>publish</wp:status>
`;
}

function wxrComment(row: CommentRow, email: string): string {
  const date = wordpressDate(row.createdAt);
  return `<wp:comment>
<wp:comment_id>${cdata(row.id)}</wp:comment_id>
<wp:comment_author>${cdata(escapeHtml(row.authorName))}</wp:comment_author>
<wp:comment_author_email>${cdata(email)}</wp:comment_author_email>
<wp:comment_author_url>${cdata(row.authorUrl ?? '')}</wp:comment_author_url>
<wp:comment_date>${date}</wp:comment_date>
<wp:comment_date_gmt>${date}</wp:comment_date_gmt>
<wp:comment_content>${cdata(escapeHtml(row.body).replaceAll('\n', '<br />\n'))}</wp:comment_content>
<wp:comment_approved>${WORDPRESS_APPROVED[row.status] ?? '0'}</wp:comment_approved>
<wp:comment_type>comment</wp:comment_type>
<wp:comment_parent>${cdata(row.parentId ?? '0')}</wp:comment_parent>
<cm:status>${row.status}</cm:status>
<cm:author_name>${cdata(row.authorName)}</cm:author_name>
<cm:body>${cdata(row.body)}</cm:body>
<cm:created_at>${row.createdAt.toISOString()}</cm:created_at>
${row.publishedAt ? `<cm:published_at>${row.publishedAt.toISOString()}</cm:published_at>\n` : ''}</wp:comment>
`;
}

import { SaxesTagNS } from 'saxes';
import { CommentStatus } from '@app/db';
import { cleanField, cleanUrl, parseSourceDate, pathAndQuery, plainTextFromHtml } from './source-text';
import { EXPORT_NAMESPACE, SourceRecord } from './source-comment';
import { XmlRecordReader, xmlProblemMessage } from './xml-records';

const WORDPRESS_STATUS: Record<string, CommentStatus> = {
  '1': 'published',
  approve: 'published',
  '0': 'held',
  hold: 'held',
  spam: 'spam',
  trash: 'spam',
  'post-trashed': 'spam',
};
// A comment still waiting for checks when exported arrives held: an import never queues work or sends webhooks.
const OUR_STATUSES = new Set<string>(['published', 'held', 'spam', 'rejected']);

/** WXR 1.0 to 1.2 all live under this prefix. */
const isWordPress = (uri: string) => uri.startsWith('http://wordpress.org/export/');

type Fields = Record<string, string>;

/**
 * WordPress's export: each `<item>` (a post) carries its `<wp:comment>`s. An item's comments are held until the
 * item closes, because its thread id (`wp:post_name`) may come after them; memory is one post's comments at most.
 */
export class WxrReader implements XmlRecordReader {
  private queue: SourceRecord[] = [];
  private item: { fields: Fields; comments: Fields[] } | null = null;
  private comment: Fields | null = null;
  private itemDepth = 0;

  open(tag: SaxesTagNS, depth: number): void {
    if (tag.local === 'item' && !tag.uri && !this.item) {
      this.item = { fields: {}, comments: [] };
      this.itemDepth = depth;
    } else if (this.item && depth === this.itemDepth + 1 && isWordPress(tag.uri) && tag.local === 'comment') {
      this.comment = {};
    }
  }

  close(tag: SaxesTagNS, depth: number, text: string): void {
    if (!this.item) return;
    if (this.comment && depth === this.itemDepth + 2) {
      if (isWordPress(tag.uri)) this.comment[tag.local] = text;
      else if (tag.uri === EXPORT_NAMESPACE) this.comment[`cm:${tag.local}`] = text;
    } else if (this.comment && depth === this.itemDepth + 1) {
      this.item.comments.push(this.comment);
      this.comment = null;
    } else if (depth === this.itemDepth + 1 && (isWordPress(tag.uri) || (!tag.uri && tag.local === 'link'))) {
      this.item.fields[tag.local] = text;
    } else if (depth === this.itemDepth) {
      this.emitItem(this.item);
      this.item = null;
    }
  }

  drain(): SourceRecord[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }

  finish(failure: Error | null): SourceRecord[] {
    if (failure) {
      this.queue.push({
        kind: 'problem',
        problem: { sourceId: null, code: 'malformed_xml', message: xmlProblemMessage(failure) },
      });
    }
    // A post cut off mid-way: its comments were read but its thread cannot be trusted to be whole.
    for (const comment of this.item?.comments ?? []) {
      this.queue.push({
        kind: 'problem',
        problem: {
          sourceId: comment.comment_id?.trim() || null,
          code: 'truncated',
          message: 'the file ends inside the post that holds this comment',
        },
      });
    }
    this.item = null;
    return this.drain();
  }

  private emitItem(item: { fields: Fields; comments: Fields[] }): void {
    const threadId =
      cleanField(item.fields.post_name, 200) ||
      cleanField(item.fields.post_id, 200) ||
      pathAndQuery(item.fields.link)?.slice(0, 200) ||
      null;
    for (const fields of item.comments) this.queue.push(this.toRecord(fields, threadId));
  }

  private toRecord(fields: Fields, threadId: string | null): SourceRecord {
    const sourceId = fields.comment_id?.trim() ?? '';
    const problem = (
      code: 'bad_date' | 'unknown_status' | 'empty_body' | 'thread_missing',
      message: string,
    ) => ({ kind: 'problem', problem: { sourceId: sourceId || null, code, message } }) as const;
    if (!sourceId) return problem('thread_missing', 'a wp:comment without a wp:comment_id');
    const type = fields.comment_type?.trim() ?? '';
    if (type === 'pingback' || type === 'trackback') return { kind: 'skip', sourceId, reason: type };
    if (!threadId) return problem('thread_missing', 'its post has no wp:post_name, wp:post_id or link');

    const ours = fields['cm:status']?.trim();
    const approved = fields.comment_approved?.trim() ?? '';
    const status = ours && OUR_STATUSES.has(ours) ? (ours as CommentStatus) : WORDPRESS_STATUS[approved];
    if (!status) return problem('unknown_status', `unknown wp:comment_approved "${approved.slice(0, 40)}"`);

    // A draft's GMT date is all zeros in WordPress; its local date is then the best there is.
    const gmt = fields.comment_date_gmt?.trim();
    const dateText = fields['cm:created_at'] ?? (gmt && !gmt.startsWith('0000') ? gmt : fields.comment_date);
    const createdAt = parseSourceDate(dateText);
    if (!createdAt) return problem('bad_date', `bad date "${(dateText ?? '').slice(0, 40)}"`);

    const body =
      fields['cm:body'] !== undefined
        ? fields['cm:body'].normalize('NFC').trim()
        : plainTextFromHtml(fields.comment_content ?? '');
    if (!body) return problem('empty_body', 'the comment has no text');

    const parent = fields.comment_parent?.trim() ?? '';
    return {
      kind: 'comment',
      comment: {
        sourceId,
        threadId,
        parentSourceId: parent && parent !== '0' ? parent : null,
        // WordPress keeps names HTML-escaped ("Fatima &amp; family"); our own export carries the name as it is.
        authorName: cleanField(
          fields['cm:author_name'] ?? plainTextFromHtml(fields.comment_author ?? ''),
          245,
        ),
        authorEmail: (fields.comment_author_email ?? '').trim(),
        authorUrl: cleanUrl(fields.comment_author_url),
        clientIp: cleanField(fields.comment_author_IP, 64) || null,
        userAgent: cleanField(fields.comment_agent, 500) || null,
        body,
        status,
        createdAt,
        publishedAt:
          parseSourceDate(fields['cm:published_at']) ?? (status === 'published' ? createdAt : null),
      },
    };
  }
}

import { SaxesTagNS } from 'saxes';
import { CommentStatus } from '@app/db';
import { cleanField, cleanUrl, parseSourceDate, pathAndQuery, plainTextFromHtml } from './source-text';
import { SourceRecord } from './source-comment';
import { XmlRecordReader, xmlProblemMessage } from './xml-records';

const DISQUS_INTERNALS = 'http://disqus.com/disqus-internals';

interface Fields {
  dsqId: string;
  values: Record<string, string>;
  threadRef?: string;
  parentRef?: string;
}

/**
 * Disqus's export: `<thread dsq:id>` elements, then `<post>`s that point at their thread and parent by dsq:id.
 * Thread ids are kept in memory (one per article); a post whose thread has not been seen yet waits for it.
 */
export class DisqusReader implements XmlRecordReader {
  private queue: SourceRecord[] = [];
  private threads = new Map<string, string | null>();
  private waitingForThread = new Map<string, Fields[]>();
  private current: { element: 'thread' | 'post'; fields: Fields } | null = null;

  open(tag: SaxesTagNS, depth: number): void {
    const dsqId = Object.values(tag.attributes).find(
      (a) => a.uri === DISQUS_INTERNALS && a.local === 'id',
    )?.value;
    if (depth === 2 && (tag.local === 'thread' || tag.local === 'post')) {
      this.current = { element: tag.local, fields: { dsqId: dsqId?.trim() ?? '', values: {} } };
    } else if (this.current?.element === 'post' && depth === 3 && dsqId !== undefined) {
      if (tag.local === 'thread') this.current.fields.threadRef = dsqId.trim();
      if (tag.local === 'parent') this.current.fields.parentRef = dsqId.trim();
    }
  }

  close(tag: SaxesTagNS, depth: number, text: string): void {
    if (!this.current) return;
    const { values } = this.current.fields;
    if (depth === 3 && tag.local !== 'author') values[tag.local] = text;
    else if (depth === 4) values[`author.${tag.local}`] = text;
    else if (depth === 2) {
      const { element, fields } = this.current;
      this.current = null;
      if (element === 'thread') this.addThread(fields);
      else this.addPost(fields);
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
    for (const [threadRef, posts] of this.waitingForThread) {
      for (const post of posts) {
        this.queue.push({
          kind: 'problem',
          problem: {
            sourceId: post.dsqId,
            code: 'thread_missing',
            message: `its thread dsq:id "${threadRef}" is not in the file`,
          },
        });
      }
    }
    this.waitingForThread.clear();
    return this.drain();
  }

  private addThread(fields: Fields): void {
    const threadId = cleanField(fields.values.id, 200) || pathOnly(fields.values.link);
    this.threads.set(fields.dsqId, threadId);
    for (const post of this.waitingForThread.get(fields.dsqId) ?? []) this.addPost(post);
    this.waitingForThread.delete(fields.dsqId);
  }

  private addPost(fields: Fields): void {
    const sourceId = fields.dsqId;
    const problem = (
      code: 'bad_date' | 'unknown_status' | 'empty_body' | 'thread_missing',
      message: string,
    ): void => {
      this.queue.push({ kind: 'problem', problem: { sourceId: sourceId || null, code, message } });
    };
    if (!sourceId) return problem('thread_missing', 'a post without a dsq:id');
    const threadRef = fields.threadRef ?? '';
    if (!this.threads.has(threadRef)) {
      if (!threadRef) return problem('thread_missing', 'the post names no thread');
      const waiting = this.waitingForThread.get(threadRef) ?? [];
      waiting.push(fields);
      this.waitingForThread.set(threadRef, waiting);
      return;
    }
    const threadId = this.threads.get(threadRef);
    if (!threadId)
      return problem('thread_missing', `thread dsq:id "${threadRef}" has neither an id nor a link`);

    const { values } = fields;
    const status = disqusStatus(values);
    if (!status) return problem('unknown_status', 'isSpam, isDeleted and isApproved must be true or false');
    const createdAt = parseSourceDate(values.createdAt);
    if (!createdAt) return problem('bad_date', `bad createdAt "${(values.createdAt ?? '').slice(0, 40)}"`);
    const body = plainTextFromHtml(values.message ?? '');
    if (!body) return problem('empty_body', 'the post has no text');
    this.queue.push({
      kind: 'comment',
      comment: {
        sourceId,
        threadId,
        parentSourceId: fields.parentRef || null,
        authorName: cleanField(
          plainTextFromHtml(values['author.name'] || values['author.username'] || ''),
          245,
        ),
        authorEmail: (values['author.email'] ?? '').trim(),
        authorUrl: cleanUrl(values['author.link']),
        clientIp: cleanField(values.ipAddress, 64) || null,
        userAgent: null,
        body,
        status,
        createdAt,
        publishedAt: status === 'published' ? createdAt : null,
      },
    });
  }
}

const FLAG = /^(true|false|)$/;

function disqusStatus(values: Record<string, string>): CommentStatus | null {
  const flag = (name: string) => (values[name] ?? '').trim().toLowerCase();
  if (![flag('isSpam'), flag('isDeleted'), flag('isApproved')].every((f) => FLAG.test(f))) return null;
  if (flag('isSpam') === 'true' || flag('isDeleted') === 'true') return 'spam';
  if (flag('isApproved') === 'false') return 'held';
  return 'published';
}

function pathOnly(link: string | undefined): string | null {
  return pathAndQuery(link)?.split('?')[0].slice(0, 200) || null;
}

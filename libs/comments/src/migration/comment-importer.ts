import { v7 as uuidv7 } from 'uuid';
import { Secrets } from '@app/config';
import { avatarSeed, emailLookupHmac, encryptEmail } from '../crypto/email-crypto';
import { bodyFingerprint } from '../intake/intake.service';
import { DisqusReader } from './disqus-reader';
import { ImportedCommentRow, ImportRepository } from './import.repository';
import { ImportFormat, ImportProblem, SourceComment, SourceRecord } from './source-comment';
import { readXmlRecords } from './xml-records';
import { WxrReader } from './wxr-reader';

export interface ImportOptions {
  siteId: string;
  format: ImportFormat;
  dryRun?: boolean;
  /** Comments older than this arrive without their IP and user agent, as retention would leave them. */
  ipRetentionDays: number;
  /** Called after each stored batch with the number of source records read so far. */
  onProgress?: (recordsRead: number) => unknown;
  now?: Date;
}

export interface ImportSummary {
  imported: number;
  skipped: number;
  errors: ImportProblem[];
}

const BATCH_SIZE = 500;
export const ANONYMOUS_NAME = 'अनाम / Anonymous';
/**
 * An imported comment's author never got a status token, so none may open it: this is not a SHA-256 in base64url,
 * so no token hashes to it (and it saves a random token and a hash per comment).
 */
const IMPORTED_STATUS_TOKEN = 'none:imported';

/**
 * Streams a WXR or Disqus file into a site: batches of rows, a stable key per source comment (a second run adds
 * nothing), parents resolved by source id whatever their order in the file. Nothing is queued for checks, no
 * webhook or mail goes out, and nothing is learned: the source already decided these comments.
 * Memory grows with the number of comment ids (a few dozen bytes each), never with their text.
 */
export class CommentImporter {
  constructor(
    private readonly repository: ImportRepository,
    private readonly secrets: Secrets,
  ) {}

  async run(input: AsyncIterable<Buffer | string>, options: ImportOptions): Promise<ImportSummary> {
    const run = new ImportRun(this.repository, this.secrets, options);
    const reader = options.format === 'wxr' ? new WxrReader() : new DisqusReader();
    let read = 0;
    for await (const record of readXmlRecords(input, reader)) {
      read++;
      await run.take(record);
      if (read % BATCH_SIZE === 0) await options.onProgress?.(read);
    }
    await run.finish();
    await options.onProgress?.(read);
    return run.summary;
  }
}

class ImportRun {
  readonly summary: ImportSummary = { imported: 0, skipped: 0, errors: [] };
  private readonly admitted = new Set<string>();
  private readonly failed = new Set<string>();
  private readonly commentIds = new Map<string, string>();
  private readonly waitingForParent = new Map<string, SourceComment[]>();
  private batch: SourceComment[] = [];
  private storing: Promise<void> = Promise.resolve();
  /** New ids a stored batch did not add because the comment was already there: new id → existing id (rare). */
  private readonly redirected = new Map<string, string>();
  private readonly ipCutoff: number;

  constructor(
    private readonly repository: ImportRepository,
    private readonly secrets: Secrets,
    private readonly options: ImportOptions,
  ) {
    this.ipCutoff = (options.now ?? new Date()).getTime() - options.ipRetentionDays * 86_400_000;
  }

  async take(record: SourceRecord): Promise<void> {
    if (record.kind === 'problem') {
      this.summary.errors.push(record.problem);
      if (record.problem.sourceId) this.fail(record.problem.sourceId);
    } else if (record.kind === 'skip') {
      this.summary.skipped++;
      this.fail(record.sourceId);
    } else {
      this.offer(record.comment);
    }
    if (this.batch.length >= BATCH_SIZE) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    // Replies whose parent is not in this file may answer one imported before (an earlier file of the same site).
    const earlier = await this.repository.existingKeys(
      this.options.siteId,
      [...this.waitingForParent.keys()].map((id) => this.key(id)),
    );
    for (const parentSourceId of [...this.waitingForParent.keys()]) {
      const commentId = earlier.get(this.key(parentSourceId));
      if (!commentId) continue;
      this.commentIds.set(parentSourceId, commentId);
      this.admit({ sourceId: parentSourceId } as SourceComment, false);
      if (this.batch.length >= BATCH_SIZE) await this.flush();
    }
    await this.flush();
    for (const [parentSourceId, replies] of this.waitingForParent) {
      for (const reply of replies) {
        this.summary.errors.push({
          sourceId: reply.sourceId,
          code: 'parent_missing',
          message: `its parent "${parentSourceId}" is not in the file; the reply was not imported`,
        });
        this.fail(reply.sourceId);
      }
    }
    this.waitingForParent.clear();
    // The last batch in flight: the summary is complete only when it is stored.
    await this.storing;
  }

  private offer(comment: SourceComment): void {
    if (this.admitted.has(comment.sourceId) || this.failed.has(comment.sourceId)) {
      this.summary.skipped++; // the same source id twice in one file
      return;
    }
    const parent = comment.parentSourceId;
    if (!parent || this.admitted.has(parent)) return this.admit(comment, true);
    if (this.failed.has(parent)) return this.failWith(comment.sourceId, parent);
    const waiting = this.waitingForParent.get(parent) ?? [];
    waiting.push(comment);
    this.waitingForParent.set(parent, waiting);
  }

  /** Admits a comment and, after it, every reply that was waiting for it (parents always precede replies). */
  private admit(comment: SourceComment, store: boolean): void {
    const pending = [comment];
    let first = true;
    while (pending.length > 0) {
      const next = pending.shift()!;
      this.admitted.add(next.sourceId);
      if (store || !first) this.batch.push(next);
      first = false;
      pending.push(...(this.waitingForParent.get(next.sourceId) ?? []));
      this.waitingForParent.delete(next.sourceId);
    }
  }

  private fail(sourceId: string): void {
    this.failed.add(sourceId);
    for (const reply of this.waitingForParent.get(sourceId) ?? []) this.failWith(reply.sourceId, sourceId);
    this.waitingForParent.delete(sourceId);
  }

  private failWith(sourceId: string, parentSourceId: string): void {
    this.summary.errors.push({
      sourceId,
      code: 'parent_not_imported',
      message: `its parent "${parentSourceId}" was skipped or had an error, so this reply was not imported`,
    });
    this.fail(sourceId);
  }

  private key(sourceId: string): string {
    return `${this.options.format}:${sourceId}`;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    const existing = await this.repository.existingKeys(
      this.options.siteId,
      batch.map((c) => this.key(c.sourceId)),
    );
    const rows: ImportedCommentRow[] = [];
    const keyOf = new Map<string, string>();
    for (const comment of batch) {
      const already = existing.get(this.key(comment.sourceId));
      if (already) {
        this.commentIds.set(comment.sourceId, already);
        this.summary.skipped++;
        continue;
      }
      const id = uuidv7();
      this.commentIds.set(comment.sourceId, id);
      keyOf.set(id, this.key(comment.sourceId));
      const parentId = comment.parentSourceId ? (this.commentIds.get(comment.parentSourceId) ?? null) : null;
      rows.push(this.toRow(comment, id, parentId));
    }
    if (rows.length === 0) return;
    if (this.options.dryRun) {
      this.summary.imported += rows.length;
      return;
    }
    // One batch in flight while the next is read and built: the database and the parser work at the same time,
    // and memory still holds at most two batches.
    await this.storing;
    for (const row of rows) {
      if (row.parentId) row.parentId = this.redirected.get(row.parentId) ?? row.parentId;
    }
    this.storing = this.store(rows, keyOf);
    this.storing.catch(() => undefined); // surfaced by the next await of `storing`, not as an unhandled rejection
  }

  private async store(rows: ImportedCommentRow[], keyOf: Map<string, string>): Promise<void> {
    const stored = await this.repository.storeBatch(this.options.siteId, rows, keyOf);
    this.summary.imported += stored.inserted;
    this.summary.skipped += stored.redirected.size;
    if (stored.redirected.size === 0) return;
    for (const [newId, existingId] of stored.redirected) this.redirected.set(newId, existingId);
    for (const [sourceId, id] of this.commentIds) {
      const existingId = stored.redirected.get(id);
      if (existingId) this.commentIds.set(sourceId, existingId);
    }
  }

  private toRow(comment: SourceComment, id: string, parentId: string | null): ImportedCommentRow {
    const { siteId } = this.options;
    const { emailLookupKey, emailEncryptionKey, avatarKey } = this.secrets;
    // Without an address, each anonymous comment is its own author: no shared flood, history or ban key.
    const identity = comment.authorEmail || `\u0000anonymous:${siteId}:${this.key(comment.sourceId)}`;
    const keepIp = comment.createdAt.getTime() >= this.ipCutoff;
    return {
      id,
      siteId,
      threadId: comment.threadId,
      parentId,
      status: comment.status,
      authorName: comment.authorName || ANONYMOUS_NAME,
      authorUrl: comment.authorUrl,
      authorEmailEncrypted: encryptEmail(comment.authorEmail, emailEncryptionKey),
      authorEmailHmac: emailLookupHmac(identity, emailLookupKey),
      avatarSeed: avatarSeed(identity, siteId, avatarKey),
      body: comment.body,
      bodyFingerprint: bodyFingerprint(comment.body),
      formTokenState: 'not-applicable',
      clientIp: keepIp ? comment.clientIp : null,
      userAgent: keepIp ? comment.userAgent : null,
      statusTokenHash: IMPORTED_STATUS_TOKEN,
      createdAt: comment.createdAt,
      publishedAt: comment.publishedAt,
      decidedAt: comment.status === 'queued' ? null : comment.createdAt,
    };
  }
}

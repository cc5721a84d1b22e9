import { Inject, Injectable } from '@nestjs/common';
import { hash } from 'node:crypto';
import { Database, DATABASE, NewCommentRow, prepared as runPrepared, Queryable } from '@app/db';

/** A stored row of the batch: what the 202 needs. */
export interface StoredComment {
  id: string;
  parentId: string | null;
  createdAt: Date;
}

export type IntakeRow = Required<
  Pick<
    NewCommentRow,
    | 'id'
    | 'siteId'
    | 'threadId'
    | 'parentId'
    | 'authorName'
    | 'authorUrl'
    | 'authorEmailEncrypted'
    | 'authorEmailHmac'
    | 'avatarSeed'
    | 'body'
    | 'bodyFingerprint'
    | 'honeypot'
    | 'formTokenState'
    | 'formTokenSeconds'
    | 'proofOfWork'
    | 'clientIp'
    | 'readerId'
    | 'notify'
    | 'userAgent'
    | 'statusTokenHash'
  >
>;

/**
 * The intake's set-based queries, each written once as SQL over arrays and run as a named prepared statement:
 * PostgreSQL plans it once per connection, nothing is built per request, and a batch of any size is one statement.
 */
const SQL = {
  lock: `SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k`,
  threads: `SELECT t.site_id, t.id, t.closed FROM threads t
    JOIN unnest($1::text[], $2::text[]) AS w(site_id, id) ON t.site_id = w.site_id AND t.id = w.id`,
  parents: `SELECT id, site_id, thread_id, status FROM comments WHERE id = ANY($1::text[])`,
  latestByEmail: `SELECT c.site_id, c.author_email_hmac AS key, (extract(epoch FROM max(c.created_at)) * 1000)::float8 AS at
    FROM comments c JOIN unnest($1::text[], $2::text[], $3::timestamptz[]) AS w(site_id, key, since)
      ON c.site_id = w.site_id AND c.author_email_hmac = w.key AND c.created_at > w.since
    GROUP BY 1, 2`,
  latestByIp: `SELECT c.site_id, c.client_ip AS key, (extract(epoch FROM max(c.created_at)) * 1000)::float8 AS at
    FROM comments c JOIN unnest($1::text[], $2::text[], $3::timestamptz[]) AS w(site_id, key, since)
      ON c.site_id = w.site_id AND c.client_ip = w.key AND c.created_at > w.since
    GROUP BY 1, 2`,
  sameTexts: `SELECT DISTINCT c.site_id, c.thread_id, c.body_fingerprint, c.reader_id, c.client_ip FROM comments c
    JOIN unnest($1::text[], $2::text[], $3::text[]) AS w(site_id, thread_id, fp)
      ON c.site_id = w.site_id AND c.body_fingerprint = w.fp AND c.thread_id = w.thread_id
    WHERE c.created_at > now() - interval '1 hour'`,
  createThreads: `INSERT INTO threads (site_id, id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
  insertComments: `INSERT INTO comments (id, site_id, thread_id, parent_id, author_name, author_url,
      author_email_encrypted, author_email_hmac, avatar_seed, body, body_fingerprint, honeypot, form_token_state,
      form_token_seconds, client_ip, reader_id, user_agent, status_token_hash, proof_of_work, notify)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
      $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::real[], $15::text[],
      $16::text[], $17::text[], $18::text[], $19::text[], $20::text[])
    RETURNING id, parent_id, (extract(epoch FROM created_at) * 1000)::float8 AS created_ms`,
} as const;

/** One of the statements above, named for the intake so no other repository's statement takes its name. */
function prepared<R>(db: Queryable, name: keyof typeof SQL, params: unknown[]): Promise<R[]> {
  return runPrepared<R>(db, `intake_${name}`, SQL[name], params);
}

/** A 64-bit advisory lock key for a string; a collision only makes two unrelated batches wait for each other. */
export function lockKey(text: string): bigint {
  return hash('sha256', text, 'buffer').readBigInt64BE(0);
}

/** Typed set-based queries for a batch of submissions; no rules live here. */
@Injectable()
export class IntakeRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Serialises, across processes, the batches that touch the same keys, until this transaction ends. */
  async lock(tx: Queryable, keys: readonly string[]): Promise<void> {
    const ordered = [...new Set(keys.map(lockKey))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (ordered.length > 0) await prepared(tx, 'lock', [ordered.map(String)]);
  }

  async threads(tx: Queryable, wanted: ReadonlyArray<{ siteId: string; threadId: string }>) {
    const rows = await prepared<{ site_id: string; id: string; closed: boolean }>(tx, 'threads', [
      wanted.map((t) => t.siteId),
      wanted.map((t) => t.threadId),
    ]);
    return rows.map((r) => ({ siteId: r.site_id, threadId: r.id, closed: r.closed }));
  }

  async parents(tx: Queryable, ids: readonly string[]) {
    if (ids.length === 0) return [];
    const rows = await prepared<{ id: string; site_id: string; thread_id: string; status: string }>(
      tx,
      'parents',
      [ids],
    );
    return rows.map((r) => ({ id: r.id, siteId: r.site_id, threadId: r.thread_id, status: r.status }));
  }

  /** Newest submission per (site, email HMAC) and per (site, IP) since each one's own time. */
  async latestSubmissions(
    tx: Queryable,
    byEmail: ReadonlyArray<{ siteId: string; key: string; since: Date }>,
    byIp: ReadonlyArray<{ siteId: string; key: string; since: Date }>,
  ) {
    const run = async (name: 'latestByEmail' | 'latestByIp', wanted: typeof byEmail) => {
      if (wanted.length === 0) return [];
      return prepared<{ site_id: string; key: string; at: number }>(tx, name, [
        wanted.map((w) => w.siteId),
        wanted.map((w) => w.key),
        wanted.map((w) => w.since.toISOString()),
      ]);
    };
    return { byEmail: await run('latestByEmail', byEmail), byIp: await run('latestByIp', byIp) };
  }

  /** Rows of the last hour with the same text in the same thread. */
  async sameTexts(
    tx: Queryable,
    wanted: ReadonlyArray<{ siteId: string; threadId: string; bodyFingerprint: string }>,
  ) {
    const rows = await prepared<{
      site_id: string;
      thread_id: string;
      body_fingerprint: string;
      reader_id: string | null;
      client_ip: string | null;
    }>(tx, 'sameTexts', [
      wanted.map((w) => w.siteId),
      wanted.map((w) => w.threadId),
      wanted.map((w) => w.bodyFingerprint),
    ]);
    return rows.map((r) => ({
      siteId: r.site_id,
      threadId: r.thread_id,
      bodyFingerprint: r.body_fingerprint,
      readerId: r.reader_id,
      clientIp: r.client_ip,
    }));
  }

  async createThreads(tx: Queryable, missing: ReadonlyArray<{ siteId: string; threadId: string }>) {
    if (missing.length === 0) return;
    await prepared(tx, 'createThreads', [missing.map((t) => t.siteId), missing.map((t) => t.threadId)]);
  }

  /** Every row of the batch in one statement. */
  async insertComments(tx: Queryable, rows: readonly IntakeRow[]): Promise<StoredComment[]> {
    const column = <K extends keyof IntakeRow>(key: K) => rows.map((row) => row[key] ?? null);
    const inserted = await prepared<{ id: string; parent_id: string | null; created_ms: number }>(
      tx,
      'insertComments',
      [
        column('id'),
        column('siteId'),
        column('threadId'),
        column('parentId'),
        column('authorName'),
        column('authorUrl'),
        column('authorEmailEncrypted'),
        column('authorEmailHmac'),
        column('avatarSeed'),
        column('body'),
        column('bodyFingerprint'),
        column('honeypot'),
        column('formTokenState'),
        column('formTokenSeconds'),
        column('clientIp'),
        column('readerId'),
        column('userAgent'),
        column('statusTokenHash'),
        column('proofOfWork'),
        column('notify'),
      ],
    );
    return inserted.map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      createdAt: new Date(Number(r.created_ms)),
    }));
  }
}

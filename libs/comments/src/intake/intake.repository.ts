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

interface FloodKey {
  siteId: string;
  key: string;
  since: Date;
}

/** What a batch asks the store about. */
export interface FactsWanted {
  threads: ReadonlyArray<{ siteId: string; threadId: string }>;
  parentIds: readonly string[];
  floodByEmail: readonly FloodKey[];
  floodByIp: readonly FloodKey[];
  texts: ReadonlyArray<{ siteId: string; threadId: string; bodyFingerprint: string }>;
}

/** What the store holds of it. */
export interface StoredFacts {
  threads: Array<{ siteId: string; threadId: string; closed: boolean }>;
  parents: Array<{ id: string; siteId: string; threadId: string; status: string }>;
  /** The newest stored submission (epoch ms) per (site, email HMAC) and per (site, IP), within each key's window. */
  latestByEmail: Array<{ siteId: string; key: string; at: number }>;
  latestByIp: Array<{ siteId: string; key: string; at: number }>;
  /** Rows of the last hour with the same text in the same thread. */
  sameTexts: Array<{
    siteId: string;
    threadId: string;
    bodyFingerprint: string;
    readerId: string | null;
    clientIp: string | null;
  }>;
}

const floodColumns = (keys: readonly FloodKey[]) => [
  keys.map((k) => k.siteId),
  keys.map((k) => k.key),
  keys.map((k) => k.since.toISOString()),
];

/**
 * The intake's set-based queries, each written once as SQL over arrays and run as a named prepared statement:
 * PostgreSQL plans it once per connection, nothing is built per request, and a batch of any size is one statement.
 */
const SQL = {
  lock: `SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k`,
  /*
   * Every fact the rules read, in one statement (one round trip, one row of JSON arrays): the threads, the parents,
   * the newest submission per flood key (email HMAC, IP) since each key's own time, and the same texts of the last
   * hour. It runs after the lock, in a statement of its own, so its snapshot sees what the batch waited for.
   */
  facts: `SELECT
    (SELECT coalesce(json_agg(json_build_array(t.site_id, t.id, t.closed)), '[]') FROM threads t
      JOIN unnest($1::text[], $2::text[]) AS w(site_id, id) ON t.site_id = w.site_id AND t.id = w.id) AS threads,
    (SELECT coalesce(json_agg(json_build_array(c.id, c.site_id, c.thread_id, c.status)), '[]') FROM comments c
      WHERE c.id = ANY($3::text[])) AS parents,
    (SELECT coalesce(json_agg(json_build_array(l.site_id, l.key, l.at)), '[]') FROM (
      SELECT c.site_id, c.author_email_hmac AS key, (extract(epoch FROM max(c.created_at)) * 1000)::float8 AS at
      FROM comments c JOIN unnest($4::text[], $5::text[], $6::timestamptz[]) AS w(site_id, key, since)
        ON c.site_id = w.site_id AND c.author_email_hmac = w.key AND c.created_at > w.since
      GROUP BY 1, 2) l) AS latest_by_email,
    (SELECT coalesce(json_agg(json_build_array(l.site_id, l.key, l.at)), '[]') FROM (
      SELECT c.site_id, c.client_ip AS key, (extract(epoch FROM max(c.created_at)) * 1000)::float8 AS at
      FROM comments c JOIN unnest($7::text[], $8::text[], $9::timestamptz[]) AS w(site_id, key, since)
        ON c.site_id = w.site_id AND c.client_ip = w.key AND c.created_at > w.since
      GROUP BY 1, 2) l) AS latest_by_ip,
    (SELECT coalesce(json_agg(json_build_array(s.site_id, s.thread_id, s.body_fingerprint, s.reader_id, s.client_ip)), '[]')
      FROM (SELECT DISTINCT c.site_id, c.thread_id, c.body_fingerprint, c.reader_id, c.client_ip FROM comments c
        JOIN unnest($10::text[], $11::text[], $12::text[]) AS w(site_id, thread_id, fp)
          ON c.site_id = w.site_id AND c.body_fingerprint = w.fp AND c.thread_id = w.thread_id
        WHERE c.created_at > now() - interval '1 hour') s) AS same_texts`,
  /* The batch's new threads and its rows in one statement: no round trip of its own for a first comment. */
  insertComments: `WITH new_threads AS (
      INSERT INTO threads (site_id, id) SELECT * FROM unnest($21::text[], $22::text[]) ON CONFLICT DO NOTHING
    )
    INSERT INTO comments (id, site_id, thread_id, parent_id, author_name, author_url,
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

  /** Everything the batch's rules read, in one statement; `since` is each flood key's own window. */
  async facts(tx: Queryable, wanted: FactsWanted): Promise<StoredFacts> {
    const [row] = await prepared<{
      threads: Array<[string, string, boolean]>;
      parents: Array<[string, string, string, string]>;
      latest_by_email: Array<[string, string, number]>;
      latest_by_ip: Array<[string, string, number]>;
      same_texts: Array<[string, string, string, string | null, string | null]>;
    }>(tx, 'facts', [
      wanted.threads.map((t) => t.siteId),
      wanted.threads.map((t) => t.threadId),
      wanted.parentIds,
      ...floodColumns(wanted.floodByEmail),
      ...floodColumns(wanted.floodByIp),
      wanted.texts.map((w) => w.siteId),
      wanted.texts.map((w) => w.threadId),
      wanted.texts.map((w) => w.bodyFingerprint),
    ]);
    const latest = ([siteId, key, at]: [string, string, number]) => ({ siteId, key, at: Number(at) });
    return {
      threads: row.threads.map(([siteId, threadId, closed]) => ({ siteId, threadId, closed })),
      parents: row.parents.map(([id, siteId, threadId, status]) => ({ id, siteId, threadId, status })),
      latestByEmail: row.latest_by_email.map(latest),
      latestByIp: row.latest_by_ip.map(latest),
      sameTexts: row.same_texts.map(([siteId, threadId, bodyFingerprint, readerId, clientIp]) => ({
        siteId,
        threadId,
        bodyFingerprint,
        readerId,
        clientIp,
      })),
    };
  }

  /** Every row of the batch in one statement, with the threads it opens (first comments). */
  async insertComments(
    tx: Queryable,
    rows: readonly IntakeRow[],
    newThreads: ReadonlyArray<{ siteId: string; threadId: string }> = [],
  ): Promise<StoredComment[]> {
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
        newThreads.map((t) => t.siteId),
        newThreads.map((t) => t.threadId),
      ],
    );
    return inserted.map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      createdAt: new Date(Number(r.created_ms)),
    }));
  }
}

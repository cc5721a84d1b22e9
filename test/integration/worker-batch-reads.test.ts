/**
 * The worker's per-batch statements read about as many rows as the batch has comments, not the whole site: on a
 * table with no statistics (autovacuum off, a new or fast-growing table) the filter-over-arrays versions had the
 * planner read every comment of the site in the window, the queued partial index whole, and all of comment_checks,
 * for every batch. Counted by PostgreSQL itself for the current transaction (pg_stat_xact_*), so no timing.
 */
import { sql } from 'drizzle-orm';
import { tmpdir } from 'node:os';
import { Database, DatabaseHandle, openDatabase, Queryable, sites, threads } from '@app/db';
import { SpamEvidenceRepository } from '../../libs/comments/src/learning/spam-evidence.repository';
import { CheckContextRepository } from '../../libs/comments/src/lifecycle/check-context.repository';
import { LifecycleRepository } from '../../libs/comments/src/lifecycle/lifecycle.repository';
import { createTestDatabase } from '../support/database';

/** Comments already on the site: what a whole-site read would go through. */
const EARLIER = 3000;
const BATCH = 40;
/** Generous: an index probe per key reads a handful of entries; a whole-site read reads thousands. */
const MOST_ROWS_PER_COMMENT = 5;

describe('the worker batch statements read the batch, not the site', () => {
  let store: { url: string; drop(): Promise<void> };
  let handle: DatabaseHandle;
  const batch = Array.from({ length: BATCH }, (_, i) => `new-${i}`);

  beforeAll(async () => {
    store = await createTestDatabase();
    handle = await openDatabase({ databaseUrl: store.url, dataDir: tmpdir(), poolSize: 2 });
    const { db } = handle;
    await db.insert(sites).values({ id: 's1', name: 'One', spamHoldThreshold: 0.5, spamThreshold: 0.9 });
    await db.insert(threads).values([
      { siteId: 's1', id: 't1' },
      { siteId: 's1', id: 't2' },
    ]);
    // No statistics, whatever the server's autovacuum does meanwhile: the state the planner got wrong.
    await db.execute(sql`ALTER TABLE comments SET (autovacuum_enabled = false)`);
    await db.execute(sql`ALTER TABLE comment_checks SET (autovacuum_enabled = false)`);
    const insert = (prefix: string, from: number, to: number, status: string) =>
      db.execute(sql`INSERT INTO comments (id, site_id, thread_id, author_name, author_email_encrypted,
          author_email_hmac, avatar_seed, body, body_fingerprint, form_token_state, status_token_hash, status,
          client_ip)
        SELECT ${prefix} || n, 's1', 't' || (1 + n % 2), 'रीना शर्मा', 'enc', 'hmac-' || ${prefix} || n, 'seed',
          'सरकार को इस पर सोचना चाहिए। टिप्पणी ' || n, 'fp-' || ${prefix} || n, 'valid', 'x', ${status},
          '127.0.0.1'
        FROM generate_series(${from}::int, ${to}::int) AS n`);
    await insert('old-', 0, EARLIER - 1, 'published');
    // Comments queued and checked since the last vacuum leave their entries in the queued partial index.
    await db.execute(sql`UPDATE comments SET status = 'queued' WHERE id LIKE 'old-%'`);
    await db.execute(sql`UPDATE comments SET status = 'published' WHERE id LIKE 'old-%'`);
    await db.execute(sql`INSERT INTO comment_checks (comment_id, position, name, verdict, score, reason)
      SELECT id, p, 'check-' || p, 'pass', 0, 'ठीक है' FROM comments, generate_series(0, 2) AS p
      WHERE id LIKE 'old-%'`);
    await insert('new-', 0, BATCH - 1, 'queued');
  });

  afterAll(async () => {
    await handle?.close();
    await store?.drop();
  });

  /** Rows this transaction has read from `table` so far: sequential scans plus every index's entries. */
  async function rowsRead(tx: Queryable, table: string): Promise<number> {
    const [row] = (
      await tx.execute(sql`SELECT
        coalesce((SELECT seq_tup_read FROM pg_stat_xact_user_tables WHERE relname = ${table}), 0)
      + coalesce((SELECT sum(pg_stat_get_xact_tuples_returned(indexrelid)) FROM pg_index
                  WHERE indrelid = ${table}::regclass), 0) AS n`)
    ).rows as { n: string }[];
    return Number(row.n);
  }

  /** Runs `work` in a transaction of its own and answers how many rows of `table` it read. */
  async function readBy(table: string, work: (tx: Database) => Promise<unknown>): Promise<number> {
    return handle.db.transaction(async (tx) => {
      const before = await rowsRead(tx, table);
      await work(tx as unknown as Database);
      return (await rowsRead(tx, table)) - before;
    });
  }

  it('finds the queued comments, their same-text threads and their authors by index probes', async () => {
    const since = new Date(Date.now() - 3600_000);
    const fingerprints = batch.map((id) => `fp-${id}`);
    const hmacs = batch.map((id) => `hmac-${id}`);

    let queued: unknown[] = [];
    const queuedRead = await readBy('comments', async (tx) => {
      queued = await new CheckContextRepository(tx).queued([...batch, 'old-1']);
    });
    expect(queued).toHaveLength(BATCH);
    expect(queuedRead).toBeLessThanOrEqual(MOST_ROWS_PER_COMMENT * BATCH);

    let withText: unknown[] = [];
    const textRead = await readBy('comments', async (tx) => {
      withText = await new CheckContextRepository(tx).threadsWithText(['s1'], fingerprints, since);
    });
    expect(withText).toHaveLength(BATCH);
    expect(textRead).toBeLessThanOrEqual(MOST_ROWS_PER_COMMENT * BATCH);

    for (const readers of [[], ['reader-1']]) {
      let counts: { published: number }[] = [];
      const authorsRead = await readBy('comments', async (tx) => {
        counts = await new SpamEvidenceRepository(tx).authorCounts(['s1'], hmacs, readers);
      });
      expect(counts).toHaveLength(BATCH);
      expect(authorsRead).toBeLessThanOrEqual(MOST_ROWS_PER_COMMENT * BATCH);
    }
  });

  it("replaces the batch's check rows without reading every comment's", async () => {
    const checks = new Map(
      batch.map((id) => [id, [{ name: 'language', verdict: 'pass' as const, score: 0, reason: 'हिन्दी' }]]),
    );
    const checksRead = await readBy('comment_checks', (tx) =>
      new LifecycleRepository().setStatus(
        tx,
        new Map(batch.map((id) => [id, 'published' as const])),
        { by: 'auto', at: new Date() },
        new Map(batch.map((id) => [id, { verdict: 'publish' as const, spamScore: 0.1, language: 'hi' }])),
        checks,
      ),
    );
    expect(checksRead).toBeLessThanOrEqual(MOST_ROWS_PER_COMMENT * BATCH);
    const [stored] = (
      await handle.db.execute(sql`SELECT count(*) AS n FROM comment_checks WHERE comment_id LIKE 'new-%'`)
    ).rows as { n: string }[];
    expect(Number(stored.n)).toBe(BATCH);
  });
});

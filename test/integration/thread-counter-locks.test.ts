/**
 * Two lifecycle batches that publish into the same threads must never deadlock on the threads' counter rows. They
 * did: each batch updated its threads in the order its comments came in, so two worker batches (or two worker
 * processes) could lock thread A then B and B then A; PostgreSQL broke the tie after a second by failing one, whose
 * comments were then retried one by one. The drain bench with 4 worker processes logged 14 such deadlocks.
 *
 * The interleaving is made deterministic: a third connection holds thread t001, batch A (t001 then t002) queues
 * behind it, batch B (t002 then t001) starts, then the holder lets go.
 */
import { Client } from 'pg';
import { tmpdir } from 'node:os';
import { DatabaseHandle, openDatabase, sites, threads } from '@app/db';
import { LifecycleRepository } from '../../libs/comments/src/lifecycle/lifecycle.repository';
import { createTestDatabase } from '../support/database';
import { waitFor } from '../support/wait';

describe('thread counters under concurrent lifecycle batches', () => {
  let store: { url: string; drop(): Promise<void> };
  let handle: DatabaseHandle;
  let holder: Client;
  let observer: Client;
  const repository = new LifecycleRepository();
  const threadIds = Array.from({ length: 100 }, (_, i) => `t${String(i + 1).padStart(3, '0')}`);

  beforeAll(async () => {
    store = await createTestDatabase();
    handle = await openDatabase({ databaseUrl: store.url, dataDir: tmpdir(), poolSize: 4 });
    await handle.db
      .insert(sites)
      .values({ id: 's1', name: 'One', spamHoldThreshold: 0.5, spamThreshold: 0.9 });
    // A news site's worth of threads, with statistics, so the planner plans the update as it does in production.
    await handle.db.insert(threads).values(threadIds.map((id) => ({ siteId: 's1', id })));
    holder = new Client({ connectionString: store.url });
    await holder.connect();
    observer = new Client({ connectionString: store.url });
    await observer.connect();
    await holder.query('ANALYZE threads');
  });

  afterAll(async () => {
    await holder?.end();
    await observer?.end();
    await handle?.close();
    await store?.drop();
  });

  // Read by a connection of its own: inside the holder's transaction the activity view would be a frozen snapshot.
  const waitingOnLocks = async () =>
    Number(
      (
        await observer.query(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0].n,
    );

  const counters = async () =>
    (
      await holder.query(`SELECT id, version, published_count FROM threads WHERE id = ANY($1) ORDER BY id`, [
        ['t001', 't002'],
      ])
    ).rows;

  it('locks them in one order, so crossing batches both commit', async () => {
    const before = await counters();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM threads WHERE site_id = 's1' AND id = 't001' FOR UPDATE`);

    const batch = (order: string[]) =>
      handle.db.transaction((tx) =>
        repository.bumpThreads(
          tx,
          order.map((threadId) => ({ siteId: 's1', threadId, delta: 1 })),
        ),
      );
    const a = batch(['t001', 't002']);
    await waitFor(async () => (await waitingOnLocks()) === 1, { what: 'batch A to wait for t001' });
    const b = batch(['t002', 't001']);
    await waitFor(async () => (await waitingOnLocks()) === 2, { what: 'batch B to wait' });
    await holder.query('COMMIT');

    const settled = await Promise.allSettled([a, b]);
    expect(settled.map((s) => (s.status === 'rejected' ? String(s.reason) : 'committed'))).toEqual([
      'committed',
      'committed',
    ]);
    expect(await counters()).toEqual(
      before.map((t) => ({ ...t, version: t.version + 2, published_count: t.published_count + 2 })),
    );
  });
});

import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { RunningApi, startApi, waitFor } from '../support/test-app';
import { adminClient } from '../support/webhook-helpers';
import { WebhookReceiver } from '../support/webhook-receiver';
import {
  Answer,
  query,
  statusCounts,
  stillQueued,
  submitLoad,
  threadCountMismatches,
  progress,
  waitForOrExplain,
  WorkerProcess,
} from './fault-kit';

const ADMIN = { email: 'fault-admin@example.org', password: randomBytes(12).toString('hex') };
const COMMENTS = 2000;

/**
 * A worker process is SIGKILLed while 2,000 comments are in flight. BullMQ's stalled-job check hands the jobs it held
 * to the next worker; the verdict is stored once (only `queued` moves), and webhooks are at least once.
 */
describe('fault: the worker is SIGKILLed mid-flight', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  const receiver = new WebhookReceiver();
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    process.env.ADMIN_EMAIL = ADMIN.email;
    process.env.ADMIN_PASSWORD = ADMIN.password;
    process.env.WEBHOOK_RETRY_SCHEDULE_MS = '200,400,800,1000,1000,1000';
    process.env.WEBHOOK_RELAY_INTERVAL_MS = '300';
    process.env.WEBHOOK_DISABLE_AFTER_FAILURES = '100000';
    // One receiver takes every event here: the per-endpoint fair share (4 by default) would only pace the test.
    process.env.WEBHOOK_ENDPOINT_CONCURRENCY = '32';
    await receiver.start();
    api = await startApi();
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL');
    await api?.close();
    await receiver.stop();
    await db?.drop();
  });

  it('after a restart every accepted comment has one verdict, and each published one reached the publisher', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const admin = await adminClient(api.url, ADMIN.email, ADMIN.password);
    const endpoint = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: `${receiver.url}/hook`, events: ['comment.published'] },
    });
    expect(endpoint.status).toBe(201);

    const first = new WorkerProcess();
    workers.push(first);
    first.start();
    progress('first worker spawned');

    let answers: Answer[] | undefined;
    const load = submitLoad(api.url, siteId, {
      count: COMMENTS,
      concurrency: 16,
      threads: 20,
      label: 'kill',
    }).then((a) => (answers = a));

    // Kill it once it is visibly working, while submissions are still arriving.
    await waitForOrExplain(
      async () => {
        const counts = await statusCounts(db.url);
        progress(`before kill: ${JSON.stringify(counts)}`);
        const decided = Object.entries(counts).some(([s, n]) => s !== 'queued' && n > 0);
        return decided && Object.values(counts).reduce((a, b) => a + b, 0) >= 300;
      },
      {
        timeoutMs: 120_000,
        intervalMs: 1000,
        what: 'the first worker to check some comments',
        onTimeout: async () => `worker output: ${first.output.join('').slice(-1500)}`,
      },
    );
    await first.stop('SIGKILL');
    const atKill = await statusCounts(db.url);
    progress(`killed: ${JSON.stringify(atKill)}`);

    const second = new WorkerProcess();
    workers.push(second);
    second.start();

    await load;
    progress(`load done: ${JSON.stringify(await statusCounts(db.url))}`);
    const accepted = answers!.filter((a) => a.status === 202).map((a) => a.id!);
    expect(answers!.filter((a) => a.status !== 202)).toEqual([]);
    expect(accepted).toHaveLength(COMMENTS);
    // The kill landed mid-flight: some were decided before it, some were not.
    expect(atKill.queued ?? 0).toBeGreaterThan(0);
    expect(COMMENTS - (atKill.queued ?? 0)).toBeGreaterThan(0);

    // Jobs the dead worker held come back once their locks expire (BullMQ's stalled check), the rest drain at once.
    await waitFor(
      async () => {
        const left = (await stillQueued(db.url, accepted)).length;
        progress(`still queued: ${left}`);
        return left === 0;
      },
      {
        timeoutMs: 150_000,
        intervalMs: 500,
        what: `every accepted comment to get a verdict (worker output: ${second.output.join('').slice(-500)})`,
      },
    );

    const rows = await query<{ n: string }>(
      db.url,
      `SELECT count(*) AS n FROM comments WHERE id = ANY($1) AND verdict IS NOT NULL`,
      [accepted],
    );
    expect(Number(rows[0].n)).toBe(COMMENTS);
    expect(await threadCountMismatches(db.url)).toEqual([]);
    // One check row set per comment, never two.
    const doubled = await query(
      db.url,
      `SELECT comment_id, position FROM comment_checks GROUP BY 1, 2 HAVING count(*) > 1`,
    );
    expect(doubled).toEqual([]);

    // Webhooks: exactly one delivery (outbox row) per published comment, each arriving at least once.
    const published = (
      await query<{ id: string }>(db.url, `SELECT id FROM comments WHERE status = 'published'`)
    ).map((r) => r.id);
    expect(published.length).toBeGreaterThan(0);
    const perComment = await query<{ comment_id: string; n: string }>(
      db.url,
      `SELECT comment_id, count(*) AS n FROM webhook_deliveries WHERE event_type = 'comment.published' GROUP BY 1`,
    );
    expect(perComment.filter((r) => Number(r.n) !== 1)).toEqual([]);
    expect(perComment.map((r) => r.comment_id).sort()).toEqual([...published].sort());

    const arrivedFor = () => {
      const ids = new Set<string>();
      for (const call of receiver.callsTo('/hook')) ids.add(JSON.parse(call.body).data.comment.id);
      return ids;
    };
    await waitForOrExplain(
      async () => {
        const arrived = arrivedFor();
        progress(`webhooks arrived for ${arrived.size} of ${published.length}`);
        return published.every((id) => arrived.has(id));
      },
      {
        timeoutMs: 180_000,
        intervalMs: 1000,
        what: 'a webhook for every published comment',
        onTimeout: async () =>
          `${arrivedFor().size} of ${published.length} arrived; deliveries ${JSON.stringify(
            await query(
              db.url,
              `SELECT status, enqueued_at IS NULL AS outbox, count(*) FROM webhook_deliveries GROUP BY 1, 2`,
            ),
          )}; endpoint ${JSON.stringify(await query(db.url, `SELECT enabled, disabled_reason, consecutive_failures FROM webhook_endpoints`))}`,
      },
    );
    // Repeats are allowed (at least once) but only as the same delivery: one webhook-id per comment.
    const idsPerComment = new Map<string, Set<string>>();
    for (const call of receiver.callsTo('/hook')) {
      const commentId = JSON.parse(call.body).data.comment.id as string;
      const ids = idsPerComment.get(commentId) ?? new Set<string>();
      ids.add(String(call.headers['webhook-id']));
      idsPerComment.set(commentId, ids);
    }
    expect([...idsPerComment.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    const calls = receiver.callsTo('/hook').length;
    console.log(
      `worker SIGKILL: ${COMMENTS} accepted, ${atKill.queued ?? 0} still queued at the kill, ${published.length} published, ` +
        `${calls} webhook calls (${calls - published.length} repeats)`,
    );
  }, 600_000);
});

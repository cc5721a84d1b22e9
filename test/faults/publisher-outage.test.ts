import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { TcpProxy } from '../support/tcp-proxy';
import { RunningApi, startApi } from '../support/test-app';
import { adminClient } from '../support/webhook-helpers';
import { WebhookReceiver } from '../support/webhook-receiver';
import { Answer, progress, query, submitLoad, waitForOrExplain } from './fault-kit';

const ADMIN = { email: 'publisher-fault@example.org', password: randomBytes(12).toString('hex') };
const COMMENTS = 60;

/** A publisher's receiver is unreachable (connection refused), then returns: its deliveries retry, then succeed. */
describe('fault: a publisher that is down, then up', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  const receiver = new WebhookReceiver();
  let proxy: TcpProxy;

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    process.env.ADMIN_EMAIL = ADMIN.email;
    process.env.ADMIN_PASSWORD = ADMIN.password;
    process.env.WEBHOOK_RETRY_SCHEDULE_MS = '300,600,2000,4000,8000,16000';
    process.env.WEBHOOK_RELAY_INTERVAL_MS = '300';
    // The default (20 consecutive failures) would disable the endpoint long before this outage ends; see the report.
    process.env.WEBHOOK_DISABLE_AFTER_FAILURES = '100000';
    await receiver.start();
    proxy = new TcpProxy('127.0.0.1', Number(new URL(receiver.url).port));
    await proxy.start();
    api = await startApi({ withWorker: true });
  });

  afterAll(async () => {
    await api?.close();
    await proxy?.cut();
    await receiver.stop();
    await db?.drop();
  });

  it('retries every delivery while it is down and delivers each once it is back', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const admin = await adminClient(api.url, ADMIN.email, ADMIN.password);
    const endpoint = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: `http://127.0.0.1:${proxy.port}/hook`, events: ['comment.published'] },
    });
    expect(endpoint.status).toBe(201);
    receiver.verifyWith('/hook', endpoint.body.secret);

    await proxy.cut(); // the publisher is down: connections are refused
    const answers: Answer[] = await submitLoad(api.url, siteId, {
      count: COMMENTS,
      concurrency: 8,
      threads: 3,
      label: 'pub',
    });
    expect(answers.filter((a) => a.status !== 202)).toEqual([]);

    const deliveries = () =>
      query<{ comment_id: string; status: string; attempts: number }>(
        db.url,
        `SELECT comment_id, status, attempts FROM webhook_deliveries WHERE event_type = 'comment.published'`,
      );
    const published = async () =>
      (await query<{ id: string }>(db.url, `SELECT id FROM comments WHERE status = 'published'`)).map(
        (r) => r.id,
      );
    // Down long enough that every delivery failed at least twice (a first attempt and a retry).
    await waitForOrExplain(
      async () => {
        const rows = await deliveries();
        const ids = await published();
        progress(`${rows.filter((r) => r.attempts >= 2).length} of ${ids.length} retried while down`);
        return (
          ids.length > 0 &&
          rows.length === ids.length &&
          rows.every((r) => r.attempts >= 2 && r.status === 'pending')
        );
      },
      {
        timeoutMs: 120_000,
        intervalMs: 300,
        what: 'every delivery to be retried while the publisher is down',
        onTimeout: async () => JSON.stringify((await deliveries()).slice(0, 5)),
      },
    );
    expect(receiver.callsTo('/hook')).toEqual([]);

    await proxy.restore();
    const ids = await published();
    await waitForOrExplain(
      async () => {
        const rows = await deliveries();
        progress(`${rows.filter((r) => r.status === 'delivered').length} of ${ids.length} delivered`);
        return rows.every((r) => r.status === 'delivered');
      },
      {
        timeoutMs: 120_000,
        intervalMs: 300,
        what: 'every delivery to succeed once the publisher is back',
        onTimeout: async () =>
          JSON.stringify((await deliveries()).filter((r) => r.status !== 'delivered').slice(0, 5)),
      },
    );
    const calls = receiver.callsTo('/hook');
    const arrived = new Set(calls.map((c) => JSON.parse(c.body).data.comment.id as string));
    expect([...ids].filter((id) => !arrived.has(id))).toEqual([]);
    expect(calls.every((c) => c.verifiedWith.length === 1)).toBe(true);
    const attempts = await query<{ n: string }>(
      db.url,
      `SELECT count(*) AS n FROM webhook_attempts WHERE status_code IS NULL`,
    );
    console.log(
      `publisher outage: ${ids.length} published, ${attempts[0].n} refused attempts while down, ${calls.length} calls after (all verified)`,
    );
  }, 300_000);
});

/**
 * Latency from submit to published at a fixed offered rate (open loop: requests leave on schedule whatever the
 * answers do), api and worker as separate processes on this box. Submit time is taken by the client; the publish
 * time is the stored `published_at` (the same clock). Baseline, same run, same rate: the bare pipeline
 * (bench/baseline.server.ts: Fastify + INSERT + BullMQ add) drained by the bare worker (bench/bare.worker.ts:
 * SELECT + UPDATE per job), so the figure is read against the floor of the same path on the same machine.
 * Each side first runs BENCH_LATENCY_WARMUP_SECONDS (default 3) at the rate, not counted: JIT and pools warm up
 * there, not in the figure. BENCH_RATE (default 300/s, issue 14) and BENCH_LATENCY_SECONDS (default 10).
 * Goals: p50 ≤ 50 ms, p99 ≤ 150 ms.
 */
import {
  comment,
  quantile,
  report,
  send,
  sleep,
  sql,
  startBaselineServer,
  startWorkerProcess,
  runBench,
  startApiWithSite,
  untilDrained,
  untilWorkerServes,
} from './bench-kit';
import { printStages, STAGE_LOG, stageTimedWorker, workerNodeOptions } from './stage-timing';

const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_LATENCY_WARMUP_SECONDS ?? 3);
const THREADS = 20;

interface Offered {
  /** Accepted id → the client's clock when the request left. */
  sent: Map<string, number>;
  /** Accepted id → the client's clock when its 202 came back. */
  answered: Map<string, number>;
  /** Submit → 202, sorted. */
  answerMs: number[];
  refused: number;
  achievedRate: number;
}

/** Offers `rate` submissions a second for `seconds`, on schedule, over THREADS threads. */
async function offer(
  threadUrl: (thread: number) => string,
  body: (thread: number) => Record<string, string>,
  seconds: number,
): Promise<Offered> {
  const sent = new Map<string, number>();
  const answered = new Map<string, number>();
  const answerMs: number[] = [];
  let refused = 0;
  const pending: Promise<void>[] = [];
  const total = Math.round(RATE * seconds);
  const start = Date.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / RATE - Date.now();
    if (wait > 1) await sleep(wait);
    const at = Date.now();
    pending.push(
      send(`${threadUrl(i % THREADS)}/comments`, { body: body(i % THREADS) }).then(
        (answer) => {
          if (answer.status !== 202) return void refused++;
          const now = Date.now();
          answerMs.push(now - at);
          const id = JSON.parse(answer.body).id as string;
          sent.set(id, at);
          answered.set(id, now);
        },
        () => void refused++,
      ),
    );
  }
  const achievedRate = total / ((Date.now() - start) / 1000);
  await Promise.all(pending);
  return { sent, answered, answerMs: answerMs.sort((a, b) => a - b), refused, achievedRate };
}

/** Submit → published (ms, sorted) of the accepted rows that were published, and the rows' statuses. */
async function toPublished(databaseUrl: string, table: string, offered: Offered) {
  const rows = await sql<{ id: string; status: string; published: Date | null }>(
    databaseUrl,
    `SELECT id, status, published_at AS published FROM ${table} WHERE id = ANY($1)`,
    [[...offered.sent.keys()]],
  );
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const published = rows
    .filter((r) => r.published)
    .map((r) => r.published!.getTime() - offered.sent.get(r.id)!)
    .sort((a, b) => a - b);
  const publishedAt = new Map(rows.filter((r) => r.published).map((r) => [r.id, r.published!.getTime()]));
  return { published, byStatus, publishedAt };
}

async function untilAll(databaseUrl: string, table: string, ids: string[]): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const [row] = await sql<{ n: string }>(
      databaseUrl,
      `SELECT count(*) AS n FROM ${table} WHERE id = ANY($1) AND status = 'queued'`,
      [ids],
    );
    if (Number(row.n) === 0) return;
    if (Date.now() > deadline) throw new Error(`${row.n} rows of ${table} still queued after 300 s`);
    await sleep(200);
  }
}

function describe(label: string, offered: Offered, published: number[], byStatus: object): void {
  console.log(
    `  ${label}: achieved ${offered.achievedRate.toFixed(0)}/s, ${offered.sent.size} accepted, ${offered.refused} refused, ${JSON.stringify(byStatus)}`,
  );
  console.log(
    `    submit → 202:                p50 ${quantile(offered.answerMs, 0.5)} ms, p99 ${quantile(offered.answerMs, 0.99)} ms`,
  );
  console.log(
    `    submit → published (${published.length}): p50 ${quantile(published, 0.5)} ms, p99 ${quantile(published, 0.99)} ms`,
  );
}

runBench(async (store, children) => {
  console.log(
    `latency at an offered ${RATE}/s for ${SECONDS} s (after ${WARMUP_SECONDS} s of warm-up at the same rate), api and worker as separate processes`,
  );
  // The bare pipeline first, stopped before the service starts, so neither measures the other's processes.
  const { api, siteId } = await startApiWithSite(store, children);
  await sql(
    store.databaseUrl,
    'CREATE TABLE baseline_comments (LIKE comments INCLUDING DEFAULTS INCLUDING INDEXES)',
  );
  const bareEnv = { QUEUE_PREFIX: `${store.prefix}-base` };
  const bareUrl = await startBaselineServer(store, children, '/v1/sites/x/threads/y/comments', bareEnv);
  const bareWorker = startWorkerProcess(store, 'bench/bare.worker.ts', {
    ...bareEnv,
    BARE_TABLE: 'baseline_comments',
  });
  children.push(bareWorker);
  const bareThread = (t: number) => `${bareUrl}/v1/sites/${siteId}/threads/latency-${t}`;
  await offer(bareThread, () => comment(), WARMUP_SECONDS);
  const bareOffered = await offer(bareThread, () => comment(), SECONDS);
  await untilAll(store.databaseUrl, 'baseline_comments', [...bareOffered.sent.keys()]);
  // The bare server and worker are the last two children: stopped now, out of the service's way.
  for (const bareChild of children.splice(-2)) await bareChild.stop();
  const bare = await toPublished(store.databaseUrl, 'baseline_comments', bareOffered);

  // The service: its api (already up) and its worker.
  const thread = (t: number) => `${api.url}/v1/sites/${siteId}/threads/latency-${t}`;
  children.push(startWorkerProcess(store, stageTimedWorker(), workerNodeOptions()));
  await untilWorkerServes(store, `${api.url}/v1/sites/${siteId}/threads`);
  // A form token per thread (tokens are bound to their thread); the bench site's minimum time to submit is 0.
  const tokens: string[] = [];
  for (let t = 0; t < THREADS; t++)
    tokens.push(JSON.parse((await send(`${thread(t)}/form-token`)).body).formToken as string);
  const body = (t: number) => ({ ...comment(), formToken: tokens[t] });
  await offer(thread, body, WARMUP_SECONDS);
  const offered = await offer(thread, body, SECONDS);
  await untilDrained(store.databaseUrl, 300_000, 'the queue to drain');
  const ours = await toPublished(store.databaseUrl, 'comments', offered);

  describe('bare pipeline + bare worker', bareOffered, bare.published, bare.byStatus);
  describe('service (api + worker)     ', offered, ours.published, ours.byStatus);
  console.log('  goals: submit → published p50 ≤ 50 ms, p99 ≤ 150 ms');
  if (STAGE_LOG) {
    // The worker writes its last lines as it stops.
    for (const child of children.splice(-1)) await child.stop();
    printStages(STAGE_LOG, offered.sent, offered.answered, ours.publishedAt);
  }
  report(
    'latency',
    `submit→published p50 @${RATE}/s`,
    quantile(ours.published, 0.5),
    'ms',
    quantile(bare.published, 0.5),
    '≤ 50 ms',
  );
  report(
    'latency',
    `submit→published p99 @${RATE}/s`,
    quantile(ours.published, 0.99),
    'ms',
    quantile(bare.published, 0.99),
    '≤ 150 ms',
  );
});

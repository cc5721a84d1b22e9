/**
 * Latency from submit to published at a fixed offered rate (open loop: requests leave on schedule whatever the
 * answers do), API and worker as separate processes. Submit time is taken by the client; the verdict time is the
 * stored `checked_at`/`published_at`. Baseline: submit → 202 at the same rate (the floor the worker adds to).
 * BENCH_RATE (default 300/s, issue 14) and BENCH_LATENCY_SECONDS (default 10). Goals: p50 ≤ 50 ms, p99 ≤ 150 ms.
 */
import {
  comment,
  quantile,
  report,
  send,
  sleep,
  sql,
  startWorkerProcess,
  runBench,
  startApiWithSite,
  untilDrained,
  untilWorkerServes,
} from './bench-kit';

const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 10);

runBench(async (store, children) => {
  const { api, siteId } = await startApiWithSite(store, children);
  const thread = `${api.url}/v1/sites/${siteId}/threads`;
  children.push(startWorkerProcess(store));
  await untilWorkerServes(store, thread);
  // A form token per thread (tokens are bound to their thread), shown long enough ago (the site's minimum is 0).
  const tokens: string[] = [];
  for (let t = 0; t < 20; t++)
    tokens.push(JSON.parse((await send(`${thread}/latency-${t}/form-token`)).body).formToken as string);

  const sent = new Map<string, number>();
  const answerMs: number[] = [];
  let refused = 0;
  const pending: Promise<void>[] = [];
  const total = RATE * SECONDS;
  const start = Date.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 1) await sleep(wait);
    const at = Date.now();
    pending.push(
      send(`${thread}/latency-${i % 20}/comments`, {
        body: { ...comment(), formToken: tokens[i % 20] },
      }).then(
        (answer) => {
          if (answer.status !== 202) return void refused++;
          answerMs.push(Date.now() - at);
          sent.set(JSON.parse(answer.body).id, at);
        },
        () => void refused++,
      ),
    );
  }
  const offeredSeconds = (Date.now() - start) / 1000;
  await Promise.all(pending);
  await untilDrained(store.databaseUrl, 300_000, 'the queue to drain');

  const rows = await sql<{ id: string; status: string; checked: Date; published: Date | null }>(
    store.databaseUrl,
    'SELECT id, status, checked_at AS checked, published_at AS published FROM comments WHERE id = ANY($1)',
    [[...sent.keys()]],
  );
  const toVerdict = rows.map((r) => r.checked.getTime() - sent.get(r.id)!).sort((a, b) => a - b);
  const toPublished = rows
    .filter((r) => r.published)
    .map((r) => r.published!.getTime() - sent.get(r.id)!)
    .sort((a, b) => a - b);
  answerMs.sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  console.log(
    `latency at an offered ${RATE}/s for ${SECONDS} s (achieved ${(total / offeredSeconds).toFixed(0)}/s), ${sent.size} accepted, ${refused} refused, ${JSON.stringify(byStatus)}`,
  );
  console.log(
    `  baseline submit → 202:        p50 ${quantile(answerMs, 0.5)} ms, p99 ${quantile(answerMs, 0.99)} ms`,
  );
  console.log(
    `  submit → verdict stored:      p50 ${quantile(toVerdict, 0.5)} ms, p99 ${quantile(toVerdict, 0.99)} ms`,
  );
  console.log(
    `  submit → published (${toPublished.length}): p50 ${quantile(toPublished, 0.5)} ms, p99 ${quantile(toPublished, 0.99)} ms (goals ≤ 50, ≤ 150)`,
  );
  report(
    'latency',
    `submit→published p50 @${RATE}/s`,
    quantile(toPublished, 0.5),
    'ms',
    quantile(answerMs, 0.5),
    '≤ 50 ms',
  );
  report(
    'latency',
    `submit→published p99 @${RATE}/s`,
    quantile(toPublished, 0.99),
    'ms',
    quantile(answerMs, 0.99),
    '≤ 150 ms',
  );
});

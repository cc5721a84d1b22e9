/**
 * Comment counts for an article list: GET /v1/sites/{site}/counts with 100 thread ids, one request at a time (the
 * latency a page's /count.js waits for), median and p99 over BENCH_COUNTS_REQUESTS (default 500) after a warm-up.
 * Baseline in the same run: the same API process's /healthz (its HTTP stack with no query), and the bare SQL
 * (one primary-key read of 100 thread rows over a pooled connection). Goal (issue 17): median ≤ 5 ms.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { get, quantile, report, runBench, sql, startApiWithSite } from './bench-kit';

const REQUESTS = Number(process.env.BENCH_COUNTS_REQUESTS ?? 500);
const THREADS_IN_SITE = 20_000;

async function timed(requests: number, once: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < 50; i++) await once(); // warm-up: JIT, pools, caches
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    await once();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b);
}

runBench(async (store, children) => {
  const { api, siteId } = await startApiWithSite(store, children);
  // A site with many articles, so the read is a lookup among 20,000 rows, not a scan of a few.
  await sql(
    store.databaseUrl,
    `INSERT INTO threads (site_id, id, published_count, version)
     SELECT $1, 'article-' || g, g % 41, 1 FROM generate_series(1, ${THREADS_IN_SITE}) g`,
    [siteId],
  );
  await sql(store.databaseUrl, 'ANALYZE threads');
  const ids = Array.from({ length: 100 }, (_, i) => `article-${(i * 197) % THREADS_IN_SITE}`);
  const url = `${api.url}/v1/sites/${siteId}/counts?threads=${ids.join(',')}`;
  const first = await get(url);
  const answered = Object.keys(JSON.parse(first.body).counts).length;
  if (first.status !== 200 || answered !== 100)
    throw new Error(`counts: ${first.status}, ${answered} threads`);
  const etag = String(first.headers.etag);

  const pool = new Pool({ connectionString: store.databaseUrl, max: 1 });
  try {
    const bareSql = await timed(REQUESTS, () =>
      pool.query('SELECT id, published_count FROM threads WHERE site_id = $1 AND id = ANY($2)', [
        siteId,
        ids,
      ]),
    );
    const health = await timed(REQUESTS, () => get(`${api.url}/healthz`));
    const counts = await timed(REQUESTS, () => get(url));
    const notModified = await timed(REQUESTS, () => get(url, { 'if-none-match': etag }));
    const line = (name: string, ms: number[]) =>
      console.log(
        `  ${name.padEnd(36)} median ${quantile(ms, 0.5).toFixed(2)} ms, p99 ${quantile(ms, 0.99).toFixed(2)} ms`,
      );
    console.log(`counts of 100 threads among ${THREADS_IN_SITE}, ${REQUESTS} sequential requests each`);
    line('baseline: bare SQL (100 rows by key)', bareSql);
    line('baseline: service /healthz', health);
    line('service: counts, 200', counts);
    line('service: counts, If-None-Match → 304', notModified);
    for (const [q, label] of [
      [0.5, 'median'],
      [0.99, 'p99'],
    ] as const) {
      const value = +quantile(counts, q).toFixed(2);
      const floor = +quantile(health, q).toFixed(2);
      report('counts', `100 threads, ${label}`, value, 'ms', floor, q === 0.5 ? '≤ 5 ms' : undefined);
    }
  } finally {
    await pool.end();
  }
});

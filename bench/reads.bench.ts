/**
 * Public reads of a 200-comment thread (one page of 200): full answers, and the ETag path (If-None-Match → 304),
 * beside a bare Fastify + one SELECT of the same rows (bench/baseline.server.ts). BENCH_SECONDS per measurement.
 */
import autocannon from 'autocannon';
import {
  get,
  report,
  sql,
  startWorkerProcess,
  submitMany,
  runBench,
  startApiWithSite,
  untilDrained,
  startBaselineServer,
} from './bench-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

async function rate(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ rps: number; p99: number; statuses: string }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const statuses = `2xx ${result['2xx']}, 3xx ${result['3xx']}, other ${result.non2xx - result['3xx']}`;
  return { rps: result.requests.average, p99: result.latency.p99, statuses };
}

runBench(async (store, children) => {
  const { api, siteId } = await startApiWithSite(store, children);
  const worker = startWorkerProcess(store);
  children.push(worker);
  await submitMany(api.url, siteId, 'reads', 200, 16);
  await untilDrained(store.databaseUrl, 300_000, 'the worker to decide the thread');
  await worker.stop();
  // Whatever the checks held, the read bench needs 200 published rows: publish them the way a moderator would.
  await sql(
    store.databaseUrl,
    `UPDATE comments SET status = 'published', published_at = coalesce(published_at, now()) WHERE thread_id = 'reads'`,
  );
  await sql(
    store.databaseUrl,
    `UPDATE threads SET published_count = 200, version = version + 1 WHERE id = 'reads'`,
  );

  const path = `/v1/sites/${siteId}/threads/reads/comments?limit=200`;
  const first = await get(`${api.url}${path}`);
  const etag = String(first.headers.etag);
  const count = JSON.parse(first.body).comments.length as number;
  if (count !== 200) throw new Error(`expected 200 comments, got ${count}`);
  const baselineUrl = await startBaselineServer(store, children, path);

  await rate(`${api.url}${path}`); // warm-up
  const bare = await rate(`${baselineUrl}${path}`);
  const full = await rate(`${api.url}${path}`);
  const cached = await rate(`${api.url}${path}`, { 'if-none-match': etag });
  console.log(
    `reads of a 200-comment thread (${(first.body.length / 1024).toFixed(0)} KB), ${CONNECTIONS} connections × ${SECONDS} s`,
  );
  console.log(
    `  baseline (Fastify + SELECT 200 rows): ${bare.rps.toFixed(0)} req/s, p99 ${bare.p99} ms (${bare.statuses})`,
  );
  console.log(
    `  service, full page:                   ${full.rps.toFixed(0)} req/s, p99 ${full.p99} ms (${full.statuses})`,
  );
  console.log(
    `  service, If-None-Match → 304:         ${cached.rps.toFixed(0)} req/s, p99 ${cached.p99} ms (${cached.statuses})`,
  );
  report('reads', '200-comment page', Math.round(full.rps), 'req/s', Math.round(bare.rps));
  report('reads', '304 with ETag', Math.round(cached.rps), 'req/s', Math.round(full.rps));
});

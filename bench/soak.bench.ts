/**
 * Soak: the API and a worker process under a steady mixed load (submissions and thread reads) for
 * BENCH_SOAK_SECONDS (default 300), sampling each process's RSS every 5 s; reports first/last RSS and the
 * least-squares slope in MB per minute. A leak shows as a slope that stays positive after warm-up.
 */
import {
  comment,
  report,
  send,
  sleep,
  startWorkerProcess,
  runBench,
  startApiWithSite,
  untilWorkerServes,
} from './bench-kit';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const SUBMIT_RATE = Number(process.env.BENCH_SOAK_RATE ?? 50);

function slopePerMinute(points: { t: number; mb: number }[]): number {
  const n = points.length;
  const mt = points.reduce((a, p) => a + p.t, 0) / n;
  const mm = points.reduce((a, p) => a + p.mb, 0) / n;
  const cov = points.reduce((a, p) => a + (p.t - mt) * (p.mb - mm), 0);
  const varT = points.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  return (cov / varT) * 60;
}

runBench(async (store, children) => {
  const { api, siteId } = await startApiWithSite(store, children);
  const worker = startWorkerProcess(store);
  children.push(worker);
  // Sample from when both are serving.
  await untilWorkerServes(store, `${api.url}/v1/sites/${siteId}/threads`);
  const samples = { api: [] as { t: number; mb: number }[], worker: [] as { t: number; mb: number }[] };
  const start = Date.now();
  const end = start + SECONDS * 1000;
  let sent = 0;
  let failed = 0;
  const sampler = (async () => {
    while (Date.now() < end) {
      const t = (Date.now() - start) / 1000;
      samples.api.push({ t, mb: api.child.rssMb() });
      samples.worker.push({ t, mb: worker.rssMb() });
      await sleep(5000);
    }
  })();
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; Date.now() < end; i++) {
    const due = start + (i * 1000) / SUBMIT_RATE;
    if (due > Date.now()) await sleep(due - Date.now());
    if (inFlight.size > 200) continue; // bounded: never more than 200 requests open
    sent++;
    const thread = `soak-${i % 50}`;
    const request = Promise.all([
      send(`${api.url}/v1/sites/${siteId}/threads/${thread}/comments`, { body: comment() }),
      send(`${api.url}/v1/sites/${siteId}/threads/${thread}/comments?limit=50`),
    ]).then(
      ([post]) => void (post.status !== 202 && failed++),
      () => void failed++,
    );
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  await sampler;
  await Promise.all(inFlight);
  // The first minute is warm-up (JIT, pools, caches); the slope is taken over the rest when there is enough.
  const settled = (points: { t: number; mb: number }[]) =>
    SECONDS >= 180 ? points.filter((p) => p.t >= 60) : points;
  for (const role of ['api', 'worker'] as const) {
    const points = samples[role];
    const slope = slopePerMinute(settled(points));
    console.log(
      `soak ${role}: RSS ${points[0].mb.toFixed(0)} → ${points[points.length - 1].mb.toFixed(0)} MB (max ${Math.max(...points.map((p) => p.mb)).toFixed(0)}) over ${SECONDS} s, slope ${slope.toFixed(2)} MB/min after warm-up`,
    );
    report(
      'soak',
      `${role} RSS slope (${SECONDS} s)`,
      Number(slope.toFixed(2)),
      'MB/min',
      Number(points[points.length - 1].mb.toFixed(0)),
      '≈ 0 after warm-up',
    );
  }
  console.log(`soak: ${sent} submissions + ${sent} reads at ${SUBMIT_RATE}/s, ${failed} failed`);
});

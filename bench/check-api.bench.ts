/**
 * The drop-in Perspective API (`comments:analyze`, the whole pipeline in-process, all seven attributes) against a
 * bare Fastify JSON echo (bench/json-echo.server.ts) in the same run: calls/s at BENCH_CONNECTIONS, and latency at a
 * fixed offered rate (BENCH_CHECK_RATE, default 500/s). Akismet's comment-check, which also reads the author's
 * history from PostgreSQL, is measured the same way. Goals: ≥ 2,000 analyze calls/s; p99 ≤ 20 ms at 500/s.
 */
import autocannon from 'autocannon';
import {
  benchAdminToken,
  benchStore,
  Child,
  createBenchSite,
  freePort,
  get,
  report,
  send,
  startApiProcess,
  until,
} from './bench-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const RATE = Number(process.env.BENCH_CHECK_RATE ?? 500);

const TEXTS = [
  'लावरोव की चेतावनी गंभीर है, सरकार को इस पर ध्यान देना चाहिए। बहुत अच्छा लेख।',
  'tum jaise log desh ko barbad kar rahe ho, sharam karo',
  'Great reporting, thank you. The numbers from 2023 need an update though.',
];
const ANALYZE = JSON.stringify({
  comment: { text: TEXTS[0] },
  requestedAttributes: {
    TOXICITY: {},
    SEVERE_TOXICITY: {},
    IDENTITY_ATTACK: {},
    INSULT: {},
    PROFANITY: {},
    THREAT: {},
    SEXUALLY_EXPLICIT: {},
  },
});

async function load(url: string, body: string, contentType: string, overallRate?: number) {
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': contentType },
    connections: overallRate ? 16 : CONNECTIONS,
    duration: SECONDS,
    ...(overallRate ? { overallRate } : {}),
  });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} answers were not 2xx`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main(): Promise<void> {
  const store = await benchStore();
  const children: Child[] = [];
  try {
    const api = await startApiProcess(store, { CHECK_API_RATE_PER_MINUTE: '0' });
    children.push(api.child);
    const siteId = await createBenchSite(api.url);
    const token = await benchAdminToken(api.url);
    const created = await send(`${api.url}/v1/admin/sites/${siteId}/api-keys`, {
      body: { name: 'bench' },
      headers: { authorization: `Bearer ${token}` },
    });
    const { key } = JSON.parse(created.body) as { key: string };

    const echoPort = await freePort();
    const echo = new Child('bench/json-echo.server.ts', { PORT: String(echoPort) });
    children.push(echo);
    const echoUrl = `http://127.0.0.1:${echoPort}/echo`;
    await until(
      async () => (await get(`http://127.0.0.1:${echoPort}/`).catch(() => ({ status: 0 }))).status === 404,
      60_000,
      () => 'the echo server',
    );

    const analyzeUrl = `${api.url}/v1alpha1/comments:analyze?key=${key}`;
    const json = 'application/json';
    await load(analyzeUrl, ANALYZE, json); // warm-up: JIT and the models' first load
    const baseline = await load(echoUrl, ANALYZE, json);
    const analyze = await load(analyzeUrl, ANALYZE, json);
    console.log(`echo ${baseline.rps.toFixed(0)}/s, analyze ${analyze.rps.toFixed(0)}/s`);
    report(
      'check-api',
      'Perspective analyze, calls/s',
      Math.round(analyze.rps),
      '/s',
      Math.round(baseline.rps),
      '≥ 2000/s',
    );

    const echoAtRate = await load(echoUrl, ANALYZE, json, RATE);
    const analyzeAtRate = await load(analyzeUrl, ANALYZE, json, RATE);
    report('check-api', `analyze p99 at ${RATE}/s`, analyzeAtRate.p99, 'ms', echoAtRate.p99, '≤ 20 ms');
    report('check-api', `analyze p50 at ${RATE}/s`, analyzeAtRate.p50, 'ms', echoAtRate.p50);

    const form = new URLSearchParams({
      api_key: key,
      blog: 'https://news.example',
      user_ip: '198.51.100.7',
      comment_author: 'रीना',
      comment_author_email: 'reena@example.org',
      comment_content: TEXTS[2],
    }).toString();
    const akismet = await load(`${api.url}/1.1/comment-check`, form, 'application/x-www-form-urlencoded');
    report(
      'check-api',
      'Akismet comment-check, calls/s',
      Math.round(akismet.rps),
      '/s',
      Math.round(baseline.rps),
    );
  } finally {
    for (const child of children) await child.stop();
    await store.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

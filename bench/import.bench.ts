/**
 * Import bench: a generated 100,000-comment WXR (1,000 posts, a third of comments replies, Hindi, Hinglish and
 * English text, every status) imported into an empty site, beside a baseline that only parses the same file with
 * saxes. Each runs in its own process, which reports its time and its peak RSS (VmHWM, the high-water mark).
 * Goals (issue 15): ≤ 60 s and ≤ 300 MB. BENCH_IMPORT_COMMENTS changes the size.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { benchStore, report, ROOT, sql } from './bench-kit';

const COMMENTS = Number(process.env.BENCH_IMPORT_COMMENTS ?? 100_000);
const PER_POST = 100;
const TS = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

const TEXTS = [
  'सरकार को इस पर जल्दी फैसला लेना चाहिए। आम लोगों की परेशानी कोई नहीं देखता।',
  'bhai ye news bilkul sahi hai, hamare sheher me bhi yahi haal hai',
  'The report leaves out the district-wise numbers; <a href="https://example.org/data">the data is here</a>.',
  'पिछले साल भी यही वादा किया गया था &amp; कुछ नहीं हुआ।',
  'Kya baat hai! Ekdum sateek vishleshan. Dhanyavaad lekhak ji.',
];
const STATUSES = ['1', '1', '1', '1', '0', 'spam', 'trash'];

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>bench</title>\n',
  );
  let id = 0;
  for (let post = 0; id < COMMENTS; post++) {
    await write(
      `<item><title>Post ${post}</title><wp:post_id>${post + 1}</wp:post_id><wp:post_name><![CDATA[post-${post}]]></wp:post_name>\n`,
    );
    const first = id + 1;
    for (let i = 0; i < PER_POST && id < COMMENTS; i++) {
      id++;
      const parent = i > 0 && i % 3 === 0 ? first + ((i * 7) % i) : 0;
      const minute = String(i % 60).padStart(2, '0');
      await write(
        `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author><![CDATA[पाठक ${id % 997}]]></wp:comment_author><wp:comment_author_email><![CDATA[reader${id % 20000}@example.org]]></wp:comment_author_email><wp:comment_author_url></wp:comment_author_url><wp:comment_author_IP><![CDATA[10.${id % 250}.${(id >> 8) % 250}.${id % 7}]]></wp:comment_author_IP><wp:comment_date_gmt><![CDATA[2024-0${1 + (post % 9)}-1${post % 10} 1${i % 10}:${minute}:00]]></wp:comment_date_gmt><wp:comment_content><![CDATA[${TEXTS[id % TEXTS.length]} (${id})]]></wp:comment_content><wp:comment_approved><![CDATA[${STATUSES[id % STATUSES.length]}]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>\n`,
      );
    }
    await write('</item>\n');
  }
  await write('</channel></rss>\n');
  out.end();
  await once(out, 'finish');
}

const peakRssMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;

/** Child mode: one measured run, its figures on the last stdout line. */
async function child(mode: string, file: string, siteId: string): Promise<void> {
  let started = process.hrtime.bigint();
  let count = 0;
  if (mode === 'baseline') {
    const parser = new SaxesParser({ xmlns: true });
    parser.on('closetag', (tag) => {
      if (tag.local === 'comment') count++;
    });
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 }))
      parser.write(chunk);
    parser.close();
  } else {
    const { CommentImporter, ImportRepository } = await import('@app/comments');
    const { loadSecrets, parseEnv } = await import('@app/config');
    const { openDatabase } = await import('@app/db');
    const env = parseEnv(process.env);
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 2 });
    const importer = new CommentImporter(new ImportRepository(handle.db), loadSecrets(env));
    // Timed from here: loading the code (ts-node, under load) is not the importer's work.
    started = process.hrtime.bigint();
    const input = createReadStream(file, { highWaterMark: 256 * 1024 });
    const summary = await importer.run(input, { siteId, format: 'wxr', ipRetentionDays: 36500 });
    count = summary.imported;
    await handle.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ seconds, peakRssMb: peakRssMb(), count }));
}

/**
 * The importer runs with V8's old space capped as `npm run cli` runs it (package.json: 160 MB): its live data is
 * small, and uncapped V8 lets garbage pile up to ~350 MB before collecting. BENCH_IMPORT_HEAP_MB changes the cap
 * (0: none), to see how much of the RSS is live data.
 */
const heapLimit = (mode: string) => {
  const mb = Number(process.env.BENCH_IMPORT_HEAP_MB ?? 160);
  return mode === 'import' && mb > 0 ? [`--max-old-space-size=${mb}`] : [];
};

/** BENCH_IMPORT_PROFILE=DIR writes the importer's CPU profile there (`node --cpu-prof`), to see where time goes. */
const profile = (mode: string) =>
  mode === 'import' && process.env.BENCH_IMPORT_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_IMPORT_PROFILE}`]
    : [];

function measure(mode: string, file: string, env: Record<string, string>, siteId = '') {
  return new Promise<{ seconds: number; peakRssMb: number; count: number }>((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        ...heapLimit(mode),
        ...profile(mode),
        ...TS,
        join('bench', 'import.bench.ts'),
        'child',
        mode,
        file,
        siteId,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${mode} exited ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!));
    });
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  const file = join(dir, 'site.wxr.xml');
  const store = await benchStore();
  try {
    await generate(file);
    const env = {
      DATABASE_URL: store.databaseUrl,
      EMAIL_KEY: Buffer.alloc(32, 7).toString('base64'),
      APP_SECRET: 'b'.repeat(40),
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    };
    // The store gets its schema and a site before anything is timed.
    const { openDatabase, sites } = await import('@app/db');
    const handle = await openDatabase({ databaseUrl: store.databaseUrl, dataDir: dir, poolSize: 1 });
    await handle.db
      .insert(sites)
      .values({ id: 'bench', name: 'bench', spamHoldThreshold: 0.5, spamThreshold: 0.9 });
    await handle.close();

    const baseline = await measure('baseline', file, env);
    const run = await measure('import', file, env, 'bench');
    const [{ n }] = await sql<{ n: string }>(store.databaseUrl, 'select count(*) as n from comments');
    console.log(
      `${COMMENTS} comments: saxes alone ${baseline.seconds.toFixed(1)} s, ${baseline.peakRssMb.toFixed(0)} MB; ` +
        `import ${run.seconds.toFixed(1)} s, ${run.peakRssMb.toFixed(0)} MB peak; ${n} rows stored`,
    );
    if (Number(n) !== COMMENTS) throw new Error(`expected ${COMMENTS} rows, found ${n}`);
    report('import', `${COMMENTS} WXR comments, time`, run.seconds, 's', baseline.seconds, '≤ 60 s');
    report('import', 'importer peak RSS', run.peakRssMb, 'MB', baseline.peakRssMb, '≤ 300 MB');
    report('import', 'comments per second', COMMENTS / run.seconds, '/s');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') {
  child(process.argv[3], process.argv[4], process.argv[5]).then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

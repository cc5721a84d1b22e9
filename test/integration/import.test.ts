import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, asc, eq } from 'drizzle-orm';
import {
  CommentImporter,
  decryptEmail,
  emailLookupHmac,
  ImportRepository,
  ImportSummary,
} from '@app/comments';
import { loadSecrets, parseEnv } from '@app/config';
import { comments, Database, DATABASE, threads } from '@app/db';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

const run = promisify(execFile);
const fixture = (name: string) => join(__dirname, '../fixtures/migration', name);

describe('import from WordPress WXR and Disqus XML', () => {
  const api = useTestApp();
  let db: Database;
  const secrets = () => loadSecrets(parseEnv(process.env));

  beforeAll(() => {
    db = api.app.get(DATABASE);
  });

  async function importFile(siteId: string, format: 'wxr' | 'disqus', file: string, dryRun = false) {
    const importer = new CommentImporter(new ImportRepository(db), secrets());
    // Small chunks, so records and tags straddle chunk boundaries as they do in a large file.
    const input = createReadStream(fixture(file), { highWaterMark: 700 });
    return importer.run(input, { siteId, format, dryRun, ipRetentionDays: 36500 });
  }

  async function publicThread(siteId: string, threadId: string) {
    const response = await fetch(
      `${api.url}/v1/sites/${siteId}/threads/${encodeURIComponent(threadId)}/comments`,
    );
    expect(response.status).toBe(200);
    return (await response.json()) as {
      count: number;
      comments: {
        id: string;
        parentId: string | null;
        authorName: string;
        body: string;
        createdAt: string;
      }[];
    };
  }

  const codes = (summary: ImportSummary) => summary.errors.map((e) => `${e.sourceId}:${e.code}`).sort();

  it('keeps threads, replies listed before their parents, GMT dates, statuses and authors', async () => {
    const siteId = await createSite(api.app);
    const summary = await importFile(siteId, 'wxr', 'wordpress.wxr.xml');
    expect(summary).toMatchObject({ imported: 8, skipped: 1 });
    expect(codes(summary)).toEqual([
      '1208:unknown_status',
      '1209:bad_date',
      '1210:parent_not_imported',
      '1211:parent_missing',
    ]);

    const thread = await publicThread(siteId, 'bihar-chunav-pehla-charan');
    expect(thread.comments.map((c) => c.authorName)).toEqual(['रीना शर्मा', 'Rahul', 'Amit K']);
    const [reena, rahul, amit] = thread.comments;
    expect(reena.parentId).toBeNull();
    expect(rahul.parentId).toBe(reena.id);
    expect(amit.parentId).toBe(rahul.id);
    expect(reena.createdAt).toBe('2025-11-06T15:35:12.000Z');
    expect(reena.body).toBe(
      'गाँव में इस बार महिलाएँ सुबह सात बजे से कतार में थीं। पिछली बार से कहीं ज़्यादा भीड़ थी & सबने शांति से वोट डाला।',
    );
    // HTML becomes text; the link's address is kept beside its words.
    expect(rahul.body).toBe(
      'सही कहा रीना जी। हमारे बूथ पर भी लंबी लाइन थी, पर चुनाव आयोग के आंकड़े [https://eci.example.gov.in/turnout] अभी अधूरे हैं।',
    );
    expect(amit.body).toBe(
      '@Rahul bhai booth number bhi batao, hamare yahan to EVM do ghante band rahi sach me',
    );
    expect(thread.count).toBe(3);

    const rows = await db
      .select()
      .from(comments)
      .where(and(eq(comments.siteId, siteId), eq(comments.threadId, 'bihar-chunav-pehla-charan')))
      .orderBy(asc(comments.createdAt));
    expect(rows.map((r) => r.status)).toEqual([
      'published',
      'published',
      'published',
      'held',
      'spam',
      'spam',
    ]);
    const [reenaRow] = rows;
    expect(reenaRow.authorEmailEncrypted).not.toContain('reena');
    expect(decryptEmail(reenaRow.authorEmailEncrypted, secrets().emailEncryptionKey)).toBe(
      'reena.sharma@example.in',
    );
    expect(reenaRow.authorEmailHmac).toBe(
      emailLookupHmac('reena.sharma@example.in', secrets().emailLookupKey),
    );
    expect(reenaRow.authorUrl).toBe('https://reena.example.in/blog');
    expect(reenaRow.clientIp).toBe('103.21.58.4');
    const anonymous = rows[3];
    expect(anonymous.authorName).toBe('अनाम / Anonymous');
    // Nothing imported waits for checks, so nothing is moderated again or sent to webhooks.
    expect(rows.every((r) => r.status !== 'queued')).toBe(true);

    const [counter] = await db
      .select()
      .from(threads)
      .where(and(eq(threads.siteId, siteId), eq(threads.id, 'bihar-chunav-pehla-charan')));
    expect(counter.publishedCount).toBe(3);

    // Thread ids: wp:post_id when the slug is empty, else the link's path and query.
    expect((await publicThread(siteId, '42')).comments[0].body).toBe(
      'Andheri subway is flooded again since 8am.\nLocal trains on the harbour line are running 20 min late.',
    );
    expect((await publicThread(siteId, '42')).comments[0].authorName).toBe('Fatima & family');
    expect((await publicThread(siteId, '/2019/03/purana-lekh/?lang=hi')).comments[0].createdAt).toBe(
      '2019-03-04T10:22:33.000Z',
    );
  });

  it('adds nothing the second time, and a dry run writes nothing', async () => {
    const siteId = await createSite(api.app);
    const dry = await importFile(siteId, 'wxr', 'wordpress.wxr.xml', true);
    expect(dry.imported).toBe(8);
    expect(await db.$count(comments, eq(comments.siteId, siteId))).toBe(0);

    await importFile(siteId, 'wxr', 'wordpress.wxr.xml');
    const again = await importFile(siteId, 'wxr', 'wordpress.wxr.xml');
    expect(again).toMatchObject({ imported: 0, skipped: 9 });
    expect(await db.$count(comments, eq(comments.siteId, siteId))).toBe(8);
    expect((await publicThread(siteId, 'bihar-chunav-pehla-charan')).count).toBe(3);
  });

  it('reads Disqus: threads by <id> or link path, parents by dsq:id, spam and deleted flags, HTML to text', async () => {
    const siteId = await createSite(api.app);
    const summary = await importFile(siteId, 'disqus', 'disqus.xml');
    expect(summary).toMatchObject({ imported: 5, skipped: 0 });
    expect(codes(summary)).toEqual([
      '5550102:unknown_status',
      '5550103:bad_date',
      '5550104:parent_missing',
      '5550201:thread_missing',
    ]);
    const session = await publicThread(siteId, 'article-4521');
    expect(session.comments.map((c) => c.authorName)).toEqual(['अनिल गुप्ता', 'Kavita Rao']);
    expect(session.comments[1].parentId).toBe(session.comments[0].id);
    expect(session.comments[0].body).toBe(
      'उम्मीद है इस बार सत्र में काम होगा, हंगामा नहीं।\n\nपिछले सत्र में सिर्फ़ 18% समय चर्चा हुई थी, देखें PRS की रिपोर्ट [https://prs.example.org/session-report].',
    );
    expect(session.comments[1].body).toBe('@अनिल जी, बिल्कुल। विपक्ष को भी रचनात्मक भूमिका निभानी चाहिए।');
    const cricket = await publicThread(siteId, '/khel/cricket-world-cup-final');
    expect(cricket.comments.map((c) => c.body)).toEqual([
      "Head kept his nerve. Shami's spell in the first 10 overs was the difference > anything else.",
    ]);
    const statuses = await db
      .select({ status: comments.status, body: comments.body })
      .from(comments)
      .where(and(eq(comments.siteId, siteId), eq(comments.status, 'spam')));
    expect(statuses.map((s) => s.body).sort()).toEqual([
      'Check my channel for free IPL tickets & more!! http://free-tickets.example/win',
      'yeh comment maine hata diya tha',
    ]);
  });

  it('keeps what came before a truncated file and names what it could not read', async () => {
    const siteId = await createSite(api.app);
    const summary = await importFile(siteId, 'wxr', 'truncated.wxr.xml');
    expect(summary.imported).toBe(6);
    expect(codes(summary)).toEqual([
      '1208:unknown_status',
      '1209:bad_date',
      '1210:parent_not_imported',
      '1211:parent_missing',
      '1301:truncated',
      'null:malformed_xml',
    ]);
    expect((await publicThread(siteId, '42')).count).toBe(0);
  });

  it('runs as `npm run cli -- import` with the summary as the last stdout line', async () => {
    const siteId = await createSite(api.app);
    const { stdout } = await run(
      'npm',
      ['run', '-s', 'cli', '--', 'import', 'disqus', fixture('disqus.xml'), '--site', siteId],
      { env: { ...process.env, DATABASE_URL: api.databaseUrl } },
    );
    const lines = stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    expect(Object.keys(summary).sort()).toEqual(['errors', 'imported', 'skipped']);
    expect(summary.imported).toBe(5);
    expect(summary.errors).toHaveLength(4);
    expect(summary.errors[0]).toEqual({
      sourceId: expect.any(String),
      code: expect.any(String),
      message: expect.any(String),
    });
    expect(stdout).not.toContain('@example');

    const missing = await run(
      'npm',
      ['run', '-s', 'cli', '--', 'import', 'wxr', fixture('disqus.xml'), '--site', 'nope'],
      {
        env: { ...process.env, DATABASE_URL: api.databaseUrl },
      },
    ).catch((error) => error);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No site "nope"');
  }, 180_000);
});

import { execFile } from 'node:child_process';
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import {
  CommentExporter,
  CommentImporter,
  decryptEmail,
  ExportRepository,
  ImportRepository,
} from '@app/comments';
import { loadSecrets, parseEnv } from '@app/config';
import { comments, Database, DATABASE, openDatabase, sites } from '@app/db';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

const run = promisify(execFile);
const fixture = (name: string) => join(__dirname, '../fixtures/migration', name);
const secrets = () => loadSecrets(parseEnv(process.env));

async function importInto(db: Database, siteId: string, format: 'wxr' | 'disqus', file: string) {
  const importer = new CommentImporter(new ImportRepository(db), secrets());
  return importer.run(createReadStream(file), { siteId, format, ipRetentionDays: 36500 });
}

/** A site's threads as a reader and a moderator would compare them: everything but the generated ids. */
async function threadsOf(db: Database, siteId: string) {
  const rows = await db
    .select()
    .from(comments)
    .where(eq(comments.siteId, siteId))
    .orderBy(asc(comments.threadId), asc(comments.createdAt), asc(comments.body));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows.map((r) => ({
    threadId: r.threadId,
    parent: r.parentId ? byId.get(r.parentId)!.body : null,
    status: r.status,
    authorName: r.authorName,
    authorUrl: r.authorUrl,
    email: decryptEmail(r.authorEmailEncrypted, secrets().emailEncryptionKey),
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
  }));
}

async function exportText(db: Database, siteId: string, format: 'jsonl' | 'wxr', withEmails: boolean) {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  await new CommentExporter(new ExportRepository(db)).run(output, {
    siteId,
    format,
    withEmails,
    emailEncryptionKey: secrets().emailEncryptionKey,
  });
  return text;
}

describe('export, and the round trip into an empty store', () => {
  const api = useTestApp();
  let db: Database;
  let siteId: string;

  beforeAll(async () => {
    db = api.app.get(DATABASE);
    siteId = await createSite(api.app);
    await importInto(db, siteId, 'wxr', fixture('wordpress.wxr.xml'));
    await importInto(db, siteId, 'disqus', fixture('disqus.xml'));
    // A reader's own comment too, with characters XML and HTML care about.
    const response = await fetch(`${api.url}/v1/sites/${siteId}/threads/article-4521/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        authorName: 'Tom <& Jerry>',
        authorEmail: 'tom.j@example.org',
        body: 'a < b && c > d ]]> यह भी।\n\n  दूसरी पंक्ति',
      }),
    });
    expect(response.status).toBe(202);
  });

  it('JSON lines carry every comment, emails only when asked', async () => {
    const without = (await exportText(db, siteId, 'jsonl', false))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(without).toHaveLength(14);
    expect(without.every((c) => !('authorEmail' in c))).toBe(true);
    expect(JSON.stringify(without)).not.toContain('@example');
    expect(JSON.stringify(without)).not.toMatch(/clientIp|userAgent|103\.21\.58\.4/);
    const withEmails = (await exportText(db, siteId, 'jsonl', true))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(withEmails.map((c) => c.authorEmail)).toContain('reena.sharma@example.in');
    expect(Object.keys(withEmails[0]).sort()).toEqual(
      [
        'authorEmail',
        'authorName',
        'authorUrl',
        'body',
        'createdAt',
        'id',
        'language',
        'parentId',
        'publishedAt',
        'status',
        'threadId',
      ].sort(),
    );
  });

  it('a WXR export without emails has none', async () => {
    const wxr = await exportText(db, siteId, 'wxr', false);
    expect(wxr).not.toContain('@example');
    expect(wxr).toContain('<wp:comment_approved>spam</wp:comment_approved>');
  });

  it('the CLI exports WXR that, imported into an empty store, gives the same threads', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '-s', 'cli', '--', 'export', '--site', siteId, '--format', 'wxr', '--with-emails'],
      { env: { ...process.env, DATABASE_URL: api.databaseUrl }, maxBuffer: 10 * 1024 * 1024 },
    );
    const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'site.wxr.xml');
    writeFileSync(file, stdout);

    const empty = await createTestDatabase();
    const other = await openDatabase({ databaseUrl: empty.url, dataDir: tmpdir(), poolSize: 2 });
    try {
      await other.db
        .insert(sites)
        .values({ id: siteId, name: 'copy', spamHoldThreshold: 0.5, spamThreshold: 0.9 });
      const summary = await importInto(other.db, siteId, 'wxr', file);
      expect(summary).toEqual({ imported: 14, skipped: 0, errors: [] });
      const original = await threadsOf(db, siteId);
      // The reader's comment was still queued when exported: it arrives held, never queued for checks again.
      const expected = original.map((c) => (c.status === 'queued' ? { ...c, status: 'held' } : c));
      expect(await threadsOf(other.db, siteId)).toEqual(expected);
      expect(expected.find((c) => c.authorName === 'Tom <& Jerry>')?.body).toBe(
        'a < b && c > d ]]> यह भी।\n\n  दूसरी पंक्ति',
      );
      expect(new Set(expected.map((c) => c.threadId)).size).toBe(5);
    } finally {
      await other.close();
      await empty.drop();
    }
  }, 180_000);
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { MailService } from '@app/mail';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { RunningApi, startApi } from '../support/test-app';

/** Without SMTP_URL, asking for mail answers as usual, stores nothing and says so in the log. */
describe('mail with SMTP_URL unset', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  const logFile = join(mkdtempSync(join(tmpdir(), 'cm-mail-skip-')), 'service.log');

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    delete process.env.SMTP_URL;
    process.env.LOG_LEVEL = 'info';
    process.env.LOG_FILE = logFile;
    api = await startApi({ withWorker: true });
  });

  afterAll(async () => {
    await api?.close();
    delete process.env.LOG_FILE;
    process.env.LOG_LEVEL = 'silent';
    await db?.drop();
  });

  it('skips the mail, keeps no row and logs the skip without the address', async () => {
    const siteId = await createSite(api.app, { languages: ['hi'] });
    const outcome = await api.app.get(MailService).send({
      siteId,
      to: 'anita.k@example.org',
      language: 'hi',
      template: 'moderator-digest',
      params: { siteName: 'समाचार', held: 2, openReports: 1, dashboardUrl: 'https://c.example/dashboard' },
    });
    expect(outcome).toEqual({ status: 'skipped' });
    const pool = new Pool({ connectionString: db.url, max: 1 });
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM mail_messages');
    await pool.end();
    expect(rows[0].n).toBe(0);
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('mail skipped: SMTP_URL unset');
    expect(log).not.toContain('anita.k');
  });
});

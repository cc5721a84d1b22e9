import { Pool } from 'pg';
import { MailService } from '@app/mail';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** Without SMTP_URL, asking for mail answers as usual, stores nothing and says so in the log. */
describe('mail with SMTP_URL unset', () => {
  const api = useTestApp({ withWorker: true, log: 'info', before: async () => delete process.env.SMTP_URL });

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
    const pool = new Pool({ connectionString: api.databaseUrl, max: 1 });
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM mail_messages');
    await pool.end();
    expect(rows[0].n).toBe(0);
    const log = api.readLog();
    expect(log).toContain('mail skipped: SMTP_URL unset');
    expect(log).not.toContain('anita.k');
  });
});

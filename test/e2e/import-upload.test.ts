import { openAsBlob } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import { ImportProgress } from '@app/comments';
import { parseEnv } from '@app/config';
import { comments, Database, DATABASE, importJobs } from '@app/db';
import { runImport } from '../../apps/cli/src/import-command';
import { http } from '../support/client';
import { login, moderatorOf, useTestAdmin } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp, waitFor } from '../support/test-app';

const fixture = (name: string) => join(__dirname, '../fixtures/migration', name);

describe('admin import upload: POST /v1/admin/sites/{siteId}/imports, GET …/imports/{id}', () => {
  useTestAdmin();
  const api = useTestApp();
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = { authorization: `Bearer ${(await login(api.url)).token}` };
  });

  async function form(
    fields: Record<string, string>,
    file?: { path?: string; text?: string; name?: string },
  ) {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    if (file?.path) body.append(file.name ?? 'file', await openAsBlob(file.path), 'export.xml');
    if (file?.text !== undefined) body.append(file.name ?? 'file', new Blob([file.text]), 'export.xml');
    return body;
  }

  async function upload(siteId: string, body: FormData, headers = admin) {
    return http(`${api.url}/v1/admin/sites/${siteId}/imports`, { method: 'POST', body, headers });
  }

  async function finished(siteId: string, id: string) {
    let progress = {} as ImportProgress;
    await waitFor(
      async () => {
        const response = await http(`${api.url}/v1/admin/sites/${siteId}/imports/${id}`, { headers: admin });
        expect(response.status).toBe(200);
        progress = response.body as ImportProgress;
        return progress.state !== 'running';
      },
      { what: 'the import to finish', timeoutMs: 30_000 },
    );
    expect(progress.summary).not.toBeNull();
    return { ...progress, summary: progress.summary! };
  }

  /** What `npm run cli -- import` prints, from the CLI's own command (spawning it is slow on a loaded machine). */
  async function cliSummary(format: 'wxr' | 'disqus', file: string) {
    const siteId = await createSite(api.app);
    const db: Database = api.app.get(DATABASE);
    const command = { format, file: fixture(file), siteId, dryRun: false };
    return JSON.parse(JSON.stringify(await runImport(db, parseEnv(process.env), command, new PassThrough())));
  }

  it.each([
    ['wxr', 'wordpress.wxr.xml'],
    ['disqus', 'disqus.xml'],
  ] as const)(
    'imports a %s upload with the same summary the CLI prints, and a second upload adds nothing',
    async (format, file) => {
      const siteId = await createSite(api.app);
      const started = await upload(siteId, await form({ format }, { path: fixture(file) }));
      expect(started.status).toBe(202);
      expect(Object.keys(started.body)).toEqual(['id']);

      const done = await finished(siteId, started.body.id);
      expect(done.state).toBe('done');
      expect(done.recordsRead).toBeGreaterThan(0);
      expect(done.summary.imported).toBeGreaterThan(0);
      expect(done.summary).toEqual(await cliSummary(format, file));
      const db: Database = api.app.get(DATABASE);
      const stored = await db.select({ id: comments.id }).from(comments).where(eq(comments.siteId, siteId));
      expect(stored).toHaveLength(done.summary.imported);
      expect(JSON.stringify(done)).not.toContain('@example');

      const again = await upload(siteId, await form({ format }, { path: fixture(file) }));
      const second = await finished(siteId, again.body.id);
      expect(second.summary.imported).toBe(0);
      expect(second.summary.skipped).toBe(done.summary.imported + done.summary.skipped);
    },
    90_000,
  );

  it('a dry run reads and counts but stores nothing', async () => {
    const siteId = await createSite(api.app);
    const started = await upload(
      siteId,
      await form({ format: 'wxr', dryRun: 'true' }, { path: fixture('wordpress.wxr.xml') }),
    );
    expect(started.status).toBe(202);
    const done = await finished(siteId, started.body.id);
    expect(done.dryRun).toBe(true);
    expect(done.summary.imported).toBeGreaterThan(0);
    const db: Database = api.app.get(DATABASE);
    expect(await db.select().from(comments).where(eq(comments.siteId, siteId))).toHaveLength(0);
  });

  it('names the bad field: no file, an unknown format, not XML, not multipart', async () => {
    const siteId = await createSite(api.app);
    const fieldsOf = (response: { status: number; body: { errors: { field: string; code: string }[] } }) => {
      expect(response.status).toBe(422);
      return response.body.errors.map((e) => `${e.field}:${e.code}`);
    };
    expect(fieldsOf(await upload(siteId, await form({ format: 'wxr' })))).toEqual(['file:required']);
    expect(
      fieldsOf(await upload(siteId, await form({ format: 'csv' }, { path: fixture('disqus.xml') }))),
    ).toEqual(['format:invalid_value']);
    expect(fieldsOf(await upload(siteId, await form({}, { path: fixture('disqus.xml') })))).toEqual([
      'format:required',
    ]);
    expect(
      fieldsOf(
        await upload(siteId, await form({ format: 'disqus' }, { text: '{"comments": ["यह XML नहीं है।"]}' })),
      ),
    ).toEqual(['file:not_xml']);
    expect(
      fieldsOf(
        await upload(siteId, await form({ format: 'wxr', dryRun: 'maybe' }, { path: fixture('disqus.xml') })),
      ),
    ).toEqual(['dryRun:invalid_value']);
    const json = await http(`${api.url}/v1/admin/sites/${siteId}/imports`, {
      method: 'POST',
      json: { format: 'wxr' },
      headers: admin,
    });
    expect(fieldsOf(json)).toEqual(['file:required']);
  });

  it('is for admins only: 401 without login, 403 for a moderator, 404 for an unknown site or import', async () => {
    const siteId = await createSite(api.app);
    const body = () => form({ format: 'wxr' }, { path: fixture('wordpress.wxr.xml') });
    expect((await upload(siteId, await body(), {})).status).toBe(401);
    const moderator = await moderatorOf(api.app, api.url, [siteId]);
    expect((await upload(siteId, await body(), moderator.headers)).status).toBe(403);
    expect((await upload('no-such-site', await body())).status).toBe(404);
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect(
      (await http(`${api.url}/v1/admin/sites/${siteId}/imports/${unknown}`, { headers: admin })).status,
    ).toBe(404);
    expect(
      (await http(`${api.url}/v1/admin/sites/${siteId}/imports/${unknown}`, { headers: moderator.headers }))
        .status,
    ).toBe(403);
  });

  it('reports an import whose process stopped (no heartbeat for a minute) as failed', async () => {
    const siteId = await createSite(api.app);
    const db: Database = api.app.get(DATABASE);
    const id = '01900000-0000-7000-8000-00000000dead';
    await db.insert(importJobs).values({
      id,
      siteId,
      moderatorId: 'someone',
      format: 'wxr',
      bytesTotal: 1000,
      recordsRead: 500,
      heartbeatAt: new Date(Date.now() - 5 * 60_000),
    });
    const response = await http(`${api.url}/v1/admin/sites/${siteId}/imports/${id}`, { headers: admin });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ state: 'failed', recordsRead: 500, summary: null });
    expect(response.body.failure).toMatch(/upload the file again/);
  });
});

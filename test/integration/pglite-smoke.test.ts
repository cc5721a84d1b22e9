import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { RunningApi, startApi, waitFor } from '../support/test-app';

/** `npm start` without DATABASE_URL runs on embedded PGlite: the same code, migrations and flow must work there. */
describe('embedded PGlite store', () => {
  let api: RunningApi;
  const dataDir = mkdtempSync(join(tmpdir(), 'cm-pglite-'));

  beforeAll(async () => {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = dataDir;
    api = await startApi({ withWorker: true });
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    delete process.env.DATA_DIR;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates, seeds the demo site, takes a Hindi comment and publishes it', async () => {
    expect((await http(`${api.url}/readyz`)).status).toBe(200);
    expect((await http(`${api.url}/v1/sites/demo/threads/post-1/comments`)).status).toBe(200);
    const siteId = await createSite(api.app, { languages: ['hi'] });
    const accepted = await http(`${api.url}/v1/sites/${siteId}/threads/t/comments`, {
      method: 'POST',
      json: submission({ body: 'एम्बेडेड डेटाबेस पर भी टिप्पणी सुरक्षित है।' }),
    });
    expect(accepted.status).toBe(202);
    const view = await waitFor(async () => {
      const r = await http(`${api.url}/v1/comments/${accepted.body.id}/status`, {
        headers: { authorization: `Bearer ${accepted.body.statusToken}` },
      });
      return r.body.status !== 'queued' && r;
    });
    expect(['published', 'held']).toContain(view.body.status);
  });
});

import { SitesService } from '@app/comments';
import { SitesRepository } from '../../libs/comments/src/sites/sites.repository';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { RunningApi, useTestApp, waitFor } from '../support/test-app';

/**
 * Site settings and origin lists are cached per process (no row read per request) and an admin's change reaches
 * every process at once, through Redis, not after a timeout: two api processes on one store.
 */
describe('site settings cache across processes', () => {
  const first = useTestApp({ secondApi: true });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(first.app, { allowedOrigins: ['https://news.example'] });
  });

  const postFrom = (api: RunningApi, origin: string) =>
    http(`${api.url}/v1/sites/${siteId}/threads/t/comments`, {
      method: 'POST',
      json: submission(),
      headers: { origin },
    });

  it('reads a site row once per process, however many requests use it', async () => {
    const reads = jest.spyOn(first.second.app.get(SitesRepository), 'findById');
    for (let i = 0; i < 10; i++)
      expect((await postFrom(first.second, 'https://news.example')).status).toBe(202);
    expect(reads.mock.calls.filter(([id]) => id === siteId).length).toBeLessThanOrEqual(1);
    reads.mockRestore();
  });

  it("an admin's change in one process is seen by the other at once", async () => {
    expect((await postFrom(first.second, 'https://new-partner.example')).status).toBe(403); // cached in second now
    await first.app.get(SitesService).update(siteId, {
      allowedOrigins: ['https://news.example', 'https://new-partner.example'],
    });
    // Within a second, well inside the 60 s backstop: only the broadcast can make this pass.
    await waitFor(async () => (await postFrom(first.second, 'https://new-partner.example')).status === 202, {
      timeoutMs: 1000,
      what: 'the second process to see the new origin',
    });
    await first.app.get(SitesService).update(siteId, { closed: true });
    await waitFor(async () => (await postFrom(first.second, 'https://news.example')).status === 403, {
      timeoutMs: 1000,
      what: 'the second process to see the site closed',
    });
  });
});

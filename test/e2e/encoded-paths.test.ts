import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** The router decodes paths; the origin policy and the rate limit follow the route it matched, not the URL text. */
describe('percent-encoded paths', () => {
  const api = useTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: 'true' } });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app);
  });

  const encodings = (site: string) => [
    `/v1/%73ites/${site}/threads/post-1/comments`,
    `/v1/sites/${site}/threads/post-1/%63omments`,
    `/v1/sites/${encodeURIComponent(site).replace(/s/, '%73')}/threads/post-1/comments`,
    `/%761/sites/${site}/threads/post-1/comments`,
  ];

  it.each([0, 1, 2, 3])('refuses a foreign Origin on encoding %i of the submission path', async (which) => {
    const path = encodings(siteId)[which];
    const response = await http(`${api.url}${path}`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'x-forwarded-for': `203.0.113.${which + 1}` },
      json: submission(),
    });
    expect(response.status).toBe(403);
    const preflight = await http(`${api.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
  });

  it('counts every spelling of the submission path against the same per-IP limit', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.50' };
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const path = encodings(siteId)[i % 4];
      statuses.push(
        (await http(`${api.url}${path}`, { method: 'POST', headers, json: submission() })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('an allowed origin on an encoded path still gets its CORS headers', async () => {
    const response = await http(`${api.url}${encodings(siteId)[0]}`, {
      method: 'POST',
      headers: { origin: 'https://news.example', 'x-forwarded-for': '203.0.113.60' },
      json: submission(),
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://news.example');
  });
});

import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { useTestApp, waitFor } from '../support/test-app';

describe('operators can see it run', () => {
  const api = useTestApp({ withWorker: true, env: { RATE_LIMIT_PER_MINUTE: '3' } });

  afterAll(async () => {
    process.env.RATE_LIMIT_PER_MINUTE = '0';
  });

  it('exposes route latency, verdicts and queue depth in Prometheus text', async () => {
    const siteId = await createSite(api.app);
    const accepted = await http(`${api.url}/v1/sites/${siteId}/threads/m/comments`, {
      method: 'POST',
      json: submission(),
    });
    expect(accepted.status).toBe(202);
    const text = await waitFor(async () => {
      const r = await http(`${api.url}/metrics`);
      return r.text.includes(`moderation_verdicts_total{site="${siteId}"`) && r.text;
    });
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{[^}]*route="\/v1\/sites\/:siteId\/threads\/:threadId\/comments"/,
    );
    expect(text).toMatch(/queue_jobs\{queue="moderation",state="waiting"\} \d+/);
    expect(text).toMatch(/queue_lag_seconds\{queue="moderation"\}/);
    expect(text).not.toMatch(/example\.org/);
  });

  it('limits submissions per client IP with 429 and Retry-After, and never limits reads', async () => {
    const siteId = await createSite(api.app);
    const url = `${api.url}/v1/sites/${siteId}/threads/r/comments`;
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof http<{ status: number }>>> | undefined;
    for (let i = 0; i < 6; i++) {
      const r = await http(url, { method: 'POST', json: submission() });
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    // The first test spent one of the three; the limit is per IP across sites.
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(3);
    expect(limited?.headers.get('retry-after')).toBeTruthy();
    expect(limited?.body.status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await http(url)).status).toBe(200);
  });

  it('sends security headers, and lets other sites load our resources', async () => {
    const r = await http(`${api.url}/healthz`);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(r.headers.get('x-frame-options')).toBeTruthy();
  });

  it('reports each dependency in /readyz', async () => {
    const r = await http(`${api.url}/readyz`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok', checks: { postgres: { ok: true }, redis: { ok: true } } });
  });
});

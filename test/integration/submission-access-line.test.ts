import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

interface LogLine {
  msg?: string;
  statusCode?: number;
  req?: { id?: string; method?: string; path?: string };
}

const accessLines = (log: string) =>
  log
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.msg === 'request completed');

/**
 * The submission route has no per-request logger bound (the hot path skips pino-http), so its access line takes
 * the request id from Fastify: it must follow the same rule as every other route's (the caller's X-Request-Id,
 * at most 64 characters, else a UUID), and the line must still carry no email.
 */
describe('the submission route access line, without a bound request logger', () => {
  const app = useTestApp({ log: 'info' });

  it("carries the caller's X-Request-Id, bounded like pino-http's, and a UUID when there is none", async () => {
    const siteId = await createSite(app.app);
    const url = `${app.url}/v1/sites/${siteId}/threads/access-line/comments`;
    const email = `access.line.${Date.now()}@example.org`;
    const long = `req-${'x'.repeat(100)}`;
    const given = await http(url, {
      method: 'POST',
      json: submission({ authorEmail: email }),
      headers: { 'x-request-id': 'caller-id-1' },
    });
    const bounded = await http(url, {
      method: 'POST',
      json: submission(),
      headers: { 'x-request-id': long },
    });
    const none = await http(url, { method: 'POST', json: submission() });
    expect([given.status, bounded.status, none.status]).toEqual([202, 202, 202]);
    // The same rule on a Nest route, whose logger pino-http binds.
    const nestRoute = await http(`${app.url}/v1/sites/${siteId}/threads/access-line/comments`, {
      headers: { 'x-request-id': long },
    });
    expect(nestRoute.status).toBe(200);

    const log = app.readLog();
    const lines = accessLines(log).filter((l) => l.req?.path?.endsWith('/threads/access-line/comments'));
    expect(lines.map((l) => [l.req?.method, l.statusCode])).toEqual([
      ['POST', 202],
      ['POST', 202],
      ['POST', 202],
      ['GET', 200],
    ]);
    expect(lines[0].req?.id).toBe('caller-id-1');
    expect(lines[1].req?.id).toBe(long.slice(0, 64));
    expect(lines[2].req?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(lines[3].req?.id).toBe(long.slice(0, 64));
    expect(log).not.toContain(email);
    expect(log).not.toContain('example.org');
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, submission } from '../support/client';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { RunningApi, startApi } from '../support/test-app';

const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, any>);

/** The log as an operator reads it: one access line per request with its status and duration, and a quiet start. */
describe('request and start-up logging', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const started: RunningApi[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
  });

  afterAll(async () => {
    for (const api of started) await api.close();
    await db?.drop();
    delete process.env.LOG_FILE;
    delete process.env.LOG_REQUESTS;
    process.env.LOG_LEVEL = 'silent';
  });

  async function startLogging(env: Record<string, string>) {
    const file = join(mkdtempSync(join(tmpdir(), 'cm-access-')), 'service.log');
    Object.assign(process.env, { LOG_LEVEL: 'info', LOG_FILE: file, ...env });
    const api = await startApi();
    started.push(api);
    return { api, file };
  }

  it('one line per request with its status code and duration; none for health probes; no start-up chatter', async () => {
    const { api, file } = await startLogging({ LOG_REQUESTS: 'true' });
    const siteId = await createSite(api.app);
    const startupLines = readLines(file).length;
    expect(readLines(file).filter((l) => /Mapped \{|dependencies initialized/.test(l.msg ?? ''))).toEqual([]);
    const accepted = await http(`${api.url}/v1/sites/${siteId}/threads/t/comments`, {
      method: 'POST',
      json: submission(),
    });
    expect(accepted.status).toBe(202);
    expect((await http(`${api.url}/v1/sites/nope/threads/t/comments`)).status).toBe(404);
    await http(`${api.url}/healthz`);
    const requests = readLines(file)
      .slice(startupLines)
      .filter((l) => l.msg === 'request completed');
    expect(requests.map((l) => [l.req?.method, l.req?.path, l.statusCode])).toEqual([
      ['POST', `/v1/sites/${siteId}/threads/t/comments`, 202],
      ['GET', '/v1/sites/nope/threads/t/comments', 404],
    ]);
    for (const line of requests) {
      expect(typeof line.responseTime).toBe('number');
      expect(line.req.id).toBeTruthy();
    }
  });

  it("a line written while a Nest route handles a request carries that request's id and path", async () => {
    const { api, file } = await startLogging({ LOG_REQUESTS: 'true' });
    const failed = await http(`${api.url}/v1/auth/login?next=x`, {
      method: 'POST',
      json: { email: 'nobody.here@example.org', password: 'not-the-password-1' },
      headers: { 'x-request-id': 'bound-line-1' },
    });
    expect(failed.status).toBe(401);
    const lines = readLines(file);
    expect(lines.find((l) => l.msg === 'failed login')?.req).toEqual({
      id: 'bound-line-1',
      method: 'POST',
      path: '/v1/auth/login',
    });
    expect(lines.find((l) => l.msg === 'request completed' && l.req?.id === 'bound-line-1')?.statusCode).toBe(
      401,
    );
    expect(readFileSync(file, 'utf8')).not.toContain('nobody.here');
  });

  it('LOG_REQUESTS=false turns the access lines off', async () => {
    const { api, file } = await startLogging({ LOG_REQUESTS: 'false' });
    await http(`${api.url}/v1/sites/nope/threads/t/comments`);
    expect(readLines(file).filter((l) => l.msg === 'request completed')).toEqual([]);
  });
});

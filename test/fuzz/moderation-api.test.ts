import fc from 'fast-check';
import { http, submission } from '../support/client';
import { login, moderatorOf } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import { describeCase, inPool, rawRequest } from './fuzz-kit';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** Hostile ids and tokens against the moderation and admin APIs: 2xx or 4xx, never 5xx; a bad token is always 401. */
describe('fuzz: moderation and admin APIs', () => {
  const api = useTestApp({ admin: true });

  it(`answers ${RUNS} generated requests without a 5xx (seed ${SEED})`, async () => {
    const mine = await createSite(api.app);
    const other = await createSite(api.app);
    const accepted = await http(`${api.url}/v1/sites/${mine}/threads/t/comments`, {
      method: 'POST',
      json: submission(),
    });
    const realComment: string = accepted.body.id;
    const admin = await login(api.url);
    const moderator = await moderatorOf(api.app, api.url, [mine]);

    const id = fc.oneof(
      fc.constantFrom(
        realComment,
        mine,
        other,
        'demo',
        '',
        '.',
        '..',
        '%2e%2e',
        '%00',
        '%ZZ',
        'a%2Fb',
        'null',
        '0',
        '-1',
      ),
      fc.uuid(),
      fc.string({ maxLength: 40 }).map(encodeURIComponent),
      fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
      fc.integer({ min: 400, max: 3000 }).map((n) => 'x'.repeat(n)),
    );
    const token = fc.oneof(
      fc.constant<'admin' | 'moderator' | 'none' | string>('admin'),
      fc.constant('moderator'),
      fc.constant('none'),
      fc.string({ maxLength: 80 }).map((s) => `Bearer ${s.replace(/[\r\n]/g, '')}`),
      fc.constantFrom(
        'Bearer ',
        'Basic YWRtaW46YWRtaW4=',
        'bearer x',
        `Bearer ${admin.token}x`,
        `Bearer ${admin.token.slice(1)}`,
      ),
    );
    const jsonValue = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({
        action: fc.oneof(
          fc.constantFrom('approve', 'reject', 'spam', 'publish', ''),
          fc.string(),
          fc.integer(),
        ),
        note: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        ids: fc.oneof(
          fc.array(fc.oneof(fc.uuid(), fc.constant(realComment), fc.string()), { maxLength: 5 }),
          fc.string(),
        ),
      }),
      fc.dictionary(
        fc.constantFrom(
          'name',
          'allowedOrigins',
          'floodSeconds',
          'spamThresholds',
          'premoderation',
          'email',
          'password',
          'role',
          'sites',
          'closed',
          '__proto__',
          'constructor',
          'id',
          'url',
          'events',
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    );
    const route = fc.oneof(
      fc.tuple(
        fc.constant('GET'),
        fc
          .tuple(id, fc.constantFrom('held', 'queued', 'bogus', ''), fc.string({ maxLength: 30 }))
          .map(
            ([s, st, q]) =>
              `/v1/moderation/comments?siteId=${s}&status=${st}&q=${encodeURIComponent(q)}&limit=${encodeURIComponent(q)}&cursor=${encodeURIComponent(q)}`,
          ),
      ),
      fc.tuple(
        fc.constant('GET'),
        id.map((i) => `/v1/moderation/comments/${i}`),
      ),
      fc.tuple(
        fc.constant('POST'),
        id.map((i) => `/v1/moderation/comments/${i}/decision`),
      ),
      fc.tuple(
        fc.constant('POST'),
        id.map((i) => `/v1/moderation/comments/${i}/author`),
      ),
      fc.tuple(fc.constant('POST'), fc.constant('/v1/moderation/decisions')),
      fc.tuple(
        fc.constant('GET'),
        id.map((i) => `/v1/moderation/audit?siteId=${i}&commentId=${i}&limit=${i}`),
      ),
      fc.tuple(
        fc.constantFrom('GET', 'PATCH'),
        id.map((i) => `/v1/admin/sites/${i}`),
      ),
      fc.tuple(
        fc.constant('PATCH'),
        fc.tuple(id, id).map(([s, t]) => `/v1/admin/sites/${s}/threads/${t}`),
      ),
      fc.tuple(fc.constant('POST'), fc.constantFrom('/v1/admin/sites', '/v1/admin/moderators')),
      fc.tuple(
        fc.constantFrom('GET', 'POST'),
        id.map((i) => `/v1/admin/sites/${i}/webhooks`),
      ),
      fc.tuple(
        fc.constantFrom('PATCH', 'DELETE'),
        fc.tuple(id, id).map(([s, w]) => `/v1/admin/sites/${s}/webhooks/${w}`),
      ),
      fc.tuple(
        fc.constant('GET'),
        fc.tuple(id, id).map(([s, w]) => `/v1/admin/sites/${s}/webhooks/${w}/deliveries`),
      ),
      fc.tuple(
        fc.constant('POST'),
        fc.tuple(id, id).map(([s, d]) => `/v1/admin/sites/${s}/deliveries/${d}/retry`),
      ),
      fc.tuple(
        fc.constant('GET'),
        id.map((i) => `/v1/comments/${i}/status`),
      ),
    );
    const body = fc.oneof(
      {
        weight: 4,
        arbitrary: jsonValue.map((v) => ({
          type: 'application/json',
          bytes: JSON.stringify(v) as string | undefined,
        })),
      },
      {
        weight: 1,
        arbitrary: fc.string().map((s) => ({ type: 'application/json', bytes: s as string | undefined })),
      },
      {
        weight: 1,
        arbitrary: fc.constant({
          type: 'application/x-www-form-urlencoded',
          bytes: 'action=approve&action=spam&ids=1' as string | undefined,
        }),
      },
      { weight: 1, arbitrary: fc.constant({ type: '', bytes: undefined as string | undefined }) },
    );
    const samples = fc.sample(fc.tuple(route, token, body), { numRuns: RUNS, seed: SEED });

    // Found by this fuzzing: a NUL in an id reached PostgreSQL and came back as a 500.
    for (const path of ['/v1/comments/%00/status', '/v1/moderation/comments/a%00b', '/v1/admin/sites/%00']) {
      const headers = { authorization: `Bearer ${admin.token}` };
      expect([path, (await rawRequest(`${api.url}${path}`, { method: 'GET', headers })).status]).toEqual([
        path,
        400,
      ]);
    }

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    await inPool(samples, 8, async ([[method, path], auth, payload]) => {
      const headers: Record<string, string> = {};
      if (auth === 'admin') headers.authorization = `Bearer ${admin.token}`;
      else if (auth === 'moderator') headers.authorization = moderator.headers.authorization;
      else if (auth !== 'none') headers.authorization = auth;
      const hasBody = method !== 'GET' && payload.bytes !== undefined;
      if (hasBody && payload.type) headers['content-type'] = payload.type;
      let status = 0;
      let answer = '';
      try {
        const response = await rawRequest(`${api.url}${path}`, {
          method,
          headers,
          body: hasBody ? payload.bytes : undefined,
        });
        status = response.status;
        answer = response.body.slice(0, 200);
      } catch (error) {
        answer = (error as Error).message;
        // Known and reported: a DELETE with a body on a URL Fastify's router refuses (414, bad encoding) gets its
        // 4xx and then more bytes after `Connection: close`. Not a 5xx; counted, not failed.
        if (method === 'DELETE' && /Data after `Connection: close`/.test(answer)) status = -1;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === -1) return;
      const badToken =
        auth !== 'admin' && auth !== 'moderator' && auth !== 'none' && !path.startsWith('/v1/comments/');
      // A bad token never gets past authentication; a malformed URL may be refused before routing (400, 404, 414).
      const ok = status >= 200 && status < 500 && (!badToken || [400, 401, 404, 414].includes(status));
      if (!ok)
        failures.push(
          `${status} ${answer} ← ${method} ${path.slice(0, 200)} auth=${auth.slice(0, 30)} ${describeCase('body', headers, hasBody ? payload.bytes : undefined)}`,
        );
    });
    console.log(
      `moderation API fuzz, seed ${SEED}: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
  }, 600_000);
});

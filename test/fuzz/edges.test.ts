import fc from 'fast-check';
import { http, submission } from '../support/client';
import { adminHeaders } from '../support/moderators';
import { submitChecked } from '../support/moderation';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import { inPool, rawRequest } from './fuzz-kit';

// A few thousand requests on a shared machine: minutes, not the 30 s default.
jest.setTimeout(600_000);

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const sample = <T>(arbitrary: fc.Arbitrary<T>, runs = RUNS) =>
  fc.sample(arbitrary, { numRuns: runs, seed: SEED });

/** Encoded paths, repeated parameters, out-of-range times and parallel logins: never a 5xx, never a bypass. */
describe('fuzz: the edges the hardening closed', () => {
  const api = useTestApp({ withWorker: true, admin: true, env: { TRUST_PROXY: 'true' } });
  let siteId: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    siteId = await createSite(api.app, { premoderation: 'all' });
    admin = await adminHeaders(api.url);
  });

  /** Any character of the path may be percent-encoded, in either case, as a router would decode it. */
  const encodedPath = (path: string) =>
    fc
      .array(fc.constantFrom('plain', 'lower', 'upper'), { minLength: path.length, maxLength: path.length })
      .map((choices) =>
        [...path]
          .map((ch, i) => {
            if (ch === '/' || choices[i] === 'plain') return ch;
            const hex = ch.charCodeAt(0).toString(16).padStart(2, '0');
            return `%${choices[i] === 'upper' ? hex.toUpperCase() : hex}`;
          })
          .join(''),
      );

  it(`no spelling of the submission path lets a foreign Origin store a comment (seed ${SEED})`, async () => {
    const marker = `encoded-path-fuzz-${SEED}`;
    const paths = sample(encodedPath(`/v1/sites/${siteId}/threads/fuzz/comments`));
    const failures: string[] = [];
    await inPool(paths, 8, async (path, i) => {
      const answer = await rawRequest(`${api.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        body: JSON.stringify(submission({ body: `${marker} ${i} यह टिप्पणी कभी नहीं जमा होनी चाहिए।` })),
      });
      if (answer.status < 400 || answer.status >= 500) failures.push(`${answer.status} ${path}`);
    });
    expect(failures).toEqual([]);
    // Nothing reached the store: the thread has no comment in any status.
    const page = await http(`${api.url}/v1/moderation/comments?siteId=${siteId}&threadId=fuzz`, {
      headers: admin,
    });
    expect(Object.values(page.body.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it(`repeated and hostile query parameters are never a 5xx (seed ${SEED})`, async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', '0', '-1', '1e3', '10000-01-01', 'held', 'null', '%00', '[]'),
    );
    const param = fc.tuple(
      fc.constantFrom('cursor', 'limit', 'q', 'status', 'siteId', 'threadId', 'language', 'commentId'),
      value,
    );
    const query = fc
      .array(param, { minLength: 1, maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    const base = fc.constantFrom(
      '/v1/moderation/comments',
      '/v1/moderation/audit',
      `/v1/sites/${siteId}/threads/fuzz/comments`,
      '/demo/post-1',
    );
    const cases = sample(fc.tuple(base, query, fc.boolean()));
    const failures: string[] = [];
    await inPool(cases, 8, async ([path, q, twice]) => {
      const url = `${api.url}${path}?${q}${twice ? `&${q}` : ''}`;
      const answer = await rawRequest(url, { method: 'GET', headers: admin });
      if (answer.status >= 500) failures.push(`${answer.status} ${url}`);
    });
    expect(failures).toEqual([]);
  });

  it(`cursors and ban times from any year are the client's 4xx, never a 5xx (seed ${SEED})`, async () => {
    const held = await submitChecked(api.url, siteId, 'ban-fuzz', { body: 'इस पर रोक लग सकती है।' });
    const time = fc.oneof(
      fc.integer({ min: -300_000, max: 300_000 }).map((year) => `${year}-01-01`),
      fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()),
      fc.constantFrom('10000-01-01', '+275760-09-13T00:00:00Z', '2026-02-30', '2026-01-01T25:00:00Z', ''),
      fc.string({ maxLength: 30 }),
    );
    const cursor = fc
      .tuple(time, fc.oneof(fc.uuid(), fc.string({ maxLength: 300 })))
      .map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url'));
    const failures: string[] = [];
    await inPool(sample(cursor), 8, async (c) => {
      for (const path of [
        `/v1/sites/${siteId}/threads/fuzz/comments?cursor=${c}`,
        `/v1/moderation/comments?cursor=${c}`,
        `/v1/moderation/audit?cursor=${c}`,
        `/demo/post-1?cursor=${c}`,
      ]) {
        const answer = await rawRequest(`${api.url}${path}`, { method: 'GET', headers: admin });
        if (answer.status >= 500) failures.push(`${answer.status} ${path}`);
      }
    });
    await inPool(sample(time, Math.ceil(RUNS / 4)), 4, async (until) => {
      const answer = await http(`${api.url}/v1/moderation/comments/${held.id}/author`, {
        method: 'POST',
        headers: admin,
        json: { action: 'ban', until },
      });
      if (answer.status >= 500) failures.push(`${answer.status} until=${until}`);
    });
    expect(failures).toEqual([]);
  });

  // Every attempt reserves its place before scrypt runs, so a burst of wrong passwords gets no more checks than a
  // sequence would: the budget. A right password inside a burst restarts the account's count once it succeeds (as a
  // sequence would), so there the bound is one budget before the success and one after it.
  it(`a burst of parallel logins never checks more than the budget (seed ${SEED})`, async () => {
    const bursts = sample(
      fc.record({ size: fc.integer({ min: 6, max: 40 }), right: fc.option(fc.integer({ min: 0, max: 39 })) }),
      5,
    );
    for (const [n, burst] of bursts.entries()) {
      const email = `fuzz-burst-${SEED}-${n}@test.example`;
      const created = await http(`${api.url}/v1/admin/moderators`, {
        method: 'POST',
        headers: admin,
        json: { email, password: 'the-right-password', role: 'moderator', sites: [] },
      });
      expect(created.status).toBe(201);
      const headers = { 'x-forwarded-for': `192.0.2.${n + 1}` };
      const answers = await Promise.all(
        Array.from({ length: burst.size }, (_, i) =>
          http(`${api.url}/v1/auth/login`, {
            method: 'POST',
            headers,
            json: { email, password: i === burst.right ? 'the-right-password' : `guess-${i}` },
          }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => ![200, 401, 429].includes(s))).toEqual([]);
      const wrongChecked = statuses.filter((s) => s === 401).length;
      const succeeded = statuses.filter((s) => s === 200).length;
      expect(succeeded).toBeLessThanOrEqual(1);
      expect(wrongChecked).toBeLessThanOrEqual(5 * (1 + succeeded));
    }
  });
});

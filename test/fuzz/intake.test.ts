import fc from 'fast-check';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import { query } from '../faults/fault-kit';
import { describeCase, inPool, rawRequest } from './fuzz-kit';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const FIELDS = ['authorName', 'authorEmail', 'authorUrl', 'body', 'parentId', 'formToken', 'hp'];
const WORDPRESS = ['author', 'email', 'url', 'comment', 'comment_parent', 'redirectTo'];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

interface Case {
  kind: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

const loneSurrogate = fc.constantFrom('\ud800', '\udfff', 'a\ud83d', '\ude00b', 'नमस्ते\udc00');
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: loneSurrogate },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\u202e',
      'x'.repeat(246),
      'a@b.co',
      'https://e.in/x',
      'javascript:alert(1)',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((n) => 'अ'.repeat(n)) },
);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...FIELDS, ...HOSTILE_KEYS), scalar, { maxKeys: 4 }),
  },
);
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIELDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS, ...WORDPRESS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
/** A valid submission with some fields replaced by hostile values and some hostile keys added. */
const objectBody = fc
  .tuple(fc.dictionary(key, value, { maxKeys: 8 }), fc.boolean(), fc.nat())
  .map(([fields, startValid, n]) => {
    const base: Record<string, unknown> = startValid
      ? {
          authorName: `Fuzz ${n}`,
          authorEmail: `fuzz${n}.${Math.random()}@example.org`,
          body: `fuzzed comment ${n} ${Math.random()}`,
        }
      : {};
    return Object.assign(base, fields);
  });

/** JSON text with `__proto__` and `constructor` keys spelled out (JSON.stringify cannot write an own __proto__). */
const protoJson = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 3 }), fc.nat())
  .map(
    ([k, v, n]) =>
      `{"authorName":"P${n}","authorEmail":"p${n}.${Math.random()}@example.org","body":"proto ${n}","${k}":${JSON.stringify(v)}}`,
  );

const nesting = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `{"authorName":"N","authorEmail":"n@example.org","body":${open.repeat(depth)}1${close.repeat(depth)}}`;
  });

/** Raw bytes, often invalid UTF-8, inside what is otherwise a valid JSON submission. */
const invalidUtf8 = fc
  .tuple(
    fc.uint8Array({ minLength: 1, maxLength: 64 }),
    fc.constantFrom('authorName', 'body', 'authorEmail'),
    fc.nat(),
  )
  .map(([bytes, field, n]) => {
    const fields: Record<string, string> = {
      authorName: `U${n}`,
      authorEmail: `u${n}.${Math.random()}@example.org`,
      body: `bytes ${n}`,
    };
    const json = JSON.stringify(fields);
    const at = json.indexOf(`"${field}":"`) + field.length + 4;
    return Buffer.concat([Buffer.from(json.slice(0, at)), Buffer.from(bytes), Buffer.from(json.slice(at))]);
  });

const formBody = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS, ...WORDPRESS, ...HOSTILE_KEYS, 'a[b]', 'a[]'), text), {
    maxLength: 12,
  })
  .map((pairs) => {
    const form = new URLSearchParams();
    for (const [k, v] of pairs) form.append(k, v.slice(0, 5000)); // repeated keys are common here
    return form.toString();
  });

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'multipart/form-data; boundary=xyz',
  'text/plain',
  'text/html',
  'application/xml',
  'application/octet-stream',
  'garbage',
  ';;;',
  'application/json, text/plain',
  '',
);

const cases: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 5,
    arbitrary: objectBody.map((o): Case => ({
      kind: 'object',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(o),
    })),
  },
  {
    weight: 1,
    arbitrary: protoJson.map((body): Case => ({
      kind: 'proto',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  },
  {
    weight: 1,
    arbitrary: nesting.map((body): Case => ({
      kind: 'nesting',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  },
  {
    weight: 1,
    arbitrary: invalidUtf8.map((body): Case => ({
      kind: 'utf8',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  },
  {
    weight: 2,
    arbitrary: formBody.map((body): Case => ({
      kind: 'form',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        contentType,
        fc.oneof(
          objectBody.map((o) => JSON.stringify(o)),
          formBody,
          fc.string(),
          protoJson,
        ),
      )
      .map(([type, body]): Case => ({ kind: 'mixed', headers: type ? { 'content-type': type } : {}, body })),
  },
  {
    weight: 1,
    arbitrary: fc.constant<Case>({ kind: 'empty', headers: { 'content-type': 'application/json' } }),
  },
);

/** Thousands of hostile submissions through real HTTP: only 202/303/4xx come back, and what was stored is sound. */
describe('fuzz: intake', () => {
  const api = useTestApp();

  it(`answers ${RUNS} generated bodies with 2xx/3xx/4xx only, never 5xx (seed ${SEED})`, async () => {
    const siteId = await createSite(api.app);
    const samples = fc.sample(cases, { numRuns: RUNS, seed: SEED });
    const accepted: string[] = [];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    await inPool(samples, 8, async (sample, i) => {
      const url = `${api.url}/v1/sites/${siteId}/threads/fuzz-${i % 7}/comments`;
      let status = 0;
      let answer = '';
      try {
        const response = await rawRequest(url, {
          method: 'POST',
          headers: sample.headers,
          body: sample.body,
        });
        status = response.status;
        answer = response.body.slice(0, 200);
        if (status === 202 && /json/.test(String(response.headers['content-type'])))
          accepted.push(JSON.parse(response.body).id);
      } catch (error) {
        answer = (error as Error).message;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const allowed = status === 202 || status === 303 || (status >= 400 && status < 500);
      if (!allowed)
        failures.push(`${status} ${answer} ← ${describeCase(sample.kind, sample.headers, sample.body)}`);
    });
    console.log(`intake fuzz, seed ${SEED}: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(accepted.length).toBeGreaterThan(0);

    // The store holds exactly what was answered 202 (JSON answers; form posts' 303s carry no id), each row sound.
    const rows = await query<{
      id: string;
      status: string;
      author_name: string;
      author_url: string | null;
      body: string;
      author_email_encrypted: string;
      author_email_hmac: string;
    }>(
      api.databaseUrl,
      'SELECT id, status, author_name, author_url, body, author_email_encrypted, author_email_hmac FROM comments',
    );
    const stored = new Set(rows.map((r) => r.id));
    expect(accepted.filter((id) => !stored.has(id))).toEqual([]);
    const threads = await query<{ n: string }>(
      api.databaseUrl,
      'SELECT sum(published_count) AS n FROM threads',
    );
    expect(Number(threads[0].n ?? 0)).toBe(0); // no worker ran: nothing may be published
    const unsound = rows.filter(
      (r) =>
        r.status !== 'queued' ||
        r.author_name !== r.author_name.trim() ||
        [...r.author_name].length < 1 ||
        [...r.author_name].length > 245 ||
        r.body !== r.body.trim().normalize('NFC') ||
        [...r.body].length < 1 ||
        [...r.body].length > 10000 ||
        (r.author_url !== null && !/^https?:\/\//i.test(r.author_url)) ||
        !r.author_email_encrypted ||
        !r.author_email_hmac,
    );
    expect(unsound.map((r) => r.id)).toEqual([]);
  }, 600_000);
});

import { Client } from 'pg';
import { CommentsRepository } from '@app/comments';
import { IntakeRepository } from '../../libs/comments/src/intake/intake.repository';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { RunningApi, useTestApp } from '../support/test-app';

/**
 * Group commit through real HTTP on a real PostgreSQL: a burst is stored in few transactions, each submission gets
 * its own answer, and the duplicate and flood checks stay exact across two api processes on one database.
 */
describe('group commit at intake', () => {
  let pg: Client;
  // Each test reader gets an address of its own through X-Forwarded-For.
  const first = useTestApp({
    secondApi: true,
    env: { TRUST_PROXY: 'true' },
    beforeClose: async () => pg?.end(),
  });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(first.app);
    pg = new Client({ connectionString: first.databaseUrl });
    await pg.connect();
  });

  const post = (api: RunningApi, thread: string, json: unknown, ip: string) =>
    http(`${api.url}/v1/sites/${siteId}/threads/${thread}/comments`, {
      method: 'POST',
      json,
      headers: { 'x-forwarded-for': ip },
    });
  const rowsIn = async (thread: string) =>
    Number((await pg.query('SELECT count(*) FROM comments WHERE thread_id = $1', [thread])).rows[0].count);

  it('a burst of 80 is stored in fewer commits than submissions, each answered 202 with its own row', async () => {
    const inserts = jest.spyOn(first.app.get(IntakeRepository), 'insertComments');
    const answers = await Promise.all(
      Array.from({ length: 80 }, (_, i) => post(first, 'burst', submission(), `10.10.0.${i + 1}`)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(80).fill(202));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(80);
    expect(await rowsIn('burst')).toBe(80);
    const batchSizes = inserts.mock.calls.map(([, rows]) => rows.length);
    expect(batchSizes.reduce((a, b) => a + b, 0)).toBe(80);
    expect(batchSizes.length).toBeLessThan(80);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    inserts.mockRestore();
  });

  it('in one burst, duplicates, a closed thread and a bad parent fail alone; the rest are stored', async () => {
    await first.app.get(CommentsRepository).setThreadClosed(siteId, 'shut', true);
    const repeated = submission({ body: 'चुनाव आयोग को यह जवाब देना होगा। यह ज़रूरी है।' });
    const burst = [
      ...Array.from({ length: 30 }, (_, i) => post(first, 'mixed', submission(), `10.20.0.${i + 1}`)),
      ...Array.from({ length: 5 }, () => post(first, 'mixed', repeated, '10.20.1.1')),
      post(first, 'shut', submission(), '10.20.2.1'),
      post(first, 'mixed', submission({ parentId: '01900000-0000-7000-8000-00000000dead' }), '10.20.3.1'),
    ];
    const statuses = (await Promise.all(burst)).map((a) => a.status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(202));
    expect(statuses.slice(30, 35).sort()).toEqual([202, 409, 409, 409, 409]);
    expect(statuses.slice(35)).toEqual([403, 422]);
    expect(await rowsIn('mixed')).toBe(31);
    expect(await rowsIn('shut')).toBe(0);
  });

  it('a row the database refuses fails only its own request; the others of its batch are stored', async () => {
    // A NUL is refused by PostgreSQL (22021) after validation, inside the batch's own transaction.
    const poisoned = submission({ parentId: 'bad\u0000id' });
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => post(first, 'poison', submission(), `10.30.0.${i + 1}`)),
      post(first, 'poison', poisoned, '10.30.1.1'),
    ]);
    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(202));
    expect(answers[20].status).toBeGreaterThanOrEqual(400);
    expect(answers[20].status).toBeLessThan(500);
    expect(await rowsIn('poison')).toBe(20);
  });

  it('the same text from the same IP sent to two api processes at once is stored exactly once', async () => {
    const same = submission({ body: 'दोनों सर्वरों पर एक साथ भेजा गया वही वाक्य।' });
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => post(i % 2 ? first : first.second, 'race', same, '10.40.0.1')),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([202, ...Array(15).fill(409)]);
    expect(await rowsIn('race')).toBe(1);
  });

  it('flood stays exact across two api processes: one of a burst from one address gets in', async () => {
    const floodSite = await createSite(first.app, { floodSeconds: 30 });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        http(`${(i % 2 ? first : first.second).url}/v1/sites/${floodSite}/threads/t/comments`, {
          method: 'POST',
          json: submission(),
          headers: { 'x-forwarded-for': '10.50.0.1' },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([202, ...Array(11).fill(429)]);
    expect(answers.every((a) => a.status === 202 || Number(a.headers.get('retry-after')) > 0)).toBe(true);
  });

  it('a guessed email with an existing comment’s text gets the same answer whether the guess is right or wrong', async () => {
    const victim = submission({ body: 'मैंने यह टिप्पणी लिखी थी, किसी और ने नहीं।' });
    expect((await post(first, 'oracle', victim, '10.60.0.1')).status).toBe(202);
    const rightGuess = await post(first, 'oracle', { ...victim }, '10.60.0.2');
    const wrongGuess = await post(
      first,
      'oracle',
      { ...victim, authorEmail: 'someone.else@example.org' },
      '10.60.0.3',
    );
    expect(rightGuess.status).toBe(wrongGuess.status);
    expect(rightGuess.status).toBe(202);
    // The reader themself repeating it from their own address is the duplicate.
    expect((await post(first, 'oracle', victim, '10.60.0.1')).status).toBe(409);
  });
});

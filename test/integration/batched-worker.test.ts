import { Client } from 'pg';
import { CommentLifecycle } from '../../libs/comments/src/lifecycle/comment-lifecycle.service';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { useTestApp, waitFor } from '../support/test-app';

/**
 * The batched worker on a real PostgreSQL and Redis: jobs waiting at once are checked together (one transaction
 * for many verdicts), and a comment PostgreSQL refuses fails only its own job; the rest of its batch is stored.
 */
describe('batched moderation worker', () => {
  let pg: Client;
  const api = useTestApp({ withWorker: true, beforeClose: async () => pg?.end() });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    pg = new Client({ connectionString: api.databaseUrl });
    await pg.connect();
  });

  const submitMany = async (thread: string, count: number) => {
    const answers = await Promise.all(
      Array.from({ length: count }, () =>
        http(`${api.url}/v1/sites/${siteId}/threads/${thread}/comments`, {
          method: 'POST',
          json: submission(),
        }),
      ),
    );
    expect(answers.every((a) => a.status === 202)).toBe(true);
    return answers.map((a) => a.body.id as string);
  };
  const queuedAmong = async (ids: string[]) =>
    (await pg.query(`SELECT id FROM comments WHERE id = ANY($1) AND status = 'queued'`, [ids])).rows.map(
      (r) => r.id as string,
    );

  it('checks a burst in fewer transactions than comments, and keeps the thread counters exact', async () => {
    const transactions = jest.spyOn(api.app.get(CommentLifecycle), 'transaction');
    const ids = await submitMany('burst', 60);
    await waitFor(async () => (await queuedAmong(ids)).length === 0, { timeoutMs: 30_000, what: 'verdicts' });
    expect(transactions.mock.calls.length).toBeLessThan(60);
    transactions.mockRestore();
    const { rows } = await pg.query(
      `SELECT t.published_count, (SELECT count(*) FROM comments c WHERE c.site_id = t.site_id
          AND c.thread_id = t.id AND c.status = 'published')::int AS published
         FROM threads t WHERE t.site_id = $1 AND t.id = 'burst'`,
      [siteId],
    );
    expect(rows[0].published_count).toBe(rows[0].published);
    const checks = await pg.query(
      'SELECT count(DISTINCT comment_id)::int AS n FROM comment_checks WHERE comment_id = ANY($1)',
      [ids],
    );
    expect(checks.rows[0].n).toBe(60);
  });

  it('a comment PostgreSQL refuses fails alone: the others of its batch get their verdicts', async () => {
    // A real database error for one row, inside the batch's own transaction.
    await pg.query(`CREATE TABLE poisoned (id text PRIMARY KEY)`);
    await pg.query(`CREATE FUNCTION refuse_poisoned() RETURNS trigger AS $$
      BEGIN
        IF NEW.status <> 'queued' AND EXISTS (SELECT 1 FROM poisoned WHERE id = NEW.id) THEN
          RAISE EXCEPTION 'poisoned comment %', NEW.id;
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await pg.query(
      `CREATE TRIGGER refuse_poisoned BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION refuse_poisoned()`,
    );
    // Poison whatever arrives next in this thread: the first comment of the burst, before the worker sees it.
    await pg.query(`CREATE FUNCTION poison_first() RETURNS trigger AS $$
      BEGIN
        IF NEW.thread_id = 'poison' AND NOT EXISTS (SELECT 1 FROM poisoned) THEN
          INSERT INTO poisoned VALUES (NEW.id);
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await pg.query(
      `CREATE TRIGGER poison_first AFTER INSERT ON comments FOR EACH ROW EXECUTE FUNCTION poison_first()`,
    );

    const ids = await submitMany('poison', 40);
    const poisoned = (await pg.query('SELECT id FROM poisoned')).rows[0].id as string;
    expect(ids).toContain(poisoned);
    await waitFor(async () => (await queuedAmong(ids)).length === 1, {
      timeoutMs: 30_000,
      what: 'the others',
    });
    expect(await queuedAmong(ids)).toEqual([poisoned]);

    // Once the database takes it, BullMQ's retry stores its verdict too: nothing answered 202 is lost.
    await pg.query('DELETE FROM poisoned');
    await waitFor(async () => (await queuedAmong(ids)).length === 0, {
      timeoutMs: 30_000,
      what: 'the retry',
    });
  });
});

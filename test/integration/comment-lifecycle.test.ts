import { Client } from 'pg';
import { CheckContextLoader, CommentLifecycle, CommentsRepository, StatusChange } from '@app/comments';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

/** The one writer of a comment's status, and the worker's batched context loader, on the real PostgreSQL. */
describe('comment lifecycle service', () => {
  let sql: Client;
  const api = useTestApp({ beforeClose: async () => sql?.end() });
  let siteId: string;
  let lifecycle: CommentLifecycle;
  const heard: { phase: 'in-transaction' | 'after-commit'; ids: string[]; committed?: string[] }[] = [];

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    lifecycle = api.app.get(CommentLifecycle);
    lifecycle.listen({
      inTransaction: async (_tx, changes) =>
        void heard.push({ phase: 'in-transaction', ids: idsOf(changes) }),
      // What another connection sees when the listener runs: committed rows only.
      afterCommit: async (changes) => {
        const { rows } = await sql.query('select id from comments where id = any($1) and status = $2', [
          idsOf(changes),
          changes[0].comment.status,
        ]);
        heard.push({ phase: 'after-commit', ids: idsOf(changes), committed: rows.map((r) => r.id).sort() });
      },
    });
  });

  beforeEach(() => void heard.splice(0));

  const idsOf = (changes: readonly StatusChange[]) => changes.map((c) => c.comment.id).sort();

  async function post(thread: string, over: Record<string, unknown> = {}): Promise<string> {
    const accepted = await http(`${api.url}/v1/sites/${siteId}/threads/${thread}/comments`, {
      method: 'POST',
      json: submission(over),
    });
    if (accepted.status !== 202) throw new Error(`refused: ${accepted.status} ${accepted.text}`);
    return accepted.body.id;
  }
  const thread = (id: string) => api.app.get(CommentsRepository).findThread(siteId, id);

  it('moves a batch at once: statuses, one counter bump per thread, listeners inside and after commit', async () => {
    const ids = [await post('batch-1'), await post('batch-1'), await post('batch-1')];
    const before = (await thread('batch-1'))!;

    const result = await lifecycle.transaction((tx) =>
      lifecycle.transition(tx, ids, { to: 'published', from: ['queued'], by: 'auto' }),
    );

    expect(idsOf(result.moved)).toEqual([...ids].sort());
    expect(result.moved.every((c) => c.previous === 'queued' && c.comment.status === 'published')).toBe(true);
    expect(result.skipped).toEqual([]);
    const after = (await thread('batch-1'))!;
    expect(after.publishedCount).toBe(before.publishedCount + 3);
    expect(after.version).toBe(before.version + 1);
    expect(heard).toEqual([
      { phase: 'in-transaction', ids: [...ids].sort() },
      { phase: 'after-commit', ids: [...ids].sort(), committed: [...ids].sort() },
    ]);
  });

  it('skips comments whose status is not in `from`, and ids that do not exist', async () => {
    const queued = await post('skip-1');
    const published = await post('skip-1');
    await changeStatus(api.app, published, 'published');
    heard.splice(0);

    const result = await lifecycle.transaction((tx) =>
      lifecycle.transition(tx, [queued, published, 'no-such-comment'], {
        to: 'held',
        from: ['queued'],
        by: 'auto',
      }),
    );

    expect(idsOf(result.moved)).toEqual([queued]);
    expect(result.skipped).toEqual([
      { id: published, status: 'published' },
      { id: 'no-such-comment', status: null },
    ]);
    expect((await thread('skip-1'))!.publishedCount).toBe(1);
  });

  it('writes one audit row per moved comment and the checks verdict when given', async () => {
    const a = await post('audit-1');
    const b = await post('audit-1');
    await lifecycle.transaction((tx) =>
      lifecycle.transition(tx, [a, b], {
        to: 'spam',
        by: 'moderator-7',
        verdict: new Map([[a, { verdict: 'spam' as const, spamScore: 0.97, language: 'hi' }]]),
        checks: new Map([
          [a, [{ name: 'spam.links', verdict: 'spam' as const, score: 3, reason: 'लिंक बहुत' }]],
        ]),
        audit: { moderatorId: 'moderator-7', action: 'spam', note: 'दो बार एक ही लिंक' },
      }),
    );
    const audits = await sql.query(
      'select comment_id, action, from_status, to_status, note from moderation_audit where comment_id = any($1) order by comment_id',
      [[a, b]],
    );
    expect(audits.rows).toEqual(
      [a, b].sort().map((id) => ({
        comment_id: id,
        action: 'spam',
        from_status: 'queued',
        to_status: 'spam',
        note: 'दो बार एक ही लिंक',
      })),
    );
    const stored = await sql.query(
      'select id, verdict, spam_score, language, decided_by, checked_at is not null as checked from comments where id = any($1)',
      [[a, b]],
    );
    const byId = new Map(stored.rows.map((r) => [r.id, r]));
    expect(byId.get(a)).toMatchObject({
      verdict: 'spam',
      language: 'hi',
      decided_by: 'moderator-7',
      checked: true,
    });
    expect(byId.get(a).spam_score).toBeCloseTo(0.97, 5);
    expect(byId.get(b)).toMatchObject({ verdict: null, checked: false, decided_by: 'moderator-7' });
    const checks = await sql.query('select comment_id, name from comment_checks where comment_id = any($1)', [
      [a, b],
    ]);
    expect(checks.rows).toEqual([{ comment_id: a, name: 'spam.links' }]);
  });

  it('keeps nothing and announces nothing when the transaction rolls back', async () => {
    const id = await post('rollback-1');
    const before = (await thread('rollback-1'))!;
    await expect(
      lifecycle.transaction(async (tx) => {
        await lifecycle.transition(tx, [id], { to: 'published', by: 'auto' });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(heard.map((h) => h.phase)).toEqual(['in-transaction']);
    expect((await sql.query('select status from comments where id = $1', [id])).rows[0].status).toBe(
      'queued',
    );
    expect(await thread('rollback-1')).toEqual(before);
  });

  it('refuses a transaction it did not open, so after-commit events are never forgotten', async () => {
    const id = await post('foreign-1');
    await expect(
      api.app
        .get(CommentsRepository)
        .transaction((tx) => lifecycle.transition(tx, [id], { to: 'published', by: 'auto' })),
    ).rejects.toThrow('CommentLifecycle.transaction');
  });

  it('counts only moves into and out of published, and bumps the ETag version once per call', async () => {
    const leaving = await post('mixed-1');
    const waiting = await post('mixed-1');
    await changeStatus(api.app, leaving, 'published');
    const before = (await thread('mixed-1'))!;
    await lifecycle.transaction((tx) =>
      lifecycle.transition(tx, [leaving, waiting], { to: 'held', by: 'auto' }),
    );
    const after = (await thread('mixed-1'))!;
    expect(after.publishedCount).toBe(before.publishedCount - 1);
    expect(after.version).toBe(before.version + 1);

    await lifecycle.transaction((tx) =>
      lifecycle.transition(tx, [leaving, waiting], { to: 'spam', by: 'auto' }),
    );
    expect(await thread('mixed-1')).toEqual(after);
  });

  it('the test kit changeStatus keeps the published count, as the moderation API does', async () => {
    const id = await post('kit-1');
    await changeStatus(api.app, id, 'published');
    expect((await thread('kit-1'))!.publishedCount).toBe(1);
    await changeStatus(api.app, id, 'rejected');
    expect((await thread('kit-1'))!.publishedCount).toBe(0);
  });

  describe('context loader', () => {
    it('loads a batch as it loads each comment alone, in the order asked, queued comments only', async () => {
      const email = `batch-author-${Date.now()}@example.org`;
      const earlier = await post('ctx-1', { authorEmail: email, body: 'पहले वाली टिप्पणी, जो छप चुकी है।' });
      await changeStatus(api.app, earlier, 'published');
      const reply = await post('ctx-1', {
        authorEmail: email,
        parentId: earlier,
        body: 'मैं अपनी बात दोहराता हूँ।',
      });
      const sameText = 'यही बात हर जगह लिखी है, ध्यान दें।';
      const other = await post('ctx-2', { body: sameText });
      const copy = await post('ctx-3', { body: sameText });

      const loader = api.app.get(CheckContextLoader);
      const batch = await loader.loadMany([copy, earlier, reply, other]);
      const alone = [
        ...(await loader.loadMany([copy])),
        ...(await loader.loadMany([reply])),
        ...(await loader.loadMany([other])),
      ];

      expect(batch.map((c) => c.comment.id)).toEqual([copy, reply, other]);
      // An IP's spam evidence decays with time, so two loads a few ms apart weigh it a hair differently.
      const comparable = (c: (typeof batch)[number]) => ({
        ...c.context,
        spamClassifier: null,
        author: {
          ...c.context.author,
          ipSpamWeight: Math.round((c.context.author.ipSpamWeight ?? 0) * 1000),
        },
      });
      expect(batch.map(comparable)).toEqual(alone.map(comparable));
      const [copyCtx, replyCtx] = batch.map((c) => c.context);
      expect(replyCtx.author.approvedCount).toBe(1);
      expect(replyCtx.parentStatus).toBe('published');
      expect(copyCtx.sameTextElsewhere).toBe(1);
      expect(batch[1].input).toMatchObject({ id: reply, parentId: earlier, body: 'मैं अपनी बात दोहराता हूँ।' });
    });
  });
});

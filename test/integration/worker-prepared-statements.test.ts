/**
 * The worker's per-batch reads and status writes run as SQL written once (named prepared statements). Each must
 * answer exactly what the query builder's version answered: here both run on the same rows of a real PostgreSQL,
 * the builder's version written out as the reference.
 */
import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { tmpdir } from 'node:os';
import {
  authorStandings,
  commentChecks,
  comments,
  DatabaseHandle,
  domainReputation,
  openDatabase,
  recentLinks,
  sites,
  threads,
} from '@app/db';
import { SpamEvidenceRepository } from '../../libs/comments/src/learning/spam-evidence.repository';
import { CheckContextRepository } from '../../libs/comments/src/lifecycle/check-context.repository';
import { LifecycleRepository } from '../../libs/comments/src/lifecycle/lifecycle.repository';
import { StandingRepository } from '../../libs/comments/src/standing/standing.repository';
import { createTestDatabase } from '../support/database';

const HOUR = 3600_000;
const BY_MODERATOR = sql`(${comments.decidedBy} is not null and ${comments.decidedBy} <> 'auto')`;
const sortBy = <T>(rows: T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('the worker statements written once as SQL', () => {
  let store: { url: string; drop(): Promise<void> };
  let handle: DatabaseHandle;

  beforeAll(async () => {
    store = await createTestDatabase();
    handle = await openDatabase({ databaseUrl: store.url, dataDir: tmpdir(), poolSize: 2 });
    const { db } = handle;
    await db.insert(sites).values([
      { id: 's1', name: 'One', spamHoldThreshold: 0.5, spamThreshold: 0.9 },
      { id: 's2', name: 'Two', spamHoldThreshold: 0.5, spamThreshold: 0.9 },
    ]);
    await db.insert(threads).values([
      { siteId: 's1', id: 't1' },
      { siteId: 's1', id: 't2' },
      { siteId: 's2', id: 't1' },
    ]);
    const now = Date.now();
    const row = (
      id: string,
      siteId: string,
      threadId: string,
      extra: Partial<typeof comments.$inferInsert> = {},
    ): typeof comments.$inferInsert => ({
      id,
      siteId,
      threadId,
      authorName: 'राधा',
      authorEmailEncrypted: 'enc',
      authorEmailHmac: 'h1',
      avatarSeed: 'seed',
      body: 'यह लेख बहुत अच्छा है। धन्यवाद',
      bodyFingerprint: 'fp1',
      formTokenState: 'valid',
      statusTokenHash: 'x',
      ...extra,
    });
    await db.insert(comments).values([
      row('c1', 's1', 't1', { status: 'queued', clientIp: '10.0.0.1', formTokenSeconds: 4.5 }),
      row('c2', 's1', 't2', { status: 'published', parentId: 'c1', editedAt: new Date(now - HOUR) }),
      row('c3', 's1', 't1', {
        status: 'spam',
        decidedBy: 'mod-1',
        clientIp: '10.0.0.1',
        authorEmailHmac: 'h2',
      }),
      row('c4', 's1', 't2', {
        status: 'spam',
        decidedBy: 'auto',
        clientIp: '10.0.0.1',
        authorEmailHmac: 'h3',
      }),
      row('c5', 's2', 't1', {
        status: 'spam',
        readerId: 'r1',
        clientIp: '10.0.0.2',
        bodyFingerprint: 'fp2',
      }),
      row('c6', 's1', 't1', {
        status: 'queued',
        readerId: 'r1',
        authorEmailHmac: 'h4',
        createdAt: new Date(now - 3 * HOUR),
      }),
      row('c7', 's1', 't2', {
        status: 'spam',
        decidedBy: 'mod-2',
        clientIp: '10.0.0.1',
        authorEmailHmac: 'h2',
        createdAt: new Date(now - 30 * HOUR),
      }),
    ]);
    await db.insert(authorStandings).values([
      { siteId: 's1', keyKind: 'email', keyValue: 'h1', standing: 'trusted', until: null, createdBy: 'm' },
      {
        siteId: 's1',
        keyKind: 'ip',
        keyValue: '10.0.0.1',
        standing: 'banned',
        until: new Date(now + HOUR),
        createdBy: 'm',
      },
      {
        siteId: 's1',
        keyKind: 'email',
        keyValue: 'h2',
        standing: 'banned',
        until: new Date(now - HOUR),
        createdBy: 'm',
      },
      { siteId: 's2', keyKind: 'email', keyValue: 'h1', standing: 'banned', until: null, createdBy: 'm' },
    ]);
    await db.insert(domainReputation).values([
      { scope: 's1', domain: 'spam.example', spamCount: 3, approvedCount: 0 },
      { scope: '*', domain: 'spam.example', spamCount: 5, approvedCount: 1 },
      { scope: 's2', domain: 'spam.example', spamCount: 9, approvedCount: 9 },
    ]);
    await db.insert(recentLinks).values([
      { commentId: 'c2', link: 'spam.example/a', siteId: 's1', threadId: 't2' },
      { commentId: 'c5', link: 'spam.example/a', siteId: 's2', threadId: 't1' },
      {
        commentId: 'c3',
        link: 'spam.example/b',
        siteId: 's1',
        threadId: 't1',
        createdAt: new Date(now - 2 * HOUR),
      },
    ]);
  });

  afterAll(async () => {
    await handle?.close();
    await store?.drop();
  });

  it('reads the same queued rows, parents and same-text threads', async () => {
    const { db } = handle;
    const repository = new CheckContextRepository(db);
    const ids = ['c1', 'c2', 'c6', 'nope'];
    expect(sortBy(await repository.queued(ids))).toEqual(
      sortBy(
        await db
          .select()
          .from(comments)
          .where(and(inArray(comments.id, ids), eq(comments.status, 'queued'))),
      ),
    );
    expect(await repository.queued(ids)).toHaveLength(2);
    expect(sortBy(await repository.statuses(ids))).toEqual(
      sortBy(
        await db
          .select({
            id: comments.id,
            siteId: comments.siteId,
            threadId: comments.threadId,
            status: comments.status,
          })
          .from(comments)
          .where(inArray(comments.id, ids)),
      ),
    );
    const since = new Date(Date.now() - HOUR);
    const withText = await repository.threadsWithText(['s1', 's2'], ['fp1', 'fp2'], since);
    expect(sortBy(withText)).toEqual(
      sortBy(
        await db
          .selectDistinct({
            siteId: comments.siteId,
            fingerprint: comments.bodyFingerprint,
            threadId: comments.threadId,
          })
          .from(comments)
          .where(
            and(
              inArray(comments.siteId, ['s1', 's2']),
              inArray(comments.bodyFingerprint, ['fp1', 'fp2']),
              gt(comments.createdAt, since),
            ),
          ),
      ),
    );
    expect(withText.some((t) => t.threadId === 't1' && t.siteId === 's1')).toBe(true);
  });

  it('reads the same standings in force, with and without IPs', async () => {
    const { db } = handle;
    const repository = new StandingRepository(db);
    const now = new Date();
    const reference = (ips: string[]) => {
      const byEmail = and(
        eq(authorStandings.keyKind, 'email'),
        inArray(authorStandings.keyValue, ['h1', 'h2']),
      );
      const byKey =
        ips.length > 0
          ? or(byEmail, and(eq(authorStandings.keyKind, 'ip'), inArray(authorStandings.keyValue, ips)))
          : byEmail;
      return db
        .select({
          siteId: authorStandings.siteId,
          keyKind: authorStandings.keyKind,
          keyValue: authorStandings.keyValue,
          standing: authorStandings.standing,
        })
        .from(authorStandings)
        .where(
          and(
            inArray(authorStandings.siteId, ['s1']),
            byKey,
            or(isNull(authorStandings.until), gt(authorStandings.until, now)),
          ),
        );
    };
    for (const ips of [[], ['10.0.0.1']]) {
      const found = await repository.activeStandings(['s1'], ['h1', 'h2'], ips, now);
      expect(sortBy(found)).toEqual(sortBy(await reference(ips)));
      expect(found).toHaveLength(ips.length + 1);
    }
  });

  it('counts the same author, network, domain and link evidence', async () => {
    const { db } = handle;
    const repository = new SpamEvidenceRepository(db);
    const authorReference = (readers: string[]) => {
      const byAuthor =
        readers.length > 0
          ? or(inArray(comments.authorEmailHmac, ['h1', 'h2']), inArray(comments.readerId, readers))
          : inArray(comments.authorEmailHmac, ['h1', 'h2']);
      return db
        .select({
          siteId: comments.siteId,
          emailHmac: comments.authorEmailHmac,
          readerId: comments.readerId,
          published: sql<number>`count(*) filter (where ${comments.status} = 'published')`.mapWith(Number),
          markedSpam:
            sql<number>`count(*) filter (where ${comments.status} = 'spam' and ${BY_MODERATOR})`.mapWith(
              Number,
            ),
          caughtSpam:
            sql<number>`count(*) filter (where ${comments.status} = 'spam' and not ${BY_MODERATOR})`.mapWith(
              Number,
            ),
        })
        .from(comments)
        .where(and(inArray(comments.siteId, ['s1', 's2']), byAuthor))
        .groupBy(comments.siteId, comments.authorEmailHmac, comments.readerId);
    };
    for (const readers of [[], ['r1']]) {
      const found = await repository.authorCounts(['s1', 's2'], ['h1', 'h2'], readers);
      expect(sortBy(found)).toEqual(sortBy(await authorReference(readers)));
    }
    expect(
      (await repository.authorCounts(['s1', 's2'], ['h1', 'h2'], ['r1'])).some((a) => a.readerId === 'r1'),
    ).toBe(true);

    const since = new Date(Date.now() - 14 * 24 * HOUR);
    const ageHours = sql`extract(epoch from (now() - ${comments.createdAt})) / 3600.0`;
    const network = await repository.networkSpam(['s1'], ['10.0.0.1'], since, 72);
    const networkReference = await db
      .select({
        siteId: comments.siteId,
        ip: comments.clientIp,
        emailHmac: comments.authorEmailHmac,
        marked: sql<number>`count(*) filter (where ${BY_MODERATOR})`.mapWith(Number),
        markedWeight:
          sql<number>`coalesce(sum(power(0.5, ${ageHours} / ${72})) filter (where ${BY_MODERATOR}), 0)`.mapWith(
            Number,
          ),
        caught: sql<number>`count(*) filter (where not ${BY_MODERATOR})`.mapWith(Number),
      })
      .from(comments)
      .where(
        and(
          inArray(comments.siteId, ['s1']),
          inArray(comments.clientIp, ['10.0.0.1']),
          sql`${comments.status} = 'spam'`,
          gt(comments.createdAt, since),
        ),
      )
      .groupBy(comments.siteId, comments.clientIp, comments.authorEmailHmac);
    // Weights are taken at now(), which moves between the two statements: equal to well within a rounding.
    const weightless = (rows: typeof network) =>
      sortBy(rows.map(({ markedWeight, ...rest }) => ({ ...rest, w: markedWeight.toFixed(6) })));
    expect(weightless(network)).toEqual(weightless(networkReference));
    expect(network.find((n) => n.emailHmac === 'h2')?.marked).toBe(2);

    expect(sortBy(await repository.domainDecisions(['s1'], ['spam.example']))).toEqual(
      sortBy(
        await db
          .select()
          .from(domainReputation)
          .where(
            and(
              inArray(domainReputation.scope, ['s1', '*']),
              inArray(domainReputation.domain, ['spam.example']),
            ),
          ),
      ),
    );
    const linkSince = new Date(Date.now() - HOUR);
    const places = await repository.linkPlaces(['spam.example/a', 'spam.example/b'], linkSince);
    expect(sortBy(places)).toEqual(
      sortBy(
        await db
          .selectDistinct({
            link: recentLinks.link,
            siteId: recentLinks.siteId,
            threadId: recentLinks.threadId,
          })
          .from(recentLinks)
          .where(
            and(
              inArray(recentLinks.link, ['spam.example/a', 'spam.example/b']),
              gt(recentLinks.createdAt, linkSince),
            ),
          ),
      ),
    );
    expect(places).toHaveLength(2);
  });

  it('locks, sets statuses and verdicts, and bumps threads as the builder did', async () => {
    const { db } = handle;
    const repository = new LifecycleRepository();
    const at = new Date();
    const changed = await db.transaction(async (tx) => {
      const locked = await repository.lockMany(tx, ['c6', 'c2', 'c1']);
      expect(locked).toEqual(
        await tx
          .select({ id: comments.id, status: comments.status, editedAt: comments.editedAt })
          .from(comments)
          .where(inArray(comments.id, ['c6', 'c2', 'c1']))
          .orderBy(asc(comments.id)),
      );
      expect(locked.find((l) => l.id === 'c2')?.editedAt).toBeInstanceOf(Date);
      const rows = await repository.setStatus(
        tx,
        new Map([
          ['c1', 'published'],
          ['c6', 'held'],
        ]),
        { by: 'auto', at },
        new Map([['c1', { verdict: 'publish', spamScore: 0.25, language: 'hi' }]]),
      );
      await repository.bumpThreads(tx, [{ siteId: 's1', threadId: 't1', delta: 1 }]);
      return rows;
    });
    // What the UPDATE returned is what a select now reads: every column decoded the builder's way.
    expect(sortBy(changed)).toEqual(
      sortBy(
        await db
          .select()
          .from(comments)
          .where(inArray(comments.id, ['c1', 'c6'])),
      ),
    );
    const c1 = changed.find((c) => c.id === 'c1')!;
    const c6 = changed.find((c) => c.id === 'c6')!;
    expect(c1).toMatchObject({
      status: 'published',
      verdict: 'publish',
      spamScore: 0.25,
      language: 'hi',
      decidedBy: 'auto',
    });
    expect(c1.publishedAt).toEqual(at);
    expect(c1.checkedAt).toEqual(at);
    expect(c6).toMatchObject({
      status: 'held',
      verdict: null,
      publishedAt: null,
      checkedAt: null,
      decidedAt: at,
    });
    const [thread] = await db
      .select()
      .from(threads)
      .where(and(eq(threads.siteId, 's1'), eq(threads.id, 't1')));
    expect(thread).toMatchObject({ version: 1, publishedCount: 1 });
  });

  it('replaces checks with the status and verdict in one statement as delete-then-insert did', async () => {
    const { db } = handle;
    const repository = new LifecycleRepository();
    const check = (name: string, verdict: 'pass' | 'hold', score: number) => ({
      name,
      verdict,
      score,
      reason: `${name}: कारण ${score}`,
    });
    const first = new Map([
      ['c2', [check('language', 'pass', 0), check('abuse', 'hold', 0.7), check('spam', 'pass', 0.1)]],
      ['c4', [check('language', 'pass', 0)]],
    ]);
    // c2 is checked again with fewer checks, c4 with more, c5 for the first time.
    const second = new Map([
      ['c2', [check('spam', 'hold', 0.6)]],
      ['c4', [check('language', 'pass', 0.05), check('link-limit', 'hold', 1)]],
      ['c5', [check('language', 'pass', 0)]],
    ]);
    const stored = async () =>
      db
        .select()
        .from(commentChecks)
        .where(inArray(commentChecks.commentId, ['c2', 'c4', 'c5']))
        .orderBy(asc(commentChecks.commentId), asc(commentChecks.position));
    const at = new Date();
    const verdicts = (ids: string[]) =>
      new Map(ids.map((id) => [id, { verdict: 'hold' as const, spamScore: 0.5, language: 'hi' }]));
    const targets = (ids: string[]) => new Map(ids.map((id) => [id, 'held' as const]));

    // The reference: the separate delete and insert, as before.
    await db.transaction(async (tx) => {
      await repository.replaceChecks(tx, first);
      await repository.replaceChecks(tx, second);
    });
    const reference = await stored();
    await db.delete(commentChecks).where(inArray(commentChecks.commentId, ['c2', 'c4', 'c5']));

    await db.transaction((tx) =>
      repository.setStatus(tx, targets(['c2', 'c4']), { by: 'auto', at }, verdicts(['c2', 'c4']), first),
    );
    const changed = await db.transaction((tx) =>
      repository.setStatus(
        tx,
        targets(['c2', 'c4', 'c5']),
        { by: 'auto', at },
        verdicts(['c2', 'c4', 'c5']),
        second,
      ),
    );
    expect(await stored()).toEqual(reference);
    expect(reference.map((r) => [r.commentId, r.position, r.name])).toEqual([
      ['c2', 0, 'spam'],
      ['c4', 0, 'language'],
      ['c4', 1, 'link-limit'],
      ['c5', 0, 'language'],
    ]);
    expect(changed.map((c) => [c.id, c.status, c.verdict]).sort()).toEqual([
      ['c2', 'held', 'hold'],
      ['c4', 'held', 'hold'],
      ['c5', 'held', 'hold'],
    ]);
  });
});

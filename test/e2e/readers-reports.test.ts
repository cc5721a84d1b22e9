import { Pool } from 'pg';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { moderatorOf } from '../support/moderators';
import { createSite } from '../support/sites';
import { SmtpSink } from '../support/smtp-sink';
import { useTestApp } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

const DAY_MS = 24 * 3600 * 1000;
const REPORTER = 'Sunita.Rao+shikayat@Example.IN';

/** Readers' reports: filing, the grievance clock, limits, the hold at reportsToHold, the moderators' list and outcome mail. */
describe('readers: reports and the grievance clock', () => {
  const sink = new SmtpSink();
  // The file's own pool ends before the kit drops the database (a drop ends its connections with an error).
  const api = useTestApp({
    withWorker: true,
    mail: sink,
    env: { TRUST_PROXY: 'true' },
    beforeClose: async () => pool?.end(),
  });
  let pool: Pool;
  let siteId: string;
  let otherSite: string;
  let moderator: Awaited<ReturnType<typeof moderatorOf>>;
  let nextAddress = 1;

  /** Each reader behind an address of its own (TRUST_PROXY), unless a test shares one on purpose. */
  const newAddress = () => `203.0.113.${nextAddress++}`;
  const readerToken = async (site = siteId) =>
    (await http(`${api.url}/v1/sites/${site}/reader-token`)).body.readerToken as string;
  const report = (
    id: string,
    body: Record<string, unknown>,
    from: { token?: string; ip?: string; site?: string } = {},
  ) =>
    http(`${api.url}/v1/sites/${from.site ?? siteId}/comments/${id}/reports`, {
      method: 'POST',
      headers: {
        'x-forwarded-for': from.ip ?? newAddress(),
        ...(from.token ? { 'x-reader-token': from.token } : {}),
      },
      json: body,
    });
  const publish = async (body: string, site = siteId, thread = 'sansad') => {
    const { id, status } = await submitChecked(api.url, site, thread, { body });
    if (status !== 'published') await changeStatus(api.app, id, 'published');
    return id;
  };
  const statusOf = async (id: string) =>
    (await pool.query('SELECT status FROM comments WHERE id = $1', [id])).rows[0].status as string;
  const reportsOf = async (id: string) =>
    (await pool.query('SELECT * FROM comment_reports WHERE comment_id = $1 ORDER BY created_at', [id])).rows;
  const mod = (path: string, init: { method?: string; json?: unknown } = {}) =>
    http(`${api.url}${path}`, { ...init, headers: moderator.headers });

  beforeAll(async () => {
    pool = new Pool({ connectionString: api.databaseUrl, max: 2 });
    siteId = await createSite(api.app, { name: 'दैनिक समाचार', languages: ['hi', 'en'], reportsToHold: 3 });
    otherSite = await createSite(api.app, { languages: ['hi', 'en'] });
    moderator = await moderatorOf(api.app, api.url, [siteId]);
  });

  it('acknowledges a report at once with a decide-by date 15 days later, and keeps the email encrypted', async () => {
    const id = await publish('संसद में आज बजट पर लंबी बहस हुई। विपक्ष ने सवाल उठाए।');
    const before = Date.now();
    const answer = await report(id, { reason: 'misinformation', note: 'यह आँकड़ा ग़लत है।', email: REPORTER });
    expect(answer.status).toBe(202);
    expect(Object.keys(answer.body).sort()).toEqual(['acknowledgedAt', 'decideBy', 'id']);
    const acknowledged = Date.parse(answer.body.acknowledgedAt);
    expect(acknowledged).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(answer.body.decideBy) - acknowledged).toBe(15 * DAY_MS);
    expect(answer.text.toLowerCase()).not.toContain('example.in');

    const [row] = await reportsOf(id);
    expect(row).toMatchObject({ id: answer.body.id, reason: 'misinformation', note: 'यह आँकड़ा ग़लत है।' });
    expect(row.status).toBe('open');
    expect(row.email_encrypted).toBeTruthy();
    expect(JSON.stringify(row).toLowerCase()).not.toContain('sunita');
    expect(await statusOf(id)).toBe('published');
  });

  it('stores a note in NFC', async () => {
    const id = await publish('मौसम विभाग ने कल बारिश की चेतावनी दी है।');
    // "ऩ" typed as न + nukta (U+0928 U+093C): NFC composes it to U+0929, so the same words always match.
    const answer = await report(id, { reason: 'other', note: '  चे\u0928\u093Cई की ख़बर ग़लत है।  ' });
    expect(answer.status).toBe(202);
    expect((await reportsOf(id))[0].note).toBe('चे\u0929ई की ख़बर ग़लत है।');
  });

  it('answers 422 naming each bad field', async () => {
    const id = await publish('रेल किराए में बढ़ोतरी पर यात्री नाराज़ हैं।');
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'reason', 'required'],
      [{ reason: 'boring' }, 'reason', 'invalid'],
      [{ reason: 'spam', note: 'न'.repeat(1001) }, 'note', 'too_long'],
      [{ reason: 'spam', note: 42 }, 'note', 'invalid'],
      [{ reason: 'spam', email: 'not-an-address' }, 'email', 'invalid_email'],
      [{ reason: 'spam', sneaky: true }, 'sneaky', 'unknown_field'],
    ];
    for (const [body, field, code] of cases) {
      const answer = await report(id, body);
      expect(answer.status).toBe(422);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    expect(await reportsOf(id)).toHaveLength(0);
  });

  it('answers 404 for an unknown, a held, or another site’s comment', async () => {
    expect((await report('no-such-comment', { reason: 'spam' })).status).toBe(404);
    const held = await publish('यह टिप्पणी अभी रोकी गई है।');
    await changeStatus(api.app, held, 'held');
    expect((await report(held, { reason: 'spam' })).status).toBe(404);
    const elsewhere = await publish('दूसरी साइट की टिप्पणी।', otherSite);
    expect((await report(elsewhere, { reason: 'spam' })).status).toBe(404);
    expect((await report(elsewhere, { reason: 'spam' }, { site: 'no-such-site' })).status).toBe(404);
  });

  it('takes one report per reader per comment: by reader id, else by address (409)', async () => {
    const id = await publish('किसानों की आय दोगुनी करने का वादा अधूरा है।');
    const token = await readerToken();
    expect((await report(id, { reason: 'abuse' }, { token })).status).toBe(202);
    const again = await report(id, { reason: 'hate' }, { token, ip: newAddress() });
    expect(again.status).toBe(409);
    const ip = newAddress();
    expect((await report(id, { reason: 'abuse' }, { ip })).status).toBe(202);
    expect((await report(id, { reason: 'abuse' }, { ip })).status).toBe(409);
    expect(await reportsOf(id)).toHaveLength(2);
  });

  it('holds a published comment when reportsToHold distinct readers report it, through the lifecycle', async () => {
    const id = await publish('यह नेता देशद्रोही है, इसे जेल में डालो।');
    for (let i = 0; i < 2; i++) {
      expect((await report(id, { reason: 'hate' }, { token: await readerToken() })).status).toBe(202);
    }
    expect(await statusOf(id)).toBe('published');
    expect((await report(id, { reason: 'abuse' }, { token: await readerToken() })).status).toBe(202);
    expect(await statusOf(id)).toBe('held');

    const audit = await mod(`/v1/moderation/audit?siteId=${siteId}&commentId=${id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'hold', from: 'published', to: 'held' });
    expect(audit.body.items[0].note).toContain("Held by readers' reports");
    expect(audit.body.items[0].moderator.name).toBe('पाठकों की रिपोर्ट / Readers’ reports');
    const thread = await http(`${api.url}/v1/sites/${siteId}/threads/sansad/comments?limit=100`);
    expect(thread.status).toBe(200);
    expect(thread.body.comments.map((c: { id: string }) => c.id)).not.toContain(id);
    // Held, it takes no more reports until a moderator publishes it again.
    expect((await report(id, { reason: 'hate' })).status).toBe(404);
  });

  it('counts readers behind one address once: three reader ids from one address do not hold', async () => {
    const id = await publish('सरकारी स्कूलों में शिक्षकों की कमी है।');
    const ip = newAddress();
    for (let i = 0; i < 3; i++) {
      expect((await report(id, { reason: 'spam' }, { ip, token: await readerToken() })).status).toBe(202);
    }
    expect(await statusOf(id)).toBe('published');
    expect(await reportsOf(id)).toHaveLength(3);
  });

  it('limits reports per reader and per address per hour (429 with Retry-After)', async () => {
    const site = await createSite(api.app, { languages: ['hi', 'en'] });
    const ids: string[] = [];
    for (let i = 0; i < 11; i++)
      ids.push(await publish(`टिप्पणी संख्या ${i + 1}: बाज़ार आज गिरा।`, site, 'bazaar'));
    // One reader: ten reports pass, the eleventh is refused.
    const reader = await readerToken(site);
    const readerIp = newAddress();
    for (const id of ids.slice(0, 10)) {
      expect((await report(id, { reason: 'spam' }, { token: reader, ip: readerIp, site })).status).toBe(202);
    }
    const tooMany = await report(ids[10], { reason: 'spam' }, { token: reader, ip: readerIp, site });
    expect(tooMany.status).toBe(429);
    expect(Number(tooMany.headers.get('retry-after'))).toBeGreaterThan(3000);

    // One address: thirty reports from three readers pass, the next reader's first is refused.
    const shared = newAddress();
    for (let r = 0; r < 3; r++) {
      const token = await readerToken(site);
      for (const id of ids.slice(0, 10)) {
        expect((await report(id, { reason: 'other' }, { token, ip: shared, site })).status).toBe(202);
      }
    }
    const fromShared = await report(
      ids[10],
      { reason: 'other' },
      { token: await readerToken(site), ip: shared, site },
    );
    expect(fromShared.status).toBe(429);
    expect(fromShared.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another address is unaffected.
    expect((await report(ids[10], { reason: 'other' }, { site })).status).toBe(202);
  });

  it('lists reports to the moderators of the site only, open ones by their clock, with counts and a cursor', async () => {
    const list = await mod(`/v1/moderation/reports?siteId=${siteId}&status=open&limit=2`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(Object.keys(list.body.items[0]).sort()).toEqual(
      ['commentId', 'createdAt', 'decideBy', 'id', 'note', 'outcome', 'reason', 'siteId', 'status'].sort(),
    );
    expect(list.body.items[0]).toMatchObject({ reason: 'misinformation', status: 'open', outcome: null });
    expect(list.text.toLowerCase()).not.toContain('sunita');
    expect(list.body.counts.open).toBeGreaterThanOrEqual(10);
    expect(list.body.counts).toMatchObject({ decided: 0, overdue: 0 });
    const next = await mod(`/v1/moderation/reports?siteId=${siteId}&limit=2&cursor=${list.body.nextCursor}`);
    expect(Date.parse(next.body.items[0].createdAt)).toBeGreaterThanOrEqual(
      Date.parse(list.body.items[1].createdAt),
    );
    expect(next.body.items[0].id).not.toBe(list.body.items[1].id);

    // Without siteId: only the moderator's own site.
    const all = await mod('/v1/moderation/reports');
    expect(new Set(all.body.items.map((r: { siteId: string }) => r.siteId))).toEqual(new Set([siteId]));
    expect((await mod(`/v1/moderation/reports?siteId=${otherSite}`)).status).toBe(404);
    expect((await mod('/v1/moderation/reports?status=closed')).status).toBe(422);
    expect((await mod('/v1/moderation/reports?cursor=forged')).status).toBe(422);
    expect((await http(`${api.url}/v1/moderation/reports`)).status).toBe(401);
  });

  it('an overdue report counts as overdue', async () => {
    const id = await publish('पुरानी शिकायत वाली टिप्पणी।');
    const answer = await report(id, { reason: 'other' });
    await pool.query(`UPDATE comment_reports SET decide_by = now() - interval '1 day' WHERE id = $1`, [
      answer.body.id,
    ]);
    const list = await mod(`/v1/moderation/reports?siteId=${siteId}`);
    expect(list.body.counts.overdue).toBe(1);
  });

  it('deciding the comment decides its reports, and the reporter gets the outcome mail in Hindi', async () => {
    const body = 'इस मंत्री को सबक सिखाना ज़रूरी है, यह झूठा है।';
    const id = await publish(body);
    const withMail = await report(
      id,
      { reason: 'harassment', email: REPORTER },
      { token: await readerToken() },
    );
    const without = await report(id, { reason: 'abuse' }, { token: await readerToken() });
    expect([withMail.status, without.status]).toEqual([202, 202]);

    // Undo (hold) decides nothing.
    expect(
      (await mod(`/v1/moderation/comments/${id}/decision`, { method: 'POST', json: { action: 'hold' } }))
        .status,
    ).toBe(200);
    expect((await reportsOf(id)).map((r) => r.status)).toEqual(['open', 'open']);

    const decided = await mod(`/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      json: { action: 'reject', note: 'अपमानजनक' },
    });
    expect(decided.status).toBe(200);
    const rows = await reportsOf(id);
    expect(rows.map((r) => [r.status, r.outcome])).toEqual([
      ['decided', 'removed'],
      ['decided', 'removed'],
    ]);
    const listed = await mod(`/v1/moderation/reports?siteId=${siteId}&status=decided`);
    expect(listed.body.items.find((r: { id: string }) => r.id === withMail.body.id)).toMatchObject({
      status: 'decided',
      outcome: 'removed',
    });

    const mail = await sink.waitForMail((m) => m.envelopeTo.includes(REPORTER.toLowerCase()));
    expect(mail.parsed.subject).toBe('दैनिक समाचार: आपकी शिकायत पर निर्णय');
    expect(mail.parsed.headers.get('content-language')).toBe('hi');
    expect(mail.parsed.text).toContain(body);
    expect(mail.parsed.text).toContain('हटा दिया');
    expect(mail.parsed.html).toContain('हटा दिया');
    // Only the reporter's own address, in the envelope; nothing else of anyone's.
    expect(sink.received.filter((m) => m.parsed.text?.includes(body))).toHaveLength(1);
  });

  it('a bulk approve decides reports as kept, and an overruled reporter loses weight', async () => {
    const token = await readerToken();
    const ip = newAddress();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(await publish(`सड़क पर गड्ढों की शिकायत ${i + 1}। नगर निगम सोया है।`));
      expect((await report(ids[i], { reason: 'spam', email: REPORTER }, { token, ip })).status).toBe(202);
    }
    const bulk = await mod('/v1/moderation/decisions', { method: 'POST', json: { action: 'hold', ids } });
    expect(bulk.status).toBe(200);
    const approved = await mod('/v1/moderation/decisions', {
      method: 'POST',
      json: { action: 'approve', ids },
    });
    expect(approved.body).toEqual({ updated: 3 });
    for (const id of ids)
      expect((await reportsOf(id)).map((r) => [r.status, r.outcome])).toEqual([['decided', 'kept']]);
    const kept = await sink.waitForMail((m) => Boolean(m.parsed.text?.includes('गड्ढों की शिकायत 3')));
    expect(kept.parsed.text).toContain('बनी रहेगी');

    // Three reports, none upheld: this reader now counts a quarter.
    const next = await publish('नगर निगम ने आज सफ़ाई अभियान शुरू किया।');
    expect((await report(next, { reason: 'spam' }, { token, ip })).status).toBe(202);
    expect((await reportsOf(next))[0].weight).toBe(0.25);
    // A moderator kept those comments against reports: new reports no longer hold them.
    for (let i = 0; i < 3; i++) {
      expect((await report(ids[0], { reason: 'spam' }, { token: await readerToken() })).status).toBe(202);
    }
    expect(await statusOf(ids[0])).toBe('published');
  });

  it('approving a comment that is still published keeps it against its reports; without reports it stays a 409', async () => {
    const id = await publish('पुलिस ने आज शहर में नया हेल्पलाइन नंबर जारी किया।');
    expect((await report(id, { reason: 'other', email: REPORTER })).status).toBe(202);
    const kept = await mod(`/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ id, status: 'published' });
    expect((await reportsOf(id)).map((r) => [r.status, r.outcome])).toEqual([['decided', 'kept']]);
    const mail = await sink.waitForMail((m) => Boolean(m.parsed.text?.includes('हेल्पलाइन नंबर')));
    expect(mail.parsed.text).toContain('बनी रहेगी');
    const again = await mod(`/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    expect(again.status).toBe(409);
  });
});

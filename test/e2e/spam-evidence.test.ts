import { http } from '../support/client';
import { CommentsRepository } from '@app/comments';
import { submitChecked } from '../support/moderation';
import { adminHeaders } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** Domain reputation and author history learned from moderators, through HTTP, the queue, the worker and PostgreSQL. */
describe('spam evidence learned from moderators (issue 13)', () => {
  const api = useTestApp({ withWorker: true, admin: true, env: { TRUST_PROXY: 'true' } });
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = await adminHeaders(api.url);
  });

  let address = 0;
  let reader = 0;
  const submit = (siteId: string, thread: string, body: string, ip = `198.51.100.${++address}`) =>
    submitChecked(
      api.url,
      siteId,
      thread,
      { body, authorName: `Pathak ${++reader}`, authorEmail: `pathak${reader}@example.org` },
      { headers: { 'x-forwarded-for': ip } },
    );
  const decide = (id: string, action: 'spam' | 'approve') =>
    http(`${api.url}/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      headers: admin,
      json: { action },
    });
  const viewOf = async (id: string) =>
    (await http(`${api.url}/v1/moderation/comments/${id}`, { headers: admin })).body as {
      status: string;
      checks: { name: string; verdict: string; reason: string }[];
    };

  it('makes a domain that moderators marked spam twice hold its next links, on that site only', async () => {
    const site = await createSite(api.app);
    const other = await createSite(api.app);
    const body = (i: number) =>
      `Naye rates ki poori list yahan dekh lo bhai, kaam ki cheez hai ${i} www.mandi-bhav-update.in/list`;
    const first = await submit(site, 't1', body(1));
    const second = await submit(site, 't2', body(2));
    expect(first.status).toBe('published');
    expect(second.status).toBe('published');
    for (const { id } of [first, second]) expect((await decide(id, 'spam')).status).toBe(200);

    const next = await submit(site, 't3', body(3));
    expect(next.status).not.toBe('published');
    const view = await viewOf(next.id);
    expect(view.checks.find((c) => c.name === 'domain-reputation')?.reason).toBe(
      'Moderators marked comments linking to mandi-bhav-update.in as spam on this site.',
    );
    expect(view.checks.find((c) => c.name === 'flagged-link')?.verdict).toBe('hold');
    // Another site has not flagged the domain (a page of its own, so it is no repost of the same link either).
    const elsewhere =
      'Naye rates ki poori list yahan dekh lo bhai, kaam ki cheez hai www.mandi-bhav-update.in/aaj';
    expect((await submit(other, 't1', elsewhere)).status).toBe('published');
  });

  it('trusts a domain a moderator approved on the site, even on a suspicious TLD', async () => {
    const site = await createSite(api.app);
    const body = (i: number) =>
      `Is saal ke mele ki tasveerein hamare club ki site par hain ${i}: https://rotary-indore.club/photos`;
    const held = await submit(site, 't1', body(1));
    expect(held.status).toBe('held');
    expect((await decide(held.id, 'approve')).status).toBe(200);
    const next = await submit(site, 't2', body(2));
    expect(next.status).toBe('published');
    expect((await viewOf(next.id)).checks.map((c) => c.name)).toContain('domain-trusted');
  });

  it('says what really happened at a shared address: the checks caught it, no moderator marked it', async () => {
    const site = await createSite(api.app);
    const carrierIp = '100.64.12.34';
    const caught = await submit(
      site,
      't1',
      'Sure shot satta king result, join telegram channel t.me/satta_king_fast, 100% jackpot call',
      carrierIp,
    );
    expect(caught.status).toBe('not_published');
    const neighbour = await submit(site, 't2', 'सड़क की मरम्मत का काम कब शुरू होगा, कोई बताएगा क्या?', carrierIp);
    expect(neighbour.status).toBe('published');
    const reasons = (await viewOf(neighbour.id)).checks.map((c) => c.reason).join(' ');
    expect(reasons).toMatch(
      /1 earlier comment from the same network address was caught as spam by the checks/,
    );
    expect(reasons).not.toMatch(/Moderators marked/);
  });

  it('notices the same link posted in several threads within the hour', async () => {
    const site = await createSite(api.app);
    const body = (i: number) =>
      `Sabhi dosto ke liye, ek baar zaroor padhein ${i} https://sab-khabar-abhi.in/viral-sach`;
    for (let i = 1; i <= 3; i++) await submit(site, `thread-${i}`, body(i));
    const fourth = await viewOf((await submit(site, 'thread-4', body(4))).id);
    expect(fourth.checks.find((c) => c.name === 'reposted-link')?.reason).toBe(
      'The same link was posted in 3 other threads or sites within the last hour.',
    );
  });
});

describe('proof-of-work challenge endpoint (issue 13)', () => {
  const api = useTestApp({ withWorker: true, admin: true });

  it('answers enabled false when the site does not ask, a signed challenge when it does, and 404 for no site', async () => {
    const off = await createSite(api.app, { proofOfWork: false });
    const on = await createSite(api.app, { proofOfWork: true });
    expect((await http(`${api.url}/v1/sites/${off}/pow-challenge`)).body).toEqual({ enabled: false });
    const challenge = await http(`${api.url}/v1/sites/${on}/pow-challenge`);
    expect(challenge.status).toBe(200);
    expect(challenge.headers.get('cache-control')).toBe('no-store');
    expect(challenge.headers.get('set-cookie')).toBeNull();
    expect(challenge.body).toMatchObject({ enabled: true, algorithm: 'SHA-256', maxnumber: 5000 });
    expect((await http(`${api.url}/v1/sites/no-such-site/pow-challenge`)).status).toBe(404);
  });

  it('accepts a comment with a forged or missing solution and counts it as evidence, never a refusal', async () => {
    const site = await createSite(api.app, { proofOfWork: true });
    const forged = Buffer.from(
      JSON.stringify({ algorithm: 'SHA-256', challenge: 'ab', number: 1, salt: 'x', signature: 'y' }),
    ).toString('base64');
    const withForged = await submitChecked(api.url, site, 't1', {
      body: 'नगर निगम की बैठक कल है, सबको आना चाहिए।',
      altcha: forged,
    });
    const without = await submitChecked(api.url, site, 't2', { body: 'बैठक का समय क्या है, कोई बताए?' });
    const checks = async (id: string) =>
      (await api.app.get(CommentsRepository).checksOf(id)).find((c) => c.name === 'proof-of-work');
    expect(await checks(withForged.id)).toMatchObject({
      verdict: 'signal',
      reason: 'Its proof-of-work does not check out.',
    });
    expect((await checks(without.id))?.reason).toMatch(/none came/);
    expect((await api.app.get(CommentsRepository).findById(without.id))?.proofOfWork).toBe('missing');
  });
});

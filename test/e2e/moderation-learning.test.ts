import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { login, useTestAdmin } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** Moderators' spam decisions teach that site's model, and only that site's. */
describe('spam learning from decisions', () => {
  const api = useTestApp({
    withWorker: true,
    // Each comment from an address of its own, so the IP history signal cannot stand in for the model.
    env: { TRUST_PROXY: 'true' },
    before: async () => useTestAdmin(),
  });
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = { authorization: `Bearer ${(await login(api.url)).token}` };
  });

  afterAll(async () => {
    delete process.env.TRUST_PROXY;
  });

  // A pitch the base model has never seen: polite words, nothing a signal catches on its own. Its number stays
  // below three digits: a three-digit number is evidence the model has learned (SMS short codes, "£100" prizes), and
  // the probe is about the site's learning, not about that.
  const pitch = (i: number) => `गुलाबी कछुआ मंडली की सभा, सुनहरा बगीचा परिवार आपका स्वागत करता है। सदस्य ${i}`;

  let address = 0;
  /**
   * Sent 30 s after the form, like a reader: the site's learning alone must lift the pitch over the hold line. (Sent
   * 1 s after the form, the "too fast" prior put it a hair under the line, and each retraining's shift moved it over.)
   */
  const submit = (siteId: string, thread: string, body: string) =>
    submitChecked(
      api.url,
      siteId,
      thread,
      { body },
      { shownSecondsAgo: 30, headers: { 'x-forwarded-for': `203.0.113.${++address}` } },
    );

  async function viewOf(id: string) {
    const view = await http(`${api.url}/v1/moderation/comments/${id}`, { headers: admin });
    expect(view.status).toBe(200);
    return view.body as { status: string; spamScore: number; checks: { name: string; score: number }[] };
  }

  it('scores a similar comment higher after ~20 spam decisions on that site, and leaves another site alone', async () => {
    // Training comments wait in the queue (premoderation "all") until the moderator marks them spam.
    const learning = await createSite(api.app, { premoderation: 'all' });
    const untouched = await createSite(api.app, { premoderation: 'none' });

    const before = await submit(untouched, 'probe', pitch(40));
    expect(before.status).toBe('published');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await submit(learning, `t-${i}`, pitch(i))).id);
    const decided = await http(`${api.url}/v1/moderation/decisions`, {
      method: 'POST',
      headers: admin,
      json: { ids, action: 'spam' },
    });
    expect(decided.body).toEqual({ updated: 20 });
    await http(`${api.url}/v1/admin/sites/${learning}`, {
      method: 'PATCH',
      headers: admin,
      json: { premoderation: 'none' },
    });

    await new Promise((resolve) => setTimeout(resolve, 2100)); // the worker's cached site settings expire

    const learned = await viewOf((await submit(learning, 'probe-2', pitch(50))).id);
    const other = await viewOf((await submit(untouched, 'probe-2', pitch(50))).id);
    expect(other.status).toBe('published');
    expect(learned.status).not.toBe('published');
    expect(learned.spamScore).toBeGreaterThan(other.spamScore);
    const modelScore = (view: typeof learned) => view.checks.find((c) => c.name === 'spam-model')!.score;
    expect(modelScore(learned) - modelScore(other)).toBeGreaterThan(1.5);
    expect(learned.checks.map((c) => c.name)).not.toContain('author-history');
  });
});

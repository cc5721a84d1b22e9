import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { adminHeaders } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** The moderation queue filtered by abuse category, through real HTTP, the worker on Redis, and PostgreSQL. */
describe('moderation queue by abuse category', () => {
  const api = useTestApp({ withWorker: true, admin: true });
  let site: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    site = await createSite(api.app, { languages: ['hi', 'en'], floodSeconds: 0 });
    admin = await adminHeaders(api.url);
  });

  const ids = async (query: string) => {
    const page = await http(`${api.url}/v1/moderation/comments?siteId=${site}${query}`, { headers: admin });
    expect(page.status).toBe(200);
    return page.body.items.map((c: { id: string }) => c.id);
  };

  it('lists only the comments where that category was found, with the category check and its reason', async () => {
    const hate = await submitChecked(api.url, site, 'story-1', { body: 'इन मुल्लों को पाकिस्तान भेज दो' });
    const insult = await submitChecked(api.url, site, 'story-1', { body: 'तुम बेवकूफ हो, चुप रहो कमीने' });
    const clean = await submitChecked(api.url, site, 'story-1', {
      body: 'ईद मुबारक मुसलमान भाइयों, बहुत अच्छा लेख।',
    });
    expect([hate.status, insult.status, clean.status]).toEqual(['held', 'held', 'published']);

    expect(await ids('&category=hate')).toEqual([hate.id]);
    expect(await ids('&category=insult&status=held')).toEqual([insult.id]);
    // (the learned model may also call the expulsion call a threat: a hold either way)
    expect(await ids('&category=threat')).not.toContain(insult.id);
    expect(await ids('&category=sexual')).toEqual([]);
    expect((await ids('')).sort()).toEqual([hate.id, insult.id, clean.id].sort());

    const one = await http(`${api.url}/v1/moderation/comments/${hate.id}`, { headers: admin });
    expect(one.body.checks).toContainEqual(
      expect.objectContaining({
        name: 'abuse.hate',
        verdict: 'hold',
        reason: expect.stringMatching(/Muslims/),
      }),
    );
  });

  it('answers an unknown category with a 422 naming the field', async () => {
    const page = await http(`${api.url}/v1/moderation/comments?category=rude`, { headers: admin });
    expect(page.status).toBe(422);
    expect(page.body.errors[0].field).toBe('category');
  });
});

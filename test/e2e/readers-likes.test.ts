import { Pool } from 'pg';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { moderatorOf } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

/** Reader ids, likes (one per reader, else per IP, rate-limited), sort=oldest|newest|top and the featured mark. */
describe('readers: reader id, likes, sorting, featured', () => {
  // The file's own pool ends before the kit drops the database (a drop ends its connections with an error).
  const api = useTestApp({ withWorker: true, beforeClose: async () => pool?.end() });
  let pool: Pool;
  let siteId: string;
  const ids: string[] = [];

  const site = () => `${api.url}/v1/sites/${siteId}`;
  const readerToken = async () => (await http(`${site()}/reader-token`)).body.readerToken as string;
  const like = (id: string, token?: string, method = 'POST') =>
    http(`${site()}/comments/${id}/like`, { method, headers: token ? { 'x-reader-token': token } : {} });
  const thread = async (sort?: string) =>
    http(`${site()}/threads/budget/comments${sort ? `?sort=${sort}` : ''}`);

  beforeAll(async () => {
    pool = new Pool({ connectionString: api.databaseUrl, max: 2 });
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const bodies = [
      'बजट में किसानों के लिए कुछ ठोस नहीं है। निराशाजनक।',
      'Fiscal deficit ka target realistic lagta hai, dekhte hain.',
      'शिक्षा पर ख़र्च बढ़ा है, यह अच्छी बात है।',
    ];
    for (const body of bodies) {
      const { id, status } = await submitChecked(api.url, siteId, 'budget', { body });
      if (status !== 'published') await changeStatus(api.app, id, 'published');
      ids.push(id);
    }
  });

  it('issues a signed reader id as a token and an httpOnly cm_reader cookie, and stores it with a comment', async () => {
    const issued = await http(`${site()}/reader-token`);
    expect(issued.status).toBe(200);
    expect(Date.parse(issued.body.expiresAt)).toBeGreaterThan(Date.now() + 300 * 86400_000);
    expect(issued.headers.get('set-cookie')).toMatch(
      /^cm_reader=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/,
    );
    const { id } = await submitChecked(
      api.url,
      siteId,
      'other',
      { body: 'मेरी टिप्पणी, मेरे पाठक-पहचान के साथ।' },
      { headers: { 'x-reader-token': issued.body.readerToken } },
    );
    const row = (await pool.query('SELECT reader_id FROM comments WHERE id = $1', [id])).rows[0];
    expect(row.reader_id).toBe(issued.body.readerToken.split('.')[0]);
    // A forged token is no reader id at all.
    const forged = `${issued.body.readerToken.split('.').slice(0, 2).join('.')}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    const { id: other } = await submitChecked(
      api.url,
      siteId,
      'other',
      {},
      { headers: { 'x-reader-token': forged } },
    );
    expect(
      (await pool.query('SELECT reader_id FROM comments WHERE id = $1', [other])).rows[0].reader_id,
    ).toBeNull();
  });

  it('counts one like per reader, lets it be taken back, and shows likes in the thread', async () => {
    const [a, b] = [await readerToken(), await readerToken()];
    expect((await like(ids[1], a)).body).toEqual({ id: ids[1], likes: 1, liked: true });
    expect((await like(ids[1], a)).body).toEqual({ id: ids[1], likes: 1, liked: true }); // the same reader again
    expect((await like(ids[1], b)).body).toEqual({ id: ids[1], likes: 2, liked: true });
    expect((await like(ids[1], b, 'DELETE')).body).toEqual({ id: ids[1], likes: 1, liked: false });
    expect((await like(ids[1], b, 'DELETE')).body.likes).toBe(1); // nothing left to take back
    const shown = (await thread()).body.comments.find((c: { id: string }) => c.id === ids[1]);
    expect(shown).toMatchObject({ likes: 1, featured: false, editedAt: null });
  });

  it('counts a reader without an id by IP, once', async () => {
    expect((await like(ids[2])).body.likes).toBe(1);
    expect((await like(ids[2])).body.likes).toBe(1);
  });

  it('moves the thread ETag when likes change, so a cached copy is not served stale', async () => {
    const before = (await thread()).headers.get('etag');
    await like(ids[0], await readerToken());
    expect((await thread()).headers.get('etag')).not.toBe(before);
  });

  it('likes published comments only, and answers an unknown one with 404', async () => {
    const { id } = await submitChecked(api.url, siteId, 'budget', { body: 'रुकी हुई टिप्पणी।' });
    await changeStatus(api.app, id, 'held');
    expect((await like(id, await readerToken())).status).toBe(404);
    expect((await like('no-such-comment', await readerToken())).status).toBe(404);
  });

  it('sorts oldest (default), newest and top (featured first, then likes)', async () => {
    const order = async (sort?: string) =>
      (await thread(sort)).body.comments
        .map((c: { id: string }) => c.id)
        .filter((id: string) => ids.includes(id));
    expect(await order()).toEqual(ids);
    expect(await order('oldest')).toEqual(ids);
    expect(await order('newest')).toEqual([...ids].reverse());
    // likes now: ids[0]=1, ids[1]=1, ids[2]=1; one more for ids[2] puts it first.
    await like(ids[2], await readerToken());
    expect((await order('top'))[0]).toBe(ids[2]);

    const moderator = await moderatorOf(api.app, api.url, [siteId]);
    const featured = await http(`${api.url}/v1/moderation/comments/${ids[0]}/feature`, {
      method: 'POST',
      headers: moderator.headers,
      json: { featured: true },
    });
    expect(featured.status).toBe(200);
    expect(featured.body).toMatchObject({ id: ids[0], featured: true });
    expect(await order('top')).toEqual([ids[0], ids[2], ids[1]]);
    expect((await thread('top')).body.comments[0]).toMatchObject({ id: ids[0], featured: true });

    const bad = await thread('best');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('sort');
  });

  it('pages newest and top with a cursor', async () => {
    const first = await http(`${site()}/threads/budget/comments?sort=newest&limit=2`);
    expect(first.body.comments).toHaveLength(2);
    const second = await http(
      `${site()}/threads/budget/comments?sort=newest&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.comments.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses a feature request without a boolean, naming the field, and from a moderator of another site', async () => {
    const moderator = await moderatorOf(api.app, api.url, [siteId]);
    const bad = await http(`${api.url}/v1/moderation/comments/${ids[0]}/feature`, {
      method: 'POST',
      headers: moderator.headers,
      json: { featured: 'yes' },
    });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('featured');
    const elsewhere = await moderatorOf(api.app, api.url, [await createSite(api.app)]);
    const hidden = await http(`${api.url}/v1/moderation/comments/${ids[0]}/feature`, {
      method: 'POST',
      headers: elsewhere.headers,
      json: { featured: false },
    });
    expect(hidden.status).toBe(404);
  });

  it('rate-limits likes per reader', async () => {
    const token = await readerToken();
    const more: string[] = [];
    for (let i = 0; i < 31; i++) {
      const { id, status } = await submitChecked(api.url, siteId, `many-${i % 3}`, {
        body: `टिप्पणी संख्या ${i}।`,
      });
      if (status !== 'published') await changeStatus(api.app, id, 'published');
      more.push(id);
    }
    for (const id of more.slice(0, 30)) expect((await like(id, token)).status).toBe(200);
    expect((await like(more[30], token)).status).toBe(429);
    // Another reader is not held back by the first one's limit.
    expect((await like(more[30], await readerToken())).status).toBe(200);
  });
});

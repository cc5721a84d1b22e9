import { INestApplicationContext } from '@nestjs/common';
import { http, submission } from '../support/client';
import { PUBLIC_COMMENT_KEYS } from '../support/contract';
import { formToken as formTokenShownAgo } from '../support/moderation';
import { createSite } from '../support/sites';
import { startWorker, useTestApp, waitFor } from '../support/test-app';

/** A comment's whole life through HTTP, the queue on real Redis, the worker, PostgreSQL and the public read. */
describe('comment lifecycle', () => {
  let worker: INestApplicationContext | undefined;
  // The API alone: the worker is started by the tests that need it, and closed before the app.
  const api = useTestApp({ beforeClose: async () => worker?.close() });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
  });

  const threadUrl = (thread: string) => `${api.url}/v1/sites/${siteId}/threads/${thread}`;
  const status = (id: string, token: string) =>
    http(`${api.url}/v1/comments/${id}/status`, { headers: { authorization: `Bearer ${token}` } });

  /** A token from a form shown some seconds ago (the shared helper, for this file's site). */
  const formToken = (thread: string, shownSecondsAgo: number) =>
    formTokenShownAgo(api.url, siteId, thread, shownSecondsAgo);

  it('checks a comment accepted while no worker runs once a worker starts', async () => {
    const token = await formToken('post-1', 5);
    const accepted = await http(`${threadUrl('post-1')}/comments`, {
      method: 'POST',
      json: submission({
        body: 'रूस के विदेश मंत्री की यह यात्रा बहुत कुछ कहती है। देखते हैं आगे क्या होता है।',
        formToken: token,
      }),
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ status: 'queued', threadId: 'post-1', parentId: null });
    expect(accepted.headers.get('location')).toBe(`/v1/comments/${accepted.body.id}/status`);
    await new Promise((r) => setTimeout(r, 300));
    expect((await status(accepted.body.id, accepted.body.statusToken)).body.status).toBe('queued');

    worker = await startWorker();
    const published = await waitFor(
      async () => {
        const view = await status(accepted.body.id, accepted.body.statusToken);
        return view.body.status === 'published' && view;
      },
      { what: 'the comment to be published' },
    );
    expect(published.body).toEqual({ id: accepted.body.id, status: 'published' });
  });

  it('publishes a Hindi comment within a second and shows it, escaped, in the thread', async () => {
    const token = await formToken('post-2', 4);
    const started = Date.now();
    const accepted = await http(`${threadUrl('post-2')}/comments`, {
      method: 'POST',
      json: submission({ body: 'बहुत अच्छा लेख। <b>धन्यवाद</b>\nलिंक: https://example.org/x', formToken: token }),
    });
    const thread = await waitFor(
      async () => {
        const page = await http(`${threadUrl('post-2')}/comments`);
        return page.body.comments?.length === 1 && page;
      },
      { what: 'the thread to show the comment' },
    );
    expect(Date.now() - started).toBeLessThan(3000);
    const [comment] = thread.body.comments;
    expect(comment).toMatchObject({ id: accepted.body.id, language: 'hi', parentId: null });
    expect(comment.bodyHtml).toBe(
      'बहुत अच्छा लेख। &lt;b&gt;धन्यवाद&lt;/b&gt;<br>लिंक: <a href="https://example.org/x" rel="nofollow ugc noopener" target="_blank">https://example.org/x</a>',
    );
    expect(Object.keys(comment).sort()).toEqual(PUBLIC_COMMENT_KEYS);
    expect(thread.body.count).toBe(1);
  });

  it('accepts a reply to a published comment and carries parentId', async () => {
    const token = await formToken('post-3', 4);
    const parent = await http(`${threadUrl('post-3')}/comments`, {
      method: 'POST',
      json: submission({ formToken: token }),
    });
    await waitFor(
      async () => (await status(parent.body.id, parent.body.statusToken)).body.status === 'published',
    );
    const reply = await http(`${threadUrl('post-3')}/comments`, {
      method: 'POST',
      json: submission({ body: 'मैं आपसे सहमत हूँ।', parentId: parent.body.id, formToken: token }),
    });
    expect(reply.status).toBe(202);
    expect(reply.body.parentId).toBe(parent.body.id);
    const page = await waitFor(async () => {
      const p = await http(`${threadUrl('post-3')}/comments`);
      return p.body.comments.length === 2 && p;
    });
    expect(page.body.comments.map((c: { parentId: string | null }) => c.parentId)).toEqual([
      null,
      parent.body.id,
    ]);
  });

  it('holds a comment with two links and says so only to moderators (the author reads "held")', async () => {
    const token = await formToken('post-4', 4);
    const accepted = await http(`${threadUrl('post-4')}/comments`, {
      method: 'POST',
      json: submission({
        body: 'दोनों रिपोर्ट पढ़िए, https://a.example.org/1 और https://b.example.org/2 — दोनों में संधि की रक्षा धारा का ज़िक्र है।',
        formToken: token,
      }),
    });
    await waitFor(
      async () => (await status(accepted.body.id, accepted.body.statusToken)).body.status === 'held',
    );
    expect((await http(`${threadUrl('post-4')}/comments`)).body.comments).toEqual([]);
  });

  it('holds a comment in a language the site does not allow', async () => {
    const token = await formToken('post-5', 4);
    const accepted = await http(`${threadUrl('post-5')}/comments`, {
      method: 'POST',
      json: submission({ body: 'یہ مضمون بہت اچھا ہے اور میں اس سے متفق ہوں۔', formToken: token }),
    });
    await waitFor(
      async () => (await status(accepted.body.id, accepted.body.statusToken)).body.status === 'held',
    );
  });

  it('answers 404 to a wrong status token', async () => {
    const accepted = await http(`${threadUrl('post-6')}/comments`, { method: 'POST', json: submission() });
    expect((await status(accepted.body.id, 'wrong')).status).toBe(404);
    expect((await http(`${api.url}/v1/comments/${accepted.body.id}/status`)).status).toBe(404);
  });

  it('serves ETag/304 and pages with a cursor, oldest first', async () => {
    worker ??= await startWorker();
    const token = await formToken('post-7', 4);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await http(`${threadUrl('post-7')}/comments`, {
        method: 'POST',
        json: submission({ body: `टिप्पणी संख्या ${i + 1}: अच्छा लेख।`, formToken: token }),
      });
      ids.push(r.body.id);
    }
    await waitFor(async () => (await http(`${threadUrl('post-7')}/comments`)).body.count === 3);
    const first = await http(`${threadUrl('post-7')}/comments?limit=2`);
    expect(first.body.comments.map((c: { id: string }) => c.id)).toEqual(ids.slice(0, 2));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await http(`${threadUrl('post-7')}/comments?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.comments.map((c: { id: string }) => c.id)).toEqual([ids[2]]);
    expect(second.body.nextCursor).toBeNull();

    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toMatch(/no-cache/);
    const notModified = await http(`${threadUrl('post-7')}/comments?limit=2`, {
      headers: { 'if-none-match': etag },
    });
    expect(notModified.status).toBe(304);
    expect((await http(`${threadUrl('post-7')}/comments?limit=0`)).status).toBe(400);
    expect((await http(`${threadUrl('post-7')}/comments?cursor=garbage`)).status).toBe(400);
  });

  it('takes a form post with WordPress names and answers 303 back to the article', async () => {
    const body = new URLSearchParams({
      author: 'अमित',
      email: 'amit.form@example.org',
      url: '',
      comment: 'बिना जावास्क्रिप्ट के भी टिप्पणी।',
      comment_parent: '0',
      redirectTo: 'https://news.example/post-8',
    });
    const response = await http(`${threadUrl('post-8')}/comments`, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(
      /^https:\/\/news\.example\/post-8#comment-[0-9a-f-]{36}$/,
    );
  });

  it('answers a bad form post with an HTML page that keeps the typed text', async () => {
    const body = new URLSearchParams({
      author: '',
      email: 'x',
      comment: 'मेरी <लंबी> बात',
      redirectTo: 'https://news.example/p',
    });
    const response = await http(`${threadUrl('post-9')}/comments`, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'hi' },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.text).toContain('नाम आवश्यक है।');
    expect(response.text).toContain('मेरी &lt;लंबी&gt; बात');
  });
});

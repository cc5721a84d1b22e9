import { INestApplicationContext } from '@nestjs/common';
import { CommentsRepository } from '@app/comments';
import { http, submission } from '../support/client';
import { PUBLIC_COMMENT_KEYS } from '../support/contract';
import { createSite } from '../support/sites';
import { openSse, SseConnection } from '../support/sse';
import { RunningApi, startWorker, useTestApp } from '../support/test-app';
import { LivePublisher } from '@app/live';
import { changeStatus } from '../support/webhook-helpers';

/** The live stream across processes: two api instances and a worker share only PostgreSQL and Redis. */
describe('thread events (SSE)', () => {
  let worker: INestApplicationContext | undefined;
  const open: SseConnection[] = [];
  const first = useTestApp({
    secondApi: true,
    env: { LIVE_HEARTBEAT_MS: '300', LIVE_MAX_STREAMS_PER_IP: '4' },
    beforeClose: async () => {
      for (const connection of open) connection.close();
      await worker?.close();
    },
  });
  let siteId: string;

  beforeAll(async () => {
    worker = await startWorker();
    siteId = await createSite(first.app, { languages: ['hi', 'en'], minSubmitSeconds: 0 });
  });

  const events = async (api: RunningApi, thread: string, headers: Record<string, string> = {}) => {
    const connection = await openSse(`${api.url}/v1/sites/${siteId}/threads/${thread}/events`, headers);
    open.push(connection);
    return connection;
  };
  const post = (api: RunningApi, thread: string, over: Record<string, unknown> = {}) =>
    http(`${api.url}/v1/sites/${siteId}/threads/${thread}/comments`, {
      method: 'POST',
      json: submission(over),
    });

  it('delivers a comment published through one api process to a reader of the other', async () => {
    const reader = await events(first.second, 'live-1');
    expect(reader.status).toBe(200);
    expect(reader.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const accepted = await post(first, 'live-1', { body: 'रूस की चेतावनी पर सबकी नज़र है। आगे क्या होगा?' });
    expect(accepted.status).toBe(202);

    const frame = await reader.next((f) => f.event === 'comment.published');
    const comment = JSON.parse(frame.data!);
    expect(frame.id).toMatch(/^\d+-\d+$/);
    expect(comment).toMatchObject({ id: accepted.body.id, body: 'रूस की चेतावनी पर सबकी नज़र है। आगे क्या होगा?' });
    expect(Object.keys(comment).sort()).toEqual(PUBLIC_COMMENT_KEYS);
    expect(frame.data).not.toMatch(/@example\.org/); // never an email
  });

  it('resumes after Last-Event-ID with what the reader missed, and nothing twice', async () => {
    const reader = await events(first, 'live-2');
    const a = await post(first.second, 'live-2', { body: 'पहली टिप्पणी: बहुत अच्छा विश्लेषण।' });
    const seen = await reader.next((f) => f.event === 'comment.published');
    expect(JSON.parse(seen.data!).id).toBe(a.body.id);
    reader.close();

    const b = await post(first.second, 'live-2', { body: 'दूसरी टिप्पणी: सरकार को सतर्क रहना चाहिए।' });
    const c = await post(first.second, 'live-2', { body: 'तीसरी टिप्पणी: यह यात्रा अहम है।' });
    const watcher = await events(first.second, 'live-2');
    await watcher.next((f) => f.event === 'comment.published' && JSON.parse(f.data!).id === c.body.id);

    const resumed = await events(first, 'live-2', { 'last-event-id': seen.id! });
    const replayB = await resumed.next((f) => f.event === 'comment.published');
    const replayC = await resumed.next((f) => f.event === 'comment.published');
    expect([JSON.parse(replayB.data!).id, JSON.parse(replayC.data!).id]).toEqual([b.body.id, c.body.id]);
    await new Promise((r) => setTimeout(r, 300));
    expect(resumed.frames.filter((f) => f.event).length).toBe(2);
  });

  it('tells readers when a published comment leaves the thread', async () => {
    const reader = await events(first.second, 'live-3');
    const accepted = await post(first, 'live-3', { body: 'यह टिप्पणी बाद में हटेगी।' });
    await reader.next((f) => f.event === 'comment.published');
    const row = (await first.app.get(CommentsRepository).findById(accepted.body.id))!;
    await first.app.get(LivePublisher).publish({ ...row, status: 'rejected' }, 'published');
    const gone = await reader.next((f) => f.event === 'comment.unpublished');
    expect(JSON.parse(gone.data!)).toEqual({ id: accepted.body.id });
  });

  it('replays nothing of a removed comment to a reader resuming from the start (Last-Event-ID 0-0)', async () => {
    const body = 'यह टिप्पणी हटा दी जाएगी; इसका पाठ दोबारा किसी को न दिखे।';
    const watcher = await events(first, 'live-7');
    const kept = await post(first, 'live-7', { body: 'यह टिप्पणी बनी रहेगी।' });
    const removed = await post(first, 'live-7', { body });
    await watcher.next((f) => f.event === 'comment.published' && JSON.parse(f.data!).id === removed.body.id);
    await changeStatus(first.app, removed.body.id, 'rejected');
    await watcher.next((f) => f.event === 'comment.unpublished');

    const resumed = await events(first.second, 'live-7', { 'last-event-id': '0-0' });
    // Replay keeps stream order, so every earlier frame has arrived once the unpublish has.
    const gone = await resumed.next((f) => f.event === 'comment.unpublished');
    expect(JSON.parse(gone.data!)).toEqual({ id: removed.body.id });
    const replayed = resumed.frames
      .filter((f) => f.event === 'comment.published')
      .map((f) => JSON.parse(f.data!).id);
    expect(replayed).toEqual([kept.body.id]);
    expect(resumed.frames.some((f) => f.data?.includes(body))).toBe(false);
  });

  it('sends heartbeats', async () => {
    const reader = await events(first, 'live-4');
    const beat = await reader.next((f) => f.comment === 'heartbeat', 3000);
    expect(beat.comment).toBe('heartbeat');
    reader.close();
  });

  it('bounds open streams per client and frees the place on disconnect', async () => {
    for (const connection of open) connection.close();
    await new Promise((r) => setTimeout(r, 200));
    const streams = await Promise.all([1, 2, 3, 4].map(() => events(first, 'live-5')));
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    const refused = await events(first, 'live-5');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    streams[0].close();
    await new Promise((r) => setTimeout(r, 200));
    expect((await events(first, 'live-5')).status).toBe(200);
  });

  it('refuses a browser on an origin the site does not allow, and an unknown site', async () => {
    const foreign = await openSse(`${first.url}/v1/sites/${siteId}/threads/live-6/events`, {
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    const allowed = await events(first, 'live-6', { origin: 'https://news.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect((await openSse(`${first.url}/v1/sites/nope/threads/x/events`)).status).toBe(404);
  });
});

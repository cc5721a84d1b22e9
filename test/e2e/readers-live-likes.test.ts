import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { createSite } from '../support/sites';
import { openSse } from '../support/sse';
import { useTestApp } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

/** Live like counts are batched: a burst of likes reaches the stream as one or two events, not one per click. */
describe('live like counts', () => {
  const api = useTestApp({ withWorker: true });

  it('sends the latest counts of a thread in one comment.likes event per interval', async () => {
    const siteId = await createSite(api.app, { languages: ['hi'] });
    const { id, status } = await submitChecked(api.url, siteId, 'chunav', {
      body: 'चुनाव आयोग को और पारदर्शी होना चाहिए। यही लोकतंत्र है।',
    });
    if (status !== 'published') await changeStatus(api.app, id, 'published');
    const stream = await openSse(`${api.url}/v1/sites/${siteId}/threads/chunav/events`);
    try {
      for (let i = 0; i < 5; i++) {
        const token = (await http(`${api.url}/v1/sites/${siteId}/reader-token`)).body.readerToken;
        const liked = await http(`${api.url}/v1/sites/${siteId}/comments/${id}/like`, {
          method: 'POST',
          headers: { 'x-reader-token': token },
        });
        expect(liked.status).toBe(200);
      }
      const last = await stream.next(
        (f) => f.event === 'comment.likes' && JSON.parse(f.data!).likes[id] === 5,
        10000,
      );
      expect(JSON.parse(last.data!)).toEqual({ likes: { [id]: 5 } });
      const likeFrames = stream.frames.filter((f) => f.event === 'comment.likes');
      expect(likeFrames.length).toBeLessThanOrEqual(2);
      // The event names counts only: no reader id, no IP.
      expect(last.data).not.toMatch(/r:|ip:/);
    } finally {
      stream.close();
    }
  });
});

import { INestApplicationContext } from '@nestjs/common';
import { CommentsRepository } from '@app/comments';
import { MetricsService } from '@app/platform';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { createSite } from '../support/sites';
import { TcpProxy } from '../support/tcp-proxy';
import { startWorker, useTestApp, waitFor } from '../support/test-app';

jest.setTimeout(90000);

/**
 * Nothing answered 202 is lost, an author's edit included: the edit moves the comment back to `queued` and its
 * re-check is enqueued after the commit. When that add never reaches Redis, the sweeper must enqueue the comment, so
 * the edited text gets its own verdict.
 */
describe('sweeper: an edit whose queue add failed', () => {
  // The API and the worker reach the same Redis through proxies of their own: the API's is cut, the worker's is not.
  const redisTarget = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const apiRedis = new TcpProxy(redisTarget.hostname, Number(redisTarget.port || 6379));
  const workerRedis = new TcpProxy(redisTarget.hostname, Number(redisTarget.port || 6379));
  const redisUrlBefore = process.env.REDIS_URL;
  const through = (proxy: TcpProxy) =>
    Object.assign(new URL(redisTarget), { port: String(proxy.port) }).toString();
  let apiRedisCut = false;
  let worker: INestApplicationContext | undefined;
  const api = useTestApp({
    before: async () => {
      await apiRedis.start();
      await workerRedis.start();
      process.env.REDIS_URL = through(apiRedis);
    },
    beforeClose: async () => {
      await worker?.close();
      // Redis back before the API closes: a queue connection waits for Redis to say goodbye.
      if (apiRedisCut) await apiRedis.restore();
    },
  });
  afterAll(async () => {
    await apiRedis.cut();
    await workerRedis.cut();
    if (redisUrlBefore === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = redisUrlBefore;
  });

  it('re-enqueues the edited comment, and the new text is what gets checked', async () => {
    process.env.REDIS_URL = through(workerRedis);
    worker = await startWorker();
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const first = 'मेट्रो का नया रूट सुविधाजनक है, अब दफ़्तर आधे घंटे में पहुँच जाता हूँ।';
    const { id, status, statusToken } = await submitChecked(api.url, siteId, 'metro', { body: first });
    expect(status).toBe('published');
    const metrics = worker.get(MetricsService);
    const sweptBefore = (await metrics.sweeperRequeued.get()).values[0]?.value ?? 0;

    // The API loses Redis: the edit commits and answers 202, and its add waits for a Redis it never gets back.
    await apiRedis.cut();
    apiRedisCut = true;
    const edited =
      'मेट्रो का नया रूट सुविधाजनक है। मैंने दोनों रूट पर लिखा है: https://meri-diary.example.in/metro और https://shahar-ki-baatein.example.in/rail';
    const answer = await http(`${api.url}/v1/comments/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${statusToken}` },
      json: { body: edited },
    });
    expect(answer.status).toBe(202);

    const repository = api.app.get(CommentsRepository);
    const checked = await waitFor(
      async () => {
        const row = await repository.findById(id);
        return row && row.status !== 'queued' && row;
      },
      { what: 'the edited comment to be checked again', timeoutMs: 30000 },
    );
    // The links the edit added are what held it: the verdict is the edited text's, not the first one's.
    expect(checked.status).toBe('held');
    expect(checked.body).toBe(edited);
    expect(checked.editedAt).not.toBeNull();
    expect((await repository.checksOf(id)).map((c) => c.name)).toContain('links');
    expect((await metrics.sweeperRequeued.get()).values[0].value).toBeGreaterThan(sweptBefore);
  });
});

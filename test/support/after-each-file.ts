// Runs inside each test file: once its tests are done, its queue prefix's Redis keys go (queues, live replay).
import { removeRedisKeys } from './database';

afterAll(async () => {
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix?.startsWith('test-')) await removeRedisKeys(prefix).catch(() => undefined);
});

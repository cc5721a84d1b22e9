import type { Pool, PoolClient } from 'pg';
import { firstConnection } from './database';

/** A pool whose connect() answers with the given failures, then a client. */
function poolFailing(...failures: Error[]): { pool: Pool; calls: () => number } {
  let calls = 0;
  const pool = {
    connect: async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return {} as PoolClient;
    },
  } as unknown as Pool;
  return { pool, calls: () => calls };
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('the first connection to PostgreSQL', () => {
  it('waits for a server that is not answering yet', async () => {
    const { pool, calls } = poolFailing(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'));
    await expect(firstConnection(pool, 2)).resolves.toBeDefined();
    expect(calls()).toBe(2);
  });

  it('gives up at once on what waiting cannot mend: a database that does not exist', async () => {
    const missing = withCode('database "shop" does not exist', '3D000');
    const { pool, calls } = poolFailing(missing, missing);
    await expect(firstConnection(pool, 2)).rejects.toThrow('database "shop" does not exist');
    expect(calls()).toBe(1);
  });

  it('gives up at once on a wrong password', async () => {
    const denied = withCode('password authentication failed for user "app"', '28P01');
    const { pool, calls } = poolFailing(denied, denied);
    await expect(firstConnection(pool, 2)).rejects.toThrow('password authentication failed');
    expect(calls()).toBe(1);
  });
});

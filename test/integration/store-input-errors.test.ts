import { Client } from 'pg';
import { isInvalidInput, isStoreUnavailable } from '@app/db';
import { createTestDatabase } from '../support/database';

/** What real PostgreSQL answers for values a client can smuggle in: each is the client's 400, none a 500. */
describe('PostgreSQL data errors from client input', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  const errorOf = async (text: string, values: unknown[]) => {
    try {
      await client.query(text, values);
    } catch (error) {
      return error as { code: string };
    }
    throw new Error('the query did not fail');
  };

  it.each([
    ['a year PostgreSQL cannot store', 'select $1::timestamptz', ['294277-01-01T00:00:00Z']],
    ['a time zone offset out of range', 'select $1::timestamptz', ['2026-01-01T00:00:00+99:00']],
    ['a malformed time', 'select $1::timestamptz', ['not a time']],
    ['a number too large', 'select $1::integer', ['99999999999']],
    ['a NUL in text', 'select $1::text', ['a\u0000b']],
    ['a LIKE pattern ending in its escape', 'select $1::text like $2::text', ['ab', 'a\\']],
  ])('%s is invalid input', async (_what, text, values) => {
    const error = await errorOf(text as string, values as unknown[]);
    expect(isInvalidInput(error)).toBe(true);
    expect(isStoreUnavailable(error)).toBe(false);
  });

  it("a fault of ours is not the client's input", async () => {
    expect(isInvalidInput(await errorOf('select * from no_such_table', []))).toBe(false);
    expect(isInvalidInput(await errorOf('select 1/0', []))).toBe(false);
  });
});

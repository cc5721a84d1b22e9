import { ApiModule } from '../../apps/api/src/api.module';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { testDatabaseUrl } from '../support/database';

/**
 * A start that cannot succeed says why and rejects, at once: it neither retries what waiting cannot mend for half a
 * minute nor calls process.exit itself (which, in a process that runs more than the app, ends everything).
 */
describe('an api that cannot reach its database', () => {
  const before = process.env.DATABASE_URL;
  afterAll(() => {
    process.env.DATABASE_URL = before;
  });

  it('rejects its start with the server’s reason when the database does not exist', async () => {
    const missing = new URL(testDatabaseUrl());
    missing.pathname = '/no_such_database_here';
    process.env.DATABASE_URL = missing.toString();
    await expect(createApiApplication(ApiModule)).rejects.toThrow(/no_such_database_here" does not exist/);
  });
});

import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new SQL migration from the schema; every entry point applies them at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './libs/db/src/schema*.ts',
  out: './libs/db/migrations',
});

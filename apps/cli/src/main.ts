import { eq } from 'drizzle-orm';
import { toSiteSettings } from '@app/comments';
import { parseEnv } from '@app/config';
import { openDatabase, sites } from '@app/db';
import { SiteSettings, siteSettingsWithDefaults } from '@app/moderation';
import { runCheck } from './check-command';

const USAGE = `Usage: npm run cli -- check [--site ID]
  Reads JSON lines {"id"?, "body", "authorName"?, "authorUrl"?, "authorEmail"?} on stdin and writes one
  {"id", "verdict", "spamScore", "language", "reasons"} line each. With --site, the site's settings
  (from DATABASE_URL, or the embedded store in DATA_DIR) are used; without it, the defaults.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'check') {
    process.stderr.write(`${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const siteFlag = rest.indexOf('--site');
  const siteId = siteFlag >= 0 ? rest[siteFlag + 1] : undefined;
  if (siteFlag >= 0 && !siteId) {
    process.stderr.write('--site needs a site id\n');
    return 2;
  }
  const settings = siteId ? await loadSite(siteId) : siteSettingsWithDefaults({ id: 'cli' });
  if (!settings) {
    process.stderr.write(`No site "${siteId}"\n`);
    return 1;
  }
  const { errors } = await runCheck(process.stdin, process.stdout, settings);
  return errors > 0 ? 1 : 0;
}

async function loadSite(siteId: string): Promise<SiteSettings | null> {
  const env = parseEnv(process.env);
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 1 });
  try {
    const [row] = await handle.db.select().from(sites).where(eq(sites.id, siteId)).limit(1);
    return row ? toSiteSettings(row) : null;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  },
);

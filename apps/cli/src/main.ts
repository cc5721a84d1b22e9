import { eq } from 'drizzle-orm';
import { toSiteSettings } from '@app/comments';
import { Env, parseEnv } from '@app/config';
import { DatabaseHandle, openDatabase, sites } from '@app/db';
import { SiteSettings, siteSettingsWithDefaults } from '@app/moderation';
import { runCheck } from './check-command';
import { runExport } from './export-command';
import { runImport } from './import-command';

const USAGE = `Usage:
  npm run cli -- check [--site ID]
    Reads JSON lines {"id"?, "body", "authorName"?, "authorUrl"?, "authorEmail"?} on stdin and writes one
    {"id", "verdict", "spamScore", "language", "reasons"} line each. With --site, the site's settings
    (from DATABASE_URL, or the embedded store in DATA_DIR) are used; without it, the defaults.
  npm run cli -- import wxr|disqus FILE --site ID [--dry-run]
    Imports a WordPress WXR or Disqus XML export into the site; a progress bar on stderr, and the summary
    {"imported", "skipped", "errors"} as the last line of stdout. Importing the same file again adds nothing.
  npm run cli -- export --site ID --format jsonl|wxr [--with-emails]
    Writes every comment of the site to stdout; authors' emails only with --with-emails.`;

function flag(args: string[], name: string): string | undefined | null {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  return value && !value.startsWith('--') ? value : null;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const siteId = flag(rest, '--site');
  if (siteId === null) return usageError('--site needs a site id');
  if (command === 'check') {
    const settings = siteId
      ? await withSite(siteId, async (_, site) => site)
      : siteSettingsWithDefaults({ id: 'cli' });
    if (!settings) return noSite(siteId!);
    const { errors } = await runCheck(process.stdin, process.stdout, settings);
    return errors > 0 ? 1 : 0;
  }
  if (command === 'import') {
    const [format, file] = rest;
    if (format !== 'wxr' && format !== 'disqus') return usageError('import needs a format: wxr or disqus');
    if (!file || file.startsWith('--')) return usageError('import needs a FILE');
    if (!siteId) return usageError('import needs --site ID');
    const summary = await withSite(siteId, (handle, _, env) =>
      runImport(handle.db, env, { format, file, siteId, dryRun: rest.includes('--dry-run') }),
    );
    if (!summary) return noSite(siteId);
    process.stdout.write(JSON.stringify(summary) + '\n');
    return 0;
  }
  if (command === 'export') {
    const format = flag(rest, '--format');
    if (format !== 'jsonl' && format !== 'wxr') return usageError('export needs --format jsonl or wxr');
    if (!siteId) return usageError('export needs --site ID');
    const done = await withSite(siteId, (handle, _, env) =>
      runExport(handle.db, env, { siteId, format, withEmails: rest.includes('--with-emails') }),
    );
    return done ? 0 : noSite(siteId);
  }
  process.stderr.write(`${USAGE}\n`);
  return command === '--help' || command === '-h' ? 0 : 2;
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  return 2;
}

function noSite(siteId: string): number {
  process.stderr.write(`No site "${siteId}"\n`);
  return 1;
}

/** Opens the store, finds the site and runs `work` with it; null when there is no such site. */
async function withSite<T>(
  siteId: string,
  work: (handle: DatabaseHandle, site: SiteSettings, env: Env) => Promise<T>,
): Promise<T | null> {
  const env = parseEnv(process.env);
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 2 });
  try {
    const [row] = await handle.db.select().from(sites).where(eq(sites.id, siteId)).limit(1);
    return row ? await work(handle, toSiteSettings(row), env) : null;
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

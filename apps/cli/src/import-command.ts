import { SingleBar } from 'cli-progress';
import { createReadStream, statSync } from 'node:fs';
import { Writable } from 'node:stream';
import { CommentImporter, ImportFormat, ImportRepository, ImportSummary } from '@app/comments';
import { Env, loadSecrets } from '@app/config';
import { Database } from '@app/db';

export interface ImportCommand {
  format: ImportFormat;
  file: string;
  siteId: string;
  dryRun: boolean;
}

/** Streams the file into the site with a progress bar (bytes read) on `progress`; answers the summary. */
export async function runImport(
  db: Database,
  env: Env,
  command: ImportCommand,
  progress: Writable = process.stderr,
): Promise<ImportSummary> {
  const importer = new CommentImporter(new ImportRepository(db), loadSecrets(env));
  const bar = new SingleBar({
    stream: progress as NodeJS.WritableStream,
    format: `${command.dryRun ? 'checking' : 'importing'} [{bar}] {percentage}% | {records} records`,
    hideCursor: true,
  });
  bar.start(statSync(command.file).size, 0, { records: 0 });
  const input = createReadStream(command.file, { highWaterMark: 256 * 1024 });
  input.on('data', () => bar.update(input.bytesRead));
  try {
    return await importer.run(input, {
      siteId: command.siteId,
      format: command.format,
      dryRun: command.dryRun,
      ipRetentionDays: env.RETENTION_IP_DAYS,
      onProgress: (records) => bar.update(input.bytesRead, { records }),
    });
  } finally {
    bar.stop();
  }
}

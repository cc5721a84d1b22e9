import { Writable } from 'node:stream';
import { CommentExporter, ExportFormat, ExportRepository } from '@app/comments';
import { Env, loadSecrets } from '@app/config';
import { Database } from '@app/db';

export interface ExportCommand {
  siteId: string;
  format: ExportFormat;
  withEmails: boolean;
}

export async function runExport(
  db: Database,
  env: Env,
  command: ExportCommand,
  output: Writable = process.stdout,
): Promise<{ exported: number }> {
  const exporter = new CommentExporter(new ExportRepository(db));
  return exporter.run(output, {
    ...command,
    emailEncryptionKey: loadSecrets(env).emailEncryptionKey,
  });
}

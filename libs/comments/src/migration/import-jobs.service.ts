import { Inject, Injectable, Logger } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { v7 as uuidv7 } from 'uuid';
import { Env, ENV, Secrets, SECRETS } from '@app/config';
import { ImportJobRow } from '@app/db';
import { NotFoundError } from '../domain-errors';
import { assertSiteAccess, CurrentModerator } from '../moderators/current-moderator';
import { CommentImporter, ImportSummary } from './comment-importer';
import { ImportJobsRepository } from './import-jobs.repository';
import { ImportRepository } from './import.repository';
import { ImportFormat } from './source-comment';

/** An upload already on local disk (streamed there by the HTTP layer), ready to be imported. */
export interface ImportUpload {
  format: ImportFormat;
  dryRun: boolean;
  filePath: string;
  bytes: number;
}

export interface ImportProgress {
  id: string;
  siteId: string;
  format: ImportFormat;
  dryRun: boolean;
  state: 'running' | 'done' | 'failed';
  recordsRead: number;
  bytesTotal: number;
  createdAt: string;
  finishedAt: string | null;
  summary: ImportSummary | null;
  failure: string | null;
}

/** How often a running import says it is alive, and how long a silence means its process died. */
export const IMPORT_HEARTBEAT_MS = 5_000;
export const IMPORT_STALE_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROCESS_DIED =
  'the process running this import stopped before it finished; upload the file again (comments already imported are skipped)';

/**
 * Uploaded imports (the admin API's `…/imports`): the same importer the CLI runs, in the background of the process
 * that received the file, with its progress in PostgreSQL so any api process answers `GET …/imports/{id}`.
 */
@Injectable()
export class ImportJobsService {
  private readonly logger = new Logger(ImportJobsService.name);
  private readonly importer: CommentImporter;

  constructor(
    private readonly jobs: ImportJobsRepository,
    imports: ImportRepository,
    @Inject(SECRETS) secrets: Secrets,
    @Inject(ENV) private readonly env: Env,
  ) {
    this.importer = new CommentImporter(imports, secrets);
  }

  /** Checks the site before anything is read, so an unknown site is a 404 and not a failed job. */
  async assertSite(moderator: CurrentModerator, siteId: string): Promise<void> {
    assertSiteAccess(moderator, siteId);
    if (!(await this.jobs.siteExists(siteId))) throw new NotFoundError(`No site "${siteId}".`);
  }

  /** Records the job and starts it; the upload's file is removed when the import ends, whatever the outcome. */
  async start(moderator: CurrentModerator, siteId: string, upload: ImportUpload): Promise<{ id: string }> {
    const id = uuidv7();
    await this.jobs.insert({
      id,
      siteId,
      moderatorId: moderator.id,
      format: upload.format,
      dryRun: upload.dryRun,
      bytesTotal: upload.bytes,
    });
    this.logger.log({ importId: id, siteId, format: upload.format, dryRun: upload.dryRun }, 'import started');
    void this.run(id, siteId, upload);
    return { id };
  }

  async progress(moderator: CurrentModerator, siteId: string, id: string): Promise<ImportProgress> {
    assertSiteAccess(moderator, siteId);
    let row = UUID.test(id) ? await this.jobs.find(siteId, id) : undefined;
    if (!row) throw new NotFoundError(`No import "${id}" on site "${siteId}".`);
    if (row.state === 'running' && Date.now() - row.heartbeatAt.getTime() > IMPORT_STALE_MS) {
      await this.jobs.updateRunning(id, { state: 'failed', failure: PROCESS_DIED, finishedAt: new Date() });
      row = (await this.jobs.find(siteId, id))!;
    }
    return toProgress(row);
  }

  private async run(id: string, siteId: string, upload: ImportUpload): Promise<void> {
    const heartbeat = setInterval(() => {
      this.jobs.updateRunning(id, { heartbeatAt: new Date() }).catch(() => undefined);
    }, IMPORT_HEARTBEAT_MS);
    heartbeat.unref();
    try {
      const summary = await this.importer.run(
        createReadStream(upload.filePath, { highWaterMark: 256 * 1024 }),
        {
          siteId,
          format: upload.format,
          dryRun: upload.dryRun,
          ipRetentionDays: this.env.RETENTION_IP_DAYS,
          onProgress: (recordsRead) => this.jobs.updateRunning(id, { recordsRead, heartbeatAt: new Date() }),
        },
      );
      await this.jobs.updateRunning(id, {
        state: 'done',
        summary: summary as unknown as Record<string, unknown>,
        finishedAt: new Date(),
      });
      this.logger.log(
        {
          importId: id,
          siteId,
          imported: summary.imported,
          skipped: summary.skipped,
          errors: summary.errors.length,
        },
        'import done',
      );
    } catch (error) {
      const failure = `the import stopped: ${(error as Error).message}`;
      await this.jobs
        .updateRunning(id, { state: 'failed', failure, finishedAt: new Date() })
        .catch(() => false);
      this.logger.error({ importId: id, siteId, err: (error as Error).message }, 'import failed');
    } finally {
      clearInterval(heartbeat);
      await rm(upload.filePath, { force: true }).catch(() => undefined);
    }
  }
}

function toProgress(row: ImportJobRow): ImportProgress {
  return {
    id: row.id,
    siteId: row.siteId,
    format: row.format,
    dryRun: row.dryRun,
    state: row.state,
    recordsRead: row.recordsRead,
    bytesTotal: row.bytesTotal,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    summary: (row.summary as unknown as ImportSummary | null) ?? null,
    failure: row.failure,
  };
}

import { Inject, Injectable } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import { Database, DATABASE, ImportJobRow, importJobs, sites } from '@app/db';

export type ImportJobChanges = Partial<
  Pick<ImportJobRow, 'state' | 'recordsRead' | 'summary' | 'failure' | 'heartbeatAt' | 'finishedAt'>
>;

/** Typed queries for uploaded imports' progress rows. */
@Injectable()
export class ImportJobsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async siteExists(siteId: string): Promise<boolean> {
    const [row] = await this.db.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId));
    return Boolean(row);
  }

  async insert(row: typeof importJobs.$inferInsert): Promise<void> {
    await this.db.insert(importJobs).values(row);
  }

  async find(siteId: string, id: string): Promise<ImportJobRow | undefined> {
    const [row] = await this.db
      .select()
      .from(importJobs)
      .where(and(eq(importJobs.siteId, siteId), eq(importJobs.id, id)));
    return row;
  }

  /** Changes a job only while it runs, so a late heartbeat never revives a job already finished or failed. */
  async updateRunning(id: string, changes: ImportJobChanges): Promise<boolean> {
    const rows = await this.db
      .update(importJobs)
      .set(changes)
      .where(and(eq(importJobs.id, id), eq(importJobs.state, 'running')))
      .returning({ id: importJobs.id });
    return rows.length > 0;
  }
}

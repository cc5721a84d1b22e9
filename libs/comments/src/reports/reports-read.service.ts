import { Injectable } from '@nestjs/common';
import { CommentReportRow } from '@app/db';
import { FieldErrors } from '../field-errors';
import { CurrentModerator, visibleSites } from '../moderators/current-moderator';
import { decodeCursor, encodeCursor } from '../review/page-cursor';
import { ReportsQueryDto } from './reports.dto';
import { ReportsRepository } from './reports.repository';

/** A report as moderators see it: never the reporter's address or keys. */
export function moderatorReport(row: CommentReportRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    commentId: row.commentId,
    reason: row.reason,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    decideBy: row.decideBy.toISOString(),
    status: row.status,
    outcome: row.outcome,
  };
}

@Injectable()
export class ReportsReadService {
  constructor(private readonly reports: ReportsRepository) {}

  /** Open reports oldest first (the most overdue on top), decided ones newest first; only the moderator's sites. */
  async list(moderator: CurrentModerator, query: ReportsQueryDto) {
    const errors = new FieldErrors();
    const cursor = decodeCursor(query.cursor, errors);
    errors.throwIfAny();
    const limit = query.limit ?? 50;
    const siteIds = visibleSites(moderator, query.siteId);
    const rows = await this.reports.page({ siteIds, status: query.status ?? 'open' }, cursor, limit + 1);
    const page = rows.slice(0, limit);
    return {
      items: page.map(moderatorReport),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
      counts: await this.reports.counts(siteIds, new Date()),
    };
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { CommentReportRow, CommentRow, Queryable, ReportOutcome } from '@app/db';
import { DecisionAction } from '../review/moderation.dto';
import { ReportsRepository } from './reports.repository';

/** What a moderator's action means for the reports of the comment: `hold` (undo) decides nothing. */
const OUTCOME_OF: Partial<Record<DecisionAction, ReportOutcome>> = {
  approve: 'kept',
  reject: 'removed',
  spam: 'removed',
};

/** Reports decided together with their comment, and the comment as it is now (its public view goes in the mail). */
export interface DecidedReports {
  reports: CommentReportRow[];
  comments: ReadonlyMap<string, CommentRow>;
}

/** Hears decided reports after they commit; the api sends the reporters' outcome mail (libs/mail). */
export interface ReportOutcomeListener {
  reportsDecided(decided: DecidedReports): Promise<void>;
}

/** Deciding a comment (moving it, or approving it where it stands) decides its open reports, in the same transaction. */
@Injectable()
export class ReportDecisions {
  private readonly logger = new Logger('Reports');
  private listener?: ReportOutcomeListener;

  constructor(private readonly reports: ReportsRepository) {}

  /** Wired by the api's reports module, which owns the mail; the worker decides no reports. */
  listenWith(listener: ReportOutcomeListener): void {
    this.listener = listener;
  }

  async decideFor(
    tx: Queryable,
    decided: readonly CommentRow[],
    action: DecisionAction,
    moderatorId: string,
  ): Promise<DecidedReports> {
    const outcome = OUTCOME_OF[action];
    const comments = new Map(decided.map((comment) => [comment.id, comment]));
    if (!outcome || comments.size === 0) return { reports: [], comments };
    const outcomes = new Map([...comments.keys()].map((id) => [id, outcome]));
    return { reports: await this.reports.decide(tx, outcomes, moderatorId, new Date()), comments };
  }

  /** After commit: a failure to queue mail must not fail the decision that already stands. */
  async announce(decided: DecidedReports): Promise<void> {
    if (decided.reports.length === 0 || !this.listener) return;
    try {
      await this.listener.reportsDecided(decided);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'report outcome mail not queued');
    }
  }
}

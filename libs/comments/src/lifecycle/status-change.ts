import { CommentRow, CommentStatus, Queryable } from '@app/db';
import { CheckResult, Verdict } from '@app/moderation';

/** One comment that changed status: the row as it is now, and the status it left. */
export interface StatusChange {
  comment: CommentRow;
  previous: CommentStatus;
}

/**
 * Who hears about status changes. `inTransaction` runs inside the transaction that makes them (an outbox row commits
 * or rolls back with the change); `afterCommit` runs once they are committed (the live stream), and its failure
 * never undoes them. Both get the whole batch, so a listener can be set-based too, and `afterCommit` gets the very
 * StatusChange objects `inTransaction` got (a listener may remember what it wrote for which change).
 */
export interface StatusChangeListener {
  inTransaction?(tx: Queryable, changes: readonly StatusChange[]): Promise<void>;
  afterCommit?(changes: readonly StatusChange[]): Promise<void> | void;
}

/** What the worker's checks concluded about one comment. */
export interface StoredVerdict {
  verdict: Verdict;
  spamScore: number;
  language: string;
}

/** A moderator's act, written to the audit log once per moved comment. */
export interface AuditEntry {
  moderatorId: string;
  /** e.g. `approve`, `reject`; the contract's audit `action`. */
  action: string;
  note: string | null;
}

export interface TransitionOptions {
  /** One status for every comment, or each comment's own (the worker's batch: each comment its verdict's status). */
  to: CommentStatus | ReadonlyMap<string, CommentStatus>;
  /** Only comments in one of these statuses move; the others are returned in `skipped`. Absent: any status. */
  from?: readonly CommentStatus[];
  /** `comments.decided_by`: `auto` for the checks, else the moderator's id. */
  by: string;
  /** The checks' verdict per comment id (the worker); also sets `checked_at`. */
  verdict?: ReadonlyMap<string, StoredVerdict>;
  /** Each check's finding per comment id; replaces what was stored before. */
  checks?: ReadonlyMap<string, readonly CheckResult[]>;
  audit?: AuditEntry;
  /**
   * The `edited_at` each comment had when it was read (the worker's checks): one its author has edited since moves
   * not, and stays queued for a check of the new text (see own-comments).
   */
  readAtEdit?: ReadonlyMap<string, Date | null>;
}

export interface TransitionResult {
  /** The comments that moved, as they are now, in id order. */
  moved: StatusChange[];
  /** Ids that did not move: `status` is what they are in (not in `from`), or null when there is no such comment. */
  skipped: { id: string; status: CommentStatus | null }[];
}

import type { CommentRow } from '@app/db';

/** `decided_by` and the audit's actor when the author acted; a `rejected` comment decided by them was deleted by them. */
export const AUTHOR_ACTOR = 'author';

export const isDeletedByAuthor = (row: Pick<CommentRow, 'status' | 'decidedBy'>): boolean =>
  row.status === 'rejected' && row.decidedBy === AUTHOR_ACTOR;

import { PageCursor } from '../comments.repository';
import { FieldErrors } from '../field-errors';

const EARLIEST_ROW = Date.UTC(1970, 0, 1);
const CLOCK_SKEW_MS = 24 * 3600 * 1000;
const MAX_ID_LENGTH = 200;

/** Opaque to clients: the last row's time and id, so pages stay stable while new comments arrive. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

/**
 * The one reader of every page cursor (public thread, moderation queue, audit). A cursor is client input: its time
 * must be one a row can have (1970 up to a day ahead of our clock, well inside what PostgreSQL stores) and its id a
 * bounded id, so a forged cursor is the client's error and never reaches a query.
 */
export function parseCursor(cursor: unknown, now = Date.now()): PageCursor | null {
  if (typeof cursor !== 'string' || cursor.length > 1000) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string') return null;
    if (!id || id.length > MAX_ID_LENGTH || /[\u0000-\u001f]/.test(id)) return null;
    const createdAt = new Date(at);
    const time = createdAt.getTime();
    if (Number.isNaN(time) || time < EARLIEST_ROW || time > now + CLOCK_SKEW_MS) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

export const CURSOR_ERROR = 'Not a cursor from a previous page.';

export function decodeCursor(cursor: unknown, errors: FieldErrors): PageCursor | null {
  if (cursor === undefined || cursor === '') return null;
  const parsed = parseCursor(cursor);
  if (!parsed) errors.add('cursor', 'invalid', CURSOR_ERROR);
  return parsed;
}

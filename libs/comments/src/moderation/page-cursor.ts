import { PageCursor } from '../comments.repository';
import { FieldErrors } from '../moderators/field-errors';

/** Opaque to clients: the last row's time and id, so pages stay stable while new comments arrive. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, errors: FieldErrors): PageCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    if (typeof id === 'string' && !Number.isNaN(createdAt.getTime())) return { createdAt, id };
  } catch {
    // falls through to the field error
  }
  errors.add('cursor', 'invalid', 'Not a cursor from a previous page.');
  return null;
}

export function pageLimitOf(value: unknown, errors: FieldErrors, fallback = 25, max = 100): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    errors.add('limit', 'invalid', `limit is a whole number from 1 to ${max}.`);
    return fallback;
  }
  return n;
}

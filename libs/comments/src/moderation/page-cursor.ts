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

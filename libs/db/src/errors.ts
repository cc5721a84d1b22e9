/** Connection-level failures: the store is unreachable, not the request wrong. These become 503 + Retry-After. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isStoreUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; message?: string; cause?: unknown };
    if (e.code && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
    if (
      e.message &&
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|connect ECONNREFUSED/i.test(
        e.message,
      )
    )
      return true;
    current = e.cause;
  }
  return false;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; constraint?: string; cause?: unknown };
    if (e.code === '23505' && (!constraint || e.constraint === constraint)) return true;
    current = e.cause;
  }
  return false;
}

/**
 * PostgreSQL refused a value a client sent: a NUL or an invalid encoding (22021, 22P05), text where a number or uuid
 * belongs (22P02), a time it cannot store or read (22007 format, 22008 field overflow, 22009 time zone offset),
 * a number out of range (22003), text too long for a column (22001), a bad LIKE escape (22025, 22019) or pattern
 * (2201B). Only client input reaches a query that way (the edge should catch it first), so it is the client's
 * 400, never our 500. Division by zero and the like (22012) stay ours.
 */
const INVALID_INPUT_CODES = new Set([
  '22001',
  '22003',
  '22007',
  '22008',
  '22009',
  '22019',
  '22021',
  '22025',
  '2201B',
  '22P02',
  '22P05',
]);

export function isInvalidInput(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; cause?: unknown };
    if (e.code && INVALID_INPUT_CODES.has(e.code)) return true;
    current = e.cause;
  }
  return false;
}

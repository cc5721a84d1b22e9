import type { FieldError } from './intake/submission';

/** Typed domain errors; the API's one exception filter turns each into application/problem+json. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  readonly headers: Record<string, string> = {};
}

export class ValidationFailedError extends DomainError {
  readonly status = 422;
  readonly title = 'The submission has invalid fields';
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.code}`).join(', '));
  }
}

/** A query parameter that cannot be right (a forged cursor, a repeated parameter): 400, naming each field. */
export class InvalidQueryError extends DomainError {
  readonly status = 400;
  readonly title = 'Invalid query parameters';
  constructor(readonly errors: { field: string; code: string; message: string }[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join(' '));
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly title = 'Not found';
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly title = 'Forbidden';
}

export class DuplicateCommentError extends DomainError {
  readonly status = 409;
  readonly title = 'Duplicate comment';
  constructor() {
    super('The same author already posted this text in this thread.');
  }
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly title = 'Too many requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  }
}

export class StoreUnavailableError extends DomainError {
  readonly status = 503;
  readonly title = 'Service unavailable';
  constructor(readonly retryAfterSeconds = 5) {
    super('The comment store is unreachable; nothing was saved. Please try again shortly.');
    this.headers['retry-after'] = String(retryAfterSeconds);
  }
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly title = 'Unauthorized';
  constructor(message = 'Log in first: send Authorization: Bearer {token} or the session cookie.') {
    super(message);
    this.headers['www-authenticate'] = 'Bearer';
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
}

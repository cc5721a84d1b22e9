import { DomainError } from '../domain-errors';

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

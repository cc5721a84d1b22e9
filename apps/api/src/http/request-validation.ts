import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from '@app/comments';

/** Which of a field's failed rules the 422 reports: a missing field first, then a malformed one, then a limit. */
const PRECEDENCE = ['required', 'unknown_field', 'invalid'];

/** class-validator's errors → the contract's `{ field, code, message }`, one per field, nested fields dotted. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const nested = fieldErrorsOf(error.children ?? [], field);
    const failed = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      code:
        rule === 'whitelistValidation'
          ? 'unknown_field'
          : ((error.contexts?.[rule]?.code as string | undefined) ?? 'invalid'),
      message: rule === 'whitelistValidation' ? `Unknown field "${error.property}".` : message,
    }));
    const rank = (code: string) => (PRECEDENCE.includes(code) ? PRECEDENCE.indexOf(code) : PRECEDENCE.length);
    const chosen = failed.sort((a, b) => rank(a.code) - rank(b.code))[0];
    return chosen ? [chosen as FieldError, ...nested] : nested;
  });
}

/**
 * Validates a DTO-typed `@Body()` or `@Query()` and answers the contract's 422 through the problem filter. Bodies
 * refuse unknown fields (a typo must not pass silently); queries ignore them (caches add their own parameters).
 * A body that is not a JSON object is checked as an empty one, so the 422 names what is missing.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor(kind: 'body' | 'query') {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: kind === 'body',
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new ValidationFailedError(fieldErrorsOf(errors)),
    });
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    return super.transform(isObject ? value : {}, metadata);
  }
}

export const validBody = new RequestValidationPipe('body');
export const validQuery = new RequestValidationPipe('query');

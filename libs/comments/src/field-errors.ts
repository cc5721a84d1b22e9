import { ValidationFailedError } from './domain-errors';
import { FieldError } from './intake/submission';

/** Collects every bad field of an API body, so one 422 names them all (codes beyond the submission's own). */
export class FieldErrors {
  private readonly errors: { field: string; code: string; message: string }[] = [];

  add(field: string, code: string, message: string): void {
    this.errors.push({ field, code, message });
  }

  unknownFields(body: Record<string, unknown>, allowed: readonly string[]): void {
    for (const key of Object.keys(body))
      if (!allowed.includes(key)) this.add(key, 'unknown_field', `Unknown field "${key}".`);
  }

  throwIfAny(): void {
    if (this.errors.length) throw new ValidationFailedError(this.errors as FieldError[]);
  }
}

export function objectBody(input: unknown): Record<string, unknown> {
  return input && typeof input === 'object' && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : {};
}

import { normaliseSubmittedText } from '@app/moderation';
import { ValidationFailedError } from '../domain-errors';
import { errorMessage, MessageLanguage } from '../intake/messages';
import { FieldError } from '../intake/submission';

/**
 * The body of an edit, by intake's own rule for `body` (trimmed, NFC, 1 to the site's maxBodyLength characters,
 * the same bilingual messages); `body` is the only field an author may change.
 */
export function validateEditedBody(input: unknown, maxBodyLength: number, language: MessageLanguage): string {
  const errors: FieldError[] = [];
  const fail = (field: string, code: FieldError['code'], limit?: number) =>
    errors.push({ field, code, message: errorMessage(code, field, language, limit) });
  const fields =
    input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  for (const name of Object.keys(fields)) if (name !== 'body') fail(name, 'unknown_field');
  const value = fields.body;
  let body: string | null = null;
  if (value === undefined || value === null) fail('body', 'required');
  else if (typeof value !== 'string') fail('body', 'invalid_type');
  else {
    body = normaliseSubmittedText(value);
    if (body === '') fail('body', 'required');
    else if ([...body].length > maxBodyLength) fail('body', 'too_long', maxBodyLength);
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return body!;
}

import { isEmail, isURL } from 'class-validator';
import { normaliseAuthorName, normaliseSubmittedText } from '@app/moderation';
import { ErrorCode, errorMessage, MessageLanguage } from './messages';

export interface FieldError {
  field: string;
  code: ErrorCode;
  message: string;
}

/** A submission that passed the field rules: trimmed, NFC, ready to store. */
export interface ValidSubmission {
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  parentId: string | null;
  formToken: string | null;
  honeypot: string | null;
  /** The optional proof-of-work solution (ALTCHA payload); verified by ProofOfWorkService, never refused here. */
  altcha: string | null;
  /** The mail its author asked for; subscribed when the comment is published. */
  notify: NotifyChoice | null;
}

export const NOTIFY_CHOICES = ['replies', 'thread'] as const;
export type NotifyChoice = (typeof NOTIFY_CHOICES)[number];

export const LIMITS = { authorName: 245, authorEmail: 100, authorUrl: 200 } as const;

const JSON_FIELDS = [
  'authorName',
  'authorEmail',
  'authorUrl',
  'body',
  'parentId',
  'formToken',
  'hp',
  'altcha',
  'notify',
] as const;

/** WordPress's comment form names, so an existing theme's form can post here unchanged. */
const WORDPRESS_NAMES: Record<string, string> = {
  author: 'authorName',
  email: 'authorEmail',
  url: 'authorUrl',
  comment: 'body',
  comment_parent: 'parentId',
};
/** Fields a WordPress form sends that mean nothing here; ignored rather than refused. */
const WORDPRESS_EXTRAS = new Set([
  'submit',
  'comment_post_ID',
  'wp-comment-cookies-consent',
  '_wp_unfiltered_html_comment',
]);

/** Maps a form-encoded post onto the JSON field names; `redirectTo` is taken out by the caller. */
export function fromFormFields(form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(form)) {
    if (WORDPRESS_EXTRAS.has(name)) continue;
    const mapped = WORDPRESS_NAMES[name] ?? name;
    // WordPress sends comment_parent=0 for a top-level comment.
    if (mapped === 'parentId' && (value === '0' || value === '')) continue;
    out[mapped] = value;
  }
  return out;
}

/** The contract's field rules, pure: every bad field gets one error with a code and a message. */
/** No lone surrogate: validator's isEmail/isURL call encodeURI, which throws on one (a 500 the fuzzer found). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (value: string): boolean => !LONE_SURROGATE.test(value);

export function validateSubmission(
  input: unknown,
  maxBodyLength: number,
  language: MessageLanguage,
): { ok: true; value: ValidSubmission } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, code: ErrorCode, limit?: number) =>
    errors.push({ field, code, message: errorMessage(code, field, language, limit) });

  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('body', 'required');
    return { ok: false, errors };
  }
  const fields = input as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    if (!(JSON_FIELDS as readonly string[]).includes(name)) fail(name, 'unknown_field');
  }

  const text = (field: string, required: boolean): string | null => {
    const value = fields[field];
    if (value === undefined || value === null) {
      if (required) fail(field, 'required');
      return null;
    }
    if (typeof value !== 'string') {
      fail(field, 'invalid_type');
      return null;
    }
    const normalised = field === 'authorName' ? normaliseAuthorName(value) : normaliseSubmittedText(value);
    if (normalised === '') {
      if (required) fail(field, 'required');
      return null;
    }
    return normalised;
  };
  const length = (s: string) => [...s].length;

  const authorName = text('authorName', true);
  if (authorName !== null && length(authorName) > LIMITS.authorName)
    fail('authorName', 'too_long', LIMITS.authorName);

  const authorEmail = text('authorEmail', true);
  if (authorEmail !== null) {
    if (length(authorEmail) > LIMITS.authorEmail) fail('authorEmail', 'too_long', LIMITS.authorEmail);
    else if (!wellFormed(authorEmail) || !isEmail(authorEmail)) fail('authorEmail', 'invalid_email');
  }

  const authorUrl = text('authorUrl', false);
  if (authorUrl !== null) {
    if (length(authorUrl) > LIMITS.authorUrl) fail('authorUrl', 'too_long', LIMITS.authorUrl);
    else if (
      !wellFormed(authorUrl) ||
      !isURL(authorUrl, {
        protocols: ['http', 'https'],
        require_protocol: true,
        require_valid_protocol: true,
      })
    )
      fail('authorUrl', 'invalid_url');
  }

  const body = text('body', true);
  if (body !== null && length(body) > maxBodyLength) fail('body', 'too_long', maxBodyLength);

  const parentId = text('parentId', false);
  const formToken = text('formToken', false);
  // The honeypot is kept as sent (not trimmed away to nothing) so a bot's whitespace still counts.
  const hp = fields.hp;
  if (hp !== undefined && hp !== null && typeof hp !== 'string') fail('hp', 'invalid_type');
  // A no-JS form's unticked choice sends nothing or an empty value: both mean no mail.
  const notify =
    fields.notify === undefined || fields.notify === null || fields.notify === '' ? null : fields.notify;
  if (notify !== null && !(NOTIFY_CHOICES as readonly unknown[]).includes(notify))
    fail('notify', 'invalid_choice');
  const altcha = typeof fields.altcha === 'string' && fields.altcha !== '' ? fields.altcha : null;

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      authorName: authorName!,
      authorEmail: authorEmail!,
      authorUrl,
      body: body!,
      parentId,
      formToken,
      honeypot: typeof hp === 'string' && hp !== '' ? hp.slice(0, 500) : null,
      altcha,
      notify: notify as NotifyChoice | null,
    },
  };
}

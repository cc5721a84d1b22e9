import { Strings } from './i18n';

export interface Draft {
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  body: string;
}

export interface FieldError {
  field: string;
  message: string;
}

/** The server's limits (CONTRACT.md); the server still has the last word and its errors are shown the same way. */
export const LIMITS = { authorName: 245, authorEmail: 100, authorUrl: 200 } as const;

const length = (s: string) => [...s].length;
export const normalise = (s: string) => s.normalize('NFC').trim();

export function validateDraft(draft: Draft, maxBodyLength: number, t: Strings): FieldError[] {
  const errors: FieldError[] = [];
  const label: Record<keyof Draft, string> = {
    authorName: t.name,
    authorEmail: t.email,
    authorUrl: t.website,
    body: t.comment,
  };
  const fail = (field: keyof Draft, message: string) => errors.push({ field, message });
  const check = (field: keyof Draft, limit: number, required: boolean): string | null => {
    const value = normalise(draft[field]);
    if (!value) {
      if (required) fail(field, t.errors.required(label[field]));
      return null;
    }
    if (length(value) > limit) {
      fail(field, t.errors.too_long(label[field], limit));
      return null;
    }
    return value;
  };
  check('body', maxBodyLength, true);
  check('authorName', LIMITS.authorName, true);
  const email = check('authorEmail', LIMITS.authorEmail, true);
  if (email && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) fail('authorEmail', t.errors.invalid_email);
  const url = check('authorUrl', LIMITS.authorUrl, false);
  if (url && !safeHttpUrl(url)) fail('authorUrl', t.errors.invalid_url);
  return errors;
}

/** Only http(s) URLs with a host ever become an href; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
      ? url.href
      : null;
  } catch {
    return null;
  }
}

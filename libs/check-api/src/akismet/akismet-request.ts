import { ForeignComment } from '../comment-checker.service';

/** Akismet's form fields (https://akismet.com/developers/), as its clients send them: strings, all optional here. */
export type AkismetForm = Record<string, unknown>;

export type AkismetParse = { ok: true; comment: ForeignComment } | { ok: false; missing: string };

const field = (form: AkismetForm, name: string): string | undefined => {
  const value = form[name];
  // A repeated field arrives as a list from the form parser; Akismet reads the last one.
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof last === 'string' ? last : undefined;
};

/**
 * The comment inside a comment-check / submit-spam / submit-ham call. Akismet requires `blog` and `user_ip`
 * and answers a missing one in plain text with a debug header; so do we.
 */
export function parseAkismetComment(form: AkismetForm): AkismetParse {
  for (const required of ['blog', 'user_ip'])
    if (!field(form, required)?.trim()) return { ok: false, missing: required };
  const honeypotField = field(form, 'honeypot_field_name');
  return {
    ok: true,
    comment: {
      body: field(form, 'comment_content') ?? '',
      authorName: field(form, 'comment_author'),
      authorUrl: field(form, 'comment_author_url'),
      authorEmail: field(form, 'comment_author_email'),
      clientIp: field(form, 'user_ip'),
      honeypot: honeypotField ? field(form, honeypotField) : undefined,
    },
  };
}

export function akismetKeyField(form: AkismetForm, name: 'api_key' | 'key'): string | undefined {
  return field(form, name);
}

export const AKISMET_THANKS = 'Thanks for making the web a better place.';

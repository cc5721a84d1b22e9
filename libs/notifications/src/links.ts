import { randomBytes } from 'node:crypto';

/** 32 random bytes: a token that says nothing about the reader and cannot be guessed. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What a token looks like, checked before any query (anything else is simply not found). */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const confirmUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/v1/notifications/confirm?token=${token}`;

export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/v1/notifications/unsubscribe?token=${token}`;

/**
 * Where a mail sends the reader to read on. The service stores no article address, so: a thread id that is itself
 * an http(s) address is used as it is (as sites using the page URL as the id do), a path goes under the site's first
 * origin, and anything else falls back to that origin (the site's home page), else this service's own address.
 */
export function threadUrl(threadId: string, allowedOrigins: readonly string[], publicUrl: string): string {
  if (/^https?:\/\//i.test(threadId)) return threadId;
  const origin = allowedOrigins[0]?.replace(/\/$/, '') ?? publicUrl;
  return threadId.startsWith('/') ? `${origin}${threadId}` : `${origin}/`;
}

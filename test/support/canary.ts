import { createHash } from 'node:crypto';

/** An address as a leak could show it: as typed, lower-cased, URL-encoded, and the hashes anyone might compute. */
export function emailForms(email: string): string[] {
  const lower = email.toLowerCase();
  return [
    email,
    lower,
    createHash('md5').update(lower).digest('hex'),
    createHash('md5').update(email).digest('hex'),
    createHash('sha256').update(lower).digest('hex'),
    createHash('sha256').update(email).digest('hex'),
    encodeURIComponent(lower),
  ];
}

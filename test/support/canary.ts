import { createHash } from 'node:crypto';
import type { TestResponse } from './client';

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

/** Keeps every answer's body and headers a test saw, so one scan can look for an address in all of them. */
export function responseRecorder() {
  const seen: string[] = [];
  const record = (response: TestResponse) => {
    seen.push(response.text);
    response.headers.forEach((value, name) => seen.push(`${name}: ${value}`));
    return response;
  };
  return { seen, record };
}

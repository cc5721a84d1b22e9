import { spamViewOfText } from './spam-view';

/** A written link: scheme or "www." up to the next space, quote or bracket. */
const WRITTEN_LINK = /(?:https?:\/\/|www\.)[^\s<>"'()]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?।]+$/u;

/**
 * The links of a text as comparable keys, "host/path" lower-cased without scheme, "www.", query, fragment or
 * trailing punctuation, so the same link pasted twice is one key. Bare hosts ("cheap-pills.xyz") are their host.
 * Used by the worker to find the same link across threads and sites (never by a phase: no I/O there).
 */
export function linkKeysOf(text: string): string[] {
  const view = spamViewOfText(text);
  if (view.hosts.length === 0) return [];
  const keys = new Set<string>();
  for (const match of view.text.matchAll(WRITTEN_LINK)) {
    const key = keyOf(match[0]);
    if (key) keys.add(key);
  }
  for (const host of view.hosts) {
    if (![...keys].some((key) => key === host || key.startsWith(`${host}/`))) keys.add(host);
  }
  return [...keys];
}

function keyOf(written: string): string | null {
  const withScheme = /^https?:\/\//i.test(written) ? written : `http://${written}`;
  try {
    const url = new URL(withScheme.replace(TRAILING_PUNCTUATION, ''));
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = decodeURI(url.pathname).replace(/\/+$/, '').toLowerCase();
    return `${host}${path}`.slice(0, 300);
  } catch {
    return null;
  }
}

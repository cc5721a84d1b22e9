/** What this browser kept under `key`, or `fallback` when nothing (or something unreadable) was kept or storage is blocked. */
export function kept<T>(key: string, fallback: T): T {
  try {
    return JSON.parse(localStorage.getItem(key)!) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Keeps `value` under `key` (forgets the key for undefined); full or blocked storage only loses the convenience. */
export function keep(key: string, value?: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // the comment, like or token still counts on the server
  }
}

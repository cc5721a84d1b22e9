/** What a batch of submissions is judged on: its rows and the facts one set-based read found for them. */
export interface PendingComment {
  id: string;
  siteId: string;
  threadId: string;
  parentId: string | null;
  emailHmac: string;
  bodyFingerprint: string;
  clientIp: string | null;
  readerId: string | null;
  floodSeconds: number;
}

export interface BatchFacts {
  /** `site\0thread` of threads that exist, and whether each is closed. */
  threads: Map<string, { closed: boolean }>;
  parents: Map<string, { siteId: string; threadId: string; status: string }>;
  /** Newest stored submission (epoch ms) per flood key (see floodKeys). */
  latestByFloodKey: Map<string, number>;
  /** Duplicate keys of the same texts stored in the last hour (see storedDuplicateKeys). */
  recentTextKeys: Set<string>;
  now: number;
}

export type Refusal =
  | { kind: 'thread_closed' }
  | { kind: 'parent_not_found' }
  | { kind: 'flood'; retryAfterSeconds: number }
  | { kind: 'duplicate' };

export const threadKey = (siteId: string, threadId: string): string => `${siteId}\0${threadId}`;

/** The flood check counts the same email (by its HMAC) or the same IP on the same site. */
export function floodKeys(c: { siteId: string; emailHmac: string; clientIp: string | null }): string[] {
  const keys = [`${c.siteId}\0e\0${c.emailHmac}`];
  if (c.clientIp) keys.push(`${c.siteId}\0i\0${c.clientIp}`);
  return keys;
}

/**
 * "The same reader" for a new submission: its reader id when it has one, else its IP; never its email, so no
 * answer tells whether an address wrote a comment. Null when neither is known (no duplicate check then).
 */
export function submissionDuplicateKey(c: PendingComment): string | null {
  const reader = c.readerId ? `r\0${c.readerId}` : c.clientIp ? `i\0${c.clientIp}` : null;
  return reader && `${c.siteId}\0${c.threadId}\0${c.bodyFingerprint}\0${reader}`;
}

/** A stored row answers to both its reader id and its IP, so a reader without a reader id is matched by IP. */
export function storedDuplicateKeys(row: {
  siteId: string;
  threadId: string;
  bodyFingerprint: string;
  readerId: string | null;
  clientIp: string | null;
}): string[] {
  const base = `${row.siteId}\0${row.threadId}\0${row.bodyFingerprint}`;
  const keys: string[] = [];
  if (row.readerId) keys.push(`${base}\0r\0${row.readerId}`);
  if (row.clientIp) keys.push(`${base}\0i\0${row.clientIp}`);
  return keys;
}

/**
 * Judges a batch in arrival order, pure: each accepted submission counts for the ones after it, so a batch is
 * exactly as strict as the same submissions one by one. Answers a refusal or null (accepted) per submission.
 */
export function judgeBatch(batch: readonly PendingComment[], facts: BatchFacts): Array<Refusal | null> {
  const latest = new Map(facts.latestByFloodKey);
  const texts = new Set(facts.recentTextKeys);
  return batch.map((c): Refusal | null => {
    if (facts.threads.get(threadKey(c.siteId, c.threadId))?.closed) return { kind: 'thread_closed' };
    if (c.parentId) {
      const parent = facts.parents.get(c.parentId);
      const sameThread = parent?.siteId === c.siteId && parent.threadId === c.threadId;
      if (!sameThread || parent.status !== 'published') return { kind: 'parent_not_found' };
    }
    const keys = floodKeys(c);
    if (c.floodSeconds > 0) {
      const newest = Math.max(...keys.map((key) => latest.get(key) ?? -Infinity));
      const waitMs = c.floodSeconds * 1000 - (facts.now - newest);
      if (waitMs > 0) return { kind: 'flood', retryAfterSeconds: waitMs / 1000 };
    }
    const duplicateKey = submissionDuplicateKey(c);
    if (duplicateKey && texts.has(duplicateKey)) return { kind: 'duplicate' };
    for (const key of keys) latest.set(key, facts.now);
    for (const key of storedDuplicateKeys(c)) texts.add(key);
    return null;
  });
}

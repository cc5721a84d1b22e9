import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InvalidQueryError } from '../domain-errors';
import { SitesService } from '../sites/sites.service';
import { SyndicationRepository } from './syndication.repository';

export const MAX_COUNT_THREADS = 100;
const MAX_THREAD_ID = 200;

export interface ThreadCounts {
  counts: Record<string, number>;
  /** A validator of exactly these counts: the same numbers give the same ETag. */
  etag: string;
}

/** Published comment counts of up to 100 threads of a site, for article lists (`/count.js`). */
@Injectable()
export class CountsService {
  constructor(
    private readonly sites: SitesService,
    private readonly repository: SyndicationRepository,
  ) {}

  async counts(siteId: string, threadsParam: unknown): Promise<ThreadCounts> {
    const ids = parseThreadIds(threadsParam);
    await this.sites.settings(siteId); // an unknown site is a 404, not a page of zeros
    const found = new Map((await this.repository.publishedCounts(siteId, ids)).map((r) => [r.id, r.count]));
    // A thread without a row has had no comment yet: 0, in the order asked.
    const counts: Record<string, number> = {};
    for (const id of ids) counts[id] = found.get(id) ?? 0;
    const etag = `W/"${createHash('sha256').update(JSON.stringify(counts)).digest('base64url').slice(0, 22)}"`;
    return { counts, etag };
  }
}

/** `threads=a,b,c`: 1 to 100 distinct ids of 1 to 200 characters; anything else is a 400 naming `threads`. */
export function parseThreadIds(value: unknown): string[] {
  const fail = (code: string, message: string): never => {
    throw new InvalidQueryError([{ field: 'threads', code, message }]);
  };
  if (Array.isArray(value)) return fail('invalid', 'Give threads once, as a comma-separated list.');
  if (typeof value !== 'string' || value === '')
    return fail('required', 'threads is required: a comma-separated list of thread ids.');
  const ids = [...new Set(value.split(','))];
  if (ids.some((id) => id === '' || id.length > MAX_THREAD_ID))
    fail('invalid', `Each thread id must be 1 to ${MAX_THREAD_ID} characters.`);
  if (ids.length > MAX_COUNT_THREADS) fail('too_many', `At most ${MAX_COUNT_THREADS} threads at once.`);
  return ids;
}

import { ModeratorRole } from '@app/db';
import { NotFoundError } from '../domain-errors';

/** Who is asking, as the guards and services see it; no password hash, no email. */
export interface CurrentModerator {
  id: string;
  name: string;
  role: ModeratorRole;
  /** The sites given to a `moderator`; an `admin` sees every site whatever this holds. */
  siteIds: string[];
}

export function canSeeSite(moderator: CurrentModerator, siteId: string): boolean {
  return moderator.role === 'admin' || moderator.siteIds.includes(siteId);
}

/** A site not given to the moderator answers exactly like a site that does not exist. */
export function assertSiteAccess(moderator: CurrentModerator, siteId: string): void {
  if (!canSeeSite(moderator, siteId)) throw new NotFoundError(`No site "${siteId}".`);
}

/** The sites a query may cover: one (checked), or all the moderator's (null: every site, for an admin). */
export function visibleSites(moderator: CurrentModerator, siteId?: string): string[] | null {
  if (siteId) {
    assertSiteAccess(moderator, siteId);
    return [siteId];
  }
  return moderator.role === 'admin' ? null : moderator.siteIds;
}

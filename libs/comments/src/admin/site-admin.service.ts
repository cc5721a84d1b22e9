import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SiteSettings } from '@app/moderation';
import { CommentsRepository } from '../comments.repository';
import { ConflictError } from '../domain-errors';
import { assertSiteAccess, CurrentModerator } from '../moderators/current-moderator';
import { SitesService } from '../sites/sites.service';
import { siteChanges } from './site-settings.changes';
import { CreateSiteDto, ThreadClosedDto, UpdateSiteDto } from './site-settings.dto';

/**
 * The admin API's side of sites and threads. Bodies arrive checked (site-settings.dto.ts, through the api's pipe);
 * what needs the stored site (partial merges) happens here, storage through SitesService.
 */
@Injectable()
export class SiteAdminService {
  private readonly logger = new Logger('SiteAdmin');

  constructor(
    private readonly sites: SitesService,
    private readonly comments: CommentsRepository,
  ) {}

  async create(input: CreateSiteDto): Promise<SiteSettings> {
    const settings = siteChanges(input, null);
    const id = settings.id ?? `${slug(settings.name!)}-${randomBytes(3).toString('hex')}`;
    if (!(await this.sites.create({ ...settings, id, name: settings.name! }))) {
      throw new ConflictError(`A site "${id}" exists.`);
    }
    this.logger.log({ siteId: id }, 'site created');
    return this.sites.settings(id);
  }

  async list(moderator: CurrentModerator): Promise<SiteSettings[]> {
    const all = await this.sites.list();
    return moderator.role === 'admin' ? all : all.filter((s) => moderator.siteIds.includes(s.id));
  }

  async get(moderator: CurrentModerator, siteId: string): Promise<SiteSettings> {
    assertSiteAccess(moderator, siteId);
    return this.sites.settings(siteId);
  }

  async update(siteId: string, input: UpdateSiteDto): Promise<SiteSettings> {
    const current = await this.sites.settings(siteId);
    const changes = siteChanges(input, current);
    const updated = await this.sites.update(siteId, changes);
    this.logger.log({ siteId, fields: Object.keys(changes) }, 'site settings changed');
    return updated;
  }

  async setThreadClosed(
    siteId: string,
    threadId: string,
    { closed }: ThreadClosedDto,
  ): Promise<{ siteId: string; threadId: string; closed: boolean }> {
    await this.sites.settings(siteId); // 404 for an unknown site
    await this.comments.setThreadClosed(siteId, threadId, closed);
    return { siteId, threadId, closed };
  }
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'site'
  );
}

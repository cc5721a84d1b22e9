import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SiteSettings } from '@app/moderation';
import { CommentsRepository } from '../comments.repository';
import { ConflictError } from '../domain-errors';
import { assertSiteAccess, CurrentModerator } from '../moderators/current-moderator';
import { FieldErrors, objectBody } from '../field-errors';
import { SitesService } from '../sites/sites.service';
import { validateSiteSettings } from './site-settings.validation';

/** The admin API's side of sites and threads: validation here, storage through SitesService. */
@Injectable()
export class SiteAdminService {
  private readonly logger = new Logger('SiteAdmin');

  constructor(
    private readonly sites: SitesService,
    private readonly comments: CommentsRepository,
  ) {}

  async create(input: unknown): Promise<SiteSettings> {
    const errors = new FieldErrors();
    const settings = validateSiteSettings(objectBody(input), null, errors);
    errors.throwIfAny();
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

  async update(siteId: string, input: unknown): Promise<SiteSettings> {
    const current = await this.sites.settings(siteId);
    const errors = new FieldErrors();
    const changes = validateSiteSettings(objectBody(input), current, errors);
    errors.throwIfAny();
    const updated = await this.sites.update(siteId, changes);
    this.logger.log({ siteId, fields: Object.keys(changes) }, 'site settings changed');
    return updated;
  }

  async setThreadClosed(
    siteId: string,
    threadId: string,
    input: unknown,
  ): Promise<{ siteId: string; threadId: string; closed: boolean }> {
    await this.sites.settings(siteId); // 404 for an unknown site
    const body = objectBody(input);
    const errors = new FieldErrors();
    errors.unknownFields(body, ['closed']);
    if (typeof body.closed !== 'boolean')
      errors.add('closed', body.closed === undefined ? 'required' : 'invalid', 'closed is true or false.');
    errors.throwIfAny();
    await this.comments.setThreadClosed(siteId, threadId, body.closed as boolean);
    return { siteId, threadId, closed: body.closed as boolean };
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

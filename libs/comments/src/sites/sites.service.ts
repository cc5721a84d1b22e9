import { Injectable } from '@nestjs/common';
import { DEFAULT_SITE_SETTINGS, SiteSettings } from '@app/moderation';
import { NotFoundError } from '../domain-errors';
import { SiteSettingsCache } from './site-settings-cache';
import { toSiteColumns, toSiteSettings } from './site-settings.mapper';
import { SitesRepository } from './sites.repository';

@Injectable()
export class SitesService {
  constructor(
    private readonly sites: SitesRepository,
    private readonly cache: SiteSettingsCache,
  ) {}

  /** Read on every request: from this process's cache, which an admin's change invalidates everywhere. */
  async settings(siteId: string): Promise<SiteSettings> {
    return (await this.entry(siteId)).settings;
  }

  async list(): Promise<SiteSettings[]> {
    return (await this.sites.list()).map(toSiteSettings);
  }

  /** Creates a site with the defaults for whatever is not given; false when the id is taken. */
  async create(settings: Partial<SiteSettings> & { id: string; name: string }): Promise<boolean> {
    const full: SiteSettings = { allowedOrigins: [], ...DEFAULT_SITE_SETTINGS, ...settings };
    return this.sites.insertIfAbsent({ ...toSiteColumns(full), id: full.id, name: full.name } as never);
  }

  async update(siteId: string, changes: Partial<SiteSettings>): Promise<SiteSettings> {
    const row = await this.sites.update(siteId, toSiteColumns(changes));
    if (!row) throw new NotFoundError(`No site "${siteId}".`);
    await this.cache.invalidate(siteId);
    return toSiteSettings(row);
  }

  /** Whether a browser on this origin may use the site's public API; the origin list is a cached set. */
  async originAllowed(siteId: string, origin: string): Promise<boolean> {
    const { origins } = await this.entry(siteId);
    return origins.has('*') || origins.has(origin.toLowerCase());
  }

  /** The same for settings already in hand. */
  isOriginAllowed(settings: SiteSettings, origin: string): boolean {
    const cached = this.cache.get(settings.id);
    if (cached?.settings === settings)
      return cached.origins.has('*') || cached.origins.has(origin.toLowerCase());
    return settings.allowedOrigins.some(
      (allowed) => allowed === '*' || allowed.toLowerCase() === origin.toLowerCase(),
    );
  }

  private async entry(siteId: string) {
    const cached = this.cache.get(siteId);
    if (cached) return cached;
    const mark = this.cache.readMark;
    const row = await this.sites.findById(siteId);
    if (!row) throw new NotFoundError(`No site "${siteId}".`);
    return this.cache.set(toSiteSettings(row), mark);
  }
}

import { Injectable } from '@nestjs/common';
import { DEFAULT_SITE_SETTINGS, SiteSettings } from '@app/moderation';
import { NotFoundError } from '../domain-errors';
import { toSiteColumns, toSiteSettings } from './site-settings.mapper';
import { SitesRepository } from './sites.repository';

/** Settings are read on every request; a short cache keeps that off the database while edits still show within seconds. */
const SETTINGS_CACHE_MS = 2000;

@Injectable()
export class SitesService {
  private readonly cache = new Map<string, { settings: SiteSettings; until: number }>();

  constructor(private readonly sites: SitesRepository) {}

  async settings(siteId: string): Promise<SiteSettings> {
    const cached = this.cache.get(siteId);
    if (cached && cached.until > Date.now()) return cached.settings;
    const row = await this.sites.findById(siteId);
    if (!row) throw new NotFoundError(`No site "${siteId}".`);
    const settings = toSiteSettings(row);
    this.cache.set(siteId, { settings, until: Date.now() + SETTINGS_CACHE_MS });
    return settings;
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
    this.cache.delete(siteId);
    return toSiteSettings(row);
  }

  /** Whether a browser on this origin may use the site's public API. */
  isOriginAllowed(settings: SiteSettings, origin: string): boolean {
    return settings.allowedOrigins.some(
      (allowed) => allowed === '*' || allowed.toLowerCase() === origin.toLowerCase(),
    );
  }
}

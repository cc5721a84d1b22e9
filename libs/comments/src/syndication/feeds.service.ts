import { Injectable } from '@nestjs/common';
import { toPublicComment } from '../read/public-comment';
import { SitesService } from '../sites/sites.service';
import { atomFeedXml } from './atom-feed';
import { SyndicationRepository } from './syndication.repository';

export const FEED_SIZE = 50;

const TITLES = {
  hi: (site: string, thread: string | null) => `टिप्पणियाँ: ${site}${thread ? ` — ${thread}` : ''}`,
  en: (site: string, thread: string | null) => `Comments: ${site}${thread ? ` — ${thread}` : ''}`,
};

/** Atom feeds of a thread's or a whole site's latest published comments, in the site's first language. */
@Injectable()
export class FeedsService {
  constructor(
    private readonly sites: SitesService,
    private readonly repository: SyndicationRepository,
  ) {}

  async feed(siteId: string, threadId: string | null, selfUrl: string): Promise<string> {
    const site = await this.sites.settings(siteId);
    const rows = await this.repository.latestPublished(siteId, threadId, FEED_SIZE);
    const language = site.languages.find((l): l is 'hi' | 'en' => l === 'hi' || l === 'en') ?? 'hi';
    return atomFeedXml({
      selfUrl,
      title: TITLES[language](site.name, threadId),
      language,
      alternateUrl: null,
      comments: rows.map(toPublicComment),
      fallbackUpdated: new Date(0),
    });
  }
}

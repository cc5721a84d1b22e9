import { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { SitesService } from '@app/comments';
import { SiteSettings } from '@app/moderation';

/** A site of its own for a test, flood check off unless the test is about it. */
export async function createSite(
  app: INestApplicationContext,
  settings: Partial<SiteSettings> = {},
): Promise<string> {
  const id = settings.id ?? `site-${randomBytes(4).toString('hex')}`;
  await app
    .get(SitesService)
    .create({ name: id, allowedOrigins: ['https://news.example'], floodSeconds: 0, ...settings, id });
  return id;
}

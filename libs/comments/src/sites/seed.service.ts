import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { SitesService } from './sites.service';

export const DEMO_SITE_ID = 'demo';
/** The demo site's flood interval under NODE_ENV=development (README: "Trying the demo"). */
export const DEMO_DEVELOPMENT_FLOOD_SECONDS = 3;

/** On an empty store, every entry point creates the demo site; inserting "if absent" makes concurrent starts safe. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly sites: SitesService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const created = await this.sites.create({
      id: DEMO_SITE_ID,
      name: 'Demo: हिंदी समाचार',
      allowedOrigins: demoOrigins(this.env),
      languages: ['hi', 'en'],
      // Someone trying the demo posts again within seconds; the usual 15 s flood limit would stop them.
      ...(this.env.NODE_ENV === 'development' ? { floodSeconds: DEMO_DEVELOPMENT_FLOOD_SECONDS } : {}),
    });
    if (created) this.logger.log({ siteId: DEMO_SITE_ID }, 'created the demo site');
  }
}

export function publicUrl(env: Env): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
}

function demoOrigins(env: Env): string[] {
  const origins = new Set([
    new URL(publicUrl(env)).origin,
    `http://localhost:${env.PORT}`,
    `http://127.0.0.1:${env.PORT}`,
  ]);
  return [...origins];
}

import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Env, ENV } from '@app/config';
import { SiteSettings } from '@app/moderation';
import { REDIS_KEY_PREFIX, redisOptions } from '@app/queue';

/** A backstop only: a change reaches every process through Redis at once; this bounds a message lost meanwhile. */
const SETTINGS_TTL_MS = 60_000;

interface Entry {
  settings: SiteSettings;
  origins: ReadonlySet<string>;
  until: number;
}

/**
 * Site settings (and each site's origin list as a set) cached per process, so a request reads no row for them.
 * An admin's change invalidates the entry here and, through a Redis pub/sub message, in every other process; a
 * process whose subscription drops forgets everything when it is back, since it may have missed a message.
 */
@Injectable()
export class SiteSettingsCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SiteSettingsCache.name);
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation, so a read that raced a change is not cached as current. */
  private generation = 0;
  private subscriber?: Redis;
  private publisher?: Redis;
  private readonly channel: string;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(REDIS_KEY_PREFIX) prefix: string,
  ) {
    this.channel = `${prefix}:site-settings`;
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = new Redis(redisOptions(this.env.REDIS_URL, 'worker'));
    this.publisher = new Redis({ ...redisOptions(this.env.REDIS_URL, 'producer'), connectTimeout: 1000 });
    for (const connection of [this.subscriber, this.publisher])
      connection.on('error', (error) =>
        this.logger.debug({ err: error.message }, 'settings cache: redis error'),
      );
    this.subscriber.on('message', (_channel, siteId: string) => this.forget(siteId));
    this.subscriber.on('ready', () => this.forget());
    await this.subscriber.subscribe(this.channel).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.subscriber?.disconnect();
    this.publisher?.disconnect();
  }

  get(siteId: string): Entry | undefined {
    const entry = this.entries.get(siteId);
    if (entry && entry.until > Date.now()) return entry;
    if (entry) this.entries.delete(siteId);
    return undefined;
  }

  /** Taken before reading a row; `set` keeps the row only if nothing was invalidated meanwhile. */
  get readMark(): number {
    return this.generation;
  }

  set(settings: SiteSettings, readMark: number): Entry {
    const origins = new Set(settings.allowedOrigins.map((origin) => origin.toLowerCase()));
    const entry = { settings, origins, until: Date.now() + SETTINGS_TTL_MS };
    if (readMark === this.generation) this.entries.set(settings.id, entry);
    return entry;
  }

  private forget(siteId?: string): void {
    this.generation++;
    if (siteId === undefined) this.entries.clear();
    else this.entries.delete(siteId);
  }

  /** Here at once; elsewhere when the message arrives (or after the backstop if Redis is away). */
  async invalidate(siteId: string): Promise<void> {
    this.forget(siteId);
    try {
      await this.publisher?.publish(this.channel, siteId);
    } catch (error) {
      this.logger.warn(
        { siteId, err: (error as Error).message },
        'settings change not broadcast; others expire it',
      );
    }
  }
}

import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { CommentEvents } from '@app/comments';
import { Env, ENV } from '@app/config';
import { CommentRow, CommentStatus } from '@app/db';
import { REDIS_KEY_PREFIX, redisOptions } from '@app/queue';
import { liveEventOf, liveKeys, REPLAY_LENGTH, REPLAY_TTL_SECONDS } from './live-events';

/** Appends to the thread's replay stream and publishes in one step, so a resuming reader never misses an event. */
const PUBLISH_SCRIPT = `
local id = redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[1], '*', 'event', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('PUBLISH', KEYS[2], id .. '\\n' .. ARGV[3])
return id`;

/**
 * Tells every api process about publications, whichever process made them (the worker's checks, a moderator's
 * decision). Runs after commit; a Redis hiccup costs readers a live update, never the status change itself.
 */
@Injectable()
export class LivePublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LivePublisher.name);
  private redis?: Redis;

  constructor(
    private readonly events: CommentEvents,
    @Inject(ENV) private readonly env: Env,
    @Inject(REDIS_KEY_PREFIX) private readonly keyPrefix: string,
  ) {}

  onModuleInit(): void {
    // Its own connection: BullMQ's are not ours to use, and a short offline queue rides out a reconnect.
    this.redis = new Redis({ ...redisOptions(this.env.REDIS_URL, 'producer'), enableOfflineQueue: true });
    this.redis.on('error', (error) =>
      this.logger.debug({ err: error.message }, 'live publisher: redis error'),
    );
    this.events.onStatusChanged(async (comment, previous) => {
      await this.publish(comment, previous);
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  async publish(comment: CommentRow, previousStatus: CommentStatus): Promise<string | null> {
    const event = liveEventOf(comment, previousStatus);
    if (!event || !this.redis) return null;
    const keys = liveKeys(this.keyPrefix, comment.siteId, comment.threadId);
    try {
      const id = (await this.redis.eval(
        PUBLISH_SCRIPT,
        2,
        keys.replay,
        keys.channel,
        REPLAY_LENGTH,
        REPLAY_TTL_SECONDS,
        JSON.stringify(event),
      )) as string;
      return id;
    } catch (error) {
      this.logger.warn({ commentId: comment.id, err: (error as Error).message }, 'live event not published');
      return null;
    }
  }
}

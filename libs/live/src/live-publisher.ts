import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { StatusChange, StatusChangeListener } from '@app/comments';
import { Env, ENV } from '@app/config';
import { CommentRow, CommentStatus } from '@app/db';
import { REDIS_KEY_PREFIX, redisOptions } from '@app/queue';
import { LiveEvent, liveEventOf, liveKeys, REPLAY_LENGTH, REPLAY_TTL_SECONDS } from './live-events';

/**
 * Appends to the thread's replay stream and publishes in one step, so a resuming reader never misses an event.
 * Each entry names its comment; when a comment leaves the thread (ARGV[5] = '1') its earlier entries are deleted
 * first, so a reader resuming from 0-0 never gets a removed comment's body back (the replay holds at most
 * REPLAY_LENGTH entries, so the scan is bounded).
 */
const PUBLISH_SCRIPT = `
if ARGV[5] == '1' then
  for _, entry in ipairs(redis.call('XRANGE', KEYS[1], '-', '+')) do
    local fields = entry[2]
    for i = 1, #fields, 2 do
      if fields[i] == 'comment' and fields[i + 1] == ARGV[4] then redis.call('XDEL', KEYS[1], entry[1]) end
    end
  end
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[1], '*', 'event', ARGV[3], 'comment', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('PUBLISH', KEYS[2], id .. '\\n' .. ARGV[3])
return id`;

/**
 * Tells every api process about publications, whichever process made them (the worker's checks, a moderator's
 * decision). Runs after commit; a Redis hiccup costs readers a live update, never the status change itself.
 */
@Injectable()
export class LivePublisher implements StatusChangeListener, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LivePublisher.name);
  private redis?: Redis;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(REDIS_KEY_PREFIX) private readonly keyPrefix: string,
  ) {}

  onModuleInit(): void {
    // Its own connection: BullMQ's are not ours to use, and a short offline queue rides out a reconnect.
    this.redis = new Redis({ ...redisOptions(this.env.REDIS_URL, 'producer'), enableOfflineQueue: true });
    this.redis.on('error', (error) =>
      this.logger.debug({ err: error.message }, 'live publisher: redis error'),
    );
  }

  /**
   * All at once, not one round trip after another: a worker's batch of 64 publications waited for 64 sequential
   * evals before its jobs were acked. Redis runs the commands of one connection in the order they were sent, so a
   * thread's events keep their order in its replay stream.
   */
  async afterCommit(changes: readonly StatusChange[]): Promise<void> {
    await Promise.all(changes.map(({ comment, previous }) => this.publish(comment, previous)));
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  async publish(comment: CommentRow, previousStatus: CommentStatus): Promise<string | null> {
    const event = liveEventOf(comment, previousStatus);
    if (!event) return null;
    return this.publishEvent(comment.siteId, comment.threadId, comment.id, event);
  }

  /** Any event for a thread's readers; `commentId` names the entry ('' for one about several comments). */
  async publishEvent(
    siteId: string,
    threadId: string,
    commentId: string,
    event: LiveEvent,
  ): Promise<string | null> {
    if (!this.redis) return null;
    const comment = { id: commentId };
    const keys = liveKeys(this.keyPrefix, siteId, threadId);
    try {
      const id = (await this.redis.eval(
        PUBLISH_SCRIPT,
        2,
        keys.replay,
        keys.channel,
        REPLAY_LENGTH,
        REPLAY_TTL_SECONDS,
        JSON.stringify(event),
        comment.id,
        event.type === 'comment.unpublished' ? '1' : '0',
      )) as string;
      return id;
    } catch (error) {
      this.logger.warn({ commentId: comment.id, err: (error as Error).message }, 'live event not published');
      return null;
    }
  }
}

import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { DomainError, TooManyRequestsError } from '@app/comments';
import { Env, ENV } from '@app/config';
import { REDIS_KEY_PREFIX, redisOptions } from '@app/queue';
import { compareStreamIds, isStreamId, liveKeys, sseFrame } from '@app/live';

/** One reader's open stream, as the fan-out sees it. */
export interface StreamClient {
  write(chunk: string): void;
  end(): void;
}

interface Reader {
  client: StreamClient;
  /** The newest event id written to this reader; anything not newer is a duplicate of the replay. */
  lastId: string | null;
  /** Live events that arrive while the replay is still being read wait here. */
  pending: { id: string; frame: string }[] | null;
}

interface ThreadChannel {
  readers: Set<Reader>;
  subscribed: Promise<unknown>;
}

export class LiveCapacityError extends DomainError {
  readonly status = 503;
  readonly title = 'Service unavailable';
  constructor() {
    super('Too many live streams are open; please try again shortly.');
    this.headers['retry-after'] = '30';
  }
}

/**
 * The api process's side of the live stream: one Redis subscriber connection, one subscription per thread that has
 * readers, fan-out to them, replay after Last-Event-ID from the thread's capped stream, and bounds per IP and overall.
 */
@Injectable()
export class ThreadStreams implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ThreadStreams.name);
  private subscriber?: Redis;
  private reader?: Redis;
  private readonly channels = new Map<string, ThreadChannel>();
  private readonly perIp = new Map<string, number>();
  private readonly everyone = new Set<StreamClient>();
  private open = 0;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(REDIS_KEY_PREFIX) private readonly keyPrefix: string,
  ) {}

  onModuleInit(): void {
    // A subscriber waits out a Redis restart (and resubscribes) rather than failing its readers.
    this.subscriber = new Redis(redisOptions(this.env.REDIS_URL, 'worker'));
    this.reader = new Redis({ ...redisOptions(this.env.REDIS_URL, 'producer'), enableOfflineQueue: true });
    for (const connection of [this.subscriber, this.reader]) {
      connection.on('error', (error) =>
        this.logger.debug({ err: error.message }, 'live stream: redis error'),
      );
    }
    this.subscriber.on('message', (channel: string, message: string) => this.fanOut(channel, message));
  }

  async onModuleDestroy(): Promise<void> {
    for (const client of this.everyone) client.end(); // open streams would otherwise hold the HTTP server open
    this.everyone.clear();
    for (const connection of [this.subscriber, this.reader]) connection?.disconnect();
  }

  /** Counts a new stream against the limits; the returned function gives the place back. */
  admit(ip: string): () => void {
    const mine = this.perIp.get(ip) ?? 0;
    if (mine >= this.env.LIVE_MAX_STREAMS_PER_IP) {
      throw new TooManyRequestsError('Too many live streams from this address.', 30);
    }
    if (this.open >= this.env.LIVE_MAX_STREAMS) throw new LiveCapacityError();
    this.perIp.set(ip, mine + 1);
    this.open++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open--;
      const left = (this.perIp.get(ip) ?? 1) - 1;
      if (left > 0) this.perIp.set(ip, left);
      else this.perIp.delete(ip);
    };
  }

  get openStreams(): number {
    return this.open;
  }

  /** Joins a reader to a thread, replaying what came after `lastEventId`; returns how to leave. */
  async join(
    siteId: string,
    threadId: string,
    lastEventId: string | undefined,
    client: StreamClient,
  ): Promise<() => void> {
    const keys = liveKeys(this.keyPrefix, siteId, threadId);
    const resumeFrom = isStreamId(lastEventId) ? lastEventId : null;
    const reader: Reader = { client, lastId: resumeFrom, pending: resumeFrom ? [] : null };
    let channel = this.channels.get(keys.channel);
    if (!channel) {
      channel = { readers: new Set(), subscribed: this.subscriber!.subscribe(keys.channel) };
      this.channels.set(keys.channel, channel);
    }
    channel.readers.add(reader);
    this.everyone.add(client);
    const leave = () => {
      this.everyone.delete(client);
      const current = this.channels.get(keys.channel);
      if (!current?.readers.delete(reader) || current.readers.size > 0) return;
      this.channels.delete(keys.channel);
      void this.subscriber!.unsubscribe(keys.channel).catch(() => undefined);
    };
    try {
      await channel.subscribed; // subscribe first, then read the replay: nothing falls between the two
      if (resumeFrom) await this.replay(keys.replay, reader, resumeFrom);
    } catch (error) {
      leave();
      throw error;
    }
    return leave;
  }

  private async replay(key: string, reader: Reader, after: string): Promise<void> {
    const entries = await this.reader!.xrange(key, `(${after}`, '+');
    for (const [id, fields] of entries) {
      const json = fields[fields.indexOf('event') + 1];
      if (json) this.deliver(reader, id, sseFrame(id, json));
    }
    const waiting = reader.pending ?? [];
    reader.pending = null;
    for (const { id, frame } of waiting) this.deliver(reader, id, frame);
  }

  private fanOut(channelName: string, message: string): void {
    const channel = this.channels.get(channelName);
    if (!channel) return;
    const split = message.indexOf('\n');
    const id = message.slice(0, split);
    let frame: string;
    try {
      frame = sseFrame(id, message.slice(split + 1));
    } catch {
      return;
    }
    for (const reader of channel.readers) {
      if (reader.pending) reader.pending.push({ id, frame });
      else this.deliver(reader, id, frame);
    }
  }

  private deliver(reader: Reader, id: string, frame: string): void {
    if (reader.lastId && compareStreamIds(id, reader.lastId) <= 0) return;
    reader.lastId = id;
    reader.client.write(frame);
  }
}

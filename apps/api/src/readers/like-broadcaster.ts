import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { LikeCountListener } from '@app/comments';
import { LivePublisher } from '@app/live';

/** How often a thread's changed like counts go out: a burst of clicks becomes one event per thread per interval. */
export const LIKE_BROADCAST_MS = 2000;

/** Collects changed like counts per thread and publishes them as one `comment.likes` event per thread per interval. */
@Injectable()
export class LikeBroadcaster implements LikeCountListener, OnModuleInit, OnApplicationShutdown {
  private pending = new Map<string, { siteId: string; threadId: string; likes: Record<string, number> }>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly live: LivePublisher) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), LIKE_BROADCAST_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  likeCountChanged(change: { siteId: string; threadId: string; commentId: string; likes: number }): void {
    const key = `${change.siteId}\u0000${change.threadId}`;
    const thread = this.pending.get(key) ?? { siteId: change.siteId, threadId: change.threadId, likes: {} };
    thread.likes[change.commentId] = change.likes; // the latest count wins
    this.pending.set(key, thread);
  }

  async flush(): Promise<void> {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    for (const { siteId, threadId, likes } of batch)
      await this.live.publishEvent(siteId, threadId, '', { type: 'comment.likes', data: { likes } });
  }
}

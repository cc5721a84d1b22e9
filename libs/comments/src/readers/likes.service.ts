import { Inject, Injectable } from '@nestjs/common';
import { SECRETS, Secrets } from '@app/config';
import { NotFoundError, TooManyRequestsError } from '../domain-errors';
import { LikesRepository } from './likes.repository';
import { ReaderIdentity, readerKeyOf } from './reader-key';

/** Likes one reader (or, without a reader id, one IP) may give a site per minute: a hand clicking, not a script. */
export const LIKES_PER_MINUTE = 30;

/** Hears each like count that changed; the api batches them into the live stream. */
export interface LikeCountListener {
  likeCountChanged(change: { siteId: string; threadId: string; commentId: string; likes: number }): void;
}

@Injectable()
export class LikesService {
  constructor(
    private readonly likes: LikesRepository,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  private listener?: LikeCountListener;

  /** Wired by the api's readers module, which owns the live stream; the worker has none. */
  listenWith(listener: LikeCountListener): void {
    this.listener = listener;
  }

  async like(siteId: string, commentId: string, reader: ReaderIdentity) {
    const key = this.likerKey(reader);
    const recent = await this.likes.likesSince(siteId, key, new Date(Date.now() - 60_000));
    if (recent >= LIKES_PER_MINUTE)
      throw new TooManyRequestsError('Too many likes; try again in a minute.', 60);
    return this.answer(siteId, commentId, true, await this.likes.setLike(siteId, commentId, key, true));
  }

  async unlike(siteId: string, commentId: string, reader: ReaderIdentity) {
    const result = await this.likes.setLike(siteId, commentId, this.likerKey(reader), false);
    return this.answer(siteId, commentId, false, result);
  }

  private answer(
    siteId: string,
    id: string,
    liked: boolean,
    result: { likes: number; threadId: string; changed: boolean } | null,
  ) {
    if (!result) throw new NotFoundError('No such published comment.');
    if (result.changed)
      this.listener?.likeCountChanged({
        siteId,
        threadId: result.threadId,
        commentId: id,
        likes: result.likes,
      });
    return { id, likes: result.likes, liked };
  }

  /** Without a reader id, an IP counts once — stored as a keyed HMAC, never the address itself. */
  private likerKey(reader: ReaderIdentity): string {
    return readerKeyOf(reader, this.secrets.sessionKey, 'like-ip');
  }
}

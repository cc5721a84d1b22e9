import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../domain-errors';
import { ModComment } from '../review/mod-comment';
import { ModerationReadService } from '../review/moderation-read.service';
import { canSeeSite, CurrentModerator } from '../moderators/current-moderator';
import { LikesRepository } from './likes.repository';

/** Featuring is not a status change (the comment stays where it is), so it is a plain column, not a lifecycle move. */
@Injectable()
export class FeaturedService {
  constructor(
    private readonly likes: LikesRepository,
    private readonly read: ModerationReadService,
  ) {}

  async setFeatured(moderator: CurrentModerator, id: string, featured: boolean): Promise<ModComment> {
    await this.read.one(moderator, id); // 404 for a comment this moderator cannot see
    const row = await this.likes.setFeatured(id, featured);
    if (!row || !canSeeSite(moderator, row.siteId)) throw new NotFoundError(`No comment "${id}".`);
    return (await this.read.present([row]))[0];
  }
}

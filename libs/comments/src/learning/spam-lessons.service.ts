import { Injectable } from '@nestjs/common';
import { Queryable } from '@app/db';
import { CommentUnderCheck, emptySpamCounts, LearningAction, learnFromDecision } from '@app/moderation';
import { LearningRepository } from './learning.repository';

/**
 * What teaches a site's spam model: a moderator's decision, or Akismet's submit-spam/submit-ham through a key made
 * to teach. Each site's counts row is locked for the caller's transaction, so concurrent lessons add up.
 */
@Injectable()
export class SpamLessons {
  constructor(private readonly learning: LearningRepository) {}

  async teach(
    tx: Queryable,
    lessons: readonly { siteId: string; comment: CommentUnderCheck }[],
    action: LearningAction,
  ): Promise<void> {
    const bySite = new Map<string, CommentUnderCheck[]>();
    for (const { siteId, comment } of lessons) bySite.set(siteId, [...(bySite.get(siteId) ?? []), comment]);
    for (const [siteId, comments] of bySite) {
      let counts = await this.learning.lockSpamCounts(tx, siteId, emptySpamCounts());
      for (const comment of comments) counts = learnFromDecision(counts, comment, action);
      await this.learning.saveSpamCounts(tx, siteId, counts);
    }
  }
}

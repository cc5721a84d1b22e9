import { Injectable, Logger } from '@nestjs/common';
import { CommentStatus } from '@app/db';
import { moderate, ModerationOutcome, Verdict } from '@app/moderation';
import { CheckContextLoader } from '../lifecycle/check-context.loader';
import { CommentLifecycle } from '../lifecycle/comment-lifecycle.service';

const STATUS_OF_VERDICT: Record<Verdict, CommentStatus> = {
  publish: 'published',
  hold: 'held',
  spam: 'spam',
  reject: 'rejected',
};

/**
 * The worker's side of a comment: load everything the pipeline needs, run it (pure), store the outcome once.
 * Safe to run twice for the same comment: only the first run moves it out of `queued`.
 */
@Injectable()
export class CommentCheckService {
  private readonly logger = new Logger(CommentCheckService.name);

  constructor(
    private readonly contexts: CheckContextLoader,
    private readonly lifecycle: CommentLifecycle,
  ) {}

  async check(commentId: string): Promise<{ outcome: ModerationOutcome | null; siteId?: string }> {
    const [loaded] = await this.contexts.loadMany([commentId]);
    if (!loaded) return { outcome: null };
    const { comment } = loaded;
    const outcome = moderate(loaded.input, loaded.context);
    const { moved } = await this.lifecycle.transaction((tx) =>
      this.lifecycle.transition(tx, [comment.id], {
        to: STATUS_OF_VERDICT[outcome.verdict],
        from: ['queued'],
        by: 'auto',
        verdict: new Map([[comment.id, outcome]]),
        checks: new Map([[comment.id, outcome.checks]]),
      }),
    );
    if (moved.length === 0) return { outcome: null };
    this.logger.log(
      { commentId: comment.id, siteId: comment.siteId, verdict: outcome.verdict },
      'comment checked',
    );
    return { outcome, siteId: comment.siteId };
  }
}

import { Injectable } from '@nestjs/common';
import { CommentUnderCheck } from '@app/moderation';
import { CommentsRepository, LearnedSpamClassifiers, SpamLessons } from '@app/comments';
import { ApiCaller } from '../api-keys/api-keys.service';
import { CommentCheckerService, ForeignComment } from '../comment-checker.service';

/** A spam score this sure, or a banned author or a filled honeypot, tells the caller to discard without review. */
const DISCARD_SCORE = 0.95;

export interface AkismetVerdict {
  spam: boolean;
  discard: boolean;
}

/** Akismet's questions answered by the worker's own checks for the key's site. */
@Injectable()
export class AkismetService {
  constructor(
    private readonly checker: CommentCheckerService,
    private readonly comments: CommentsRepository,
    private readonly lessons: SpamLessons,
    private readonly classifiers: LearnedSpamClassifiers,
  ) {}

  /**
   * Spam means what the worker would silence: verdict `spam`. A comment the worker would only hold is `false` here,
   * so the caller's own moderation queue gets it rather than its spam folder.
   */
  async commentCheck(caller: ApiCaller, comment: ForeignComment): Promise<AkismetVerdict> {
    const { outcome } = await this.checker.check(caller.siteId, comment);
    const spam = outcome.verdict === 'spam';
    const certain = outcome.checks.some(
      (c) => c.verdict === 'spam' && (c.name === 'honeypot' || c.name === 'banned-author'),
    );
    return { spam, discard: spam && (certain || outcome.spamScore >= DISCARD_SCORE) };
  }

  /** submit-spam / submit-ham: the site's model learns the text's tokens, only when the key was made to teach. */
  async teach(caller: ApiCaller, comment: ForeignComment, label: 'spam' | 'ham'): Promise<boolean> {
    if (!caller.learn || !comment.body.trim()) return false;
    const underCheck: CommentUnderCheck = {
      id: 'drop-in',
      body: comment.body.normalize('NFC').trim(),
      authorName: comment.authorName?.normalize('NFC').trim() ?? '',
      authorUrl: comment.authorUrl?.trim() || null,
      honeypot: null,
      parentId: null,
    };
    await this.comments.transaction((tx) =>
      this.lessons.teach(
        tx,
        [{ siteId: caller.siteId, comment: underCheck }],
        label === 'spam' ? 'spam' : 'approve',
      ),
    );
    this.classifiers.forget(caller.siteId);
    return true;
  }
}

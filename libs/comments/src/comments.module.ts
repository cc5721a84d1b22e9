import { Module, OnModuleInit } from '@nestjs/common';
import { CommentCheckService, SpamClassifierSource } from './check/comment-check.service';
import { CommentEvents } from './check/comment-events';
import { ModerationQueue } from './check/moderation-queue';
import { SweeperService } from './check/sweeper.service';
import { CommentsRepository } from './comments.repository';
import { IntakeService } from './intake/intake.service';
import { ProofOfWorkService } from './proof-of-work/proof-of-work.service';
import { ThreadReadService } from './read/thread-read.service';
import { SeedService } from './sites/seed.service';
import { SitesRepository } from './sites/sites.repository';
import { SitesService } from './sites/sites.service';
import {
  AuthService,
  FirstAdminService,
  LoginThrottle,
  ModeratorsRepository,
  ModeratorsService,
} from './moderators';
import {
  AuthorStandingService,
  DecisionService,
  LearnedSpamClassifiers,
  LearningRepository,
  ModerationReadService,
  ModerationRepository,
  SpamEvidenceService,
} from './moderation';
import { SiteAdminService } from './admin';

@Module({
  providers: [
    SitesRepository,
    SitesService,
    SeedService,
    CommentsRepository,
    IntakeService,
    ThreadReadService,
    ModerationQueue,
    CommentEvents,
    CommentCheckService,
    SweeperService,
    // The base spam model mixed with each site's learning from moderators' decisions (issue 5).
    LearnedSpamClassifiers,
    { provide: SpamClassifierSource, useExisting: LearnedSpamClassifiers },
    // Moderators and their sessions (issue 5).
    ModeratorsRepository,
    LoginThrottle,
    AuthService,
    ModeratorsService,
    FirstAdminService,
    ModerationRepository,
    LearningRepository,
    ModerationReadService,
    DecisionService,
    AuthorStandingService,
    SiteAdminService,
    // Domain reputation, reposted links and honest author history for the spam checks (issue 13).
    SpamEvidenceService,
    // The optional ALTCHA proof-of-work (site setting proofOfWork).
    ProofOfWorkService,
  ],
  exports: [
    ProofOfWorkService,
    SitesService,
    CommentsRepository,
    IntakeService,
    ThreadReadService,
    ModerationQueue,
    CommentEvents,
    CommentCheckService,
    SweeperService,
    AuthService,
    ModeratorsService,
    ModerationReadService,
    DecisionService,
    AuthorStandingService,
    SiteAdminService,
  ],
})
export class CommentsModule implements OnModuleInit {
  constructor(
    private readonly events: CommentEvents,
    private readonly spamEvidence: SpamEvidenceService,
  ) {}

  /** Every status change records the comment's links, and a moderator's decision teaches its domains. */
  onModuleInit(): void {
    this.events.onStatusChangedInTransaction((tx, comment, previous) =>
      this.spamEvidence.onStatusChanged(tx, comment, previous),
    );
  }
}

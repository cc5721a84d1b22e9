import { Module } from '@nestjs/common';
import { CommentCheckService } from './check/comment-check.service';
import { SpamClassifierSource } from './check/spam-classifier.source';
import { CheckContextLoader } from './lifecycle/check-context.loader';
import { CheckContextRepository } from './lifecycle/check-context.repository';
import { CommentLifecycle } from './lifecycle/comment-lifecycle.service';
import { LifecycleRepository } from './lifecycle/lifecycle.repository';
import { ModerationQueue } from './check/moderation-queue';
import { SweeperService } from './check/sweeper.service';
import { CommentsRepository } from './comments.repository';
import { IntakeCommitService } from './intake/intake-commit.service';
import { IntakeRepository } from './intake/intake.repository';
import { IntakeService } from './intake/intake.service';
import { ProofOfWorkService } from './proof-of-work/proof-of-work.service';
import { ThreadReadService } from './read/thread-read.service';
import { SeedService } from './sites/seed.service';
import { LikesRepository } from './readers/likes.repository';
import { SitesRepository } from './sites/sites.repository';
import { SiteSettingsCache } from './sites/site-settings-cache';
import { SitesService } from './sites/sites.service';
import {
  AuthService,
  FirstAdminService,
  LoginThrottle,
  ModeratorsRepository,
  ModeratorsService,
} from './moderators';
import { DecisionService, ModerationReadService, ModerationRepository } from './review';
import { AuthorStandingService, StandingRepository } from './standing';
import {
  LearnedSpamClassifiers,
  LearningRepository,
  SpamEvidenceRepository,
  SpamEvidenceService,
  SpamLessons,
} from './learning';
import { SiteAdminService } from './admin';
import { ReportDecisions } from './reports/report-decisions.service';
import { ReportsRepository } from './reports/reports.repository';

@Module({
  providers: [
    // Thread reads sort by likes (issue 17); the readers' module shares the repository.
    LikesRepository,
    SitesRepository,
    SiteSettingsCache,
    SitesService,
    SeedService,
    CommentsRepository,
    IntakeRepository,
    IntakeCommitService,
    IntakeService,
    ThreadReadService,
    ModerationQueue,
    // The only writer of a comment's status, and the worker's batched context loader.
    LifecycleRepository,
    CommentLifecycle,
    CheckContextRepository,
    CheckContextLoader,
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
    SpamLessons,
    StandingRepository,
    ModerationReadService,
    // Deciding a comment decides its readers' reports (issue 17).
    ReportsRepository,
    ReportDecisions,
    DecisionService,
    AuthorStandingService,
    SiteAdminService,
    // Domain reputation, reposted links and honest author history for the spam checks (issue 13).
    SpamEvidenceRepository,
    SpamEvidenceService,
    // The optional ALTCHA proof-of-work (site setting proofOfWork).
    ProofOfWorkService,
  ],
  exports: [
    LikesRepository,
    SitesService,
    CommentsRepository,
    IntakeService,
    ThreadReadService,
    ModerationQueue,
    CommentLifecycle,
    CheckContextLoader,
    CommentCheckService,
    SweeperService,
    AuthService,
    ModeratorsService,
    ModerationReadService,
    DecisionService,
    ReportsRepository,
    ReportDecisions,
    AuthorStandingService,
    SiteAdminService,
    SpamEvidenceService,
    ProofOfWorkService,
    // The drop-in Akismet API teaches a site's model as a moderator's decision does.
    SpamLessons,
    LearnedSpamClassifiers,
  ],
})
export class CommentsModule {}

import { Module } from '@nestjs/common';
import { CommentCheckService, SpamClassifierSource } from './check/comment-check.service';
import { CommentEvents } from './check/comment-events';
import { ModerationQueue } from './check/moderation-queue';
import { SweeperService } from './check/sweeper.service';
import { CommentsRepository } from './comments.repository';
import { IntakeService } from './intake/intake.service';
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
  ],
  exports: [
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
    // The drop-in Akismet API teaches a site's model as a moderator's decision does.
    LearningRepository,
    LearnedSpamClassifiers,
    SpamClassifierSource,
  ],
})
export class CommentsModule {}

import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { StatusListenersModule } from '@app/live';
import { PlatformModule } from '@app/platform';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { ModerationApiModule } from './moderation/moderation-api.module';
import { DemoModule } from './demo/demo.module';
import { LiveModule } from './live/live.module';
import { WidgetModule } from './widget/widget.module';
import { PublicCommentsController } from './public/public-comments.controller';
import { PublicOriginPolicy } from './public/public-origin.policy';
import { SubmissionRoute } from './public/submission.route';
import { ProofOfWorkController } from './public/proof-of-work.controller';
import { WebhooksAdminModule } from './webhooks/webhooks-admin.module';
import { MailAdminModule } from './mail/mail-admin.module';
import { ReadersApiModule } from './readers/readers-api.module';
import { ReportsApiModule } from './reports/reports-api.module';
import { PrivacyAdminModule } from './privacy/privacy-admin.module';
import { ImportsModule } from './imports/imports.module';
import { CheckApiHttpModule } from './check-api/check-api-http.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { OwnCommentsApiModule } from './own-comments/own-comments-api.module';
import { SyndicationApiModule } from './syndication/syndication-api.module';

@Module({
  imports: [
    PlatformModule,
    CommentsModule,
    // Decisions change statuses here: the outbox and the live stream hear them.
    StatusListenersModule,
    LiveModule,
    WidgetModule,
    DemoModule,
    ModerationApiModule,
    WebhooksAdminModule,
    MailAdminModule,
    ReadersApiModule,
    ReportsApiModule,
    PrivacyAdminModule,
    ImportsModule,
    CheckApiHttpModule,
    NotificationsApiModule,
    OwnCommentsApiModule,
    SyndicationApiModule,
  ],
  controllers: [PublicCommentsController, ProofOfWorkController, HealthController, MetricsController],
  providers: [PublicOriginPolicy, SubmissionRoute],
})
export class ApiModule {}

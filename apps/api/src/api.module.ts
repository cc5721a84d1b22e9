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
import { ProofOfWorkController } from './public/proof-of-work.controller';
import { WebhooksAdminModule } from './webhooks/webhooks-admin.module';
import { MailAdminModule } from './mail/mail-admin.module';
import { ReadersApiModule } from './readers/readers-api.module';
import { PrivacyAdminModule } from './privacy/privacy-admin.module';
import { ImportsModule } from './imports/imports.module';
import { CheckApiHttpModule } from './check-api/check-api-http.module';

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
    PrivacyAdminModule,
    ImportsModule,
    CheckApiHttpModule,
  ],
  controllers: [PublicCommentsController, ProofOfWorkController, HealthController, MetricsController],
  providers: [PublicOriginPolicy],
})
export class ApiModule {}

import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { PlatformModule } from '@app/platform';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { ModerationApiModule } from './moderation/moderation-api.module';
import { DemoModule } from './demo/demo.module';
import { LiveModule } from './live/live.module';
import { WidgetModule } from './widget/widget.module';
import { PublicCommentsController } from './public/public-comments.controller';
import { PublicOriginPolicy } from './public/public-origin.policy';
import { WebhooksAdminModule } from './webhooks/webhooks-admin.module';
import { CheckApiHttpModule } from './check-api/check-api-http.module';

@Module({
  imports: [
    PlatformModule,
    CommentsModule,
    LiveModule,
    WidgetModule,
    DemoModule,
    ModerationApiModule,
    WebhooksAdminModule,
    CheckApiHttpModule,
  ],
  controllers: [PublicCommentsController, HealthController, MetricsController],
  providers: [PublicOriginPolicy],
})
export class ApiModule {}

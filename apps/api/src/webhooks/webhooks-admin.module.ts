import { Module } from '@nestjs/common';
import { WebhooksModule } from '@app/webhooks';
import { AuthModule } from '../auth/auth.module';
import { WebhooksAdminController } from './webhooks-admin.controller';

/** The webhook lines of the admin API; importing WebhooksModule also makes this process write the outbox. */
@Module({
  imports: [AuthModule, WebhooksModule],
  controllers: [WebhooksAdminController],
})
export class WebhooksAdminModule {}

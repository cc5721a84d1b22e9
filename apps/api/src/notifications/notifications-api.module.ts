import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { AuthModule } from '../auth/auth.module';
import { ModeratorAlertsController } from './moderator-alerts.controller';
import { NotificationsController } from './notifications.controller';

/** Readers' confirmation and unsubscribe links, and moderators' digest preference. */
@Module({
  imports: [AuthModule, NotificationsModule],
  controllers: [NotificationsController, ModeratorAlertsController],
})
export class NotificationsApiModule {}

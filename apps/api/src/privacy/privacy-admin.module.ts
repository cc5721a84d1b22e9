import { Module } from '@nestjs/common';
import { DataRightsModule } from '@app/comments';
import { NotificationsModule, SubscriptionsPersonalData } from '@app/notifications';
import { AuthModule } from '../auth';
import { PrivacyAdminController } from './privacy-admin.controller';

@Module({
  imports: [AuthModule, DataRightsModule.withSources([NotificationsModule], [SubscriptionsPersonalData])],
  controllers: [PrivacyAdminController],
})
export class PrivacyAdminModule {}

import { Module } from '@nestjs/common';
import { DataRightsModule } from '@app/comments';
import { AuthModule } from '../auth';
import { PrivacyAdminController } from './privacy-admin.controller';

@Module({
  imports: [AuthModule, DataRightsModule],
  controllers: [PrivacyAdminController],
})
export class PrivacyAdminModule {}

import { Module } from '@nestjs/common';
import { AdminController } from '../admin/admin.controller';
import { AuthModule } from '../auth/auth.module';
import { DashboardController } from '../dashboard/dashboard.controller';
import { ModerationController } from './moderation.controller';

/** Everything behind a moderator's login: auth, the moderation API, the admin API (sites, moderators), the dashboard. */
@Module({
  imports: [AuthModule],
  controllers: [ModerationController, AdminController, DashboardController],
})
export class ModerationApiModule {}

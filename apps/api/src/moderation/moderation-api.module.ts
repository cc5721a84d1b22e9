import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ModerationController } from './moderation.controller';

/** Everything behind a moderator's login: auth, the moderation API, the admin API (sites, moderators), the dashboard. */
@Module({
  imports: [AuthModule],
  controllers: [ModerationController],
})
export class ModerationApiModule {}

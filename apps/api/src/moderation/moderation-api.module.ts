import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';

/** Everything behind a moderator's login: auth, the moderation API, the admin API (sites, moderators), the dashboard. */
@Module({
  imports: [AuthModule],
  controllers: [],
})
export class ModerationApiModule {}

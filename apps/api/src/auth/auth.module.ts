import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { SameOriginLoginGuard } from './same-origin-login.guard';

/** Login, logout and the guard. Other API modules import this to use `@UseGuards(AuthGuard)` and `@Roles('admin')`. */
@Module({
  imports: [CommentsModule],
  controllers: [AuthController],
  providers: [AuthGuard, SameOriginLoginGuard],
  exports: [AuthGuard, CommentsModule],
})
export class AuthModule {}

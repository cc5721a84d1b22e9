import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { Env, ENV } from '@app/config';
import { AkismetService } from './akismet/akismet.service';
import { ApiKeysRepository } from './api-keys/api-keys.repository';
import { ApiKeysService } from './api-keys/api-keys.service';
import { KeyRateLimiter } from './api-keys/key-rate-limiter';
import { CommentCheckerService } from './comment-checker.service';
import { PerspectiveService } from './perspective/perspective.service';

/** The drop-in check APIs' logic: keys, and Perspective's and Akismet's questions answered by our checks. */
@Module({
  imports: [CommentsModule],
  providers: [
    ApiKeysRepository,
    ApiKeysService,
    CommentCheckerService,
    PerspectiveService,
    AkismetService,
    {
      provide: KeyRateLimiter,
      inject: [ENV],
      useFactory: (env: Env) => new KeyRateLimiter(env.CHECK_API_RATE_PER_MINUTE),
    },
  ],
  exports: [ApiKeysService, PerspectiveService, AkismetService, KeyRateLimiter],
})
export class CheckApiModule {}

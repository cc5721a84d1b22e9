import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CurrentModerator as Moderator } from '@app/comments';
import type { AuthenticatedRequest } from './auth.guard';

/** The moderator the AuthGuard let in; use only on routes behind `@UseGuards(AuthGuard)`. */
export const CurrentModerator = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Moderator =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().moderator!,
);

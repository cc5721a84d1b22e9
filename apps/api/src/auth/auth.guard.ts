import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AuthService, CurrentModerator, ForbiddenError, UnauthorizedError } from '@app/comments';
import { ModeratorRole } from '@app/db';
import { CSRF_HEADER, sessionTokenOf } from './session-cookie';

const ROLES_KEY = 'moderatorRoles';

/** Limits a controller or route to these roles; without it any logged-in moderator passes. */
export const Roles = (...roles: ModeratorRole[]) => SetMetadata(ROLES_KEY, roles);

export type AuthenticatedRequest = FastifyRequest & { moderator?: CurrentModerator; sessionToken?: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `@UseGuards(AuthGuard)`: a live session (bearer token or cookie) is required; a cookie-authenticated write must also
 * carry X-CSRF-Token (the double-submit token from login or the cm_csrf cookie), since a browser sends cookies on its own.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const session = sessionTokenOf(request);
    if (!session) throw new UnauthorizedError();
    const moderator = await this.auth.authenticate(session.token);
    if (!moderator) throw new UnauthorizedError('The session has expired or was logged out; log in again.');
    if (session.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (!this.auth.isCsrfTokenValid(session.token, typeof header === 'string' ? header : undefined)) {
        throw new ForbiddenError('A write with the session cookie needs the X-CSRF-Token header.');
      }
    }
    const roles = this.reflector.getAllAndOverride<ModeratorRole[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles?.length && !roles.includes(moderator.role))
      throw new ForbiddenError('This needs the admin role.');
    request.moderator = moderator;
    request.sessionToken = session.token;
    return true;
  }
}

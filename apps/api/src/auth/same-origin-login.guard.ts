import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Env, ENV } from '@app/config';
import { ForbiddenError, publicUrl } from '@app/comments';

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/**
 * Login CSRF: a foreign page auto-posting the login form would log the browser into our account of the
 * attacker's choosing. A login carrying an Origin must come from this service; a form-encoded one (which any page
 * can post without a preflight) must carry our Origin. Scripts that send no Origin still log in with JSON.
 */
@Injectable()
export class SameOriginLoginGuard implements CanActivate {
  private readonly configured: string;

  constructor(@Inject(ENV) env: Env) {
    this.configured = new URL(publicUrl(env)).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const origin = request.headers.origin;
    const isForm = FORM_TYPES.test(request.headers['content-type'] ?? '');
    if (origin === undefined && !isForm) return true;
    if (origin !== undefined && this.isOwn(origin, request)) return true;
    throw new ForbiddenError(
      'Log in from the dashboard of this service; logins from other sites are refused.',
    );
  }

  private isOwn(origin: string, request: FastifyRequest): boolean {
    return origin === this.configured || origin === `${request.protocol}://${request.host}`;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, SitesService } from '@app/comments';
import { sendProblem } from '../http/problem.filter';

/** Route templates (as the router matched them, after decoding) whose origin policy is "any origin". */
const ANY_ORIGIN_ROUTES = new Set(['/v1/comments/:id/status', '/v1/comments/:id']);
/** Every route under a site answers to that site's allowed origins, so a route added later is covered too. */
const SITE_ROUTE_PREFIX = '/v1/sites/:siteId/';

/**
 * CORS for the public API, per site: a browser on an origin the site allows gets the CORS headers; any other
 * origin gets 403; a request without Origin (a server, a script) is served. The status endpoint and the author's
 * edit and delete are guarded by the comment's bearer token and send no cookies, so any origin may call them. The policy follows the route the router
 * matched and its decoded `siteId`, never the raw URL text (`/v1/%73ites/…` is the same route).
 */
@Injectable()
export class PublicOriginPolicy {
  private readonly logger = new Logger(PublicOriginPolicy.name);

  constructor(private readonly sites: SitesService) {}

  register(fastify: FastifyInstance): void {
    // Preflights need a route of their own for the router to match (and decode) them.
    const preflightRoute = (_request: FastifyRequest, reply: FastifyReply) => preflight(reply);
    fastify.options(`${SITE_ROUTE_PREFIX}*`, preflightRoute);
    for (const url of ANY_ORIGIN_ROUTES) fastify.options(url, preflightRoute);

    fastify.addHook('onRequest', async (request, reply) => {
      const origin = request.headers.origin;
      const route = request.routeOptions.url;
      if (!route) return;
      if (ANY_ORIGIN_ROUTES.has(route)) {
        if (origin) allow(reply, '*');
        return;
      }
      if (!route.startsWith(SITE_ROUTE_PREFIX) || !origin) return;
      const siteId = (request.params as { siteId?: string }).siteId ?? '';
      try {
        const settings = await this.sites.settings(siteId);
        if (!this.sites.isOriginAllowed(settings, origin))
          throw new ForbiddenError(`Origin ${origin} is not allowed for this site.`);
      } catch (error) {
        return sendProblem(reply, error, request, this.logger);
      }
      allow(reply, origin);
    });
  }
}

function allow(reply: FastifyReply, origin: string): void {
  reply.header('access-control-allow-origin', origin);
  reply.header('access-control-expose-headers', 'location, etag, retry-after');
  reply.header('vary', 'Origin');
}

function preflight(reply: FastifyReply): FastifyReply {
  return reply
    .header('access-control-allow-methods', 'GET, POST, PATCH, DELETE')
    .header(
      'access-control-allow-headers',
      'content-type, authorization, last-event-id, if-none-match, accept-language, x-reader-token',
    )
    .header('access-control-max-age', '600')
    .status(204)
    .send();
}

export type { FastifyRequest };

import { Injectable, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, SitesService } from '@app/comments';
import { sendProblem } from '../http/problem.filter';

const SITE_PATH = /^\/v1\/sites\/([^/?#]+)\//;
const STATUS_PATH = /^\/v1\/comments\/[^/?#]+\/status/;

/**
 * CORS for the public API, per site: a browser on an origin the site allows gets the CORS headers; any other
 * origin gets 403; a request without Origin (a server, a script) is served. The status endpoint is guarded by
 * its bearer token and sends no cookies, so any origin may read it.
 */
@Injectable()
export class PublicOriginPolicy {
  private readonly logger = new Logger(PublicOriginPolicy.name);

  constructor(private readonly sites: SitesService) {}

  register(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (request, reply) => {
      const origin = request.headers.origin;
      const path = request.url;
      if (STATUS_PATH.test(path)) {
        if (origin) allow(reply, '*');
        if (request.method === 'OPTIONS') return preflight(reply);
        return;
      }
      const site = SITE_PATH.exec(path);
      if (!site || !origin) return;
      try {
        const settings = await this.sites.settings(decodeURIComponent(site[1]));
        if (!this.sites.isOriginAllowed(settings, origin))
          throw new ForbiddenError(`Origin ${origin} is not allowed for this site.`);
      } catch (error) {
        return sendProblem(reply, error, request, this.logger);
      }
      allow(reply, origin);
      if (request.method === 'OPTIONS') return preflight(reply);
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
    .header('access-control-allow-methods', 'GET, POST, DELETE')
    .header(
      'access-control-allow-headers',
      'content-type, authorization, last-event-id, if-none-match, accept-language, x-reader-token',
    )
    .header('access-control-max-age', '600')
    .status(204)
    .send();
}

export type { FastifyRequest };

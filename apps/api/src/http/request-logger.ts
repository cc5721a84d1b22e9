import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import { pinoHttp } from 'pino-http';
import { requestIdOf } from '@app/config';

/** Route config of a route whose handling binds no request logger (`{ config: UNBOUND_LOGGER }`). */
export const UNBOUND_LOGGER = { boundLogger: false };

const isUnbound = (request: FastifyRequest): boolean =>
  (request.routeOptions.config as { boundLogger?: boolean }).boundLogger === false;

/**
 * Binds each request's logger (its id, method and path) for the lines written while it is handled, as
 * nestjs-pino's middleware did, but in a Fastify hook: as Nest middleware it made every request run
 * @fastify/middie and Nest's wrappers of two middlewares (a path regexp and an exclusion check each), 3–6% of a
 * submission's CPU although that route binds nothing. The logger is a child of nestjs-pino's root (its serializers,
 * redaction and destination) and goes into the AsyncLocalStorage that nestjs-pino's loggers read, entered around
 * the rest of the request exactly as the middleware did (Fastify continues the request inside `done`).
 */
export function registerRequestLogger(fastify: FastifyInstance): void {
  // Made on the first request: nestjs-pino sets its root logger when the application initialises, after this.
  let bind: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  fastify.addHook('onRequest', (request, reply, done) => {
    if (isUnbound(request)) return done();
    bind ??= pinoHttp({
      logger: PinoLogger.root,
      genReqId: requestIdOf,
      autoLogging: false,
      // The root's own serializers (the path-only request) apply to the child as they are.
      wrapSerializers: false,
    });
    const raw = request.raw as IncomingMessage & { id?: string; log?: PinoLogger['logger'] };
    raw.id = request.id; // the access line's id (bootstrap.ts), as @fastify/middie set it for the middleware
    bind(raw, reply.raw);
    storage.run(new Store(raw.log!), done);
  });
}

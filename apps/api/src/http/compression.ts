import type { FastifyInstance } from 'fastify';
import { gzipSync } from 'node:zlib';

/** Text worth compressing; event streams are never a string payload here, so they pass untouched. */
const COMPRESSIBLE = /^(text\/(html|css|plain)|application\/(json|problem\+json|javascript|atom\+xml|xml))/;
const MIN_BYTES = 1024;

/**
 * gzip for pages, scripts, JSON and feeds when the client accepts it. A phone on a slow connection is the reason
 * (issue 17: the demo article within 3 s at 400 kbit/s); a reverse proxy that compresses already sees
 * `content-encoding` set and leaves it.
 */
export function registerCompression(fastify: FastifyInstance): void {
  // Synchronous on purpose: a handler that sends through the raw reply (the no-JS form's error page) is followed by
  // Nest's own send, and an asynchronous hook would let that empty second send win.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    if (reply.getHeader('content-encoding') || Buffer.byteLength(payload) < MIN_BYTES)
      return done(null, payload);
    if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return done(null, payload);
    const vary = String(reply.getHeader('vary') ?? '');
    reply.header('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return done(null, payload);
    reply.header('content-encoding', 'gzip');
    reply.removeHeader('content-length');
    done(null, gzipSync(payload, { level: 6 }));
  });
}

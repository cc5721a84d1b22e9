import type { FastifyInstance } from 'fastify';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
/** Text worth compressing; event streams are never a string payload here, so they pass untouched. */
const COMPRESSIBLE = /^(text\/(html|css|plain)|application\/(json|problem\+json|javascript|atom\+xml|xml))/;
const MIN_BYTES = 1024;

/**
 * gzip for pages, scripts, JSON and feeds when the client accepts it. A phone on a slow connection is the reason
 * (issue 17: the demo article within 3 s at 400 kbit/s); a reverse proxy that compresses already sees
 * `content-encoding` set and leaves it.
 */
export function registerCompression(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.getHeader('content-encoding') || Buffer.byteLength(payload) < MIN_BYTES) return payload;
    if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const vary = String(reply.getHeader('vary') ?? '');
    reply.header('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return payload;
    reply.header('content-encoding', 'gzip');
    reply.removeHeader('content-length');
    return gzipAsync(payload);
  });
}

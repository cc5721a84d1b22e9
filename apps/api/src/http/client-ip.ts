import type { FastifyRequest } from 'fastify';

/** Fastify resolves X-Forwarded-For itself when TRUST_PROXY is on; otherwise this is the socket's address. */
export const clientIp = (request: FastifyRequest): string | null => request.ip || null;

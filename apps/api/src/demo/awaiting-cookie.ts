import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * How a page without JavaScript learns that the reader's own comment awaits moderation: the 303 after a form post
 * carries only `#comment-{id}`, which never reaches the server, so the form post also sets this short-lived
 * httpOnly cookie with the comment's id and status token. The demo page reads it, asks for the status with the token
 * (as the widget would), shows the comment to its author alone, and clears the cookie once it is decided.
 */
export const AWAITING_COOKIE = 'cm_awaiting';
const MAX_AGE_SECONDS = 3600;

export function setAwaitingCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  accepted: { id: string; statusToken: string },
): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header(
    'set-cookie',
    `${AWAITING_COOKIE}=${accepted.id}.${accepted.statusToken}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
  );
}

export function clearAwaitingCookie(reply: FastifyReply): void {
  reply.header('set-cookie', `${AWAITING_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
}

export function readAwaitingCookie(request: FastifyRequest): { id: string; token: string } | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name !== AWAITING_COOKIE || !value) continue;
    const dot = value.indexOf('.');
    if (dot > 0) return { id: value.slice(0, dot), token: value.slice(dot + 1) };
  }
  return null;
}

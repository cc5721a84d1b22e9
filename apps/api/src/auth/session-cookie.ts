import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'cm_session';
/** Readable by the dashboard's script (not httpOnly) so it can echo it in X-CSRF-Token: the double-submit pattern. */
export const CSRF_COOKIE = 'cm_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; csrfToken: string; expiresAt: string },
): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));
  const common = `Path=/; Max-Age=${maxAge}; SameSite=Strict${isSecure(request) ? '; Secure' : ''}`;
  reply.header('set-cookie', [
    `${SESSION_COOKIE}=${encodeURIComponent(session.token)}; ${common}; HttpOnly`,
    `${CSRF_COOKIE}=${encodeURIComponent(session.csrfToken)}; ${common}`,
  ]);
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const common = `Path=/; Max-Age=0; SameSite=Strict${isSecure(request) ? '; Secure' : ''}`;
  reply.header('set-cookie', [`${SESSION_COOKIE}=; ${common}; HttpOnly`, `${CSRF_COOKIE}=; ${common}`]);
}

/** The session token of a request and how it came: a bearer header (not CSRF-prone) or the browser's cookie. */
export function sessionTokenOf(request: FastifyRequest): { token: string; via: 'bearer' | 'cookie' } | null {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return { token: authorization.slice(7).trim(), via: 'bearer' };
  const cookie = readCookie(request, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

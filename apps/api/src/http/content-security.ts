import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A strict Content-Security-Policy for a page we serve: our own scripts only, styles from our origin plus the exact
 * inline blocks given (by hash, never 'unsafe-inline'), no plugins, frames, base or foreign form targets.
 */
export function strictPolicy(inline: { styles?: string[]; styleAttributes?: string[] } = {}): string {
  const styles = ["'self'", ...(inline.styles ?? []).map(hashSource)];
  if (inline.styleAttributes?.length)
    styles.push("'unsafe-hashes'", ...inline.styleAttributes.map(hashSource));
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${[...new Set(styles)].join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const STYLE_BLOCK = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;

/** The one <style> Swagger UI's script draws itself (its logo's SVG); test/browser/csp.test.ts notices a change. */
const SWAGGER_UI_LOGO_STYLE = '.logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}';

/** The policy for a page whose inline styles we do not write ourselves (Swagger UI's): each one pinned by hash. */
export function policyForHtml(html: string, drawnLater: string[] = []): string {
  return strictPolicy({
    styles: [...[...html.matchAll(STYLE_BLOCK)].map((m) => m[1]), ...drawnLater],
    styleAttributes: [...html.matchAll(STYLE_ATTRIBUTE)].map((m) => m[1]),
  });
}

/** /docs is drawn by @nestjs/swagger's template: its page gets a policy made from what it holds. */
export function protectApiDocs(fastify: FastifyInstance, docsPath: string): void {
  const pages = new Set([`/${docsPath}`, `/${docsPath}/`]);
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!pages.has(request.routeOptions.url ?? '') || typeof payload !== 'string') return payload;
    reply.header('content-security-policy', policyForHtml(payload, [SWAGGER_UI_LOGO_STYLE]));
    return payload;
  });
}

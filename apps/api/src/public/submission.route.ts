import { Injectable, Logger } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError,
  fromFormFields,
  IntakeService,
  MessageLanguage,
  messageLanguage,
  SitesService,
  SubmissionRequest,
  ValidationFailedError,
} from '@app/comments';
import { setAwaitingCookie } from '../demo/awaiting-cookie';
import { PAGE_CSP } from '../demo/page-style';
import { clientIp } from '../http/client-ip';
import { SUBMISSION_LIMIT } from '../http/protections';
import { UNBOUND_LOGGER } from '../http/request-logger';
import { sendProblem } from '../http/problem.filter';
import { ReaderIds } from '../readers/reader-ids';
import { formErrorPage } from './form-error-page';
import { pathId } from './params';

export const SUBMISSION_PATH = '/v1/sites/:siteId/threads/:threadId/comments';
type SubmissionHttpRequest = FastifyRequest<{ Params: { siteId: string; threadId: string } }>;

/** The 202's shape, compiled once into Fastify's serialiser (no generic JSON.stringify per answer). */
const ACCEPTED_SCHEMA = {
  type: 'object',
  required: ['id', 'status', 'threadId', 'parentId', 'createdAt', 'statusToken'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['queued'] },
    threadId: { type: 'string' },
    parentId: { type: 'string', nullable: true },
    createdAt: { type: 'string', format: 'date-time' },
    statusToken: { type: 'string' },
  },
} as const;

/**
 * `POST …/comments`, the hottest route, registered on Fastify itself rather than as a Nest controller method: it
 * skips Nest's per-request execution context (guards, interceptors, pipes, param decorators, the router proxy)
 * and its answer has a compiled serialiser. Everything else is the same as any route here: the router's decoding,
 * the hooks (CORS per site, the per-IP submission limit, helmet, metrics, the access line), Fastify's body
 * parsers and their errors through the global problem filter, and the same IntakeService. Errors thrown here are
 * answered by the same `sendProblem` as the filter's.
 */
@Injectable()
export class SubmissionRoute {
  private readonly logger = new Logger('Intake');

  constructor(
    private readonly intake: IntakeService,
    private readonly sites: SitesService,
    private readonly readerIds: ReaderIds,
  ) {}

  register(fastify: FastifyInstance): void {
    fastify.post(
      SUBMISSION_PATH,
      // No request logger: its access line is written on response like every other, and the only lines from
      // inside its handling come from a group commit, which describes a batch of many requests, not one.
      { config: { ...SUBMISSION_LIMIT, ...UNBOUND_LOGGER }, schema: { response: { 202: ACCEPTED_SCHEMA } } },
      (request: SubmissionHttpRequest, reply) => this.submit(request, reply),
    );
  }

  private async submit(request: SubmissionHttpRequest, reply: FastifyReply): Promise<void> {
    try {
      const base = {
        siteId: pathId(request.params.siteId, 'siteId'),
        threadId: pathId(request.params.threadId, 'threadId'),
        clientIp: clientIp(request),
        userAgent: request.headers['user-agent'] ?? null,
        language: messageLanguage(request.headers['accept-language']),
        readerId: this.readerIds.fromRequest(request),
      };
      if (request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
        return await this.submitForm(base, request.body, request, reply);
      }
      const accepted = await this.intake.submit({ ...base, fields: request.body ?? {} });
      reply.status(202).header('location', `/v1/comments/${accepted.id}/status`).send(accepted);
    } catch (error) {
      sendProblem(reply, error, request, this.logger);
    }
  }

  /** A page without JavaScript: 303 back to the article on success, an HTML page keeping the typed text otherwise. */
  private async submitForm(
    base: Omit<SubmissionRequest, 'fields'>,
    body: unknown,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    const form = { ...((body ?? {}) as Record<string, unknown>) };
    const requested = typeof form.redirectTo === 'string' ? form.redirectTo : request.headers.referer;
    // The error page speaks the article's language (the form says it), else the site's, else the browser's.
    base = { ...base, language: await this.formLanguage(base.siteId, form.lang, base.language) };
    delete form.redirectTo;
    delete form.lang;
    const fields = fromFormFields(form);
    let redirectTo: string | null = null;
    try {
      redirectTo = await this.allowedRedirect(base.siteId, requested);
      const accepted = await this.intake.submit({ ...base, fields });
      if (!redirectTo) {
        reply
          .status(202)
          .type('text/html; charset=utf-8')
          .header('content-security-policy', PAGE_CSP)
          .send(thanksPage(base.language));
        return;
      }
      const target = new URL(redirectTo);
      target.hash = `comment-${accepted.id}`;
      setAwaitingCookie(request, reply, accepted); // the fragment never reaches the server; this tells the page
      reply.status(303).header('location', target.toString()).send();
    } catch (error) {
      if (!(error instanceof DomainError)) return sendProblem(reply, error, request, this.logger);
      const errors = error instanceof ValidationFailedError ? error.errors : error.message;
      reply
        .status(error.status)
        .headers(error.headers)
        .header('content-security-policy', PAGE_CSP)
        .type('text/html; charset=utf-8')
        .send(
          formErrorPage({ action: request.url, language: base.language, errors, typed: fields, redirectTo }),
        );
    }
  }

  private async formLanguage(
    siteId: string,
    pageLanguage: unknown,
    browser: MessageLanguage,
  ): Promise<MessageLanguage> {
    if (pageLanguage === 'hi' || pageLanguage === 'en') return pageLanguage;
    const first = await this.sites
      .settings(siteId)
      .then((s) => s.languages[0])
      .catch(() => undefined);
    return first === 'hi' || first === 'en' ? first : browser;
  }

  private async allowedRedirect(siteId: string, requested: string | undefined): Promise<string | null> {
    if (!requested) return null;
    let url: URL;
    try {
      url = new URL(requested);
    } catch {
      return null;
    }
    const settings = await this.sites.settings(siteId);
    return this.sites.isOriginAllowed(settings, url.origin) ? url.toString() : null;
  }
}

/** The route is not a Nest controller method, so the OpenAPI document is told about it here. */
export function describeSubmissionRoute(document: OpenAPIObject): void {
  const path = SUBMISSION_PATH.replace(/:(\w+)/g, '{$1}');
  document.paths[path] = {
    ...document.paths[path],
    post: {
      tags: ['public'],
      summary: 'Submit a comment (JSON, or a form post with a 303 redirect)',
      parameters: ['siteId', 'threadId'].map((name) => ({
        name,
        in: 'path' as const,
        required: true,
        schema: { type: 'string' as const },
      })),
      responses: {
        '202': {
          description: 'Stored and queued for the checks',
          content: { 'application/json': { schema: ACCEPTED_SCHEMA as never } },
        },
      },
    },
  };
}

function thanksPage(language: 'en' | 'hi'): string {
  const text =
    language === 'hi'
      ? 'धन्यवाद! आपकी टिप्पणी मॉडरेशन की प्रतीक्षा में है।'
      : 'Thank you! Your comment is awaiting moderation.';
  return `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>${text}</title><p role="status">${text}</p></html>`;
}

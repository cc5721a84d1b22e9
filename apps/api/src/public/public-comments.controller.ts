import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Logger,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptedSubmission,
  DEFAULT_PAGE_SIZE,
  DomainError,
  fromFormFields,
  IntakeService,
  MAX_PAGE_SIZE,
  MessageLanguage,
  messageLanguage,
  SitesService,
  ThreadReadService,
  ValidationFailedError,
} from '@app/comments';
import { setAwaitingCookie } from '../demo/awaiting-cookie';
import { PAGE_CSP } from '../demo/page-style';
import { bearerOf } from '../http/bearer';
import { clientIp } from '../http/client-ip';
import { SUBMISSION_LIMIT } from '../http/protections';
import { sendProblem } from '../http/problem.filter';
import { ReaderIds } from '../readers/reader-ids';
import { formErrorPage } from './form-error-page';
import { pageLimit, pathId, threadSort } from './params';

const THREAD = 'v1/sites/:siteId/threads/:threadId';

@ApiTags('public')
@Controller()
export class PublicCommentsController {
  private readonly logger = new Logger('Intake');

  constructor(
    private readonly intake: IntakeService,
    private readonly threads: ThreadReadService,
    private readonly sites: SitesService,
    private readonly readerIds: ReaderIds,
  ) {}

  @Get(`${THREAD}/form-token`)
  @ApiOperation({ summary: 'A signed token recording when the comment form was shown' })
  formToken(@Param('siteId') siteId: string, @Param('threadId') threadId: string) {
    return this.intake.formToken(pathId(siteId, 'siteId'), pathId(threadId, 'threadId'));
  }

  @Post(`${THREAD}/comments`)
  @RouteConfig(SUBMISSION_LIMIT)
  @HttpCode(202)
  @ApiOperation({ summary: 'Submit a comment (JSON, or a form post with a 303 redirect)' })
  async submit(
    @Param('siteId') siteId: string,
    @Param('threadId') threadId: string,
    @Body() body: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AcceptedSubmission | void> {
    const base = {
      siteId: pathId(siteId, 'siteId'),
      threadId: pathId(threadId, 'threadId'),
      clientIp: clientIp(request),
      userAgent: request.headers['user-agent'] ?? null,
      language: messageLanguage(acceptLanguage),
      readerId: this.readerIds.fromRequest(request),
    };
    if (request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
      return this.submitForm(base, body, request, reply);
    }
    const accepted = await this.intake.submit({ ...base, fields: body ?? {} });
    reply.header('location', `/v1/comments/${accepted.id}/status`);
    return accepted;
  }

  /** A page without JavaScript: 303 back to the article on success, an HTML page keeping the typed text otherwise. */
  private async submitForm(
    base: Omit<Parameters<IntakeService['submit']>[0], 'fields'>,
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

  @Get(`${THREAD}/comments`)
  @ApiOperation({
    summary: 'Published comments of a thread (sort=oldest|newest|top), with ETag and cursor pagination',
  })
  async list(
    @Param('siteId') siteId: string,
    @Param('threadId') threadId: string,
    @Query('cursor') cursor: string | undefined,
    @Query('limit') limit: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('sort') sort: string | undefined,
  ) {
    const site = pathId(siteId, 'siteId');
    await this.sites.settings(site); // an unknown site is a 404, not an empty thread
    const thread = pathId(threadId, 'threadId');
    const size = pageLimit(limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const { etag, page } = await this.threads.readIfChanged(
      site,
      thread,
      cursor,
      size,
      ifNoneMatch,
      threadSort(sort),
    );
    reply.header('etag', etag).header('cache-control', 'public, no-cache');
    if (!page) {
      reply.status(304);
      return;
    }
    return page;
  }

  @Get('v1/comments/:id/status')
  @ApiOperation({ summary: "The author's own view of their comment (Bearer statusToken)" })
  status(@Param('id') id: string, @Headers('authorization') authorization: string | undefined) {
    return this.threads.authorStatus(pathId(id, 'id'), bearerOf(authorization));
  }
}

function thanksPage(language: 'en' | 'hi'): string {
  const text =
    language === 'hi'
      ? 'धन्यवाद! आपकी टिप्पणी मॉडरेशन की प्रतीक्षा में है।'
      : 'Thank you! Your comment is awaiting moderation.';
  return `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>${text}</title><p role="status">${text}</p></html>`;
}

import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ReaderPrivacyRequest, ReaderRequestsService, requestBody } from '@app/comments';
import { pathId } from '../public/params';
import { confirmPage, donePage, goneLinkPage, HtmlPage } from './privacy-confirm-page';

/** Per client IP, a few requests an hour: each one mails someone, so it must not become a mail cannon. */
export const PRIVACY_REQUEST_LIMIT = {
  rateLimit: {
    max: 10,
    timeWindow: 3_600_000,
    keyGenerator: (request: { ip: string }) => `privacy-request:${request.ip}`,
  },
};

/** A reader's own data request: 202 always, a link by mail, a page whose one button acts. */
@ApiTags('privacy')
@Controller('v1')
export class ReaderPrivacyController {
  constructor(private readonly requests: ReaderRequestsService) {}

  @Post('sites/:siteId/privacy-requests')
  @RouteConfig(PRIVACY_REQUEST_LIMIT)
  @HttpCode(202)
  @ApiBody({ type: ReaderPrivacyRequest })
  @ApiOperation({
    summary: 'Ask for a copy or the erasure of your comments; a confirmation link is mailed (202 always)',
  })
  async request(@Param('siteId') siteId: string, @Body() body: unknown) {
    await this.requests.request(pathId(siteId, 'siteId'), requestBody(ReaderPrivacyRequest, body));
    return { status: 'accepted' };
  }

  @Get('privacy-requests/confirm')
  @ApiOperation({ summary: 'The mailed link: a page with one button; opening it changes nothing' })
  async page(@Query('token') token: string | undefined, @Res() reply: FastifyReply) {
    const pending = await this.requests.pending(typeof token === 'string' ? token : '');
    send(reply, pending ? confirmPage(pending, token!) : goneLinkPage());
  }

  @Post('privacy-requests/confirm')
  @ApiOperation({
    summary: 'The page’s button (form post with the token): the export is mailed, or the erasure done',
  })
  async confirm(@Body() body: unknown, @Res() reply: FastifyReply) {
    const token = (body as { token?: unknown } | undefined)?.token;
    const done = await this.requests.confirm(typeof token === 'string' ? token : '');
    send(reply, done ? donePage(done.kind) : goneLinkPage());
  }
}

/** The token is in the page's address: no referrer, no cache, our own strict policy. */
function send(reply: FastifyReply, page: HtmlPage): void {
  reply
    .status(page.status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', page.csp)
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .send(page.html);
}

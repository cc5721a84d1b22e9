import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SubscriptionLinks, SubscriptionView } from '@app/notifications';
import { PAGE_CSP } from '../demo/page-style';
import {
  confirmedPage,
  confirmPage,
  unknownLinkPage,
  unsubscribedPage,
  unsubscribePage,
} from './subscription-pages';

const tokenOf = (token: unknown) => (typeof token === 'string' ? token : '');

/** The two links of readers' mail. Each answers an HTML page in Hindi and English; a bad token is a 404 page. */
@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(private readonly links: SubscriptionLinks) {}

  @Get('confirm')
  @ApiOperation({ summary: 'Double opt-in: a page with one button that confirms (HTML)' })
  @ApiQuery({ name: 'token', required: true })
  async confirmation(@Query('token') token: unknown, @Res() reply: FastifyReply) {
    const view = await this.links.confirmation(tokenOf(token));
    send(reply, view, (v) => confirmPage(v, this.action('confirm', token)));
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({ summary: "Confirms every pending subscription of the link's address on its site (HTML)" })
  @ApiQuery({ name: 'token', required: true })
  async confirm(@Query('token') token: unknown, @Res() reply: FastifyReply) {
    send(reply, await this.links.confirm(tokenOf(token)), confirmedPage);
  }

  @Get('unsubscribe')
  @ApiOperation({ summary: 'The unsubscribe link opened in a browser: a confirmation page (HTML)' })
  @ApiQuery({ name: 'token', required: true })
  async unsubscription(@Query('token') token: unknown, @Res() reply: FastifyReply) {
    const view = await this.links.unsubscription(tokenOf(token));
    send(reply, view, (v) => unsubscribePage(v, this.action('unsubscribe', token)));
  }

  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOperation({ summary: 'RFC 8058 one-click unsubscribe (List-Unsubscribe=One-Click); idempotent' })
  @ApiQuery({ name: 'token', required: true })
  async unsubscribe(@Query('token') token: unknown, @Res() reply: FastifyReply) {
    send(reply, await this.links.unsubscribe(tokenOf(token)), unsubscribedPage);
  }

  private action(path: string, token: unknown): string {
    return `/v1/notifications/${path}?token=${encodeURIComponent(tokenOf(token))}`;
  }
}

function send(
  reply: FastifyReply,
  view: SubscriptionView | null,
  render: (view: SubscriptionView) => string,
) {
  reply
    .status(view ? 200 : 404)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-store')
    // The token is in the address: it must not travel on in a Referer.
    .header('referrer-policy', 'no-referrer')
    .send(view ? render(view) : unknownLinkPage());
}

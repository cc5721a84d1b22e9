import { Controller, Get, Header, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEMO_SITE_ID } from '@app/comments';
import { DEMO_ARTICLE } from './article';
import { articleListHtml } from './article-list-page';
import { DemoPageService } from './demo-page.service';
import { PAGE_CSP } from './page-style';

@ApiExcludeController()
@Controller('demo')
export class DemoController {
  constructor(private readonly pages: DemoPageService) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', PAGE_CSP)
  @Header('cache-control', 'no-cache')
  articles(@Query('lang') lang: string | undefined): string {
    return articleListHtml(DEMO_SITE_ID, lang === 'en' ? 'en' : 'hi');
  }

  @Get(':threadId')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', PAGE_CSP)
  @Header('referrer-policy', 'strict-origin-when-cross-origin') // the form post must carry our Origin, not null
  async article(
    @Param('threadId') threadId: string,
    @Query('cursor') cursor: string | undefined,
    @Query('replytocom') replyTo: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (threadId !== DEMO_ARTICLE.threadId) throw new NotFoundException('No such article.');
    const pageUrl = `${request.protocol}://${request.headers.host}/demo/${threadId}`;
    return this.pages.render({ siteId: DEMO_SITE_ID, pageUrl, cursor, replyTo, request, reply });
  }
}

import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  DEFAULT_PAGE_SIZE,
  IntakeService,
  MAX_PAGE_SIZE,
  SitesService,
  ThreadReadService,
} from '@app/comments';
import { bearerOf } from '../http/bearer';
import { pageLimit, pathId, threadSort } from './params';

const THREAD = 'v1/sites/:siteId/threads/:threadId';

/** The public reads and the form token; the submission itself is `SubmissionRoute` (a plain Fastify route). */
@ApiTags('public')
@Controller()
export class PublicCommentsController {
  constructor(
    private readonly intake: IntakeService,
    private readonly threads: ThreadReadService,
    private readonly sites: SitesService,
  ) {}

  @Get(`${THREAD}/form-token`)
  @ApiOperation({ summary: 'A signed token recording when the comment form was shown' })
  formToken(@Param('siteId') siteId: string, @Param('threadId') threadId: string) {
    return this.intake.formToken(pathId(siteId, 'siteId'), pathId(threadId, 'threadId'));
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

import { Controller, Get, Headers, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Env, ENV } from '@app/config';
import { CountsService, FeedsService } from '@app/comments';
import { pathId } from '../public/params';

/** Counts change with every published comment; a minute's staleness on an article list is fine, then revalidate. */
const COUNTS_CACHE = 'public, max-age=60, stale-while-revalidate=300';
const FEED_CACHE = 'public, max-age=300';

/** Counts for article lists and Atom feeds: public reads of published comments only (issue 17). */
@ApiTags('public')
@Controller('v1/sites/:siteId')
export class SyndicationController {
  constructor(
    private readonly counts: CountsService,
    private readonly feeds: FeedsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get('counts')
  @ApiOperation({ summary: 'Published comment counts of up to 100 threads (threads=a,b,c), with ETag' })
  async threadCounts(
    @Param('siteId') siteId: string,
    @Query('threads') threads: unknown,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { counts, etag } = await this.counts.counts(pathId(siteId, 'siteId'), threads);
    reply.header('etag', etag).header('cache-control', COUNTS_CACHE);
    if (ifNoneMatch === etag) {
      reply.status(304);
      return;
    }
    return { counts };
  }

  @Get('threads/:threadId/feed.atom')
  @ApiOperation({ summary: "Atom 1.0 feed of a thread's latest 50 published comments" })
  async threadFeed(
    @Param('siteId') siteId: string,
    @Param('threadId') threadId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const xml = await this.feeds.feed(
      pathId(siteId, 'siteId'),
      pathId(threadId, 'threadId'),
      this.self(request),
    );
    this.sendFeed(reply, xml);
  }

  @Get('feed.atom')
  @ApiOperation({ summary: "Atom 1.0 feed of a site's latest 50 published comments" })
  async siteFeed(
    @Param('siteId') siteId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    this.sendFeed(reply, await this.feeds.feed(pathId(siteId, 'siteId'), null, this.self(request)));
  }

  /** The feed's own address (its Atom id): under PUBLIC_URL when set, else as this request reached us. */
  private self(request: FastifyRequest): string {
    const base = this.env.PUBLIC_URL ?? `${request.protocol}://${request.headers.host}`;
    return `${base.replace(/\/$/, '')}${request.url.split('?')[0]}`;
  }

  private sendFeed(reply: FastifyReply, xml: string): void {
    reply
      .type('application/atom+xml; charset=utf-8')
      .header('cache-control', FEED_CACHE)
      .header('x-content-type-options', 'nosniff')
      .send(xml);
  }
}

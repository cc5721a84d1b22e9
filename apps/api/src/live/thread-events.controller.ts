import { Controller, Get, Headers, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SitesService } from '@app/comments';
import { Env, ENV } from '@app/config';
import { clientIp } from '../http/client-ip';
import { pathId } from '../public/params';
import { ThreadStreams } from './thread-streams';

@ApiTags('public')
@Controller()
export class ThreadEventsController {
  private readonly logger = new Logger(ThreadEventsController.name);

  constructor(
    private readonly streams: ThreadStreams,
    private readonly sites: SitesService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get('v1/sites/:siteId/threads/:threadId/events')
  @ApiOperation({
    summary: 'Server-sent events: comment.published (a PublicComment) and comment.unpublished ({id})',
  })
  async events(
    @Param('siteId') siteId: string,
    @Param('threadId') threadId: string,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const site = pathId(siteId, 'siteId');
    const thread = pathId(threadId, 'threadId');
    await this.sites.settings(site); // an unknown site is a 404
    const release = this.streams.admit(clientIp(request) ?? 'unknown'); // 429 per IP, 503 overall

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>), // the origin policy's CORS headers
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n\n');

    let leave: (() => void) | null = null;
    let closed = false;
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), this.env.LIVE_HEARTBEAT_MS);
    const close = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      release();
      leave?.();
      if (!raw.writableEnded) raw.end();
    };
    raw.on('close', close);
    try {
      const joined = await this.streams.join(site, thread, lastEventId, {
        write: (chunk) => raw.write(chunk),
        end: close,
      });
      if (closed) joined();
      else leave = joined;
    } catch (error) {
      this.logger.warn({ siteId: site, err: (error as Error).message }, 'live stream could not start');
      close(); // EventSource reconnects after `retry`
    }
  }
}

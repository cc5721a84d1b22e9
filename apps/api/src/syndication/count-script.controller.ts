import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { COUNT_SCRIPT, COUNT_SCRIPT_ETAG } from './count-script';

@ApiExcludeController()
@Controller()
export class CountScriptController {
  /** Cached like the widget: a day fresh, then revalidated by ETag. */
  @Get('count.js')
  script(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply): void {
    reply
      .header('etag', COUNT_SCRIPT_ETAG)
      .header('cache-control', 'public, max-age=86400, stale-while-revalidate=604800')
      .header('access-control-allow-origin', '*')
      .header('x-content-type-options', 'nosniff');
    if (ifNoneMatch === COUNT_SCRIPT_ETAG) {
      reply.status(304).send();
      return;
    }
    reply.type('application/javascript; charset=utf-8').send(COUNT_SCRIPT);
  }
}

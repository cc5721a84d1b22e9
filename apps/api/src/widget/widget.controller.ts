import { Controller, Get, Headers, NotFoundException, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { WidgetAsset } from './widget-asset';

/** A day fresh, then revalidated by ETag for a week in the background: embeds pick up a new build within a day. */
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

@ApiExcludeController()
@Controller()
export class WidgetController {
  constructor(private readonly asset: WidgetAsset) {}

  @Get('widget.js')
  async widget(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const asset = await this.asset.load();
    if (!asset) throw new NotFoundException('The widget is not built: run `npm run build:widget`.');
    reply
      .header('etag', asset.etag)
      .header('cache-control', CACHE_CONTROL)
      .header('access-control-allow-origin', '*') // a plain script; any page may embed it
      .header('x-content-type-options', 'nosniff');
    if (ifNoneMatch === asset.etag) {
      reply.status(304).send();
      return;
    }
    reply.type('application/javascript; charset=utf-8').send(asset.body);
  }
}

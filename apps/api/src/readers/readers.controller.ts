import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LikesService, READER_COOKIE, SitesService } from '@app/comments';
import { clientIp } from '../http/client-ip';
import { pathId } from '../public/params';
import { ReaderIds } from './reader-ids';

const SITE = 'v1/sites/:siteId';

/** The anonymous reader id and likes. */
@ApiTags('public')
@Controller()
export class ReadersController {
  constructor(
    private readonly likes: LikesService,
    private readonly sites: SitesService,
    private readonly readerIds: ReaderIds,
  ) {}

  @Get(`${SITE}/reader-token`)
  @ApiOperation({
    summary: 'An anonymous, signed reader id: as a token for the widget and as the cm_reader cookie',
  })
  async readerToken(
    @Param('siteId') siteId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.sites.settings(pathId(siteId, 'siteId')); // an unknown site is a 404
    const issued = this.readerIds.issue();
    const maxAge = Math.floor((Date.parse(issued.expiresAt) - Date.now()) / 1000);
    const secure = request.protocol === 'https' ? '; Secure' : '';
    reply
      .header(
        'set-cookie',
        `${READER_COOKIE}=${issued.readerToken}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`,
      )
      .header('cache-control', 'no-store');
    return issued;
  }

  @Post(`${SITE}/comments/:id/like`)
  @HttpCode(200)
  @ApiOperation({ summary: 'Like a published comment, once per reader (else per IP)' })
  like(@Param('siteId') siteId: string, @Param('id') id: string, @Req() request: FastifyRequest) {
    return this.likes.like(pathId(siteId, 'siteId'), pathId(id, 'id'), this.reader(request));
  }

  @Delete(`${SITE}/comments/:id/like`)
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a like back' })
  unlike(@Param('siteId') siteId: string, @Param('id') id: string, @Req() request: FastifyRequest) {
    return this.likes.unlike(pathId(siteId, 'siteId'), pathId(id, 'id'), this.reader(request));
  }

  /** Without a reader id, the like counts by IP. */
  private reader(request: FastifyRequest) {
    return { readerId: this.readerIds.fromRequest(request), ip: clientIp(request) };
  }
}

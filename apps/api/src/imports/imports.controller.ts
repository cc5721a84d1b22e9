import { Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentModerator as Moderator, ImportJobsService } from '@app/comments';
import { AuthGuard, CurrentModerator, Roles } from '../auth';
import { pathId } from '../public/params';
import { receiveImportUpload } from './import-upload';

/** WordPress and Disqus exports uploaded by an admin, imported in the background; progress by id. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Roles('admin')
@Controller('v1/admin/sites/:siteId/imports')
export class ImportsController {
  constructor(private readonly imports: ImportJobsService) {}

  @Post()
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'format'],
      properties: {
        file: { type: 'string', format: 'binary' },
        format: { type: 'string', enum: ['wxr', 'disqus'] },
        dryRun: { type: 'boolean' },
      },
    },
  })
  @ApiOperation({
    summary: 'Upload a WXR or Disqus export; answers 202 { id } and imports in the background',
  })
  async start(
    @CurrentModerator() moderator: Moderator,
    @Param('siteId') siteId: string,
    @Req() request: FastifyRequest,
  ) {
    const site = pathId(siteId, 'siteId');
    await this.imports.assertSite(moderator, site);
    return this.imports.start(moderator, site, await receiveImportUpload(request));
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import’s progress (records read, state) and, once done, its summary' })
  progress(
    @CurrentModerator() moderator: Moderator,
    @Param('siteId') siteId: string,
    @Param('id') id: string,
  ) {
    return this.imports.progress(moderator, pathId(siteId, 'siteId'), pathId(id, 'id'));
  }
}

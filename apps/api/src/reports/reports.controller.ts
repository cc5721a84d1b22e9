import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  CurrentModerator as Moderator,
  ReportDto,
  ReportFilingService,
  ReportsQueryDto,
  ReportsReadService,
} from '@app/comments';
import { AuthGuard } from '../auth/auth.guard';
import { CurrentModerator } from '../auth/current-moderator.decorator';
import { clientIp } from '../http/client-ip';
import { validBody, validQuery } from '../http/request-validation';
import { pathId } from '../public/params';
import { ReaderIds } from '../readers/reader-ids';

/** A reader reports a published comment. */
@ApiTags('public')
@Controller('v1/sites/:siteId/comments/:id/reports')
export class ReportsController {
  constructor(
    private readonly filing: ReportFilingService,
    private readonly readerIds: ReaderIds,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Report a published comment; acknowledged at once with its decide-by date (15 days, IT Rules 2021)',
  })
  report(
    @Param('siteId') siteId: string,
    @Param('id') id: string,
    @Body(validBody) body: ReportDto,
    @Req() request: FastifyRequest,
  ) {
    const reader = { readerId: this.readerIds.fromRequest(request), ip: clientIp(request) };
    return this.filing.file(pathId(siteId, 'siteId'), pathId(id, 'id'), body, reader);
  }
}

/** The moderators' list of reports; deciding goes through the comment decisions. */
@ApiTags('moderation')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('v1/moderation/reports')
export class ModerationReportsController {
  constructor(private readonly read: ReportsReadService) {}

  @Get()
  @ApiOperation({
    summary: 'Reports of the moderator’s sites: open (by their clock) or decided, with counts',
  })
  list(@CurrentModerator() moderator: Moderator, @Query(validQuery) query: ReportsQueryDto) {
    return this.read.list(moderator, query);
  }
}

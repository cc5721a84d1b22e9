import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuditQueryDto,
  AuthorStandingDto,
  AuthorStandingService,
  BulkDecisionDto,
  CurrentModerator as Moderator,
  DecisionDto,
  DecisionService,
  ModerationReadService,
  QueueQueryDto,
} from '@app/comments';
import { AuthGuard } from '../auth/auth.guard';
import { CurrentModerator } from '../auth/current-moderator.decorator';
import { validBody, validQuery } from '../http/request-validation';
import { pathId } from '../public/params';

@ApiTags('moderation')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('v1/moderation')
export class ModerationController {
  constructor(
    private readonly read: ModerationReadService,
    private readonly decisions: DecisionService,
    private readonly standings: AuthorStandingService,
  ) {}

  @Get('comments')
  @ApiOperation({ summary: 'The queue: filters, counts per status, newest first with a cursor' })
  queue(@CurrentModerator() moderator: Moderator, @Query(validQuery) query: QueueQueryDto) {
    return this.read.queue(moderator, query);
  }

  @Get('comments/:id')
  @ApiOperation({ summary: 'One comment as moderators see it (extension)' })
  one(@CurrentModerator() moderator: Moderator, @Param('id') id: string) {
    return this.read.one(moderator, pathId(id, 'id'));
  }

  @Post('comments/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'approve | reject | spam (| hold, our extension used for undo), with an optional note',
  })
  decide(
    @CurrentModerator() moderator: Moderator,
    @Param('id') id: string,
    @Body(validBody) body: DecisionDto,
  ) {
    return this.decisions.decideOne(moderator, pathId(id, 'id'), body);
  }

  @Post('decisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'The same action on many comments; answers how many moved' })
  decideMany(@CurrentModerator() moderator: Moderator, @Body(validBody) body: BulkDecisionDto) {
    return this.decisions.decideMany(moderator, body);
  }

  @Post('comments/:id/author')
  @HttpCode(200)
  @ApiOperation({ summary: "Ban, trust or clear this comment's author on its site (extension)" })
  author(
    @CurrentModerator() moderator: Moderator,
    @Param('id') id: string,
    @Body(validBody) body: AuthorStandingDto,
  ) {
    return this.standings.setForComment(moderator, pathId(id, 'id'), body);
  }

  @Get('audit')
  @ApiOperation({ summary: 'Who decided what, when, from which status to which' })
  audit(@CurrentModerator() moderator: Moderator, @Query(validQuery) query: AuditQueryDto) {
    return this.read.audit(moderator, query);
  }
}

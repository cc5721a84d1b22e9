import { Body, Controller, Get, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentModerator as Moderator } from '@app/comments';
import { AlertPreferenceDto, AlertsQueryDto, ModeratorDigestService } from '@app/notifications';
import { AuthGuard } from '../auth/auth.guard';
import { CurrentModerator } from '../auth/current-moderator.decorator';
import { validBody, validQuery } from '../http/request-validation';

/** A moderator's own opt-in to the digest of what waits on a site. */
@ApiTags('moderation')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('v1/moderation/alerts')
export class ModeratorAlertsController {
  constructor(private readonly digests: ModeratorDigestService) {}

  @Get()
  @ApiOperation({ summary: 'My digest preference for a site: { siteId, digest, alertDigestMinutes }' })
  get(@CurrentModerator() moderator: Moderator, @Query(validQuery) query: AlertsQueryDto) {
    return this.digests.preference(moderator, query.siteId);
  }

  @Put()
  @ApiOperation({
    summary: 'Opt in or out of the digest of held comments and open reports: { siteId, digest }',
  })
  set(@CurrentModerator() moderator: Moderator, @Body(validBody) body: AlertPreferenceDto) {
    return this.digests.setPreference(moderator, body.siteId, body.digest);
  }
}

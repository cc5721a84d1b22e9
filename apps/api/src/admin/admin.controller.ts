import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateModeratorDto,
  CreateSiteDto,
  CurrentModerator as Moderator,
  ModeratorsService,
  SiteAdminService,
  ThreadClosedDto,
  UpdateSiteDto,
} from '@app/comments';
import { AuthGuard, Roles } from '../auth/auth.guard';
import { CurrentModerator } from '../auth/current-moderator.decorator';
import { validBody } from '../http/request-validation';
import { pathId } from '../public/params';
import { ModeratorBodyPipe } from './moderator-body.pipe';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Roles('admin')
@Controller('v1/admin')
export class AdminController {
  constructor(
    private readonly sites: SiteAdminService,
    private readonly moderators: ModeratorsService,
  ) {}

  @Post('sites')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a site; `id` optional (made from the name when absent)' })
  createSite(@Body(validBody) body: CreateSiteDto) {
    return this.sites.create(body);
  }

  @Get('sites')
  @ApiOperation({ summary: 'Every site with its settings' })
  async listSites(@CurrentModerator() moderator: Moderator) {
    return { items: await this.sites.list(moderator) };
  }

  @Get('sites/:siteId')
  getSite(@CurrentModerator() moderator: Moderator, @Param('siteId') siteId: string) {
    return this.sites.get(moderator, pathId(siteId, 'siteId'));
  }

  @Patch('sites/:siteId')
  @ApiOperation({ summary: 'Change some settings; `spamThresholds` may be given in part' })
  updateSite(@Param('siteId') siteId: string, @Body(validBody) body: UpdateSiteDto) {
    return this.sites.update(pathId(siteId, 'siteId'), body);
  }

  @Patch('sites/:siteId/threads/:threadId')
  @ApiOperation({ summary: 'Close or reopen one thread (extension)' })
  setThread(
    @Param('siteId') siteId: string,
    @Param('threadId') threadId: string,
    @Body(validBody) body: ThreadClosedDto,
  ) {
    return this.sites.setThreadClosed(pathId(siteId, 'siteId'), pathId(threadId, 'threadId'), body);
  }

  @Post('moderators')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a moderator {email, password, role, sites, name?}' })
  createModerator(@Body(ModeratorBodyPipe) body: CreateModeratorDto) {
    return this.moderators.create(body);
  }

  @Get('moderators')
  @ApiOperation({ summary: 'Every moderator, emails masked (extension)' })
  async listModerators() {
    return { items: await this.moderators.list() };
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentModerator as Moderator } from '@app/comments';
import { ApiKeysService, CreateApiKeyDto } from '@app/check-api';
import { AuthGuard, Roles } from '../auth';
import { CurrentModerator } from '../auth/current-moderator.decorator';
import { pathId } from '../public/params';

const KEYS = 'v1/admin/sites/:siteId/api-keys';

/** Keys for the drop-in check APIs, for admins only. The key itself appears once: in the answer that creates it. */
@ApiTags('admin')
@Controller()
@UseGuards(AuthGuard)
@Roles('admin')
export class ApiKeysAdminController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post(KEYS)
  @HttpCode(201)
  @ApiBody({ type: CreateApiKeyDto })
  @ApiOperation({
    summary: 'Create a key for the Perspective- and Akismet-compatible APIs; shown in this answer only',
  })
  create(@CurrentModerator() moderator: Moderator, @Param('siteId') siteId: string, @Body() body: unknown) {
    return this.keys.create(moderator, pathId(siteId, 'siteId'), body);
  }

  @Get(KEYS)
  @ApiOperation({ summary: "A site's keys with their use (never the key)" })
  list(@CurrentModerator() moderator: Moderator, @Param('siteId') siteId: string) {
    return this.keys.list(moderator, pathId(siteId, 'siteId'));
  }

  @Delete(`${KEYS}/:id`)
  @HttpCode(204)
  async revoke(
    @CurrentModerator() moderator: Moderator,
    @Param('siteId') siteId: string,
    @Param('id') id: string,
  ): Promise<void> {
    await this.keys.revoke(moderator, pathId(siteId, 'siteId'), pathId(id, 'id'));
  }
}

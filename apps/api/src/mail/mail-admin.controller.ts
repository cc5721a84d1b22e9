import { Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MailService } from '@app/mail';
import { AuthGuard, Roles } from '../auth';
import { pageLimit, pathId } from '../public/params';

/** Mail that exhausted its retries, for admins: masked recipients only, and a way to send one again. */
@ApiTags('admin')
@Controller('v1/admin/mail/dead-letters')
@UseGuards(AuthGuard)
@Roles('admin')
export class MailAdminController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @ApiOperation({ summary: 'Mails that could not be delivered, newest first (?siteId=&limit=)' })
  async list(@Query('siteId') siteId?: string, @Query('limit') limit?: string) {
    const items = await this.mail.deadLetters(
      siteId === undefined ? undefined : pathId(siteId, 'siteId'),
      pageLimit(limit, 100, 500),
    );
    return { items };
  }

  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue a dead mail again with a fresh set of attempts' })
  retry(@Param('id') id: string) {
    return this.mail.retryDead(pathId(id, 'id'));
  }
}

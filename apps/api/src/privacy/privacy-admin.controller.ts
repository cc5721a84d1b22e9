import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentModerator as Moderator,
  PersonalDataEraseRequest,
  PersonalDataExportRequest,
  PersonalDataService,
  requestBody,
} from '@app/comments';
import { AuthGuard, CurrentModerator, Roles } from '../auth';

/** A person's data by their address (DPDP Act 2023, GDPR), for admins; every call is audited. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Roles('admin')
@Controller('v1/admin/privacy')
export class PrivacyAdminController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Post('export')
  @HttpCode(200)
  @ApiBody({ type: PersonalDataExportRequest })
  @ApiOperation({ summary: 'Everything held about an address: comments, subscriptions, reports' })
  export(@CurrentModerator() moderator: Moderator, @Body() body: unknown) {
    return this.personalData.export(moderator, requestBody(PersonalDataExportRequest, body));
  }

  @Post('erase')
  @HttpCode(200)
  @ApiBody({ type: PersonalDataEraseRequest })
  @ApiOperation({ summary: 'Anonymise or delete an address’s data; answers the counts' })
  erase(@CurrentModerator() moderator: Moderator, @Body() body: unknown) {
    return this.personalData.erase(moderator, requestBody(PersonalDataEraseRequest, body));
  }
}

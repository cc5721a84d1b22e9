import { Body, Controller, Delete, Headers, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { messageLanguage, OwnCommentsService } from '@app/comments';
import { bearerOf } from '../http/bearer';
import { pathId } from '../public/params';

/** The author's edit and delete of their own comment, proven by its status token (issue 17). */
@ApiTags('public')
@Controller('v1/comments/:id')
export class OwnCommentsController {
  constructor(private readonly own: OwnCommentsService) {}

  @Patch()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Edit your own comment within the edit window (Bearer statusToken); checked again',
  })
  edit(
    @Param('id') id: string,
    @Headers('authorization') authorization: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Body() body: unknown,
  ) {
    return this.own.edit(pathId(id, 'id'), bearerOf(authorization), body, messageLanguage(acceptLanguage));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete your own comment within the edit window (Bearer statusToken)' })
  async delete(@Param('id') id: string, @Headers('authorization') authorization: string | undefined) {
    await this.own.delete(pathId(id, 'id'), bearerOf(authorization));
  }
}

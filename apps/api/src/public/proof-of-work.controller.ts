import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProofOfWorkService } from '@app/comments';
import { pathId } from './params';

@ApiTags('public')
@Controller()
export class ProofOfWorkController {
  constructor(private readonly proofOfWork: ProofOfWorkService) {}

  @Get('v1/sites/:siteId/pow-challenge')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'An ALTCHA proof-of-work challenge when the site asks for one ({ enabled: false } otherwise); no cookie, no third party',
  })
  challenge(@Param('siteId') siteId: string) {
    return this.proofOfWork.challenge(pathId(siteId, 'siteId'));
  }
}

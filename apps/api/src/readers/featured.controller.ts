import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentModerator as Moderator, FeatureDto, FeaturedService } from '@app/comments';
import { AuthGuard } from '../auth/auth.guard';
import { CurrentModerator } from '../auth/current-moderator.decorator';
import { validBody } from '../http/request-validation';
import { pathId } from '../public/params';

@ApiTags('moderation')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('v1/moderation')
export class FeaturedController {
  constructor(private readonly featured: FeaturedService) {}

  @Post('comments/:id/feature')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Feature or unfeature a comment: {featured}; featured comments come first under sort=top',
  })
  feature(
    @CurrentModerator() moderator: Moderator,
    @Param('id') id: string,
    @Body(validBody) body: FeatureDto,
  ) {
    return this.featured.setFeatured(moderator, pathId(id, 'id'), body.featured);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { WebhookEndpointsService } from '@app/webhooks';
import { AuthGuard, Roles } from '../auth';
import { validBody } from '../http/request-validation';
import { pathId } from '../public/params';
import { RegisterWebhookDto, WebhookEnabledDto } from './webhook-endpoint.dto';

const SITE = 'v1/admin/sites/:siteId';
const ENDPOINT = `${SITE}/webhooks/:id`;

/** Publishers' webhook endpoints, for admins only. Secrets appear in two answers: registration and rotation. */
@ApiTags('admin')
@Controller()
@UseGuards(AuthGuard)
@Roles('admin')
export class WebhooksAdminController {
  constructor(private readonly webhooks: WebhookEndpointsService) {}

  @Post(`${SITE}/webhooks`)
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an endpoint; its whsec_ secret is shown in this answer only' })
  register(@Param('siteId') siteId: string, @Body(validBody) body: RegisterWebhookDto) {
    return this.webhooks.register(pathId(siteId, 'siteId'), body);
  }

  @Get(`${SITE}/webhooks`)
  @ApiOperation({ summary: "A site's endpoints, without secrets" })
  list(@Param('siteId') siteId: string) {
    return this.webhooks.list(pathId(siteId, 'siteId'));
  }

  @Patch(ENDPOINT)
  @ApiOperation({ summary: 'Enable or disable an endpoint: {enabled}' })
  setEnabled(
    @Param('siteId') siteId: string,
    @Param('id') id: string,
    @Body(validBody) { enabled }: WebhookEnabledDto,
  ) {
    return this.webhooks.setEnabled(pathId(siteId, 'siteId'), pathId(id, 'id'), enabled);
  }

  @Delete(ENDPOINT)
  @HttpCode(204)
  async remove(@Param('siteId') siteId: string, @Param('id') id: string): Promise<void> {
    await this.webhooks.remove(pathId(siteId, 'siteId'), pathId(id, 'id'));
  }

  @Post(`${ENDPOINT}/rotate-secret`)
  @HttpCode(200)
  @ApiOperation({ summary: 'A new secret, shown once; the old one also signs for 24 hours' })
  rotate(@Param('siteId') siteId: string, @Param('id') id: string) {
    return this.webhooks.rotateSecret(pathId(siteId, 'siteId'), pathId(id, 'id'));
  }

  @Get(`${ENDPOINT}/deliveries`)
  @ApiOperation({ summary: 'The latest deliveries to an endpoint, each with its attempt log' })
  deliveries(@Param('siteId') siteId: string, @Param('id') id: string) {
    return this.webhooks.deliveries(pathId(siteId, 'siteId'), pathId(id, 'id'));
  }

  @Post(`${ENDPOINT}/deliveries/:deliveryId/retry`)
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again, same webhook-id, fresh retry schedule' })
  retry(@Param('siteId') siteId: string, @Param('id') id: string, @Param('deliveryId') deliveryId: string) {
    return this.webhooks.retry(pathId(siteId, 'siteId'), pathId(deliveryId, 'deliveryId'), pathId(id, 'id'));
  }

  @Post(`${SITE}/deliveries/:deliveryId/retry`)
  @HttpCode(202)
  @ApiOperation({ summary: 'The same retry, addressed by site and delivery only' })
  retryInSite(@Param('siteId') siteId: string, @Param('deliveryId') deliveryId: string) {
    return this.webhooks.retry(pathId(siteId, 'siteId'), pathId(deliveryId, 'deliveryId'));
  }
}

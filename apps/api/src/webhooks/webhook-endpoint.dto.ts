import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { WebhookEventType } from '@app/db';
import { WEBHOOK_EVENTS } from '@app/webhooks';

const MAX_URL_LENGTH = 2000;
const EVENTS_MESSAGE = `events must be a non-empty list of ${WEBHOOK_EVENTS.join(', ')}`;
/** The 422 codes the hand parser answered, which publishers' scripts may read. */
const code = (value: string) => ({ context: { code: value } });

/**
 * POST /v1/admin/sites/{siteId}/webhooks. The address's shape is checked here; where it points (https, a public
 * address, never cloud metadata) needs DNS, and is checked by the service, on registration and on every send.
 */
export class RegisterWebhookDto {
  @ApiProperty({ description: 'An https address on the public internet', maxLength: MAX_URL_LENGTH })
  @IsNotEmpty({ message: 'url is required', ...code('required') })
  @IsString({ message: 'url is required', ...code('required') })
  @MaxLength(MAX_URL_LENGTH, { message: `url is longer than ${MAX_URL_LENGTH}`, ...code('too_long') })
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, minItems: 1 })
  @IsArray({ message: EVENTS_MESSAGE, ...code('invalid_type') })
  @ArrayNotEmpty({ message: EVENTS_MESSAGE, ...code('invalid_type') })
  @IsIn(WEBHOOK_EVENTS, { each: true, message: EVENTS_MESSAGE, ...code('invalid_type') })
  events!: WebhookEventType[];
}

/** PATCH /v1/admin/sites/{siteId}/webhooks/{id}: an admin turns an endpoint off, or back on after fixing it. */
export class WebhookEnabledDto {
  @ApiProperty()
  @IsBoolean({ message: 'enabled must be true or false', ...code('invalid_type') })
  enabled!: boolean;
}

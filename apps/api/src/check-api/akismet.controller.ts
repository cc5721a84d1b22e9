import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  AKISMET_THANKS,
  akismetKeyField,
  AkismetForm,
  AkismetService,
  ApiCaller,
  ApiKeysService,
  keyFromHost,
  KeyRateLimiter,
  parseAkismetComment,
} from '@app/check-api';
import { MetricsService } from '@app/platform';
import { RouteConfig } from '@nestjs/platform-fastify';
import { AKISMET_ERRORS } from './check-api-errors';

/**
 * Akismet's REST API (1.1), answered by the worker's checks for the key's site. The key is the first label of the
 * host name, as Akismet clients send it (`KEY.rest.akismet.com` → `KEY.comments.example`), or the `api_key` field.
 * Answers are Akismet's plain-text words; its clients compare them literally.
 */
@ApiTags('drop-in')
@Controller('1.1')
export class AkismetController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly limiter: KeyRateLimiter,
    private readonly akismet: AkismetService,
    private readonly metrics: MetricsService,
  ) {}

  @Post('verify-key')
  @HttpCode(200)
  @RouteConfig(AKISMET_ERRORS)
  @ApiOperation({ summary: "Akismet's verify-key: `valid` or `invalid`" })
  async verifyKey(
    @Body() body: unknown,
    @Headers('host') host: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const form = formOf(body);
    const caller = await this.keys.authenticate(
      akismetKeyField(form, 'key') ?? akismetKeyField(form, 'api_key') ?? keyFromHost(host),
    );
    if (!caller) reply.header('x-akismet-debug-help', 'The key is unknown or revoked.');
    return text(reply, caller ? 'valid' : 'invalid');
  }

  @Post('comment-check')
  @HttpCode(200)
  @RouteConfig(AKISMET_ERRORS)
  @ApiOperation({
    summary: "Akismet's comment-check: `true` (spam) or `false`, `X-akismet-pro-tip: discard` when certain",
  })
  async commentCheck(
    @Body() body: unknown,
    @Headers('host') host: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const form = formOf(body);
    const caller = await this.callerOf(form, host, reply, 'comment-check');
    if (!caller) return;
    const parsed = parseAkismetComment(form);
    if (!parsed.ok) return missing(reply, parsed.missing);
    const verdict = await this.akismet.commentCheck(caller, parsed.comment);
    this.keys.recordUse(caller, verdict.spam);
    this.metrics.checkApiCalls.inc({
      key: caller.keyId,
      api: 'akismet',
      outcome: verdict.spam ? 'spam' : 'ham',
    });
    if (verdict.discard) reply.header('x-akismet-pro-tip', 'discard');
    return text(reply, verdict.spam ? 'true' : 'false');
  }

  @Post('submit-spam')
  @HttpCode(200)
  @RouteConfig(AKISMET_ERRORS)
  @ApiOperation({ summary: "Akismet's submit-spam: teaches the site's model when the key may teach" })
  submitSpam(@Body() body: unknown, @Headers('host') host: string | undefined, @Res() reply: FastifyReply) {
    return this.submit(body, host, reply, 'spam');
  }

  @Post('submit-ham')
  @HttpCode(200)
  @RouteConfig(AKISMET_ERRORS)
  @ApiOperation({ summary: "Akismet's submit-ham: teaches the site's model when the key may teach" })
  submitHam(@Body() body: unknown, @Headers('host') host: string | undefined, @Res() reply: FastifyReply) {
    return this.submit(body, host, reply, 'ham');
  }

  private async submit(body: unknown, host: string | undefined, reply: FastifyReply, label: 'spam' | 'ham') {
    const form = formOf(body);
    const caller = await this.callerOf(form, host, reply, `submit-${label}`);
    if (!caller) return;
    const parsed = parseAkismetComment(form);
    if (!parsed.ok) return missing(reply, parsed.missing);
    const taught = await this.akismet.teach(caller, parsed.comment, label);
    this.keys.recordUse(caller, false);
    this.metrics.checkApiCalls.inc({ key: caller.keyId, api: 'akismet', outcome: `submit_${label}` });
    if (!taught)
      reply.header('x-akismet-debug-help', 'Received; this key is not allowed to teach the model.');
    return text(reply, AKISMET_THANKS);
  }

  /** The key's caller, or the answer already sent: `invalid` for a bad key, 429 over the key's limit. */
  private async callerOf(
    form: AkismetForm,
    host: string | undefined,
    reply: FastifyReply,
    call: string,
  ): Promise<ApiCaller | null> {
    const caller = await this.keys.authenticate(akismetKeyField(form, 'api_key') ?? keyFromHost(host));
    if (!caller) {
      reply.header('x-akismet-debug-help', 'The key is unknown or revoked.');
      text(reply, 'invalid');
      return null;
    }
    const wait = this.limiter.take(caller.keyId);
    if (wait > 0) {
      this.metrics.checkApiCalls.inc({ key: caller.keyId, api: 'akismet', outcome: 'rate_limited' });
      reply
        .status(429)
        .header('retry-after', String(wait))
        .header('x-akismet-debug-help', `Too many ${call} calls for this key.`);
      text(reply, 'Too many requests');
      return null;
    }
    return caller;
  }
}

function formOf(body: unknown): AkismetForm {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as AkismetForm) : {};
}

function text(reply: FastifyReply, words: string): FastifyReply {
  return reply.type('text/plain; charset=utf-8').send(words);
}

function missing(reply: FastifyReply, field: string): FastifyReply {
  reply.header('x-akismet-debug-help', `Empty "${field}" value`);
  return text(reply, `Missing required field: ${field}.`);
}

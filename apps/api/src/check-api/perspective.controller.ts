import { Body, Controller, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiCaller,
  ApiKeysService,
  KeyRateLimiter,
  parseAnalyzeRequest,
  PerspectiveError,
  PerspectiveService,
} from '@app/check-api';
import { MetricsService } from '@app/platform';
import { RouteConfig } from '@nestjs/platform-fastify';
import { PERSPECTIVE_ERRORS } from './check-api-errors';

/**
 * Google Perspective's `comments:analyze`, answered by our checks, for comment systems that call Perspective
 * (Coral, Commento++, in-house tools). The key comes as `?key=` or Google's `x-goog-api-key` header.
 */
@ApiTags('drop-in')
@Controller()
export class PerspectiveController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly limiter: KeyRateLimiter,
    private readonly perspective: PerspectiveService,
    private readonly metrics: MetricsService,
  ) {}

  // "::" is a literal colon in the router's path syntax: the route is /v1alpha1/comments:analyze.
  @Post('v1alpha1/comments::analyze')
  @HttpCode(200)
  @RouteConfig(PERSPECTIVE_ERRORS)
  @ApiOperation({ summary: "Perspective's comments:analyze (request and response in Perspective's shapes)" })
  async analyze(
    @Query('key') queryKey: unknown,
    @Headers('x-goog-api-key') headerKey: string | undefined,
    @Body() body: unknown,
  ) {
    const caller = await this.callerOf(queryKey, headerKey);
    const wait = this.limiter.take(caller.keyId);
    if (wait > 0) {
      this.metrics.checkApiCalls.inc({ key: caller.keyId, api: 'perspective', outcome: 'rate_limited' });
      throw new PerspectiveError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded for this API key.', wait);
    }
    const { response, flagged } = this.perspective.analyze(caller, parseAnalyzeRequest(body));
    this.keys.recordUse(caller, flagged);
    this.metrics.checkApiCalls.inc({
      key: caller.keyId,
      api: 'perspective',
      outcome: flagged ? 'flagged' : 'clean',
    });
    return response;
  }

  /**
   * Perspective's feedback call (Coral sends it when "send feedback" is on). Accepted so such clients keep working;
   * nothing is learned from it, because nothing a Perspective caller sends is kept (docs/drop-in.md).
   */
  @Post('v1alpha1/comments::suggestscore')
  @HttpCode(200)
  @RouteConfig(PERSPECTIVE_ERRORS)
  @ApiOperation({ summary: "Perspective's comments:suggestscore: accepted, nothing learned or kept" })
  async suggestScore(
    @Query('key') queryKey: unknown,
    @Headers('x-goog-api-key') headerKey: string | undefined,
    @Body() body: unknown,
  ) {
    const caller = await this.callerOf(queryKey, headerKey);
    this.metrics.checkApiCalls.inc({ key: caller.keyId, api: 'perspective', outcome: 'suggest_score' });
    const token = (body as { clientToken?: unknown } | null)?.clientToken;
    return typeof token === 'string' ? { clientToken: token.slice(0, 200) } : {};
  }

  /** Google's clients send the key as `?key=` or the `x-goog-api-key` header; either must name a live key. */
  private async callerOf(queryKey: unknown, headerKey: string | undefined): Promise<ApiCaller> {
    const caller = await this.keys.authenticate(headerKey ?? queryKey);
    if (!caller)
      throw new PerspectiveError(403, 'PERMISSION_DENIED', 'The request is missing a valid API key.');
    return caller;
  }
}

import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IpRetentionService } from '@app/comments';
import { Env, ENV } from '@app/config';
import { everyWithJitter } from '@app/platform';

/** Hourly is ample for a limit counted in days; jitter keeps several workers apart, and the work is idempotent. */
export const RETENTION_INTERVAL_MS = 3_600_000;

@Injectable()
export class IpRetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop?: () => void;

  constructor(
    private readonly retention: IpRetentionService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    // A first run soon after start, so a worker restarted daily still erases on time.
    void this.retention.eraseExpired().catch(() => undefined);
    this.stop = everyWithJitter(RETENTION_INTERVAL_MS, () => this.retention.eraseExpired());
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}

import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SweeperService } from '@app/comments';
import { Env, ENV } from '@app/config';
import { everyWithJitter } from '@app/platform';

/** Drives the sweeper on a local timer; jitter keeps several workers from sweeping in lockstep. */
@Injectable()
export class SweeperScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop?: () => void;

  constructor(
    private readonly sweeper: SweeperService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = everyWithJitter(this.env.SWEEP_INTERVAL_MS, () => this.sweeper.sweep());
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}

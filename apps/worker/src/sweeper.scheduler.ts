import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SweeperService } from '@app/comments';
import { Env, ENV } from '@app/config';

/** Drives the sweeper on a local timer with jitter, so several workers do not sweep in lockstep. */
@Injectable()
export class SweeperScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly sweeper: SweeperService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    const next = () => {
      const delay = this.env.SWEEP_INTERVAL_MS * (0.8 + Math.random() * 0.4);
      this.timer = setTimeout(() => void this.sweeper.sweep().finally(next), delay);
      this.timer.unref();
    };
    next();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }
}

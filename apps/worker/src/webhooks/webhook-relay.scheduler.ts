import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { WebhookRelay } from '@app/webhooks';

/** The relay's safety net: rows the after-commit nudge could not enqueue (Redis away, a crash) go out on this timer. */
@Injectable()
export class WebhookRelayScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly relay: WebhookRelay,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    const next = () => {
      const delay = this.env.WEBHOOK_RELAY_INTERVAL_MS * (0.8 + Math.random() * 0.4);
      this.timer = setTimeout(
        () =>
          void this.relay
            .relay()
            .catch(() => 0)
            .finally(next),
        delay,
      );
      this.timer.unref();
    };
    next();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }
}

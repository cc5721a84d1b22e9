import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { everyWithJitter } from '@app/platform';
import { WebhookRelay } from '@app/webhooks';

/**
 * The relay's safety net: rows the after-commit nudge could not enqueue (Redis away, a crash) go out on this timer,
 * and deliveries whose jobs Redis lost go back to the outbox first.
 */
@Injectable()
export class WebhookRelayScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop?: () => void;

  constructor(
    private readonly relay: WebhookRelay,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = everyWithJitter(this.env.WEBHOOK_RELAY_INTERVAL_MS, async () => {
      await this.relay.recoverLost();
      await this.relay.relay();
    });
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}

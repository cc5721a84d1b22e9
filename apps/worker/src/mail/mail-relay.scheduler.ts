import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { everyWithJitter } from '@app/platform';
import { MailService } from '@app/mail';

// Mail is not urgent to the second; half a minute keeps the sweep's cost negligible.
const RELAY_INTERVAL_MS = 30_000;

/** Enqueues mails that are still queued a minute after they were written (their job never reached Redis). */
@Injectable()
export class MailRelayScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop?: () => void;

  constructor(private readonly mail: MailService) {}

  onApplicationBootstrap(): void {
    this.stop = everyWithJitter(RELAY_INTERVAL_MS, () => this.mail.relayStale());
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}

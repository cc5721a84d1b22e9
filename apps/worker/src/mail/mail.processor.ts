import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { MailDeliveryService } from '@app/mail';
import { MailJob, QUEUES, WORKER_CONFIG } from '@app/queue';

/** Sends one mail per job. A transient SMTP failure throws so BullMQ backs off; a final one leaves the row dead. */
@Processor({ name: QUEUES.mail, configKey: WORKER_CONFIG })
export class MailProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly delivery: MailDeliveryService) {
    super();
  }

  onModuleInit(): void {
    // An SMTP server takes a few connections at a time; more would only be refused.
    this.worker.concurrency = 4;
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error.message }, 'mail worker connection error');
  }

  async process(job: Job<MailJob>): Promise<string> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const { outcome, error } = await this.delivery.deliver(job.data.mailId, lastAttempt);
    if (outcome === 'retry') throw new Error(error);
    // The error text is already masked; it names no address.
    if (outcome === 'dead') throw new UnrecoverableError(error);
    return outcome;
  }
}

import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { v7 as uuidv7 } from 'uuid';
import { decryptEmail, emailLookupHmac, encryptEmail, maskEmail, NotFoundError } from '@app/comments';
import { Env, ENV, SECRETS, Secrets } from '@app/config';
import { MailLanguage, MailMessageRow, Queryable } from '@app/db';
import { MailJob, mailJobId, QUEUES } from '@app/queue';
import { MailTemplateName, MailTemplates } from './mail-templates';
import { MailRepository } from './mail.repository';

export interface MailRequest<K extends MailTemplateName = MailTemplateName> {
  siteId: string | null;
  to: string;
  language: MailLanguage;
  template: K;
  params: MailTemplates[K];
  /** RFC 8058 one-click link (a token, never an address); mails a reader did not ask for may leave it out. */
  unsubscribeUrl?: string;
}

/** A mail staged inside another transaction, to an address already encrypted (a subscriber's, a comment author's). */
export interface StagedMail<K extends MailTemplateName = MailTemplateName> {
  siteId: string | null;
  recipientEncrypted: string;
  /** The address's lookup HMAC (as a comment author's): how erasure finds the person's mail without decrypting. */
  recipientHmac: string;
  language: MailLanguage;
  template: K;
  params: MailTemplates[K];
  unsubscribeUrl?: string;
}

export type MailOutcome = { status: 'queued'; id: string } | { status: 'skipped' };

/** What an admin sees of a mail that could not be delivered: never the address, only its mask. */
export interface DeadMail {
  id: string;
  siteId: string | null;
  template: string;
  language: MailLanguage;
  recipientMasked: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The site's first language the templates speak, else Hindi (the site's home language). */
export function siteMailLanguage(languages: readonly string[]): MailLanguage {
  return (languages.find((l) => l === 'hi' || l === 'en') as MailLanguage | undefined) ?? 'hi';
}

/** Queues mail: a row with the address encrypted, then a job that carries only the row's id. */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly mails: MailRepository,
    @InjectQueue(QUEUES.mail) private readonly queue: Queue<MailJob>,
    @Inject(ENV) private readonly env: Env,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async send<K extends MailTemplateName>(request: MailRequest<K>): Promise<MailOutcome> {
    if (!this.env.SMTP_URL) {
      this.logger.log({ template: request.template, siteId: request.siteId }, 'mail skipped: SMTP_URL unset');
      return { status: 'skipped' };
    }
    const id = uuidv7();
    await this.mails.insert({
      id,
      siteId: request.siteId,
      template: request.template,
      language: request.language,
      recipientEncrypted: encryptEmail(request.to, this.secrets.emailEncryptionKey),
      recipientHmac: emailLookupHmac(request.to, this.secrets.emailLookupKey),
      params: request.params as unknown as Record<string, unknown>,
      unsubscribeUrl: request.unsubscribeUrl ?? null,
    });
    await this.enqueue(id);
    this.logger.log({ mailId: id, template: request.template, siteId: request.siteId }, 'mail queued');
    return { status: 'queued', id };
  }

  /**
   * Set-based, for mail caused by a change in `tx`: the rows commit or roll back with it, and the caller enqueues
   * their ids after the commit (`enqueueMany`); until then, or if that fails, the relay finds them queued.
   */
  async stage(tx: Queryable, mails: readonly StagedMail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    if (!this.env.SMTP_URL) {
      for (const { template, siteId } of mails)
        this.logger.log({ template, siteId }, 'mail skipped: SMTP_URL unset');
      return [];
    }
    const rows = mails.map((mail) => ({
      id: uuidv7(),
      siteId: mail.siteId,
      template: mail.template,
      language: mail.language,
      recipientEncrypted: mail.recipientEncrypted,
      recipientHmac: mail.recipientHmac,
      params: mail.params as unknown as Record<string, unknown>,
      unsubscribeUrl: mail.unsubscribeUrl ?? null,
    }));
    await this.mails.insertMany(tx, rows);
    return rows.map((row) => row.id);
  }

  /** One round trip for many jobs; a failure leaves the rows queued for the relay, as `enqueue` does. */
  async enqueueMany(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      await this.queue.addBulk(
        ids.map((id) => ({ name: 'send', data: { mailId: id }, opts: this.jobOptions(id) })),
      );
      this.logger.log({ mailIds: ids }, 'mail queued');
    } catch (error) {
      this.logger.warn(
        { mails: ids.length, err: (error as Error).message },
        'mail jobs not added; the relay retries',
      );
    }
  }

  /** A failed add is not fatal: the row stays queued and the worker's relay enqueues it again. */
  async enqueue(id: string): Promise<void> {
    try {
      await this.queue.add('send', { mailId: id }, this.jobOptions(id));
    } catch (error) {
      this.logger.warn(
        { mailId: id, err: (error as Error).message },
        'mail job not added; the relay retries',
      );
    }
  }

  /** The safety net: mails whose job was never added, or which Redis lost, go to the queue again (same job id). */
  async relayStale(olderThanMs = 60_000): Promise<number> {
    const stale = await this.mails.listStaleQueued(new Date(Date.now() - olderThanMs), 500);
    for (const { id } of stale) await this.enqueue(id);
    return stale.length;
  }

  async deadLetters(siteId: string | undefined, limit = 100): Promise<DeadMail[]> {
    const rows = await this.mails.listDead(siteId, limit);
    return rows.map((row) => this.toDeadMail(row));
  }

  /** An admin sends a dead mail again, with a fresh set of attempts. */
  async retryDead(id: string): Promise<{ id: string; status: 'queued' }> {
    const row = UUID.test(id) ? await this.mails.find(id) : undefined;
    if (!row || row.status !== 'dead') throw new NotFoundError(`no dead mail ${id}`);
    await this.mails.update(id, { status: 'queued', attempts: 0, lastError: null });
    // A dead mail's failed job still holds its id; a fresh job needs it gone.
    await this.queue.remove(mailJobId(id));
    await this.enqueue(id);
    return { id, status: 'queued' };
  }

  private jobOptions(id: string) {
    return {
      jobId: mailJobId(id),
      attempts: this.env.MAIL_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.env.MAIL_RETRY_DELAY_MS },
    };
  }

  private toDeadMail(row: MailMessageRow): DeadMail {
    return {
      id: row.id,
      siteId: row.siteId,
      template: row.template,
      language: row.language,
      recipientMasked: maskEmail(decryptEmail(row.recipientEncrypted, this.secrets.emailEncryptionKey)),
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { decryptEmail } from '@app/comments';
import { Env, ENV, SECRETS, Secrets } from '@app/config';
import { MailMessageRow } from '@app/db';
import { MailTemplateName, MailTemplates, renderMail } from './mail-templates';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { MailRepository } from './mail.repository';
import { redactAddresses } from './redact';

export type DeliveryOutcome = 'sent' | 'skipped' | 'gone' | 'retry' | 'dead';

/** A 5xx reply (no such mailbox, policy) will not change on a retry; a 4xx or a dropped connection may. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
}

/** Sends one queued mail through SMTP; a failure is recorded (addresses masked) and the row goes dead when it is final. */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger(MailDeliveryService.name);

  constructor(
    private readonly mails: MailRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(ENV) private readonly env: Env,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  /** `lastAttempt` is the queue's word that no retry follows; the caller rethrows on 'retry' so BullMQ backs off. */
  async deliver(mailId: string, lastAttempt: boolean): Promise<{ outcome: DeliveryOutcome; error?: string }> {
    const row = await this.mails.find(mailId);
    if (!row || row.status !== 'queued') return { outcome: 'gone' };
    if (!this.transport) {
      this.logger.log({ mailId, template: row.template }, 'mail skipped: SMTP_URL unset');
      return { outcome: 'skipped' };
    }
    const attempts = await this.mails.countAttempt(mailId);
    try {
      await this.transport.sendMail(this.message(row));
    } catch (error) {
      const message = redactAddresses((error as Error).message ?? String(error));
      const dead = lastAttempt || isPermanent(error);
      await this.mails.update(mailId, { lastError: message, ...(dead ? { status: 'dead' } : {}) });
      this.logger.warn(
        { mailId, template: row.template, attempts, err: message },
        dead ? 'mail dead' : 'mail retry',
      );
      return { outcome: dead ? 'dead' : 'retry', error: message };
    }
    await this.mails.update(mailId, { status: 'sent', sentAt: new Date(), lastError: null });
    this.logger.log({ mailId, template: row.template, attempts }, 'mail sent');
    return { outcome: 'sent' };
  }

  private message(row: MailMessageRow) {
    const rendered = renderMail(
      row.template as MailTemplateName,
      row.language,
      row.params as unknown as MailTemplates[MailTemplateName],
      row.unsubscribeUrl,
    );
    return {
      from: this.env.MAIL_FROM,
      to: decryptEmail(row.recipientEncrypted, this.secrets.emailEncryptionKey),
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      headers: {
        'Content-Language': row.language,
        // Lets a mail client's own unsubscribe button POST the link (RFC 8058); the link is the token, not an address.
        ...(row.unsubscribeUrl
          ? {
              'List-Unsubscribe': `<${row.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {}),
        'Auto-Submitted': 'auto-generated',
      },
      // The row id, so a retry after a lost reply is recognisable as the same mail.
      messageId: `<${row.id}@${this.messageIdDomain()}>`,
    };
  }

  private messageIdDomain(): string {
    const at = this.env.MAIL_FROM.lastIndexOf('@');
    return at >= 0 ? this.env.MAIL_FROM.slice(at + 1).replace(/[>\s]/g, '') || 'localhost' : 'localhost';
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { decryptEmail, PersonalDataSource, PersonKeys } from '@app/comments';
import { Secrets, SECRETS } from '@app/config';
import { SubscriptionsRepository } from './subscriptions.repository';

/** A reader's subscriptions in the admins' export and erasure (they hold the address, so both modes delete them). */
@Injectable()
export class SubscriptionsPersonalData implements PersonalDataSource {
  readonly kind = 'subscriptions' as const;

  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async export(person: PersonKeys): Promise<unknown[]> {
    const rows = await this.subscriptions.byAddress(person.emailHmac, person.sites);
    return rows.map((row) => ({
      id: row.id,
      siteId: row.siteId,
      kind: row.kind,
      threadId: row.threadId,
      commentId: row.commentId,
      email: decryptEmail(row.emailEncrypted, this.secrets.emailEncryptionKey),
      createdAt: row.createdAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      unsubscribedAt: row.unsubscribedAt?.toISOString() ?? null,
    }));
  }

  /** A subscription without its address means nothing: anonymising it is deleting it. */
  erase(person: PersonKeys): Promise<number> {
    return this.subscriptions.deleteByAddress(person.emailHmac, person.sites);
  }
}

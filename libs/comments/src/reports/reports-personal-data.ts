import { Inject, Injectable } from '@nestjs/common';
import { SECRETS, Secrets } from '@app/config';
import { decryptEmail } from '../crypto/email-crypto';
import { addressPattern, PersonalDataSource, PersonKeys } from '../privacy/personal-data.service';
import { ReportsRepository } from './reports.repository';

/** A person's reports for the admins' export and erasure (DPDP Act 2023, GDPR), found by their address's HMAC. */
@Injectable()
export class ReportsPersonalData implements PersonalDataSource {
  readonly kind = 'reports' as const;

  constructor(
    private readonly reports: ReportsRepository,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async export(person: PersonKeys): Promise<unknown[]> {
    const rows = await this.reports.byEmail(person.emailHmac, person.sites);
    return rows.map((row) => ({
      id: row.id,
      siteId: row.siteId,
      commentId: row.commentId,
      reason: row.reason,
      note: row.note,
      email: row.emailEncrypted ? decryptEmail(row.emailEncrypted, this.secrets.emailEncryptionKey) : null,
      status: row.status,
      outcome: row.outcome,
      createdAt: row.createdAt.toISOString(),
      decideBy: row.decideBy.toISOString(),
      decidedAt: row.decidedAt?.toISOString() ?? null,
    }));
  }

  /** Their own reports (counted), and the address wherever another reporter's note quotes it. */
  async erase(person: PersonKeys, mode: 'anonymise' | 'delete'): Promise<number> {
    const erased = await this.reports.erase(person.emailHmac, person.sites, mode);
    await this.reports.scrubNotes(addressPattern(person.email), person.sites);
    return erased;
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { Env, ENV, Secrets, SECRETS } from '@app/config';
import { PrivacyRequestKind } from '@app/db';
import { NotFoundError } from '../domain-errors';
import { decryptEmail, emailLookupHmac, encryptEmail, normaliseEmail } from '../crypto/email-crypto';
import { publicUrl } from '../sites/seed.service';
import { PersonalDataService } from './personal-data.service';
import { ReaderPrivacyRequest } from './reader-request.dto';
import { ReaderRequestsRepository } from './reader-requests.repository';

type MailLanguage = 'hi' | 'en';

/** What a reader's data export mail shows of each comment: what they wrote and where, never an IP or address. */
export interface ExportedReaderComment {
  threadId: string;
  createdAt: string;
  status: string;
  authorName: string;
  authorUrl: string | null;
  body: string;
}

/**
 * The mail library, as this service needs it (libs/mail depends on this lib, so it is handed in by the app):
 * `send` queues one mail, `languageFor` picks a site's mail language.
 */
export interface PrivacyMailer {
  send(request: {
    siteId: string;
    to: string;
    language: MailLanguage;
    template: 'privacy-confirm' | 'privacy-export';
    params: Record<string, unknown>;
  }): Promise<unknown>;
  languageFor(siteLanguages: readonly string[]): MailLanguage;
}
export const PRIVACY_MAILER = Symbol('PRIVACY_MAILER');

/** A confirmation link is good for a day; an address gets at most this many links per site per hour. */
export const READER_REQUEST_TTL_MS = 24 * 3600_000;
export const READER_REQUESTS_PER_HOUR = 3;
/** A reader's own erasure keeps the conversation readable: the text stays under "Former reader". */
export const READER_ERASURE_MODE = 'anonymise' as const;
/** An export mail lists this many comments at most; more are counted, and an admin export has them all. */
export const EXPORT_MAIL_MAX_COMMENTS = 500;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export type ConfirmedRequest =
  | { kind: 'export'; language: MailLanguage; comments: number }
  | { kind: 'erase'; language: MailLanguage; comments: number };

/**
 * A reader's own export or erasure (DPDP Act 2023, GDPR), confirmed by a link mailed to the address. The request
 * answers the same whatever the address has (no oracle): it always mails the link, and learns nothing first.
 */
@Injectable()
export class ReaderRequestsService {
  private readonly logger = new Logger(ReaderRequestsService.name);

  constructor(
    private readonly requests: ReaderRequestsRepository,
    private readonly personalData: PersonalDataService,
    @Inject(PRIVACY_MAILER) private readonly mailer: PrivacyMailer,
    @Inject(SECRETS) private readonly secrets: Secrets,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async request(siteId: string, body: ReaderPrivacyRequest): Promise<void> {
    const site = await this.requests.site(siteId);
    if (!site) throw new NotFoundError(`No site "${siteId}".`);
    const email = normaliseEmail(body.email);
    const emailHmac = emailLookupHmac(email, this.secrets.emailLookupKey);
    const now = new Date();
    // Past the limit nothing more is mailed (no mail bombing of an address); the answer stays the same.
    if (
      (await this.requests.recentCount(siteId, emailHmac, new Date(now.getTime() - 3600_000))) >=
      READER_REQUESTS_PER_HOUR
    ) {
      this.logger.log({ siteId, kind: body.kind }, 'privacy request: address over its hourly limit, no mail');
      return;
    }
    const token = randomBytes(32).toString('base64url');
    const language = body.language ?? this.mailer.languageFor(site.languages);
    await this.requests.insert({
      id: uuidv7(),
      siteId,
      kind: body.kind,
      language,
      emailEncrypted: encryptEmail(email, this.secrets.emailEncryptionKey),
      emailHmac,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + READER_REQUEST_TTL_MS),
    });
    await this.mailer.send({
      siteId,
      to: email,
      language,
      template: 'privacy-confirm',
      params: { siteName: site.name, kind: body.kind, confirmUrl: confirmUrl(this.env, token) },
    });
    this.logger.log({ siteId, kind: body.kind }, 'privacy request: confirmation mailed');
  }

  /** What the link's page shows before the click: the request's kind and site, or nothing for a bad link. */
  async pending(
    token: string,
  ): Promise<{ kind: PrivacyRequestKind; siteName: string; language: MailLanguage } | null> {
    const row = token ? await this.requests.pending(hashToken(token), new Date()) : undefined;
    if (!row) return null;
    const site = await this.requests.site(row.siteId);
    return { kind: row.kind, siteName: site?.name ?? row.siteId, language: row.language };
  }

  /** The click: the request acts once, then its link is spent (an erasure removes the request row itself too). */
  async confirm(token: string): Promise<ConfirmedRequest | null> {
    const row = token ? await this.requests.confirm(hashToken(token), new Date()) : undefined;
    if (!row) return null;
    const email = decryptEmail(row.emailEncrypted, this.secrets.emailEncryptionKey);
    if (row.kind === 'erase') {
      const counts = await this.personalData.eraseForReader(email, row.siteId, READER_ERASURE_MODE);
      return { kind: 'erase', language: row.language, comments: counts.comments };
    }
    const data = await this.personalData.exportForReader(email, row.siteId);
    const site = await this.requests.site(row.siteId);
    const comments: ExportedReaderComment[] = data.comments.slice(0, EXPORT_MAIL_MAX_COMMENTS).map((c) => ({
      threadId: c.threadId,
      createdAt: c.createdAt,
      status: c.status,
      authorName: c.authorName,
      authorUrl: c.authorUrl,
      body: c.body,
    }));
    await this.mailer.send({
      siteId: row.siteId,
      to: email,
      language: row.language,
      template: 'privacy-export',
      params: {
        siteName: site?.name ?? row.siteId,
        comments,
        more: data.comments.length - comments.length,
      },
    });
    return { kind: 'export', language: row.language, comments: data.comments.length };
  }
}

function confirmUrl(env: Env, token: string): string {
  return `${publicUrl(env)}/v1/privacy-requests/confirm?token=${token}`;
}

import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import Redis from 'ioredis';
import { v7 as uuidv7 } from 'uuid';
import { Env, ENV, Secrets, SECRETS } from '@app/config';
import { CommentRow, Queryable } from '@app/db';
import { REDIS_KEY_PREFIX, redisOptions } from '@app/queue';
import { decryptEmail, emailLookupHmac, encryptEmail, normaliseEmail } from '../crypto/email-crypto';
import { CommentLifecycle } from '../lifecycle/comment-lifecycle.service';
import { CurrentModerator, visibleSites } from '../moderators/current-moderator';
import { renderBodyHtml } from '../read/render-body';
import { ErasureMode, PersonalDataEraseRequest, PersonalDataExportRequest } from './privacy-requests.dto';
import { PrivacyRepository, SiteScope } from './privacy.repository';

export const FORMER_READER = 'पूर्व पाठक / Former reader';
export const DELETED_PLACEHOLDER = 'यह टिप्पणी हटा दी गई है। / This comment was deleted.';
/** `decided_by` and the audit's actor of a comment unpublished because its author's data was erased. */
export const ERASURE_ACTOR = 'privacy-erasure';

/**
 * Other tables that hold a reader's data by address (mail subscriptions, reports) plug in here, so export and
 * erasure reach them without this service knowing their schema. None is registered until those tables land.
 */
export interface PersonalDataSource {
  kind: 'subscriptions' | 'reports';
  export(person: PersonKeys): Promise<unknown[]>;
  erase(person: PersonKeys, mode: 'anonymise' | 'delete'): Promise<number>;
}
export interface PersonKeys {
  email: string;
  emailHmac: string;
  sites: SiteScope;
}
export const PERSONAL_DATA_SOURCES = Symbol('PERSONAL_DATA_SOURCES');

/** Postgres regex for the address anywhere in text, whatever its case. */
export function addressPattern(email: string): string {
  return email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A person's data, found by their address (DPDP Act 2023, GDPR): exported, or erased in one of two modes. */
@Injectable()
export class PersonalDataService implements OnModuleDestroy {
  private readonly logger = new Logger(PersonalDataService.name);
  private redis?: Redis;

  constructor(
    private readonly repository: PrivacyRepository,
    private readonly lifecycle: CommentLifecycle,
    @Inject(SECRETS) private readonly secrets: Secrets,
    @Inject(ENV) private readonly env: Env,
    @Inject(REDIS_KEY_PREFIX) private readonly keyPrefix: string,
    @Optional() @Inject(PERSONAL_DATA_SOURCES) private readonly sources: PersonalDataSource[] = [],
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  async export(moderator: CurrentModerator, request: PersonalDataExportRequest) {
    const person = this.person(request.email, visibleSites(moderator, request.siteId));
    const result = await this.exportOf(person);
    await this.audit({ moderatorId: moderator.id, requestedBy: 'admin' }, 'export', null, request.siteId, {
      comments: result.comments.length,
      subscriptions: result.subscriptions.length,
      reports: result.reports.length,
    });
    return result;
  }

  async erase(moderator: CurrentModerator, request: PersonalDataEraseRequest) {
    const person = this.person(request.email, visibleSites(moderator, request.siteId));
    const result = await this.eraseOf(person, request.mode);
    await this.audit(
      { moderatorId: moderator.id, requestedBy: 'admin' },
      'erase',
      request.mode,
      request.siteId,
      result,
    );
    return result;
  }

  /** A reader's own confirmed request (the link mailed to the address was clicked): the same export, one site. */
  async exportForReader(email: string, siteId: string) {
    const result = await this.exportOf(this.person(email, [siteId]));
    await this.audit({ moderatorId: null, requestedBy: 'reader' }, 'export', null, siteId, {
      comments: result.comments.length,
      subscriptions: result.subscriptions.length,
      reports: result.reports.length,
    });
    return result;
  }

  /** A reader's own confirmed erasure: the same as an admin's, on the site asked, in the mode given. */
  async eraseForReader(email: string, siteId: string, mode: ErasureMode) {
    const result = await this.eraseOf(this.person(email, [siteId]), mode);
    await this.audit({ moderatorId: null, requestedBy: 'reader' }, 'erase', mode, siteId, result);
    return result;
  }

  private async exportOf(person: PersonKeys) {
    const rows = await this.repository.personComments(person.emailHmac, person.sites);
    return {
      comments: rows.map((row) => this.exported(row)),
      subscriptions: await this.fromSources('subscriptions', (s) => s.export(person)),
      reports: await this.fromSources('reports', (s) => s.export(person)),
    };
  }

  private async eraseOf(person: PersonKeys, mode: ErasureMode) {
    const pattern = addressPattern(person.email);
    const erasedEmail = encryptEmail('', this.secrets.emailEncryptionKey);
    const erasedBody = mode === 'delete' ? DELETED_PLACEHOLDER : undefined;
    // A lifecycle transaction: the published comments a `delete` removes are unpublished through the one writer of
    // a comment's status, so publishers get `comment.unpublished` and open widgets drop them, as on an author's own
    // delete. Their outbox rows and live events are built after the rows were anonymised, so they carry no name.
    const touched = await this.lifecycle.transaction(async (tx) => {
      const rows = await this.repository.personComments(person.emailHmac, person.sites, tx);
      const ids = rows.map((r) => r.id);
      await this.repository.anonymise(
        tx,
        ids,
        { authorName: FORMER_READER, authorEmailEncrypted: erasedEmail, body: erasedBody },
        pattern,
      );
      // What publishers were sent (or are about to be) is rewritten too: the stored bodies of the outbox.
      await this.repository.rewriteDeliveries(tx, ids, {
        authorName: FORMER_READER,
        body: erasedBody,
        bodyHtml: erasedBody === undefined ? undefined : renderBodyHtml(erasedBody),
        emailPattern: pattern,
      });
      if (mode === 'delete') {
        // Leaves first, again and again: a person's own reply chain goes entirely; others' replies keep a placeholder.
        let remaining = ids;
        for (;;) {
          const leaves = await this.repository.withoutReplies(tx, remaining);
          if (leaves.length === 0) break;
          await this.lifecycle.transition(tx, leaves, {
            to: 'rejected',
            from: ['published'],
            by: ERASURE_ACTOR,
            audit: { moderatorId: ERASURE_ACTOR, action: 'privacy-erase', note: null },
          });
          await this.repository.deleteComments(tx, leaves);
          const gone = new Set(leaves);
          remaining = remaining.filter((id) => !gone.has(id));
        }
      }
      await this.eraseBeyondComments(tx, person, pattern);
      // The published ones were unpublished above (the lifecycle counted them); every touched thread shows new text.
      const threads = new Map(
        rows.map(({ siteId, threadId }) => [`${siteId}\u0000${threadId}`, { siteId, threadId }]),
      );
      await this.lifecycle.touchThreads(tx, [...threads.values()]);
      return { rows, threads: [...threads.values()] };
    });
    await this.eraseFromRedis(touched.rows, touched.threads);
    return {
      comments: touched.rows.length,
      subscriptions: await this.countFromSources('subscriptions', (s) => s.erase(person, mode)),
      reports: await this.countFromSources('reports', (s) => s.erase(person, mode)),
    };
  }

  /**
   * THE list of what an erasure reaches besides the person's own comments, in the erasure's transaction. A new
   * table holding an address (or its HMAC) adds its step here, or registers a PersonalDataSource (counted apart).
   */
  private async eraseBeyondComments(tx: Queryable, person: PersonKeys, pattern: string): Promise<void> {
    // The address quoted in others' comments, check reasons, moderators' notes and mail params.
    await this.repository.scrubQuotes(tx, pattern, person.sites);
    // Email bans and trust of the address.
    await this.repository.deleteStandings(tx, person.emailHmac, person.sites);
    // Mails to the address (libs/mail's table), and the reader's own requests (their confirmation links).
    await this.repository.deleteMail(tx, person.emailHmac, await this.legacyMailTo(tx, person), person.sites);
    await this.repository.deletePrivacyRequests(tx, person.emailHmac, person.sites);
  }

  /** Mails stored before `recipient_hmac` existed have only the encrypted address: decrypt to find the person's. */
  private async legacyMailTo(tx: Queryable, person: PersonKeys): Promise<string[]> {
    const rows = await this.repository.mailWithoutRecipientHmac(tx, person.sites);
    return rows
      .filter(
        (row) =>
          normaliseEmail(decryptEmail(row.recipientEncrypted, this.secrets.emailEncryptionKey)) ===
          person.email,
      )
      .map((row) => row.id);
  }

  private person(address: string, sites: SiteScope): PersonKeys {
    const email = normaliseEmail(address);
    return { email, emailHmac: emailLookupHmac(email, this.secrets.emailLookupKey), sites };
  }

  /** The person's own view of a comment: everything held about them in it, the address included. */
  private exported(row: CommentRow) {
    return {
      id: row.id,
      siteId: row.siteId,
      threadId: row.threadId,
      parentId: row.parentId,
      status: row.status,
      authorName: row.authorName,
      authorEmail: decryptEmail(row.authorEmailEncrypted, this.secrets.emailEncryptionKey),
      authorUrl: row.authorUrl,
      body: row.body,
      clientIp: row.clientIp,
      userAgent: row.userAgent,
      createdAt: row.createdAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    };
  }

  /**
   * Redis keeps a submission counter per client IP and an hour of live events per thread (with authors' names
   * and text as published). Both go for what was erased; readers resuming a stream simply reload the thread.
   */
  private async eraseFromRedis(rows: CommentRow[], threads: { siteId: string; threadId: string }[]) {
    const prefix = this.keyPrefix;
    const keys = [...new Set(rows.map((r) => r.clientIp).filter((ip): ip is string => Boolean(ip)))].map(
      (ip) => `${prefix}:rate:${ip}`,
    );
    // The same names as libs/live/src/live-events.ts liveKeys() (that lib depends on this one, so not imported).
    for (const t of threads) {
      keys.push(`${prefix}:live-replay:${encodeURIComponent(t.siteId)}/${encodeURIComponent(t.threadId)}`);
    }
    if (keys.length === 0) return;
    this.redis ??= new Redis({ ...redisOptions(this.env.REDIS_URL, 'producer'), enableOfflineQueue: true });
    this.redis.on('error', () => undefined);
    try {
      for (let i = 0; i < keys.length; i += 500) await this.redis.del(...keys.slice(i, i + 500));
    } catch (error) {
      // The store is already erased; a Redis outage leaves only keys that expire within the hour.
      this.logger.warn({ err: (error as Error).message }, 'privacy erase: redis keys not removed');
    }
  }

  private async fromSources(
    kind: PersonalDataSource['kind'],
    read: (s: PersonalDataSource) => Promise<unknown[]>,
  ) {
    const found: unknown[] = [];
    for (const source of this.sources.filter((s) => s.kind === kind)) found.push(...(await read(source)));
    return found;
  }

  private async countFromSources(
    kind: PersonalDataSource['kind'],
    erase: (s: PersonalDataSource) => Promise<number>,
  ) {
    let count = 0;
    for (const source of this.sources.filter((s) => s.kind === kind)) count += await erase(source);
    return count;
  }

  private async audit(
    who: { moderatorId: string | null; requestedBy: 'admin' | 'reader' },
    action: 'export' | 'erase',
    mode: 'anonymise' | 'delete' | null,
    siteId: string | undefined,
    counts: Record<string, number>,
  ): Promise<void> {
    await this.repository.audit({
      id: uuidv7(),
      ...who,
      action,
      mode,
      siteId: siteId ?? null,
      counts,
    });
    this.logger.log({ ...who, action, mode, siteId, counts }, 'personal data request');
  }
}

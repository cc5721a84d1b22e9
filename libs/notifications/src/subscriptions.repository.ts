import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  comments,
  Database,
  DATABASE,
  NewSubscriptionRow,
  prepared,
  Queryable,
  SubscriptionKind,
  SubscriptionRow,
  subscriptions,
} from '@app/db';

/** What an address already has on a site, before the subscriptions just added. */
export interface AddressStanding {
  siteId: string;
  emailHmac: string;
  confirmed: boolean;
  /** An earlier confirmation mail went out less than a day ago: do not send another yet. */
  recentlyAsked: boolean;
}

/** One mail to send: a confirmed subscriber of a newly published comment's parent or thread. */
export interface Recipient {
  commentId: string;
  kind: SubscriptionKind;
  emailEncrypted: string;
  emailHmac: string;
  unsubscribeToken: string;
}

export interface QuotedComment {
  id: string;
  authorName: string;
  body: string;
}

/** What the recipients query reads of a subscription. */
const SUBSCRIBER_COLUMNS =
  's.kind, s.email_hmac, s.email_encrypted, s.unsubscribe_token, s.confirmed_at, s.unsubscribed_at';

/**
 * The recipients of newly published comments: read in every worker batch that publishes, inside its transaction,
 * so it is SQL written once and run as a named prepared statement rather than built for each batch.
 */
const RECIPIENTS_SQL = `
  SELECT DISTINCT ON (m.comment_id, m.email_hmac) m.comment_id, m.kind, m.email_encrypted, m.email_hmac,
    m.unsubscribe_token
  FROM (
    SELECT c.id AS comment_id, c.author_email_hmac AS author, ${SUBSCRIBER_COLUMNS}
      FROM comments c JOIN subscriptions s
        ON s.kind = 'replies' AND s.comment_id = c.parent_id
      WHERE c.id = ANY($1::text[])
    UNION ALL
    SELECT c.id, c.author_email_hmac, ${SUBSCRIBER_COLUMNS}
      FROM comments c JOIN subscriptions s
        ON s.kind = 'thread' AND s.site_id = c.site_id AND s.thread_id = c.thread_id
      WHERE c.id = ANY($1::text[])
  ) m
  WHERE m.confirmed_at IS NOT NULL AND m.unsubscribed_at IS NULL AND m.email_hmac <> m.author
  ORDER BY m.comment_id, m.email_hmac, (m.kind = 'replies') DESC`;

/** Typed queries for subscriptions; the rules (double opt-in, who gets mail) live in the services. */
@Injectable()
export class SubscriptionsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The new rows that were not already there (one per address per thread, per address per comment). */
  async insertNew(tx: Queryable, rows: readonly NewSubscriptionRow[]): Promise<SubscriptionRow[]> {
    if (rows.length === 0) return [];
    return tx
      .insert(subscriptions)
      .values([...rows])
      .onConflictDoNothing()
      .returning();
  }

  /** For each address, whether it is confirmed on the site and whether it was asked to confirm in the last day. */
  async standings(
    tx: Queryable,
    addresses: ReadonlyArray<{ siteId: string; emailHmac: string }>,
    excludeIds: readonly string[],
  ): Promise<AddressStanding[]> {
    if (addresses.length === 0) return [];
    const result = await tx.execute<{
      site_id: string;
      email_hmac: string;
      confirmed: boolean;
      recently_asked: boolean;
    }>(sql`
      SELECT s.site_id, s.email_hmac,
        bool_or(s.confirmed_at IS NOT NULL) AS confirmed,
        bool_or(s.confirmed_at IS NULL AND s.created_at > now() - interval '1 day') AS recently_asked
      FROM ${subscriptions} s
      JOIN jsonb_to_recordset(${JSON.stringify(addresses)}::jsonb) AS w("siteId" text, "emailHmac" text)
        ON s.site_id = w."siteId" AND s.email_hmac = w."emailHmac"
      WHERE s.id NOT IN (SELECT ${idList(excludeIds)})
      GROUP BY 1, 2`);
    return rowsOf(result).map((r) => ({
      siteId: r.site_id,
      emailHmac: r.email_hmac,
      confirmed: r.confirmed,
      recentlyAsked: r.recently_asked,
    }));
  }

  async markConfirmed(tx: Queryable, ids: readonly string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await tx
      .update(subscriptions)
      .set({ confirmedAt: at })
      .where(inArray(subscriptions.id, [...ids]));
  }

  /**
   * Confirmed, active subscribers of these comments' parents (`replies`) and threads (`thread`), never the comment's
   * own author, one row per address per comment (a reply subscription wins over the thread's).
   */
  async recipients(tx: Queryable, commentIds: readonly string[]): Promise<Recipient[]> {
    if (commentIds.length === 0) return [];
    const rows = await prepared<{
      comment_id: string;
      kind: SubscriptionKind;
      email_encrypted: string;
      email_hmac: string;
      unsubscribe_token: string;
    }>(tx, 'mail_recipients', RECIPIENTS_SQL, [[...commentIds]]);
    return rows.map((r) => ({
      commentId: r.comment_id,
      kind: r.kind,
      emailEncrypted: r.email_encrypted,
      emailHmac: r.email_hmac,
      unsubscribeToken: r.unsubscribe_token,
    }));
  }

  /** The public view (name and text) of comments a mail quotes. */
  async quoted(tx: Queryable, ids: readonly string[]): Promise<QuotedComment[]> {
    if (ids.length === 0) return [];
    return tx
      .select({ id: comments.id, authorName: comments.authorName, body: comments.body })
      .from(comments)
      .where(inArray(comments.id, [...ids]));
  }

  findByConfirmToken(token: string): Promise<SubscriptionRow | undefined> {
    return this.db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.confirmToken, token))
      .then((rows) => rows[0]);
  }

  findByUnsubscribeToken(token: string): Promise<SubscriptionRow | undefined> {
    return this.db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.unsubscribeToken, token))
      .then((rows) => rows[0]);
  }

  /** Every pending subscription of the address on the site: one confirmation covers them all. */
  async confirmAddress(siteId: string, emailHmac: string, at: Date): Promise<number> {
    const rows = await this.db
      .update(subscriptions)
      .set({ confirmedAt: at })
      .where(
        and(
          eq(subscriptions.siteId, siteId),
          eq(subscriptions.emailHmac, emailHmac),
          isNull(subscriptions.confirmedAt),
        ),
      )
      .returning({ id: subscriptions.id });
    return rows.length;
  }

  async unsubscribe(id: string, at: Date): Promise<void> {
    await this.db
      .update(subscriptions)
      .set({ unsubscribedAt: at })
      .where(and(eq(subscriptions.id, id), isNull(subscriptions.unsubscribedAt)));
  }

  byAddress(emailHmac: string, sites: string[] | null): Promise<SubscriptionRow[]> {
    return this.db
      .select()
      .from(subscriptions)
      .where(
        and(eq(subscriptions.emailHmac, emailHmac), sites ? inArray(subscriptions.siteId, sites) : undefined),
      )
      .orderBy(subscriptions.createdAt);
  }

  async deleteByAddress(emailHmac: string, sites: string[] | null): Promise<number> {
    const rows = await this.db
      .delete(subscriptions)
      .where(
        and(eq(subscriptions.emailHmac, emailHmac), sites ? inArray(subscriptions.siteId, sites) : undefined),
      )
      .returning({ id: subscriptions.id });
    return rows.length;
  }
}

/** A list of ids as one parameter, the way the lifecycle's raw queries pass theirs (JSON), whatever its length. */
function idList(ids: readonly string[]) {
  return sql`jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)`;
}

function rowsOf<T>(result: { rows: T[] } | T[]): T[] {
  return Array.isArray(result) ? result : result.rows;
}

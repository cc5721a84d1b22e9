import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray, sql, SQL } from 'drizzle-orm';
import { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  authorStandings,
  commentChecks,
  CommentRow,
  comments,
  Database,
  DATABASE,
  mailMessages,
  moderationAudit,
  privacyAudit,
  privacyRequests,
  Queryable,
  webhookDeliveries,
} from '@app/db';

export type SiteScope = string[] | null;

const inScope = (column: AnyPgColumn, sites: SiteScope) => (sites ? inArray(column, sites) : undefined);

/** Typed queries for a person's data: their comments by address HMAC, and text elsewhere that quotes the address. */
@Injectable()
export class PrivacyRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  personComments(emailHmac: string, sites: SiteScope, db: Queryable = this.db): Promise<CommentRow[]> {
    return db
      .select()
      .from(comments)
      .where(and(eq(comments.authorEmailHmac, emailHmac), inScope(comments.siteId, sites)))
      .orderBy(comments.createdAt);
  }

  /** Of these comments, the ones nobody replied to (after the previous rounds' deletions). */
  async withoutReplies(tx: Queryable, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(
        and(
          inArray(comments.id, ids),
          sql`not exists (select 1 from ${comments} as reply where reply.parent_id = ${comments.id})`,
        ),
      );
    return rows.map((r) => r.id);
  }

  async deleteComments(tx: Queryable, ids: string[]): Promise<void> {
    await tx.delete(comments).where(inArray(comments.id, ids));
  }

  /** Every personal field replaced, row by row (each gets its own meaningless author key and avatar seed). */
  async anonymise(
    tx: Queryable,
    ids: string[],
    values: { authorName: string; authorEmailEncrypted: string; body?: string },
    emailPattern: string,
  ): Promise<void> {
    if (ids.length === 0) return;
    await tx
      .update(comments)
      .set({
        authorName: values.authorName,
        authorUrl: null,
        authorEmailEncrypted: values.authorEmailEncrypted,
        authorEmailHmac: sql`'erased:' || ${comments.id}`,
        avatarSeed: sql`substr(md5(random()::text || ${comments.id}), 1, 22)`,
        clientIp: null,
        userAgent: null,
        readerId: null,
        body: values.body ?? sql`regexp_replace(${comments.body}, ${emailPattern}, '[erased]', 'gi')`,
      })
      .where(inArray(comments.id, ids));
  }

  /**
   * The stored bodies of the webhook deliveries about these comments (sent, pending or failed): the author's name,
   * site and avatar replaced, and the text too when it was deleted, so neither a retry nor the delivery log shows
   * them again. Run after `anonymise`: the avatar is the comment's new, meaningless one.
   */
  async rewriteDeliveries(
    tx: Queryable,
    commentIds: string[],
    erased: { authorName: string; body?: string; bodyHtml?: string; emailPattern: string },
  ): Promise<number> {
    if (commentIds.length === 0) return 0;
    const set = (json: SQL, key: string, value: SQL) =>
      sql`jsonb_set(${json}, ${`{data,comment,${key}}`}, ${value})`;
    let view = sql`regexp_replace(${webhookDeliveries.body}, ${erased.emailPattern}, '[erased]', 'gi')::jsonb`;
    view = set(view, 'authorName', sql`to_jsonb(${erased.authorName}::text)`);
    view = set(view, 'authorUrl', sql`'null'::jsonb`);
    view = set(
      view,
      'avatar',
      sql`coalesce((select to_jsonb(${comments.avatarSeed}) from ${comments} where ${comments.id} = ${webhookDeliveries.commentId}), 'null'::jsonb)`,
    );
    if (erased.body !== undefined) view = set(view, 'body', sql`to_jsonb(${erased.body}::text)`);
    if (erased.bodyHtml !== undefined) view = set(view, 'bodyHtml', sql`to_jsonb(${erased.bodyHtml}::text)`);
    const rows = await tx
      .update(webhookDeliveries)
      .set({ body: sql`(${view})::text` })
      .where(inArray(webhookDeliveries.commentId, commentIds))
      .returning({ id: webhookDeliveries.id });
    return rows.length;
  }

  /** Wherever the address is quoted in text (another reader's comment, a check's reason, a moderator's note). */
  async scrubQuotes(tx: Queryable, emailPattern: string, sites: SiteScope): Promise<number> {
    const replace = (column: SQL.Aliased | unknown) =>
      sql`regexp_replace(${column}, ${emailPattern}, '[erased]', 'gi')`;
    const bodies = await tx
      .update(comments)
      .set({ body: replace(comments.body) })
      .where(and(sql`${comments.body} ~* ${emailPattern}`, inScope(comments.siteId, sites)))
      .returning({ id: comments.id });
    const reasons = await tx
      .update(commentChecks)
      .set({ reason: replace(commentChecks.reason) })
      .where(
        and(
          sql`${commentChecks.reason} ~* ${emailPattern}`,
          sites
            ? sql`${commentChecks.commentId} in (select id from ${comments} where ${inArray(comments.siteId, sites)})`
            : undefined,
        ),
      )
      .returning({ id: commentChecks.commentId });
    const notes = await tx
      .update(moderationAudit)
      .set({ note: replace(moderationAudit.note) })
      .where(and(sql`${moderationAudit.note} ~* ${emailPattern}`, inScope(moderationAudit.siteId, sites)))
      .returning({ id: moderationAudit.id });
    // A mail's params hold public views only, but a quoted comment may quote an address too.
    const mails = await tx
      .update(mailMessages)
      .set({
        params: sql`regexp_replace(${mailMessages.params}::text, ${emailPattern}, '[erased]', 'gi')::jsonb`,
      })
      .where(and(sql`${mailMessages.params}::text ~* ${emailPattern}`, inScope(mailMessages.siteId, sites)))
      .returning({ id: mailMessages.id });
    return bodies.length + reasons.length + notes.length + mails.length;
  }

  /** Mails to the address (queued, sent or dead): found by the recipient's HMAC, or by id for older rows. */
  async deleteMail(
    tx: Queryable,
    recipientHmac: string,
    legacyIds: string[],
    sites: SiteScope,
  ): Promise<number> {
    const byHmac = await tx
      .delete(mailMessages)
      .where(and(eq(mailMessages.recipientHmac, recipientHmac), inScope(mailMessages.siteId, sites)))
      .returning({ id: mailMessages.id });
    if (legacyIds.length === 0) return byHmac.length;
    const byId = await tx
      .delete(mailMessages)
      .where(inArray(mailMessages.id, legacyIds))
      .returning({ id: mailMessages.id });
    return byHmac.length + byId.length;
  }

  /** Mails stored before the recipient HMAC existed: the service decrypts them to find the address's. */
  mailWithoutRecipientHmac(tx: Queryable, sites: SiteScope) {
    return tx
      .select({ id: mailMessages.id, recipientEncrypted: mailMessages.recipientEncrypted })
      .from(mailMessages)
      .where(and(sql`${mailMessages.recipientHmac} is null`, inScope(mailMessages.siteId, sites)));
  }

  async deletePrivacyRequests(tx: Queryable, emailHmac: string, sites: SiteScope): Promise<number> {
    const rows = await tx
      .delete(privacyRequests)
      .where(and(eq(privacyRequests.emailHmac, emailHmac), inScope(privacyRequests.siteId, sites)))
      .returning({ id: privacyRequests.id });
    return rows.length;
  }

  async deleteStandings(tx: Queryable, emailHmac: string, sites: SiteScope): Promise<number> {
    const rows = await tx
      .delete(authorStandings)
      .where(
        and(
          eq(authorStandings.keyKind, 'email'),
          eq(authorStandings.keyValue, emailHmac),
          inScope(authorStandings.siteId, sites),
        ),
      )
      .returning({ siteId: authorStandings.siteId });
    return rows.length;
  }

  async audit(row: typeof privacyAudit.$inferInsert): Promise<void> {
    await this.db.insert(privacyAudit).values(row);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { publicUrl, SitesService, StatusChange, StatusChangeListener } from '@app/comments';
import { Env, ENV } from '@app/config';
import { CommentRow, NewSubscriptionRow, Queryable, SubscriptionRow } from '@app/db';
import { MailService, siteMailLanguage, StagedMail } from '@app/mail';
import { SiteSettings } from '@app/moderation';
import { confirmUrl, newToken, threadUrl, unsubscribeUrl } from './links';
import { Recipient, SubscriptionsRepository } from './subscriptions.repository';

/**
 * What a comment's publication means for mail, set-based per lifecycle batch:
 * 1. its author's `notify` becomes a subscription (only once published, so a spam or rejected comment never mails
 *    anyone: a stranger's address typed into a junk comment gets nothing); the first one of an address on a site
 *    sends a confirmation mail, later ones of a confirmed address are confirmed at once;
 * 2. confirmed subscribers of its parent get `reply`, of its thread `thread-comment`: one mail per address per
 *    comment, never to its own author, the public view only.
 * The mail rows commit with the publication; the jobs are added after the commit (the relay covers a failed add).
 */
@Injectable()
export class PublishedCommentMail implements StatusChangeListener {
  /** Mail ids staged in a transaction, keyed by the batch's first change, for the after-commit enqueue. */
  private readonly staged = new WeakMap<StatusChange, string[]>();
  private readonly publicUrl: string;

  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly sites: SitesService,
    private readonly mail: MailService,
    @Inject(ENV) env: Env,
  ) {
    this.publicUrl = publicUrl(env);
  }

  async inTransaction(tx: Queryable, changes: readonly StatusChange[]): Promise<void> {
    const published = changes
      .filter((c) => c.comment.status === 'published' && c.previous !== 'published')
      .map((c) => c.comment);
    if (published.length === 0) return;
    const sites = new Map<string, SiteSettings>();
    for (const siteId of new Set(published.map((c) => c.siteId)))
      sites.set(siteId, await this.sites.settings(siteId));

    const mails = [
      ...(await this.subscribeAuthors(tx, published, sites)),
      ...(await this.notifySubscribers(tx, published, sites)),
    ];
    const ids = await this.mail.stage(tx, mails);
    if (ids.length > 0) this.staged.set(changes[0], ids);
  }

  async afterCommit(changes: readonly StatusChange[]): Promise<void> {
    const ids = changes.flatMap((c) => this.staged.get(c) ?? []);
    await this.mail.enqueueMany(ids);
  }

  private async subscribeAuthors(
    tx: Queryable,
    published: readonly CommentRow[],
    sites: ReadonlyMap<string, SiteSettings>,
  ): Promise<StagedMail[]> {
    const wanted: NewSubscriptionRow[] = published
      .filter((c) => c.notify === 'replies' || c.notify === 'thread')
      .map((c) => ({
        id: uuidv7(),
        siteId: c.siteId,
        kind: c.notify!,
        threadId: c.threadId,
        commentId: c.notify === 'replies' ? c.id : null,
        emailEncrypted: c.authorEmailEncrypted,
        emailHmac: c.authorEmailHmac,
        confirmToken: newToken(),
        unsubscribeToken: newToken(),
      }));
    const added = await this.subscriptions.insertNew(tx, wanted);
    if (added.length === 0) return [];

    const byAddress = new Map<string, SubscriptionRow[]>();
    for (const row of added) {
      const key = `${row.siteId}\u0000${row.emailHmac}`;
      byAddress.set(key, [...(byAddress.get(key) ?? []), row]);
    }
    const standings = await this.subscriptions.standings(
      tx,
      [...byAddress.values()].map(([row]) => ({ siteId: row.siteId, emailHmac: row.emailHmac })),
      added.map((row) => row.id),
    );
    const standingOf = new Map(standings.map((s) => [`${s.siteId}\u0000${s.emailHmac}`, s]));

    const confirmed: string[] = [];
    const mails: StagedMail[] = [];
    for (const [key, rows] of byAddress) {
      const standing = standingOf.get(key);
      if (standing?.confirmed) confirmed.push(...rows.map((row) => row.id));
      else if (!standing?.recentlyAsked)
        mails.push(this.confirmationMail(rows[0], sites.get(rows[0].siteId)!));
    }
    await this.subscriptions.markConfirmed(tx, confirmed, new Date());
    return mails;
  }

  private confirmationMail(row: SubscriptionRow, site: SiteSettings): StagedMail<'subscription-confirm'> {
    return {
      siteId: row.siteId,
      recipientEncrypted: row.emailEncrypted,
      recipientHmac: row.emailHmac,
      language: siteMailLanguage(site.languages),
      template: 'subscription-confirm',
      params: {
        siteName: site.name,
        confirmUrl: confirmUrl(this.publicUrl, row.confirmToken),
        kind: row.kind,
      },
    };
  }

  private async notifySubscribers(
    tx: Queryable,
    published: readonly CommentRow[],
    sites: ReadonlyMap<string, SiteSettings>,
  ): Promise<StagedMail[]> {
    const recipients = await this.subscriptions.recipients(
      tx,
      published.map((c) => c.id),
    );
    if (recipients.length === 0) return [];
    const byId = new Map(published.map((c) => [c.id, c]));
    const parentIds = recipients
      .filter((r) => r.kind === 'replies')
      .map((r) => byId.get(r.commentId)!.parentId!);
    const parents = new Map(
      (await this.subscriptions.quoted(tx, [...new Set(parentIds)])).map((p) => [p.id, p]),
    );
    return recipients.flatMap((recipient) => {
      const comment = byId.get(recipient.commentId)!;
      const parent = comment.parentId ? parents.get(comment.parentId) : undefined;
      return [this.subscriberMail(recipient, comment, parent, sites.get(comment.siteId)!)];
    });
  }

  private subscriberMail(
    recipient: Recipient,
    comment: CommentRow,
    parent: { authorName: string; body: string } | undefined,
    site: SiteSettings,
  ): StagedMail {
    const common = {
      siteId: comment.siteId,
      recipientEncrypted: recipient.emailEncrypted,
      recipientHmac: recipient.emailHmac,
      language: siteMailLanguage(site.languages),
      unsubscribeUrl: unsubscribeUrl(this.publicUrl, recipient.unsubscribeToken),
    };
    const shown = {
      siteName: site.name,
      threadUrl: threadUrl(comment.threadId, site.allowedOrigins, this.publicUrl),
    };
    const quote = { authorName: comment.authorName, body: comment.body };
    if (recipient.kind === 'replies' && parent) {
      const params = {
        ...shown,
        comment: quote,
        parent: { authorName: parent.authorName, body: parent.body },
      };
      return { ...common, template: 'reply', params };
    }
    return { ...common, template: 'thread-comment', params: { ...shown, comment: quote } };
  }
}

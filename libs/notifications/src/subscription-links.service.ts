import { Injectable } from '@nestjs/common';
import { SitesService } from '@app/comments';
import { MailLanguage, SubscriptionKind } from '@app/db';
import { siteMailLanguage } from '@app/mail';
import { TOKEN_SHAPE } from './links';
import { SubscriptionsRepository } from './subscriptions.repository';

/** What a confirmation or unsubscribe page shows: the site and the choice, never the address. */
export interface SubscriptionView {
  siteName: string;
  language: MailLanguage;
  kind: SubscriptionKind;
  done: boolean;
}

/** The two links a reader gets by mail: confirm (double opt-in) and one-click unsubscribe. */
@Injectable()
export class SubscriptionLinks {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly sites: SitesService,
  ) {}

  /** Null when the token is unknown (or not a token at all). */
  async confirmation(token: string): Promise<SubscriptionView | null> {
    const row = TOKEN_SHAPE.test(token) ? await this.subscriptions.findByConfirmToken(token) : undefined;
    return row ? this.view(row.siteId, row.kind, row.confirmedAt !== null) : null;
  }

  /** Confirms every pending subscription of the address on that site; a second click changes nothing. */
  async confirm(token: string): Promise<SubscriptionView | null> {
    const row = TOKEN_SHAPE.test(token) ? await this.subscriptions.findByConfirmToken(token) : undefined;
    if (!row) return null;
    await this.subscriptions.confirmAddress(row.siteId, row.emailHmac, new Date());
    return this.view(row.siteId, row.kind, true);
  }

  async unsubscription(token: string): Promise<SubscriptionView | null> {
    const row = TOKEN_SHAPE.test(token) ? await this.subscriptions.findByUnsubscribeToken(token) : undefined;
    return row ? this.view(row.siteId, row.kind, row.unsubscribedAt !== null) : null;
  }

  /** RFC 8058 one-click: idempotent, so a mail client's retry or a second click is harmless. */
  async unsubscribe(token: string): Promise<SubscriptionView | null> {
    const row = TOKEN_SHAPE.test(token) ? await this.subscriptions.findByUnsubscribeToken(token) : undefined;
    if (!row) return null;
    await this.subscriptions.unsubscribe(row.id, new Date());
    return this.view(row.siteId, row.kind, true);
  }

  private async view(siteId: string, kind: SubscriptionKind, done: boolean): Promise<SubscriptionView> {
    const site = await this.sites.settings(siteId);
    return { siteName: site.name, language: siteMailLanguage(site.languages), kind, done };
  }
}

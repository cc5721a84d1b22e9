import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import {
  Database,
  DATABASE,
  NewWebhookDeliveryRow,
  prepared,
  Queryable,
  WebhookAttemptRow,
  WebhookDeliveryRow,
  webhookAttempts,
  webhookDeliveries,
  WebhookEndpointRow,
  webhookEndpoints,
} from '@app/db';

const ENABLED_ENDPOINTS_SQL = `SELECT site_id, id, events FROM webhook_endpoints
  WHERE site_id = ANY($1::text[]) AND enabled`;

export type EndpointChanges = Partial<
  Pick<
    WebhookEndpointRow,
    | 'enabled'
    | 'disabledReason'
    | 'consecutiveFailures'
    | 'failingSince'
    | 'secretEncrypted'
    | 'previousSecretEncrypted'
    | 'previousSecretExpiresAt'
  >
>;
export type DeliveryChanges = Partial<
  Pick<
    WebhookDeliveryRow,
    'status' | 'attempts' | 'nextAttemptAt' | 'enqueuedAt' | 'lastStatusCode' | 'lastError' | 'deliveredAt'
  >
>;

/** Typed queries for endpoints, deliveries (the outbox) and attempts; no rules live here. */
@Injectable()
export class WebhooksRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async insertEndpoint(row: typeof webhookEndpoints.$inferInsert): Promise<WebhookEndpointRow> {
    const [inserted] = await this.db.insert(webhookEndpoints).values(row).returning();
    return inserted;
  }

  listEndpoints(siteId: string): Promise<WebhookEndpointRow[]> {
    return this.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.siteId, siteId))
      .orderBy(asc(webhookEndpoints.createdAt));
  }

  async findEndpoint(id: string, siteId?: string): Promise<WebhookEndpointRow | undefined> {
    const where = siteId
      ? and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.siteId, siteId))
      : eq(webhookEndpoints.id, id);
    const [row] = await this.db.select().from(webhookEndpoints).where(where).limit(1);
    return row;
  }

  async deleteEndpoint(siteId: string, id: string): Promise<boolean> {
    const deleted = await this.db
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.siteId, siteId)))
      .returning({ id: webhookEndpoints.id });
    return deleted.length > 0;
  }

  async updateEndpoint(id: string, changes: EndpointChanges): Promise<WebhookEndpointRow | undefined> {
    const [row] = await this.db
      .update(webhookEndpoints)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    return row;
  }

  /** Switches an enabled endpoint off; false when it already was (the first reason stands). */
  async disable(id: string, reason: string): Promise<boolean> {
    const rows = await this.db
      .update(webhookEndpoints)
      .set({ enabled: false, disabledReason: reason, updatedAt: new Date() })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.enabled, true)))
      .returning({ id: webhookEndpoints.id });
    return rows.length > 0;
  }

  /** Counts one more failed attempt in a row; answers the count and when the run of failures began. */
  async countFailure(id: string): Promise<{ failures: number; failingSince: Date | null }> {
    const [row] = await this.db
      .update(webhookEndpoints)
      .set({
        consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`,
        failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())`,
      })
      .where(eq(webhookEndpoints.id, id))
      .returning({
        failures: webhookEndpoints.consecutiveFailures,
        failingSince: webhookEndpoints.failingSince,
      });
    return row ?? { failures: 0, failingSince: null };
  }

  async resetFailures(id: string): Promise<void> {
    await this.db
      .update(webhookEndpoints)
      .set({ consecutiveFailures: 0, failingSince: null })
      .where(and(eq(webhookEndpoints.id, id), sql`${webhookEndpoints.consecutiveFailures} <> 0`));
  }

  /**
   * The enabled endpoints of each of these sites, in one statement: the outbox reads them in every batch that
   * changes a status, inside its transaction, so it is SQL written once (a named prepared statement).
   */
  async enabledEndpointsOf(
    tx: Queryable,
    siteIds: readonly string[],
  ): Promise<Map<string, Pick<WebhookEndpointRow, 'id' | 'events'>[]>> {
    const bySite = new Map<string, Pick<WebhookEndpointRow, 'id' | 'events'>[]>();
    if (siteIds.length === 0) return bySite;
    const rows = await prepared<{ site_id: string; id: string; events: unknown }>(
      tx,
      'outbox_enabled_endpoints',
      ENABLED_ENDPOINTS_SQL,
      [[...siteIds]],
    );
    for (const row of rows) {
      const events = webhookEndpoints.events.mapFromDriverValue(row.events) as WebhookEndpointRow['events'];
      bySite.set(row.site_id, [...(bySite.get(row.site_id) ?? []), { id: row.id, events }]);
    }
    return bySite;
  }

  async insertDeliveries(tx: Queryable, rows: NewWebhookDeliveryRow[]): Promise<void> {
    if (rows.length > 0) await tx.insert(webhookDeliveries).values(rows);
  }

  /** Deliveries written but not yet handed to the queue: the outbox. */
  outbox(limit: number): Promise<Pick<WebhookDeliveryRow, 'id' | 'endpointId' | 'nextAttemptAt'>[]> {
    return this.db
      .select({
        id: webhookDeliveries.id,
        endpointId: webhookDeliveries.endpointId,
        nextAttemptAt: webhookDeliveries.nextAttemptAt,
      })
      .from(webhookDeliveries)
      .where(and(isNull(webhookDeliveries.enqueuedAt), eq(webhookDeliveries.status, 'pending')))
      .orderBy(asc(webhookDeliveries.createdAt))
      .limit(limit);
  }

  /** Per endpoint, how many deliveries already wait in the queue: a burst's later jobs get a lower priority. */
  /** Pending deliveries handed to the queue that should have been attempted before `before`. */
  async overdueEnqueued(before: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.status, 'pending'),
          isNotNull(webhookDeliveries.enqueuedAt),
          lt(webhookDeliveries.nextAttemptAt, before),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(limit);
    return rows.map((row) => row.id);
  }

  /** Puts deliveries back in the outbox, for the relay to enqueue again. */
  async returnToOutbox(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .update(webhookDeliveries)
      .set({ enqueuedAt: null })
      .where(and(inArray(webhookDeliveries.id, ids), eq(webhookDeliveries.status, 'pending')));
  }

  async queuedBacklog(endpointIds: string[]): Promise<Map<string, number>> {
    if (endpointIds.length === 0) return new Map();
    const rows = await this.db
      .select({ endpointId: webhookDeliveries.endpointId, count: sql<number>`count(*)::int` })
      .from(webhookDeliveries)
      .where(
        and(
          inArray(webhookDeliveries.endpointId, endpointIds),
          eq(webhookDeliveries.status, 'pending'),
          isNotNull(webhookDeliveries.enqueuedAt),
        ),
      )
      .groupBy(webhookDeliveries.endpointId);
    return new Map(rows.map((row) => [row.endpointId, row.count]));
  }

  async markEnqueued(ids: string[], at: Date): Promise<void> {
    if (ids.length > 0)
      await this.db
        .update(webhookDeliveries)
        .set({ enqueuedAt: at })
        .where(inArray(webhookDeliveries.id, ids));
  }

  async findDelivery(id: string): Promise<WebhookDeliveryRow | undefined> {
    const [row] = await this.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).limit(1);
    return row;
  }

  async updateDelivery(id: string, changes: DeliveryChanges): Promise<WebhookDeliveryRow | undefined> {
    const [row] = await this.db
      .update(webhookDeliveries)
      .set(changes)
      .where(eq(webhookDeliveries.id, id))
      .returning();
    return row;
  }

  async recordAttempt(row: Omit<typeof webhookAttempts.$inferInsert, 'id'>): Promise<void> {
    await this.db.insert(webhookAttempts).values(row);
  }

  listDeliveries(endpointId: string, limit: number): Promise<WebhookDeliveryRow[]> {
    return this.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpointId))
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(limit);
  }

  attemptsOf(deliveryIds: string[]): Promise<WebhookAttemptRow[]> {
    if (deliveryIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(webhookAttempts)
      .where(inArray(webhookAttempts.deliveryId, deliveryIds))
      .orderBy(asc(webhookAttempts.attemptedAt), asc(webhookAttempts.id));
  }
}

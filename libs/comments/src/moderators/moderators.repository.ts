import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import {
  Database,
  DATABASE,
  loginFailures,
  ModeratorRole,
  ModeratorRow,
  moderators,
  moderatorSessions,
  moderatorSites,
} from '@app/db';

/** Any number identifies our lock: two processes starting on an empty store must not both create an admin. */
const FIRST_ADMIN_LOCK_ID = 7_343_002;

/** Typed queries on moderators, their sites, sessions and failed logins. */
@Injectable()
export class ModeratorsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async findByEmail(email: string): Promise<ModeratorRow | undefined> {
    const [row] = await this.db.select().from(moderators).where(eq(moderators.email, email)).limit(1);
    return row;
  }

  async sitesOf(moderatorId: string): Promise<string[]> {
    const rows = await this.db
      .select({ siteId: moderatorSites.siteId })
      .from(moderatorSites)
      .where(eq(moderatorSites.moderatorId, moderatorId))
      .orderBy(moderatorSites.siteId);
    return rows.map((r) => r.siteId);
  }

  async sitesOfMany(ids: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    const rows = await this.db.select().from(moderatorSites).where(inArray(moderatorSites.moderatorId, ids));
    for (const row of rows) out.get(row.moderatorId)?.push(row.siteId);
    return out;
  }

  async list(): Promise<ModeratorRow[]> {
    return this.db.select().from(moderators).orderBy(moderators.createdAt);
  }

  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .select({ id: moderators.id, name: moderators.name })
      .from(moderators)
      .where(inArray(moderators.id, ids));
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Inserts the moderator and their sites together; false when the email is taken. */
  async insert(row: typeof moderators.$inferInsert, siteIds: string[]): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(moderators)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: moderators.id });
      if (inserted.length === 0) return false;
      if (siteIds.length > 0) {
        await tx.insert(moderatorSites).values(siteIds.map((siteId) => ({ moderatorId: row.id, siteId })));
      }
      return true;
    });
  }

  /** Creates the first admin only while there is no moderator at all, under a lock held until the commit. */
  async insertFirstAdmin(row: typeof moderators.$inferInsert & { role: ModeratorRole }): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ADMIN_LOCK_ID})`);
      const [existing] = await tx.select({ id: moderators.id }).from(moderators).limit(1);
      if (existing) return false;
      const inserted = await tx
        .insert(moderators)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: moderators.id });
      return inserted.length > 0;
    });
  }

  async insertSession(tokenHash: string, moderatorId: string, expiresAt: Date): Promise<void> {
    await this.db.insert(moderatorSessions).values({ tokenHash, moderatorId, expiresAt });
  }

  async findSession(tokenHash: string, now: Date): Promise<ModeratorRow | undefined> {
    const [row] = await this.db
      .select({ moderator: moderators })
      .from(moderatorSessions)
      .innerJoin(moderators, eq(moderators.id, moderatorSessions.moderatorId))
      .where(and(eq(moderatorSessions.tokenHash, tokenHash), gt(moderatorSessions.expiresAt, now)))
      .limit(1);
    return row?.moderator;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.delete(moderatorSessions).where(eq(moderatorSessions.tokenHash, tokenHash));
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.delete(moderatorSessions).where(lt(moderatorSessions.expiresAt, now));
  }

  async lockedUntil(keys: string[], now: Date): Promise<Date | null> {
    const rows = await this.db
      .select({ lockedUntil: loginFailures.lockedUntil })
      .from(loginFailures)
      .where(and(inArray(loginFailures.key, keys), gt(loginFailures.lockedUntil, now)));
    const times = rows.map((r) => r.lockedUntil!.getTime());
    return times.length ? new Date(Math.max(...times)) : null;
  }

  /**
   * Takes one attempt from the key's budget in one statement (the row lock orders parallel logins): answers the
   * attempts in the window, this one included, and the lock if one is in force. A window that ended starts anew,
   * unless a lock still runs.
   */
  async reserveAttempt(
    key: string,
    now: Date,
    windowStartedAfter: Date,
  ): Promise<{ attempts: number; lockedUntil: Date | null }> {
    const expired = sql`${loginFailures.windowStart} < ${windowStartedAfter} and (${loginFailures.lockedUntil} is null or ${loginFailures.lockedUntil} <= ${now})`;
    const [row] = await this.db
      .insert(loginFailures)
      .values({ key, failures: 1, windowStart: now })
      .onConflictDoUpdate({
        target: loginFailures.key,
        set: {
          failures: sql`case when ${expired} then 1 else ${loginFailures.failures} + 1 end`,
          windowStart: sql`case when ${expired} then ${now} else ${loginFailures.windowStart} end`,
        },
      })
      .returning({ attempts: loginFailures.failures, lockedUntil: loginFailures.lockedUntil });
    return row;
  }

  /** Gives back an attempt that turned out right, so a shared address is not locked by its own good logins. */
  async releaseAttempt(key: string): Promise<void> {
    await this.db
      .update(loginFailures)
      .set({ failures: sql`greatest(${loginFailures.failures} - 1, 0)` })
      .where(eq(loginFailures.key, key));
  }

  async lock(key: string, until: Date): Promise<void> {
    await this.db.update(loginFailures).set({ lockedUntil: until }).where(eq(loginFailures.key, key));
  }

  async clearFailures(key: string): Promise<void> {
    await this.db.delete(loginFailures).where(eq(loginFailures.key, key));
  }
}

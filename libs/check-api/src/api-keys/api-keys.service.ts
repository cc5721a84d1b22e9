import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { ApiKeyRow } from '@app/db';
import { assertSiteAccess, CurrentModerator, NotFoundError, SitesService } from '@app/comments';
import { ApiKeysRepository } from './api-keys.repository';
import { hashApiKey, isApiKeyShaped, newApiKey } from './key-format';
import { parseCreateApiKey } from './create-api-key.dto';

/** What a check call knows about the key that made it. */
export interface ApiCaller {
  keyId: string;
  siteId: string;
  learn: boolean;
}

/** How long a process trusts what it read about a key; a revoke elsewhere takes effect within this. */
const KEY_CACHE_MS = 5000;
/** Usage is added up in memory and written every few seconds, so a call costs no write. */
const USAGE_FLUSH_MS = 5000;

interface CachedKey {
  caller: ApiCaller | null;
  readAt: number;
}

@Injectable()
export class ApiKeysService implements OnModuleDestroy {
  private readonly cache = new Map<string, CachedKey>();
  private readonly usage = new Map<string, { requests: number; flagged: number; at: Date }>();
  private readonly flushTimer: NodeJS.Timeout;

  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly sites: SitesService,
  ) {
    this.flushTimer = setInterval(() => void this.flushUsage().catch(() => undefined), USAGE_FLUSH_MS);
    this.flushTimer.unref();
  }

  async create(moderator: CurrentModerator, siteId: string, input: unknown) {
    assertSiteAccess(moderator, siteId);
    await this.sites.settings(siteId); // 404 for an unknown site
    const dto = parseCreateApiKey(input);
    const key = newApiKey();
    const row = await this.keys.insert({
      id: uuidv7(),
      siteId,
      name: dto.name?.trim() || 'API key',
      keyHash: hashApiKey(key),
      keyHint: key.slice(-4),
      learn: dto.learn ?? false,
      createdBy: moderator.id,
    });
    return { ...publicView(row), key };
  }

  async list(moderator: CurrentModerator, siteId: string) {
    assertSiteAccess(moderator, siteId);
    await this.sites.settings(siteId);
    return { items: (await this.keys.listForSite(siteId)).map(publicView) };
  }

  async revoke(moderator: CurrentModerator, siteId: string, id: string): Promise<void> {
    assertSiteAccess(moderator, siteId);
    if (!(await this.keys.revoke(siteId, id, new Date()))) throw new NotFoundError(`No active key "${id}".`);
    for (const [hash, entry] of this.cache) if (entry.caller?.keyId === id) this.cache.delete(hash);
  }

  /** The caller behind a key, or null for a missing, malformed, unknown or revoked one. */
  async authenticate(key: unknown): Promise<ApiCaller | null> {
    if (!isApiKeyShaped(key)) return null;
    const hash = hashApiKey(key);
    const cached = this.cache.get(hash);
    if (cached && Date.now() - cached.readAt < KEY_CACHE_MS) return cached.caller;
    const row = await this.keys.findActiveByHash(hash);
    const caller = row ? { keyId: row.id, siteId: row.siteId, learn: row.learn } : null;
    this.cache.set(hash, { caller, readAt: Date.now() });
    return caller;
  }

  recordUse(caller: ApiCaller, flagged: boolean): void {
    const entry = this.usage.get(caller.keyId) ?? { requests: 0, flagged: 0, at: new Date() };
    entry.requests++;
    if (flagged) entry.flagged++;
    entry.at = new Date();
    this.usage.set(caller.keyId, entry);
  }

  async flushUsage(): Promise<void> {
    const pending = [...this.usage];
    this.usage.clear();
    for (const [id, { requests, flagged, at }] of pending)
      await this.keys.addUsage(id, requests, flagged, at);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.flushTimer);
    await this.flushUsage().catch(() => undefined);
  }
}

/** Never the key or its hash: only what lets an admin tell keys apart and see their use. */
function publicView(row: ApiKeyRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    name: row.name,
    keyHint: `…${row.keyHint}`,
    learn: row.learn,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    requests: row.requests,
    flagged: row.flagged,
  };
}

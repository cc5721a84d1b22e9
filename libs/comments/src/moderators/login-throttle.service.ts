import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { Secrets, SECRETS } from '@app/config';
import { TooManyRequestsError } from '../domain-errors';
import { ModeratorsRepository } from './moderators.repository';

const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;
/** An account is locked after a few wrong passwords; an IP gets more room (an office shares one address). */
const MAX_PER_ACCOUNT = 5;
const MAX_PER_IP = 20;

/** Brute-force protection: failed logins counted in PostgreSQL per account and per IP, shared by every API process. */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly repository: ModeratorsRepository,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  /** The keys never hold the email itself: an HMAC of it, so the table says nothing about who logs in. */
  keysFor(email: string, ip: string | null): { account: string; ip: string | null } {
    const account = `account:${createHmac('sha256', this.secrets.sessionKey).update(email).digest('base64url')}`;
    return { account, ip: ip ? `ip:${ip}` : null };
  }

  async assertAllowed(keys: { account: string; ip: string | null }, now = new Date()): Promise<void> {
    const until = await this.repository.lockedUntil([keys.account, ...(keys.ip ? [keys.ip] : [])], now);
    if (until) {
      throw new TooManyRequestsError(
        'Too many failed logins; try again later.',
        (until.getTime() - now.getTime()) / 1000,
      );
    }
  }

  async recordFailure(keys: { account: string; ip: string | null }, now = new Date()): Promise<void> {
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    const limits: [string | null, number][] = [
      [keys.account, MAX_PER_ACCOUNT],
      [keys.ip, MAX_PER_IP],
    ];
    for (const [key, max] of limits) {
      if (!key) continue;
      const failures = await this.repository.countFailure(key, now, windowStart);
      if (failures >= max) await this.repository.lock(key, new Date(now.getTime() + LOCK_MS));
    }
  }

  async recordSuccess(keys: { account: string }): Promise<void> {
    await this.repository.clearFailures(keys.account);
  }
}

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

  /**
   * Reserves this attempt on the account and the IP before the password is checked, so a parallel burst gets no
   * more guesses than a sequence: an attempt past the budget, or under a lock, is refused without scrypt.
   * Answers the attempt counts, which recordFailure needs.
   */
  async reserve(keys: ThrottleKeys, now = new Date()): Promise<Reservation> {
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    const reservation: Reservation = [];
    let refusedUntil: Date | null = null;
    for (const [key, max] of limitsOf(keys)) {
      const { attempts, lockedUntil } = await this.repository.reserveAttempt(key, now, windowStart);
      reservation.push({ key, attempts, max });
      if (lockedUntil && lockedUntil > now) refusedUntil = later(refusedUntil, lockedUntil);
      else if (attempts > max) refusedUntil = later(refusedUntil, new Date(now.getTime() + LOCK_MS));
    }
    if (refusedUntil) {
      throw new TooManyRequestsError(
        'Too many failed logins; try again later.',
        (refusedUntil.getTime() - now.getTime()) / 1000,
      );
    }
    return reservation;
  }

  /** The reserved attempt was wrong: it stays counted, and a key that used its whole budget is locked. */
  async recordFailure(reservation: Reservation, now = new Date()): Promise<void> {
    for (const { key, attempts, max } of reservation) {
      if (attempts >= max) await this.repository.lock(key, new Date(now.getTime() + LOCK_MS));
    }
  }

  /** The account starts afresh; the IP gets its attempt back. */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.repository.clearFailures(keys.account);
    if (keys.ip) await this.repository.releaseAttempt(keys.ip);
  }
}

type ThrottleKeys = { account: string; ip: string | null };
export type Reservation = { key: string; attempts: number; max: number }[];

const limitsOf = (keys: ThrottleKeys): [string, number][] => [
  [keys.account, MAX_PER_ACCOUNT],
  ...(keys.ip ? [[keys.ip, MAX_PER_IP] as [string, number]] : []),
];

const later = (a: Date | null, b: Date): Date => (a && a > b ? a : b);

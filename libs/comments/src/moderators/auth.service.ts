import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Secrets, SECRETS } from '@app/config';
import { ModeratorRow } from '@app/db';
import { normaliseEmail } from '../crypto/email-crypto';
import { UnauthorizedError } from './auth-errors';
import { CurrentModerator } from './current-moderator';
import { ModeratorsRepository } from './moderators.repository';
import { LoginThrottle } from './login-throttle.service';
import { decoyHash, verifyPassword } from './passwords';

/** A working day; the moderator logs in again after that. */
export const SESSION_TTL_MS = 12 * 3600 * 1000;

export interface IssuedSession {
  token: string;
  expiresAt: string;
  csrfToken: string;
  moderator: CurrentModerator;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Logins, sessions and CSRF tokens. Tokens are random; only their hash is stored. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly moderators: ModeratorsRepository,
    private readonly throttle: LoginThrottle,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async login(input: { email: unknown; password: unknown; ip: string | null }): Promise<IssuedSession> {
    if (
      typeof input.email !== 'string' ||
      typeof input.password !== 'string' ||
      input.password.length > 1024
    ) {
      throw new UnauthorizedError('Wrong email or password.');
    }
    const email = normaliseEmail(input.email);
    const keys = this.throttle.keysFor(email, input.ip);
    const reservation = await this.throttle.reserve(keys);
    const moderator = await this.moderators.findByEmail(email);
    // An unknown email costs a full scrypt too, so timing does not say which accounts exist.
    const valid = await verifyPassword(input.password, moderator?.passwordHash ?? (await decoyHash()));
    if (!moderator || !valid) {
      await this.throttle.recordFailure(reservation);
      this.logger.warn({ ip: input.ip }, 'failed login');
      throw new UnauthorizedError('Wrong email or password.');
    }
    await this.throttle.recordSuccess(keys);
    const now = new Date();
    await this.moderators.deleteExpiredSessions(now);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.moderators.insertSession(hashToken(token), moderator.id, expiresAt);
    this.logger.log({ moderatorId: moderator.id }, 'logged in');
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      csrfToken: this.csrfTokenFor(token),
      moderator: await this.view(moderator),
    };
  }

  /** The moderator behind a live session token, or null (unknown, expired or logged out). */
  async authenticate(token: string): Promise<CurrentModerator | null> {
    if (!token || token.length > 200) return null;
    const moderator = await this.moderators.findSession(hashToken(token), new Date());
    return moderator ? this.view(moderator) : null;
  }

  async logout(token: string): Promise<void> {
    await this.moderators.deleteSession(hashToken(token));
  }

  /** Double-submit token for cookie sessions: derived from the session, so it needs no storage and dies with it. */
  csrfTokenFor(sessionToken: string): string {
    return createHmac('sha256', this.secrets.sessionKey).update(`csrf:${sessionToken}`).digest('base64url');
  }

  isCsrfTokenValid(sessionToken: string, presented: string | undefined): boolean {
    if (!presented) return false;
    const expected = Buffer.from(this.csrfTokenFor(sessionToken));
    const given = Buffer.from(presented);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private async view(row: ModeratorRow): Promise<CurrentModerator> {
    return { id: row.id, name: row.name, role: row.role, siteIds: await this.moderators.sitesOf(row.id) };
  }
}

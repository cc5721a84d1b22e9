import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { Secrets, SECRETS } from '@app/config';
import { ProofOfWorkState, SiteSettings } from '@app/moderation';
import { SitesService } from '../sites/sites.service';

/** altcha-lib's v1 API (SHA-256 over salt + number, HMAC-signed challenge), typed here: its subpath has no TS types under our resolution. */
interface AltchaV1 {
  createChallenge(options: {
    hmacKey: string;
    maxNumber: number;
    expires: Date;
  }): Promise<{ algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string }>;
  verifySolution(payload: string, hmacKey: string, checkExpires: boolean): Promise<boolean>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const altcha = require('altcha-lib/v1') as AltchaV1;

/**
 * Numbers a solver may have to try. A phone with 4× CPU throttling solves within ~0.1–0.4 s on average
 * (test/browser/proof-of-work.test.ts, docs/spam.md); enough to make bulk posting cost, not enough to annoy readers.
 */
export const POW_MAX_NUMBER = 5000;
/** A challenge lives as long as a reader may keep an article open before commenting (like a form token). */
const CHALLENGE_TTL_MS = 24 * 3600 * 1000;
/** A solution is a small base64 JSON; anything longer is not one of ours. */
const MAX_PAYLOAD = 2000;

export type PowChallenge =
  | { enabled: false }
  | {
      enabled: true;
      algorithm: string;
      challenge: string;
      maxnumber: number;
      salt: string;
      signature: string;
    };

/**
 * The optional proof-of-work (site setting `proofOfWork`): ALTCHA challenges signed with a key of this service and
 * the site, so no third party and no cookie are involved. A missing or failed solution is spam evidence for the
 * checks, never a refusal: the no-JavaScript form keeps working.
 */
@Injectable()
export class ProofOfWorkService {
  private readonly baseKey: Buffer;

  constructor(
    private readonly sites: SitesService,
    @Inject(SECRETS) secrets: Secrets,
  ) {
    this.baseKey = createHmac('sha256', secrets.formTokenKey).update('proof-of-work').digest();
  }

  async challenge(siteId: string): Promise<PowChallenge> {
    const site = await this.sites.settings(siteId);
    if (!site.proofOfWork) return { enabled: false };
    const challenge = await altcha.createChallenge({
      hmacKey: this.keyOf(site.id),
      maxNumber: POW_MAX_NUMBER,
      expires: new Date(Date.now() + CHALLENGE_TTL_MS),
    });
    return { enabled: true, ...challenge };
  }

  /** What the checks learn of a submission's solution; verified here because it needs the key. */
  async stateOf(site: SiteSettings, payload: string | null): Promise<ProofOfWorkState> {
    if (!site.proofOfWork) return 'not-asked';
    if (!payload) return 'missing';
    if (payload.length > MAX_PAYLOAD) return 'failed';
    try {
      return (await altcha.verifySolution(payload, this.keyOf(site.id), true)) ? 'solved' : 'failed';
    } catch {
      return 'failed';
    }
  }

  /** One key per site, so a challenge solved for one site proves nothing on another. */
  private keyOf(siteId: string): string {
    return createHmac('sha256', this.baseKey).update(siteId).digest('hex');
  }
}

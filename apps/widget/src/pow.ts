import { getJson } from './api';

/**
 * The optional proof-of-work (site setting `proofOfWork`): fetches an ALTCHA challenge from the service itself (no
 * third party, no cookie) and finds the number n with SHA-256(salt + n) = challenge while the reader types. Resolves
 * with the payload the comment form sends as `altcha`, or null when the site does not ask or anything fails: a
 * missing solution is only spam evidence, never a refusal.
 */
interface Challenge {
  enabled: boolean;
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

export async function solveProofOfWork(challengeUrl: string): Promise<string | null> {
  try {
    const c = await getJson<Challenge>(challengeUrl);
    if (!c?.enabled || c.algorithm !== 'SHA-256' || !crypto.subtle) return null;
    const encoder = new TextEncoder();
    for (let n = 0; n <= c.maxnumber; n++) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(c.salt + n)));
      if (hex(digest) === c.challenge) {
        const { algorithm, challenge, salt, signature } = c;
        return btoa(JSON.stringify({ algorithm, challenge, number: n, salt, signature }));
      }
    }
    return null;
  } catch {
    return null;
  }
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += (byte < 16 ? '0' : '') + byte.toString(16);
  return out;
}

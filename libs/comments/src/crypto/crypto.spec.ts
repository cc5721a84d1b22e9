import { createHash, randomBytes } from 'node:crypto';
import { avatarSeed, decryptEmail, emailLookupHmac, encryptEmail, maskEmail } from './email-crypto';
import { foldedWords } from '@app/moderation';
import { bodyFingerprint } from '../intake/intake.service';
import { lockKey } from '../intake/intake.repository';
import { hashStatusToken, issueFormToken, newStatusToken, readFormToken } from './tokens';

const key = randomBytes(32);

describe('email crypto', () => {
  it('round-trips and never stores the address in the clear', () => {
    const stored = encryptEmail('Reena@Example.org', key);
    expect(stored).not.toContain('example');
    expect(decryptEmail(stored, key)).toBe('reena@example.org');
    expect(encryptEmail('reena@example.org', key)).not.toBe(stored); // random IV
  });

  it('looks up case-insensitively, and the seed is no plain hash of the address', () => {
    expect(emailLookupHmac('A@B.org', key)).toBe(emailLookupHmac(' a@b.org', key));
    const seed = avatarSeed('a@b.org', 'demo', key);
    for (const algo of ['md5', 'sha256', 'sha1']) {
      expect(createHash(algo).update('a@b.org').digest('hex')).not.toContain(seed);
    }
    expect(avatarSeed('a@b.org', 'other', key)).not.toBe(seed);
  });

  it('masks', () => {
    expect(maskEmail('reena@example.org')).toBe('r***@example.org');
    expect(maskEmail('रीना@example.org')).toBe('र***@example.org');
  });
});

describe('form token', () => {
  it('records when the form was shown and for which thread', () => {
    const { formToken } = issueFormToken('demo', 'post-1', key, 1_000_000);
    expect(readFormToken(formToken, 'demo', 'post-1', key, 1_004_000)).toEqual({
      state: 'valid',
      secondsToSubmit: 4,
    });
    expect(readFormToken(formToken, 'demo', 'post-2', key, 1_004_000)).toEqual({ state: 'invalid' });
    expect(readFormToken(formToken + 'x', 'demo', 'post-1', key)).toEqual({ state: 'invalid' });
    expect(readFormToken(formToken, 'demo', 'post-1', key, 1_000_000 + 25 * 3600_000)).toEqual({
      state: 'expired',
    });
    expect(readFormToken(undefined, 'demo', 'post-1', key)).toEqual({ state: 'missing' });
  });
});

/**
 * Stored values: a status token's hash, a body's fingerprint and an advisory lock key must come out exactly as
 * before whatever computes them, or a stored hash stops matching its token and a batch stops waiting for another.
 */
describe('stored digests', () => {
  it('hashes a status token to SHA-256 in base64url', () => {
    expect(hashStatusToken('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    const { token, hash } = newStatusToken();
    expect(hash).toBe(createHash('sha256').update(token).digest('base64url'));
  });

  it("fingerprints a body's folded words, Hindi included", () => {
    const body = 'नमस्ते दुनिया।  Nice post!!';
    const words = 'नमस्ते दुनिया nice post';
    expect(foldedWords(body).join(' ')).toBe(words);
    expect(bodyFingerprint(body)).toBe(createHash('sha256').update(words).digest('base64url').slice(0, 32));
  });

  it('keys an advisory lock by the first 8 bytes of SHA-256, signed', () => {
    expect(lockKey('abc')).toBe(-5010229573455851542n);
  });
});

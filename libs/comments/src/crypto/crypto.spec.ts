import { createHash, randomBytes } from 'node:crypto';
import { avatarSeed, decryptEmail, emailLookupHmac, encryptEmail, maskEmail } from './email-crypto';
import { issueFormToken, readFormToken } from './tokens';

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

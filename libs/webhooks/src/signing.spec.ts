import { Webhook } from 'standardwebhooks';
import { randomBytes } from 'node:crypto';
import { generateSecret, openSecret, sealSecret, signedHeaders } from './signing';

describe('webhook signing', () => {
  const body = JSON.stringify({ type: 'comment.published', data: { text: 'नमस्ते' } });
  const now = Math.floor(Date.now() / 1000);

  it('produces headers the standardwebhooks library verifies', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = signedHeaders([secret], 'msg_1', now, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during a rotation, and each verifies alone', () => {
    const [older, newer] = [generateSecret(), generateSecret()];
    const headers = signedHeaders([newer, older], 'msg_2', now, body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(newer).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(older).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSecret()).verify(body, headers)).toThrow();
  });

  it('fails verification when the body is changed', () => {
    const secret = generateSecret();
    const headers = signedHeaders([secret], 'msg_3', now, body);
    expect(() => new Webhook(secret).verify(body.replace('नमस्ते', 'x'), headers)).toThrow();
  });

  it('seals secrets so the stored form neither shows nor is the secret', () => {
    const key = randomBytes(32);
    const secret = generateSecret();
    const sealed = sealSecret(secret, key);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(openSecret(sealed, key)).toBe(secret);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
  });
});

import { hkdfSync } from 'node:crypto';
import { Secrets } from '@app/config';

export const WEBHOOK_SECRET_KEY = Symbol('WEBHOOK_SECRET_KEY');

/** The key that seals endpoint secrets at rest: derived for this one purpose from the at-rest encryption key. */
export function webhookSecretKey(secrets: Secrets): Buffer {
  return Buffer.from(
    hkdfSync('sha256', secrets.emailEncryptionKey, Buffer.alloc(0), 'webhook-secret-encryption', 32),
  );
}

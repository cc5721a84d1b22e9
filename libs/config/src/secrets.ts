import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Env } from './env.schema';

/** Keys derived for each purpose, so one leaked purpose key says nothing about another. */
export interface Secrets {
  emailEncryptionKey: Buffer;
  emailLookupKey: Buffer;
  avatarKey: Buffer;
  formTokenKey: Buffer;
  sessionKey: Buffer;
}

export function loadSecrets(env: Env): Secrets {
  const emailMaster = env.EMAIL_KEY ? decodeKey(env.EMAIL_KEY) : developmentKey(env.DATA_DIR, 'email.key');
  const appMaster = env.APP_SECRET ? Buffer.from(env.APP_SECRET) : developmentKey(env.DATA_DIR, 'app.key');
  const derive = (master: Buffer, purpose: string) =>
    Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), purpose, 32));
  return {
    emailEncryptionKey: derive(emailMaster, 'email-encryption'),
    emailLookupKey: derive(emailMaster, 'email-lookup'),
    avatarKey: derive(appMaster, 'avatar-seed'),
    formTokenKey: derive(appMaster, 'form-token'),
    sessionKey: derive(appMaster, 'session'),
  };
}

function decodeKey(value: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  // A passphrase-like value still yields a full-length key rather than a silently short one.
  return key.length === 32 ? key : createHash('sha256').update(value).digest();
}

/** In development a key is generated once and kept beside the data, so restarts can still read stored emails. */
function developmentKey(dataDir: string, file: string): Buffer {
  const path = join(dataDir, file);
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  return key;
}

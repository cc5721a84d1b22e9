import {
  ABUSE_CATEGORIES,
  AbuseAction,
  DEFAULT_SITE_SETTINGS,
  Premoderation,
  SiteSettings,
} from '@app/moderation';
import { FieldErrors } from '../field-errors';

type Editable = Omit<SiteSettings, 'id'>;
const PREMODERATION: Premoderation[] = ['none', 'first-time', 'all'];
const ABUSE_ACTIONS: AbuseAction[] = ['publish', 'hold', 'reject'];
const SITE_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/i;

/**
 * Validates the admin API's site settings, every field named in the 422. With `current` (a PATCH) only the fields
 * given are checked and `spamThresholds` may be partial; without it (a POST) `name` is required.
 */
export function validateSiteSettings(
  body: Record<string, unknown>,
  current: SiteSettings | null,
  errors: FieldErrors,
): Partial<Editable> & { id?: string } {
  const out: Partial<Editable> & { id?: string } = {};
  const allowed = [
    'name',
    'allowedOrigins',
    'languages',
    'premoderation',
    'maxLinks',
    'blockedTerms',
    'heldTerms',
    'suspiciousDomains',
    'spamThresholds',
    'minSubmitSeconds',
    'floodSeconds',
    'maxBodyLength',
    'closed',
    'abusePolicy',
    'proofOfWork',
    'editWindowSeconds',
    'reportsToHold',
    'alertDigestMinutes',
  ];
  errors.unknownFields(body, current ? allowed : ['id', ...allowed]);
  const has = (key: string) => body[key] !== undefined;

  if (!current && has('id')) {
    if (typeof body.id !== 'string' || !SITE_ID.test(body.id)) {
      errors.add(
        'id',
        'invalid',
        'id has 1 to 63 letters, digits, "-" or "_", starting with a letter or digit.',
      );
    } else out.id = body.id;
  }
  if (has('name') || !current) {
    if (typeof body.name !== 'string' || !body.name.trim())
      errors.add('name', body.name === undefined ? 'required' : 'invalid', 'name is required text.');
    else if (body.name.length > 200) errors.add('name', 'too_long', 'name is at most 200 characters.');
    else out.name = body.name.trim();
  }
  if (has('allowedOrigins')) {
    const list = stringList(body.allowedOrigins, 'allowedOrigins', 100, 300, errors);
    const bad = list?.filter((o) => o !== '*' && !isOrigin(o));
    if (bad?.length)
      errors.add('allowedOrigins', 'invalid_url', `Not an origin (scheme://host[:port]): ${bad.join(', ')}.`);
    else if (list) out.allowedOrigins = list;
  }
  if (has('languages')) {
    const list = stringList(body.languages, 'languages', 50, 10, errors);
    if (list?.some((l) => !/^[a-z]{2,3}$/.test(l)))
      errors.add('languages', 'invalid', 'languages are ISO 639 codes such as "hi" and "en".');
    else if (list) out.languages = list;
  }
  if (has('premoderation')) {
    if (!PREMODERATION.includes(body.premoderation as Premoderation))
      errors.add('premoderation', 'invalid', `premoderation is ${PREMODERATION.join(', ')}.`);
    else out.premoderation = body.premoderation as Premoderation;
  }
  for (const [key, min, max] of [
    ['maxLinks', 0, 100],
    ['minSubmitSeconds', 0, 3600],
    ['floodSeconds', 0, 86400],
    ['maxBodyLength', 1, 50000],
    ['editWindowSeconds', 0, 86400],
    ['reportsToHold', 1, 1000],
    ['alertDigestMinutes', 5, 10080],
  ] as const) {
    if (!has(key)) continue;
    const n = body[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
      errors.add(key, 'invalid', `${key} is a whole number from ${min} to ${max}.`);
    else out[key] = n;
  }
  for (const key of ['blockedTerms', 'heldTerms', 'suspiciousDomains'] as const) {
    if (!has(key)) continue;
    const list = stringList(body[key], key, 2000, 100, errors);
    if (list) out[key] = list;
  }
  if (has('spamThresholds')) {
    const given = body.spamThresholds as Record<string, unknown>;
    const merged = { ...(current?.spamThresholds ?? { hold: 0.4, spam: 0.6 }) };
    if (!given || typeof given !== 'object' || Array.isArray(given))
      errors.add('spamThresholds', 'invalid', 'spamThresholds is { "hold", "spam" }.');
    else {
      for (const key of Object.keys(given)) {
        if (key !== 'hold' && key !== 'spam')
          errors.add(`spamThresholds.${key}`, 'unknown_field', `Unknown field "${key}".`);
      }
      for (const key of ['hold', 'spam'] as const) {
        if (given[key] === undefined) continue;
        const n = given[key];
        if (typeof n !== 'number' || !(n >= 0 && n <= 1))
          errors.add(`spamThresholds.${key}`, 'invalid', `spamThresholds.${key} is a number from 0 to 1.`);
        else merged[key] = n;
      }
      if (merged.hold > merged.spam)
        errors.add('spamThresholds', 'invalid', 'spamThresholds.hold must not exceed spamThresholds.spam.');
      out.spamThresholds = merged;
    }
  }
  for (const key of ['closed', 'proofOfWork'] as const) {
    if (!has(key)) continue;
    if (typeof body[key] !== 'boolean') errors.add(key, 'invalid', `${key} is true or false.`);
    else out[key] = body[key] as boolean;
  }
  if (has('abusePolicy')) {
    const given = body.abusePolicy as Record<string, unknown>;
    // A PATCH may name some categories; the rest keep what the site had (or the contract's defaults).
    const merged = { ...(current?.abusePolicy ?? DEFAULT_SITE_SETTINGS.abusePolicy) };
    if (!given || typeof given !== 'object' || Array.isArray(given))
      errors.add('abusePolicy', 'invalid', `abusePolicy is { "<category>": "publish" | "hold" | "reject" }.`);
    else {
      for (const [key, action] of Object.entries(given)) {
        if (!(ABUSE_CATEGORIES as readonly string[]).includes(key))
          errors.add(`abusePolicy.${key}`, 'unknown_field', `Unknown abuse category "${key}".`);
        else if (!ABUSE_ACTIONS.includes(action as AbuseAction))
          errors.add(`abusePolicy.${key}`, 'invalid', `abusePolicy.${key} is publish, hold or reject.`);
        else merged[key as keyof typeof merged] = action as AbuseAction;
      }
      out.abusePolicy = merged;
    }
  }
  return out;
}

function stringList(
  value: unknown,
  field: string,
  maxItems: number,
  maxLength: number,
  errors: FieldErrors,
): string[] | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    errors.add(field, 'invalid', `${field} is a list of text.`);
    return null;
  }
  if (value.length > maxItems) {
    errors.add(field, 'too_long', `${field} holds at most ${maxItems} entries.`);
    return null;
  }
  const list = [...new Set((value as string[]).map((v) => v.trim()).filter(Boolean))];
  if (list.some((v) => v.length > maxLength)) {
    errors.add(field, 'too_long', `Each entry of ${field} is at most ${maxLength} characters.`);
    return null;
  }
  return list;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

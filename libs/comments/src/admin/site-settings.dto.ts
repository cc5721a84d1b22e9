import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, ValidateNested } from 'class-validator';
import { AbuseAction, Premoderation } from '@app/moderation';

/**
 * The admin API's site settings bodies (POST and PATCH /v1/admin/sites), checked by the api's `validBody` pipe.
 * Each field's rules answer what the hand parser answered before: the same 422 fields, codes and messages, one
 * error per field. A field sent as null is checked (and refused), only an absent one is skipped. What needs the
 * stored site (PATCH merges of `spamThresholds` and `abusePolicy`, hold ≤ spam) is in site-settings.changes.ts.
 */

export const PREMODERATION: Premoderation[] = ['none', 'first-time', 'all'];
export const ABUSE_ACTIONS: AbuseAction[] = ['publish', 'hold', 'reject'];
const SITE_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/i;
const MAX_NAME = 200;

/** A rule of its own name, message and 422 code; `test` answers whether the value passes. */
function Rule(
  name: string,
  test: (value: unknown) => boolean,
  message: string | ((value: unknown) => string),
  code = 'invalid',
) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: typeof message === 'string' ? message : (args) => message(args.value),
        context: { code },
      },
      validator: { validate: (value: unknown) => test(value) },
    });
}

/** Absent fields are skipped; null is a value, and refused by the field's rules. */
const WhenGiven = () => ValidateIf((_dto: object, value: unknown) => value !== undefined);

const isTextArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((e) => typeof e === 'string');

/** Entries trimmed, blanks and repeats dropped: how a list is stored. */
export function cleanList(list: readonly string[]): string[] {
  return [...new Set(list.map((v) => v.trim()).filter(Boolean))];
}

/** A list of text, checked in order (not a list → too many → an entry too long); `entry` checks a good list. */
function TextList(
  field: string,
  maxItems: number,
  maxLength: number,
  entry?: {
    name: string;
    test: (list: string[]) => boolean;
    message: string | ((list: string[]) => string);
    code: string;
  },
) {
  const fits = (v: string[]) => v.length <= maxItems && cleanList(v).every((e) => e.length <= maxLength);
  return applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems }),
    WhenGiven(),
    Rule(`${field}List`, isTextArray, `${field} is a list of text.`),
    Rule(
      `${field}Size`,
      (v) => !isTextArray(v) || v.length <= maxItems,
      `${field} holds at most ${maxItems} entries.`,
      'too_long',
    ),
    Rule(
      `${field}Entry`,
      (v) => !isTextArray(v) || v.length > maxItems || fits(v),
      `Each entry of ${field} is at most ${maxLength} characters.`,
      'too_long',
    ),
    ...(entry
      ? [
          Rule(
            entry.name,
            (v) => !isTextArray(v) || !fits(v) || entry.test(cleanList(v)),
            typeof entry.message === 'string'
              ? entry.message
              : (v) => (entry.message as (list: string[]) => string)(cleanList(v as string[])),
            entry.code,
          ),
        ]
      : []),
  );
}

function WholeNumber(field: string, min: number, max: number) {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: min, maximum: max }),
    WhenGiven(),
    Rule(
      `${field}Range`,
      (n) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max,
      `${field} is a whole number from ${min} to ${max}.`,
    ),
  );
}

function Flag(field: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: Boolean }),
    WhenGiven(),
    Rule(`${field}Flag`, (v) => typeof v === 'boolean', `${field} is true or false.`),
  );
}

/** Stands in for a value that is not a JSON object, so that nested validation has nothing to walk into. */
class NotAnObject {}
const isPlainObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A nested object of `type`: not an object → one error on the field; otherwise each member is checked. */
function NestedObject(field: string, type: new () => object, message: string) {
  return applyDecorators(
    ApiPropertyOptional({ type }),
    Transform(({ obj }: { obj: Record<string, unknown> }) => {
      const value = obj[field];
      if (value === undefined) return undefined;
      return isPlainObject(value) ? plainToInstance(type, value) : new NotAnObject();
    }),
    WhenGiven(),
    Rule(`${field}Object`, (v) => !(v instanceof NotAnObject), message),
    ValidateNested(),
  );
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

function Threshold(key: 'hold' | 'spam') {
  return applyDecorators(
    ApiPropertyOptional({ type: Number, minimum: 0, maximum: 1 }),
    WhenGiven(),
    Rule(
      `${key}Threshold`,
      (n) => typeof n === 'number' && n >= 0 && n <= 1,
      `spamThresholds.${key} is a number from 0 to 1.`,
    ),
  );
}

/** Either may be given alone in a PATCH; the other keeps the site's value. */
export class SpamThresholdsDto {
  @Threshold('hold') hold?: number;
  @Threshold('spam') spam?: number;
}

function Action(category: string) {
  return applyDecorators(
    ApiPropertyOptional({ enum: ABUSE_ACTIONS }),
    WhenGiven(),
    Rule(
      `${category}Action`,
      (v) => ABUSE_ACTIONS.includes(v as AbuseAction),
      `abusePolicy.${category} is publish, hold or reject.`,
    ),
  );
}

/** Categories not given keep what the site had (or the defaults). */
export class AbusePolicyDto {
  @Action('profanity') profanity?: AbuseAction;
  @Action('insult') insult?: AbuseAction;
  @Action('hate') hate?: AbuseAction;
  @Action('threat') threat?: AbuseAction;
  @Action('sexual') sexual?: AbuseAction;
}

/** Every setting but `id` and `name`: all optional, in POST and PATCH alike. */
class SiteSettingsFields {
  @TextList('allowedOrigins', 100, 300, {
    name: 'allowedOriginsOrigin',
    test: (list) => list.every((o) => o === '*' || isOrigin(o)),
    message: (list) =>
      `Not an origin (scheme://host[:port]): ${list.filter((o) => o !== '*' && !isOrigin(o)).join(', ')}.`,
    code: 'invalid_url',
  })
  allowedOrigins?: string[];

  @TextList('languages', 50, 10, {
    name: 'languagesCode',
    test: (list) => list.every((l) => /^[a-z]{2,3}$/.test(l)),
    message: 'languages are ISO 639 codes such as "hi" and "en".',
    code: 'invalid',
  })
  languages?: string[];

  @ApiPropertyOptional({ enum: PREMODERATION })
  @WhenGiven()
  @Rule(
    'premoderationMode',
    (v) => PREMODERATION.includes(v as Premoderation),
    `premoderation is ${PREMODERATION.join(', ')}.`,
  )
  premoderation?: Premoderation;

  @WholeNumber('maxLinks', 0, 100) maxLinks?: number;
  @WholeNumber('minSubmitSeconds', 0, 3600) minSubmitSeconds?: number;
  @WholeNumber('floodSeconds', 0, 86400) floodSeconds?: number;
  @WholeNumber('maxBodyLength', 1, 50000) maxBodyLength?: number;
  @WholeNumber('editWindowSeconds', 0, 86400) editWindowSeconds?: number;
  @WholeNumber('reportsToHold', 1, 1000) reportsToHold?: number;
  @WholeNumber('alertDigestMinutes', 5, 10080) alertDigestMinutes?: number;

  @TextList('blockedTerms', 2000, 100) blockedTerms?: string[];
  @TextList('heldTerms', 2000, 100) heldTerms?: string[];
  @TextList('suspiciousDomains', 2000, 100) suspiciousDomains?: string[];

  @NestedObject('spamThresholds', SpamThresholdsDto, 'spamThresholds is { "hold", "spam" }.')
  spamThresholds?: SpamThresholdsDto;

  @NestedObject(
    'abusePolicy',
    AbusePolicyDto,
    'abusePolicy is { "<category>": "publish" | "hold" | "reject" }.',
  )
  abusePolicy?: AbusePolicyDto;

  @Flag('closed') closed?: boolean;
  @Flag('proofOfWork') proofOfWork?: boolean;
}

const nameMessage = 'name is required text.';
const NameRules = () =>
  applyDecorators(
    Rule('nameText', (v) => typeof v === 'string' && v.trim() !== '', nameMessage),
    Rule(
      'nameLength',
      (v) => typeof v !== 'string' || v.length <= MAX_NAME,
      `name is at most ${MAX_NAME} characters.`,
      'too_long',
    ),
  );

/** PATCH /v1/admin/sites/{siteId}: only the fields given change. */
export class UpdateSiteDto extends SiteSettingsFields {
  @ApiPropertyOptional({ maxLength: MAX_NAME })
  @WhenGiven()
  @NameRules()
  name?: string;
}

/** POST /v1/admin/sites: `name` is required; `id` is made from it when absent. */
export class CreateSiteDto extends SiteSettingsFields {
  @ApiPropertyOptional({ pattern: SITE_ID.source })
  @WhenGiven()
  @Rule(
    'siteId',
    (v) => typeof v === 'string' && SITE_ID.test(v),
    'id has 1 to 63 letters, digits, "-" or "_", starting with a letter or digit.',
  )
  id?: string;

  @ApiProperty({ maxLength: MAX_NAME })
  @Rule('nameRequired', (v) => v !== undefined, nameMessage, 'required')
  @NameRules()
  name: string;
}

/** PATCH /v1/admin/sites/{siteId}/threads/{threadId}: close or reopen one thread. */
export class ThreadClosedDto {
  @ApiProperty({ type: Boolean })
  @Rule('closedRequired', (v) => v !== undefined, 'closed is true or false.', 'required')
  @Rule('closedFlag', (v) => v === undefined || typeof v === 'boolean', 'closed is true or false.')
  closed: boolean;
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';
import { CommentStatus } from '@app/db';
import { ABUSE_CATEGORIES, AbuseCategory } from '@app/moderation';

/** `hold` is our extension: it puts a comment back in the queue, which is how the dashboard undoes a decision. */
export const DECISION_ACTIONS = ['approve', 'reject', 'spam', 'hold'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];
export const STATUSES: CommentStatus[] = ['queued', 'held', 'spam', 'rejected', 'published'];
export const MAX_NOTE = 1000;
export const MAX_BULK = 200;

/** The 422's `code` of a failed rule (the pipe's default is `invalid`). */
const code = (value: string) => ({ context: { code: value } });
const required = (message: string) => IsDefined({ message, ...code('required') });
/** A query parameter sent empty is the same as one not sent. */
export const EmptyIsAbsent = () => Transform(({ value }) => (value === '' ? undefined : value));
/** `?limit=20` → 20; anything else (text, a repeated parameter) → NaN, which the integer rule refuses. */
const QueryNumber = () =>
  Transform(({ value }) =>
    value === undefined || value === '' ? undefined : typeof value === 'string' ? Number(value) : NaN,
  );

const actionMessage = `action is one of ${DECISION_ACTIONS.join(', ')}.`;

export class DecisionDto {
  @ApiProperty({ enum: DECISION_ACTIONS })
  @required(actionMessage)
  @IsIn(DECISION_ACTIONS, { message: actionMessage })
  action: DecisionAction;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_NOTE })
  @IsOptional()
  @IsString({ message: 'note is text.' })
  @MaxLength(MAX_NOTE, { message: `note is at most ${MAX_NOTE} characters.`, ...code('too_long') })
  note?: string | null;
}

export class BulkDecisionDto extends DecisionDto {
  @ApiProperty({ type: [String], maxItems: MAX_BULK })
  @required('ids is a list of comment ids.')
  @IsArray({ message: 'ids is a list of comment ids.' })
  @IsString({ each: true, message: 'ids is a list of comment ids.' })
  @MinLength(1, { each: true, message: 'ids is a list of comment ids.' })
  @MaxLength(200, { each: true, message: 'ids is a list of comment ids.' })
  @ArrayMaxSize(MAX_BULK, { message: `At most ${MAX_BULK} ids at once.`, ...code('too_long') })
  ids: string[];
}

export const STANDING_ACTIONS = ['ban', 'trust', 'clear'] as const;
export const STANDING_KEYS = ['email', 'ip', 'both'] as const;

/** A ban or trust lasts at most ten years; longer is "for good" (null). This also keeps every time storable. */
const LONGEST_STANDING_MS = 10 * 365 * 24 * 3600 * 1000;

function IsFutureTime(options: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isFutureTime',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          const time = new Date(value).getTime();
          return !Number.isNaN(time) && time > Date.now() && time <= Date.now() + LONGEST_STANDING_MS;
        },
      },
    });
}

export class AuthorStandingDto {
  @ApiProperty({ enum: STANDING_ACTIONS })
  @required('action is ban, trust or clear.')
  @IsIn(STANDING_ACTIONS, { message: 'action is ban, trust or clear.' })
  action: (typeof STANDING_ACTIONS)[number];

  /** By email unless asked: an IP is often shared (an office, a mobile carrier), so banning it can hit others. */
  @ApiPropertyOptional({ enum: STANDING_KEYS, default: 'email' })
  @IsOptional()
  @IsIn(STANDING_KEYS, { message: 'by is email, ip or both.' })
  by?: (typeof STANDING_KEYS)[number];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'null: for good' })
  @IsOptional()
  @IsFutureTime({ message: 'until is an ISO 8601 time within the next 10 years, or null for good.' })
  until?: string | null;

  @ApiPropertyOptional({ type: String })
  @ValidateIf((body: AuthorStandingDto) => body.note !== undefined)
  @IsString({ message: 'note is text.' })
  note?: string;
}

/** An optional text parameter given once (a repeated one arrives as a list and is refused). */
export function OptionalText(max: number, message: string, description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, description }),
    EmptyIsAbsent(),
    IsOptional(),
    IsString({ message }),
    MaxLength(max, { message }),
  );
}
const atMost = (name: string, max: number) => `${name} must be at most ${max} characters.`;

/** A page of a list: the previous page's `nextCursor`, and how many rows (1 to `max`, `fallback` when absent). */
export function PageLimit(max: number, fallback: number) {
  const message = `limit is a whole number from 1 to ${max}.`;
  return applyDecorators(
    ApiPropertyOptional({ type: Number, minimum: 1, maximum: max, default: fallback }),
    QueryNumber(),
    IsOptional(),
    IsInt({ message }),
    Min(1, { message }),
    Max(max, { message }),
  );
}

export abstract class PageQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @EmptyIsAbsent()
  @IsOptional()
  @IsString({ message: 'Not a cursor from a previous page.' })
  cursor?: string;
}

export class QueueQueryDto extends PageQueryDto {
  @PageLimit(100, 25)
  limit?: number;

  @OptionalText(200, atMost('siteId', 200))
  siteId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @EmptyIsAbsent()
  @IsOptional()
  @IsIn(STATUSES, { message: `status is one of ${STATUSES.join(', ')}.` })
  status?: CommentStatus;

  @OptionalText(200, atMost('threadId', 200))
  threadId?: string;

  @OptionalText(20, atMost('language', 20))
  language?: string;

  @OptionalText(200, atMost('q', 200), 'Searches text and author names')
  q?: string;

  /** Contract "Abuse categories": only comments where the check `abuse.<category>` fired. */
  @ApiPropertyOptional({ enum: ABUSE_CATEGORIES })
  @EmptyIsAbsent()
  @IsOptional()
  @IsIn(ABUSE_CATEGORIES, { message: `category is one of ${ABUSE_CATEGORIES.join(', ')}.` })
  category?: AbuseCategory;
}

export class AuditQueryDto extends PageQueryDto {
  @PageLimit(200, 50)
  limit?: number;

  @OptionalText(200, 'siteId is an id.')
  siteId?: string;

  @OptionalText(200, 'commentId is an id.')
  commentId?: string;
}

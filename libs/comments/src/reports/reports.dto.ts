import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REPORT_REASONS, ReportReason, ReportStatus } from '@app/db';
import { EmptyIsAbsent, OptionalText, PageLimit, PageQueryDto } from '../review/moderation.dto';

export const MAX_REPORT_NOTE = 1000;
export const REPORT_STATUSES: ReportStatus[] = ['open', 'decided'];

const reasonMessage = `reason is one of ${REPORT_REASONS.join(', ')}.`;
/** Text as readers type it: NFC (one form for every Devanagari sign), trimmed; blank is absent. */
const ReaderText = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = value.normalize('NFC').trim();
    return text === '' ? undefined : text;
  });

/** A reader's report of a published comment. */
export class ReportDto {
  @ApiProperty({ enum: REPORT_REASONS })
  @IsDefined({ message: reasonMessage, context: { code: 'required' } })
  @IsIn(REPORT_REASONS, { message: reasonMessage })
  reason: ReportReason;

  @ApiPropertyOptional({ type: String, maxLength: MAX_REPORT_NOTE })
  @ReaderText()
  @IsOptional()
  @IsString({ message: 'note is text.' })
  @MaxLength(MAX_REPORT_NOTE, {
    message: `note is at most ${MAX_REPORT_NOTE} characters.`,
    context: { code: 'too_long' },
  })
  note?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'email',
    description: 'Only to tell the reporter the outcome; stored encrypted, never shown',
  })
  @ReaderText()
  @IsOptional()
  @IsString({ message: 'email is an email address.' })
  @MaxLength(254, { message: 'email is an email address.', context: { code: 'invalid_email' } })
  @IsEmail({}, { message: 'email is an email address.', context: { code: 'invalid_email' } })
  email?: string;
}

export class ReportsQueryDto extends PageQueryDto {
  @PageLimit(100, 50)
  limit?: number;

  @OptionalText(200, 'siteId is an id.')
  siteId?: string;

  @ApiPropertyOptional({ enum: REPORT_STATUSES, default: 'open' })
  @EmptyIsAbsent()
  @IsOptional()
  @IsIn(REPORT_STATUSES, { message: 'status is open or decided.' })
  status?: ReportStatus;
}

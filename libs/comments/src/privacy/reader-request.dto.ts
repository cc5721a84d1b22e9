import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { PrivacyRequestKind } from '@app/db';

/** A reader asks, for themselves, for a copy of their comments or their erasure; only the mailed link acts. */
export class ReaderPrivacyRequest {
  @ApiProperty({ description: 'The reader’s own address; the confirmation link goes there and nowhere else' })
  @IsNotEmpty({ context: { code: 'required' } })
  @IsEmail({}, { context: { code: 'invalid_email' } })
  @MaxLength(254, { context: { code: 'too_long' } })
  email!: string;

  @ApiProperty({ enum: ['export', 'erase'] })
  @IsNotEmpty({ context: { code: 'required' } })
  @IsIn(['export', 'erase'], { context: { code: 'invalid_value' } })
  kind!: PrivacyRequestKind;

  @ApiPropertyOptional({ enum: ['hi', 'en'], description: 'The mail’s language; the site’s own when absent' })
  @IsOptional()
  @IsIn(['hi', 'en'], { context: { code: 'invalid_value' } })
  language?: 'hi' | 'en';
}

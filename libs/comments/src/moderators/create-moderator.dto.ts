import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ModeratorRole } from '@app/db';
import { normaliseEmail } from '../crypto/email-crypto';

export const MODERATOR_ROLES: ModeratorRole[] = ['admin', 'moderator'];
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1024;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/;

/** The 422's `code` of a failed rule (the api's pipe defaults to `invalid`). */
const code = (value: string) => ({ context: { code: value } });

/**
 * POST /v1/admin/moderators, checked by the api's `validBody` pipe with the hand parser's former answers: the same
 * fields, codes and messages. What needs the store (the sites exist, the email is free) stays in the service.
 */
export class CreateModeratorDto {
  @ApiProperty({ description: 'Their login; kept lower-cased, shown to admins masked', maxLength: 255 })
  // Trimmed and lower-cased before the rules, so "  Ana@News.Example " is checked as it will be stored.
  @Transform(({ value }) => (typeof value === 'string' ? normaliseEmail(value) : value))
  @IsNotEmpty({ message: 'An email is required.', ...code('required') })
  @Matches(EMAIL, { message: 'Not a valid email address.', ...code('invalid_email') })
  email!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsNotEmpty({ message: 'A password is required.', ...code('required') })
  @IsString({ message: 'The password is text.' })
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, {
    message: `The password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
  })
  password!: string;

  @ApiPropertyOptional({ enum: MODERATOR_ROLES, default: 'moderator' })
  @IsOptional()
  @IsIn(MODERATOR_ROLES, { message: 'The role is "admin" or "moderator".' })
  role?: ModeratorRole;

  @ApiPropertyOptional({ type: [String], description: 'The site ids they moderate; admins see every site' })
  @IsOptional()
  @IsArray({ message: 'Sites is a list of site ids.' })
  @IsString({ each: true, message: 'Sites is a list of site ids.' })
  sites?: string[];

  @ApiPropertyOptional({
    description: "Shown in the audit log; the email's local part when absent",
    maxLength: 100,
  })
  // Only an absent name takes the default; null or blank is refused.
  @ValidateIf((_dto: object, value: unknown) => value !== undefined)
  @IsString({ message: 'The name needs 1 to 100 characters.' })
  @Matches(/\S/, { message: 'The name needs 1 to 100 characters.' })
  @MaxLength(100, { message: 'The name needs 1 to 100 characters.' })
  name?: string;
}

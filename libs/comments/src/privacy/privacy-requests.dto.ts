import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, validateSync } from 'class-validator';
import { ValidationFailedError } from '../domain-errors';
import { FieldError } from '../intake/submission';

export class PersonalDataExportRequest {
  @ApiProperty({ description: "The reader's address; matched by its keyed HMAC, never stored" })
  @IsNotEmpty({ context: { code: 'required' } })
  @IsEmail({}, { context: { code: 'invalid_email' } })
  @MaxLength(254, { context: { code: 'too_long' } })
  email!: string;

  @ApiPropertyOptional({ description: 'One site; absent means every site' })
  @IsOptional()
  @IsString({ context: { code: 'invalid_value' } })
  @IsNotEmpty({ context: { code: 'required' } })
  @MaxLength(200, { context: { code: 'too_long' } })
  siteId?: string;
}

export type ErasureMode = 'anonymise' | 'delete';

export class PersonalDataEraseRequest extends PersonalDataExportRequest {
  @ApiProperty({ enum: ['anonymise', 'delete'] })
  @IsNotEmpty({ context: { code: 'required' } })
  @IsIn(['anonymise', 'delete'], { context: { code: 'invalid_value' } })
  mode!: ErasureMode;
}

/** A body as its DTO, or one 422 naming every bad or unknown field (the same shape as a comment submission's). */
export function requestBody<T extends object>(dto: new () => T, body: unknown): T {
  const plain = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  const instance = plainToInstance(dto, plain);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length === 0) return instance;
  const fields: FieldError[] = errors.map((error) => {
    if (!error.constraints || error.constraints.whitelistValidation) {
      return { field: error.property, code: 'unknown_field', message: `Unknown field "${error.property}".` };
    }
    // A missing field fails every rule; "required" says it best.
    const [name, message] =
      'isNotEmpty' in error.constraints
        ? ['isNotEmpty', error.constraints.isNotEmpty]
        : Object.entries(error.constraints)[0];
    const code = (error.contexts?.[name] as { code?: string } | undefined)?.code ?? 'invalid_value';
    return { field: error.property, code, message } as FieldError;
  });
  throw new ValidationFailedError(fields);
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, validateSync } from 'class-validator';
import { FieldErrors, objectBody } from '@app/comments';

export class CreateApiKeyDto {
  @ApiPropertyOptional({ description: 'What the key is for, e.g. "Coral on www"', maxLength: 100 })
  @IsOptional()
  @IsString({ message: 'name is text.' })
  @Length(1, 100, { message: 'name is 1 to 100 characters.' })
  name?: string;

  @ApiPropertyOptional({
    description: "Let Akismet's submit-spam/submit-ham teach the site's model",
    default: false,
  })
  @IsOptional()
  @IsBoolean({ message: 'learn is true or false.' })
  learn?: boolean;
}

/** The body as a DTO, or a 422 naming each bad or unknown field in the API's problem shape. */
export function parseCreateApiKey(input: unknown): CreateApiKeyDto {
  const body = objectBody(input);
  const errors = new FieldErrors();
  errors.unknownFields(body, ['name', 'learn']);
  const dto = plainToInstance(CreateApiKeyDto, body);
  for (const failure of validateSync(dto))
    errors.add(failure.property, 'invalid', Object.values(failure.constraints ?? {})[0] ?? 'invalid');
  errors.throwIfAny();
  return dto;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsString, MaxLength, MinLength } from 'class-validator';

const required = (message: string) => IsDefined({ message, context: { code: 'required' } });

export class AlertsQueryDto {
  @ApiProperty({ description: 'the site whose digest preference is meant' })
  @required('siteId is required')
  @IsString({ message: 'siteId must be text' })
  @MinLength(1, { message: 'siteId is required', context: { code: 'required' } })
  @MaxLength(200, { message: 'siteId may be at most 200 characters long' })
  siteId: string;
}

export class AlertPreferenceDto extends AlertsQueryDto {
  @ApiProperty({
    description: 'true: mail me a digest of held comments and open reports every alertDigestMinutes',
  })
  @required('digest is required')
  @IsBoolean({ message: 'digest must be true or false' })
  digest: boolean;
}

/** The moderator's own preference for one site, and how often the site sends digests. */
export interface AlertPreference {
  siteId: string;
  digest: boolean;
  alertDigestMinutes: number;
}

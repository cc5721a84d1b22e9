import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsDefined } from 'class-validator';

export class FeatureDto {
  @ApiProperty({ description: 'true to feature the comment, false to unfeature it' })
  @IsDefined({ message: 'featured is required', context: { code: 'required' } })
  @IsBoolean({ message: 'featured must be true or false' })
  featured: boolean;
}

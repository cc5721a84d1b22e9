import { Module } from '@nestjs/common';
import { CheckApiModule } from '@app/check-api';
import { AuthModule } from '../auth/auth.module';
import { AkismetController } from './akismet.controller';
import { ApiKeysAdminController } from './api-keys-admin.controller';
import { PerspectiveController } from './perspective.controller';

/** The drop-in check APIs over HTTP: Perspective's and Akismet's wire formats, and their keys' admin API. */
@Module({
  imports: [CheckApiModule, AuthModule],
  controllers: [PerspectiveController, AkismetController, ApiKeysAdminController],
})
export class CheckApiHttpModule {}

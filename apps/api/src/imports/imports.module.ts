import { Module } from '@nestjs/common';
import { DataRightsModule } from '@app/comments';
import { AuthModule } from '../auth';
import { ImportsController } from './imports.controller';

@Module({
  imports: [AuthModule, DataRightsModule],
  controllers: [ImportsController],
})
export class ImportsModule {}

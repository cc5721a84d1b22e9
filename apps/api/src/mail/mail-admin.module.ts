import { Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { AuthModule } from '../auth/auth.module';
import { MailAdminController } from './mail-admin.controller';

@Module({
  imports: [AuthModule, MailModule],
  controllers: [MailAdminController],
})
export class MailAdminModule {}

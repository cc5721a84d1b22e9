import { Module } from '@nestjs/common';
import {
  DataRightsModule,
  PRIVACY_MAILER,
  PrivacyMailer,
  ReaderRequestsRepository,
  ReaderRequestsService,
} from '@app/comments';
import { MailModule, MailService, siteMailLanguage } from '@app/mail';
import { NotificationsModule, SubscriptionsPersonalData } from '@app/notifications';
import { AuthModule } from '../auth';
import { PrivacyAdminController } from './privacy-admin.controller';
import { ReaderPrivacyController } from './reader-privacy.controller';

/** A person's data: the admins' export and erasure, and a reader's own request confirmed by mail. */
@Module({
  imports: [
    AuthModule,
    DataRightsModule.withSources([NotificationsModule], [SubscriptionsPersonalData]),
    MailModule,
  ],
  controllers: [PrivacyAdminController, ReaderPrivacyController],
  providers: [
    ReaderRequestsRepository,
    ReaderRequestsService,
    {
      provide: PRIVACY_MAILER,
      inject: [MailService],
      useFactory: (mail: MailService): PrivacyMailer => ({
        send: (request) => mail.send(request as Parameters<MailService['send']>[0]),
        languageFor: siteMailLanguage,
      }),
    },
  ],
})
export class PrivacyAdminModule {}

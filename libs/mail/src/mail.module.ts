import { Module } from '@nestjs/common';
import { ENV, Env } from '@app/config';
import { MailDeliveryService } from './mail-delivery.service';
import { createMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';

/** Mail to readers and moderators: queued by MailService anywhere, sent by MailDeliveryService in the worker. */
@Module({
  providers: [
    MailRepository,
    MailService,
    MailDeliveryService,
    { provide: MAIL_TRANSPORT, inject: [ENV], useFactory: (env: Env) => createMailTransport(env) },
  ],
  exports: [MailService, MailDeliveryService, MailRepository],
})
export class MailModule {}

import { Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { MailRelayScheduler } from './mail-relay.scheduler';
import { MailProcessor } from './mail.processor';

/** Mail delivery and its relay's timer. */
@Module({
  imports: [MailModule],
  providers: [MailProcessor, MailRelayScheduler],
})
export class MailWorkerModule {}

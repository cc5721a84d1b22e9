import { Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { NotificationsModule } from '@app/notifications';
import { MailRelayScheduler } from './mail-relay.scheduler';
import { MailProcessor } from './mail.processor';
import { ModeratorDigestProcessor } from './moderator-digest.processor';

/** Mail delivery, its relay's timer, and the moderators' digest tick. */
@Module({
  imports: [MailModule, NotificationsModule],
  providers: [MailProcessor, MailRelayScheduler, ModeratorDigestProcessor],
})
export class MailWorkerModule {}

import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { MailModule } from '@app/mail';
import { ModeratorAlertsRepository } from './moderator-alerts.repository';
import { ModeratorDigestService } from './moderator-digest.service';
import { PublishedCommentMail } from './published-comment-mail';
import { SubscriptionLinks } from './subscription-links.service';
import { SubscriptionsPersonalData } from './subscriptions-personal-data';
import { SubscriptionsRepository } from './subscriptions.repository';

/** Mail that readers and moderators ask for: subscriptions and their mail, and the moderators' digest. */
@Module({
  imports: [CommentsModule, MailModule],
  providers: [
    SubscriptionsRepository,
    PublishedCommentMail,
    SubscriptionLinks,
    SubscriptionsPersonalData,
    ModeratorAlertsRepository,
    ModeratorDigestService,
  ],
  exports: [PublishedCommentMail, SubscriptionLinks, SubscriptionsPersonalData, ModeratorDigestService],
})
export class NotificationsModule {}

export * from './notifications.module';
export * from './published-comment-mail';
export * from './subscription-links.service';
export * from './subscriptions-personal-data';
export * from './moderator-digest.service';
export * from './links';
export * from './alerts.dto';

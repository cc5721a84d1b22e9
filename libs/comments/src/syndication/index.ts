export * from './atom-feed';
export * from './counts.service';
export * from './feeds.service';
export * from './syndication.module';

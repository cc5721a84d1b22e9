export * from './mod-comment';
export * from './moderation.dto';
export * from './moderation.repository';
export * from './moderation-read.service';
export * from './decision.service';

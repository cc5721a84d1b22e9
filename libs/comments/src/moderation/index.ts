export * from './mod-comment';
export * from './moderation.dto';
export * from './moderation.repository';
export * from './learning.repository';
export * from './moderation-read.service';
export * from './decision.service';
export * from './author-standing.service';
export * from './learned-spam-classifiers';

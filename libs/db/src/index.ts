export * from './schema';
export * from './database';
export * from './errors';
export * from './db.module';
export * from './schema-moderation';
export * from './schema-webhooks';
export * from './schema-check-api';

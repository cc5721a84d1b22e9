export * from './env.schema';
export * from './secrets';
export * from './config.module';
export * from './logging';

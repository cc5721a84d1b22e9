export * from './live-events';
export * from './live-publisher';
export * from './live-publisher.module';
export * from './status-listeners.module';

export * from './queues';
export * from './connection';
export * from './queue.module';
export * from './key-prefix';

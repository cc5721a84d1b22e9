export * from './queues';
export * from './connection';
export * from './queue.module';

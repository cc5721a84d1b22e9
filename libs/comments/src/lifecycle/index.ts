export * from './status-change';
export * from './comment-lifecycle.service';
export * from './check-context.loader';

export * from './author-actor';
export * from './own-comment-body';
export * from './own-comments.service';
export * from './own-comments.module';

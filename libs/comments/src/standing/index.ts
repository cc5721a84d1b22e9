export * from './author-standing.service';
export * from './standing.repository';

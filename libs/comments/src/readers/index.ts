export * from './reader-token';
export * from './likes.repository';
export * from './likes.service';
export * from './featured.service';
export * from './readers.dto';
export * from './readers.module';
export * from './reader-key';

export * from './personal-data.service';
export * from './privacy-requests.dto';
export * from './privacy.repository';
export * from './ip-retention.service';
export * from './data-rights.module';

export * from './personal-data.service';
export * from './privacy-requests.dto';
export * from './privacy.repository';
export * from './ip-retention.service';
export * from './data-rights.module';
export * from './reader-request.dto';
export * from './reader-requests.repository';
export * from './reader-requests.service';

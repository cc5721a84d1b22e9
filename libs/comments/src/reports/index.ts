export * from './reports.dto';
export * from './reports.repository';
export * from './reporter-weight';
export * from './report-filing.service';
export * from './report-decisions.service';
export * from './reports-read.service';
export * from './reports-personal-data';
export * from './reports.module';

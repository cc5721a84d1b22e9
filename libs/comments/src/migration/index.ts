export * from './source-comment';
export * from './comment-importer';
export * from './import.repository';
export * from './comment-exporter';
export * from './export.repository';
export * from './import-jobs.repository';
export * from './import-jobs.service';

export * from './learned-spam-classifiers';
export * from './learning.repository';
export * from './spam-evidence.service';
export * from './spam-evidence.repository';
export * from './spam-lessons.service';

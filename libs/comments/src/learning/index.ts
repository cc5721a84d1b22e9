export * from './learned-spam-classifiers';
export * from './learning.repository';

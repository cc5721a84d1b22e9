export * from './platform.module';
export * from './metrics.service';
export * from './jittered-timer';

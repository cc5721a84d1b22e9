export * from './mail.module';
export * from './mail.service';
export * from './mail-delivery.service';
export * from './mail.repository';
export * from './mail-templates';
export * from './mail-layout';
export * from './redact';

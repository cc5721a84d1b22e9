export * from './site-admin.service';

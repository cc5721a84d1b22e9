export * from './site-admin.service';
export * from './site-settings.dto';
export { siteChanges } from './site-settings.changes';

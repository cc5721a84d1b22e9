// One file per screen; a new screen adds its file here and its entry to PAGES in main.ts.
export { auditPage } from './audit';
export { moderatorsPage } from './moderators';
export { settingsPage } from './settings';
export { webhooksPage } from './webhooks';
export { apiKeysPage } from './api-keys';
export { reportedPage } from './reported';
export { alertsPage } from './alerts';

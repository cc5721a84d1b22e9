export { AuthGuard, Roles, type AuthenticatedRequest } from './auth.guard';
export { CurrentModerator } from './current-moderator.decorator';
export { assertSiteAccess, canSeeSite, visibleSites } from '@app/comments';
export { AuthModule } from './auth.module';

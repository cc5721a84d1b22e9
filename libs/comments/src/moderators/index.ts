export * from './auth-errors';
export * from './auth.service';
export * from './current-moderator';
export * from './login-throttle.service';
export * from './moderators.repository';
export * from './moderators.service';
export * from './first-admin.service';
export * from './create-moderator.dto';

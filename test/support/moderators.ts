import { INestApplicationContext } from '@nestjs/common';
import { ModeratorsService } from '@app/comments';
import { http } from './client';

export const ADMIN = { email: 'admin@test.example', password: 'admin-password-123' };

/** The first admin comes from these at start; set them before startApi(). */
export function useTestAdmin(): void {
  process.env.ADMIN_EMAIL = ADMIN.email;
  process.env.ADMIN_PASSWORD = ADMIN.password;
}

export async function login(baseUrl: string, credentials: { email: string; password: string } = ADMIN) {
  const response = await http(`${baseUrl}/v1/auth/login`, { method: 'POST', json: credentials });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return response.body as { token: string; expiresAt: string; csrfToken: string };
}

let counter = 0;
/** A moderator of the given sites, logged in; answers their bearer header. */
export async function moderatorOf(app: INestApplicationContext, baseUrl: string, sites: string[]) {
  counter++;
  const credentials = { email: `mod${counter}.${Date.now()}@test.example`, password: 'moderator-password-1' };
  await app.get(ModeratorsService).create({ ...credentials, role: 'moderator', sites });
  const session = await login(baseUrl, credentials);
  return { ...session, headers: { authorization: `Bearer ${session.token}` } };
}

/** The kit admin's bearer header (the app started with `useTestApp({ admin: true })`). */
export async function adminHeaders(baseUrl: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${(await login(baseUrl)).token}` };
}

import { http } from '../support/client';
import { ADMIN, login, useTestAdmin } from '../support/moderators';
import { useTestApp } from '../support/test-app';

/** Logins, sessions, cookies and CSRF, through real HTTP and PostgreSQL. */
describe('moderator accounts', () => {
  const api = useTestApp({ before: async () => useTestAdmin() });

  it('answers 401 without a token, with a bad one, and for a wrong password', async () => {
    expect((await http(`${api.url}/v1/moderation/comments`)).status).toBe(401);
    expect((await http(`${api.url}/v1/auth/me`)).status).toBe(401);
    expect((await http(`${api.url}/v1/auth/me`, { headers: { authorization: 'Bearer nope' } })).status).toBe(
      401,
    );
    const wrong = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      json: { email: ADMIN.email, password: 'wrong-password' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await http(`${api.url}/v1/auth/login`, { method: 'POST', json: {} })).status).toBe(401);
  });

  it('logs the first admin in with a bearer token and an httpOnly SameSite=Strict cookie', async () => {
    const response = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      json: { email: ADMIN.email.toUpperCase(), password: ADMIN.password },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token: expect.any(String), expiresAt: expect.any(String) });
    expect(Date.parse(response.body.expiresAt)).toBeGreaterThan(Date.now());
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('cm_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(response.text).not.toContain(ADMIN.email);

    const me = await http(`${api.url}/v1/auth/me`, {
      headers: { authorization: `Bearer ${response.body.token}` },
    });
    expect(me.status).toBe(200);
    expect(me.body.moderator).toMatchObject({ role: 'admin', name: 'admin' });
  });

  it('refuses cookie writes without the CSRF header, accepts them with it, and bearer writes need none', async () => {
    const session = await login(api.url);
    const cookie = `cm_session=${session.token}`;
    const bulk = { ids: ['nothing'], action: 'approve' };
    const noHeader = await http(`${api.url}/v1/moderation/decisions`, {
      method: 'POST',
      headers: { cookie },
      json: bulk,
    });
    expect(noHeader.status).toBe(403);
    const wrongHeader = await http(`${api.url}/v1/moderation/decisions`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': 'forged' },
      json: bulk,
    });
    expect(wrongHeader.status).toBe(403);
    const withHeader = await http(`${api.url}/v1/moderation/decisions`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': session.csrfToken },
      json: bulk,
    });
    expect(withHeader.status).toBe(200);
    expect(withHeader.body).toEqual({ updated: 0 });
    const bearer = await http(`${api.url}/v1/moderation/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
      json: bulk,
    });
    expect(bearer.status).toBe(200);
    // Reads with the cookie need no CSRF token.
    expect((await http(`${api.url}/v1/auth/me`, { headers: { cookie } })).status).toBe(200);
  });

  it('ends the session on logout', async () => {
    const session = await login(api.url);
    const headers = { authorization: `Bearer ${session.token}` };
    expect((await http(`${api.url}/v1/auth/logout`, { method: 'POST', headers })).status).toBe(204);
    expect((await http(`${api.url}/v1/auth/me`, { headers })).status).toBe(401);
  });

  it('locks an account after repeated wrong passwords, even for the right one', async () => {
    const email = 'victim@test.example';
    await http(`${api.url}/v1/admin/moderators`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(await login(api.url)).token}` },
      json: { email, password: 'the-right-password', role: 'moderator', sites: [] },
    });
    for (let i = 0; i < 5; i++) {
      expect(
        (await http(`${api.url}/v1/auth/login`, { method: 'POST', json: { email, password: `guess-${i}` } }))
          .status,
      ).toBe(401);
    }
    const locked = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      json: { email, password: 'the-right-password' },
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    // The admin is another account: still free to log in from the same address.
    expect((await http(`${api.url}/v1/auth/login`, { method: 'POST', json: ADMIN })).status).toBe(200);
  });
});

import { http } from '../support/client';
import { ADMIN } from '../support/moderators';
import { useTestApp } from '../support/test-app';

/** A foreign page must not log a browser in (login CSRF): Origin is checked, and form logins need our own. */
describe('login from other origins', () => {
  const api = useTestApp({ admin: true });

  const form = new URLSearchParams(ADMIN).toString();
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

  it('refuses a form-encoded login posted from a foreign page, and sets no cookie', async () => {
    const response = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      headers: { ...formHeaders, origin: 'https://evil.example' },
      body: form,
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.text).not.toContain('token');
  });

  it('refuses a form-encoded login without any Origin, and a JSON login from a foreign Origin', async () => {
    const bare = await http(`${api.url}/v1/auth/login`, { method: 'POST', headers: formHeaders, body: form });
    expect(bare.status).toBe(403);
    const json = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      json: ADMIN,
    });
    expect(json.status).toBe(403);
    expect(json.headers.getSetCookie()).toEqual([]);
    const sneaky = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      headers: { origin: 'null' },
      json: ADMIN,
    });
    expect(sneaky.status).toBe(403);
  });

  it('logs in from our own origin (the dashboard), and from a script that sends no Origin', async () => {
    const own = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      headers: { origin: api.url },
      json: ADMIN,
    });
    expect(own.status).toBe(200);
    expect(own.headers.getSetCookie().some((c) => c.startsWith('cm_session='))).toBe(true);
    const ownForm = await http(`${api.url}/v1/auth/login`, {
      method: 'POST',
      headers: { ...formHeaders, origin: api.url },
      body: form,
    });
    expect(ownForm.status).toBe(200);
    expect((await http(`${api.url}/v1/auth/login`, { method: 'POST', json: ADMIN })).status).toBe(200);
  });
});

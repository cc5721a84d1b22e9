import { http } from '../support/client';
import { login } from '../support/moderators';
import { useTestApp } from '../support/test-app';

/** Parallel wrong logins: the throttle reserves each attempt before scrypt, so a burst gets no more guesses. */
describe('login throttle under a parallel burst', () => {
  const api = useTestApp({ admin: true, env: { TRUST_PROXY: 'true' } });
  let lastIp = 0;
  // Each test speaks from its own address (TRUST_PROXY), so one test's IP budget never blocks the next.
  const fromNewIp = () => ({ 'x-forwarded-for': `198.51.100.${++lastIp}` });

  async function moderator(email: string, password: string): Promise<void> {
    const response = await http(`${api.url}/v1/admin/moderators`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(await login(api.url)).token}` },
      json: { email, password, role: 'moderator', sites: [] },
    });
    expect(response.status).toBe(201);
  }

  const attempt = (email: string, password: string, headers: Record<string, string>) =>
    http(`${api.url}/v1/auth/login`, { method: 'POST', headers, json: { email, password } });

  it('checks at most 5 of 100 parallel wrong passwords for one account', async () => {
    await moderator('burst@test.example', 'the-right-password');
    const headers = fromNewIp();
    const statuses = (
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => attempt('burst@test.example', `guess-${i}`, headers)),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s !== 429 && s !== 401)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
  });

  it('39 wrong guesses and the right one in one burst: at most 5 are checked', async () => {
    await moderator('mixed@test.example', 'the-right-password');
    const headers = fromNewIp();
    const burst = Array.from({ length: 40 }, (_, i) =>
      attempt('mixed@test.example', i === 39 ? 'the-right-password' : `guess-${i}`, headers),
    );
    const statuses = (await Promise.all(burst)).map((r) => r.status);
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(5);
  });

  it('checks at most 20 of 60 parallel logins from one address to different accounts', async () => {
    const headers = fromNewIp();
    const statuses = (
      await Promise.all(
        Array.from({ length: 60 }, (_, i) => attempt(`nobody${i}@test.example`, 'a-wrong-password', headers)),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(20);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40);
  });

  it('a right password within the budget still logs in, and a success frees the address for its office', async () => {
    await moderator('office@test.example', 'the-right-password');
    const headers = fromNewIp();
    expect((await attempt('office@test.example', 'wrong-once', headers)).status).toBe(401);
    for (let i = 0; i < 25; i++)
      expect((await attempt('office@test.example', 'the-right-password', headers)).status).toBe(200);
  });
});

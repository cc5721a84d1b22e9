import { DEMO_SITE_ID, SitesService } from '@app/comments';
import { useTestApp } from '../support/test-app';

/** In development the demo site lets a newcomer post again after a few seconds; elsewhere the default stands. */
describe('the demo site in development', () => {
  const api = useTestApp({ env: { NODE_ENV: 'development' } });

  it('has a flood interval of a few seconds', async () => {
    const settings = await api.app.get(SitesService).settings(DEMO_SITE_ID);
    expect(settings.floodSeconds).toBeGreaterThan(0);
    expect(settings.floodSeconds).toBeLessThanOrEqual(5);
  });

  it('answers /favicon.ico with an icon, not a 404', async () => {
    const response = await fetch(`${api.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toMatch(/^<svg /);
  });
});

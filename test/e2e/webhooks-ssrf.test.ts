import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';
import { useWebhookTestApp, publishThroughPipeline } from '../support/webhook-helpers';
import {
  generateSecret,
  newEndpointId,
  sealSecret,
  WEBHOOK_SECRET_KEY,
  WebhooksRepository,
} from '@app/webhooks';

/** With WEBHOOK_ALLOW_PRIVATE=false (production), endpoints on private or reserved addresses are refused twice. */
describe('webhook SSRF refusals', () => {
  const { api, receiver, admin } = useWebhookTestApp({
    WEBHOOK_ALLOW_PRIVATE: 'false',
    WEBHOOK_RETRY_SCHEDULE_MS: '60000,60000,60000,60000,60000,60000',
  });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
  });

  const port = () => new URL(receiver.url).port;

  it.each([
    ['loopback', () => `https://127.0.0.1:${port()}/hook`],
    ['localhost by name', () => `https://localhost:${port()}/hook`],
    ['IPv6 loopback', () => `https://[::1]:${port()}/hook`],
    ['cloud metadata', () => 'https://169.254.169.254/latest/meta-data/'],
    ['private 10/8', () => 'https://10.0.0.7/hook'],
    ['private 192.168/16', () => 'https://192.168.1.20/hook'],
    ['CGNAT', () => 'https://100.64.0.9/hook'],
    ['IPv4-mapped IPv6', () => 'https://[::ffff:127.0.0.1]/hook'],
    ['6to4 of loopback', () => 'https://[2002:7f00:1::]/hook'],
    ['IPv6 site-local', () => 'https://[fec0::1]/hook'],
  ])('refuses to register %s', async (_what, url) => {
    const response = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: url(), events: ['comment.published'] },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toMatchObject({ field: 'url', code: 'invalid_url' });
    expect(response.body.errors[0].message).toMatch(/private or reserved|link-local or cloud metadata/);
  });

  it('requires https', async () => {
    const response = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: 'http://93.184.216.34/hook', events: ['comment.published'] },
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].message).toMatch(/https/);
  });

  it('checks the address again when sending, and never connects to a refused one', async () => {
    // As if the name had resolved to a public address at registration and to loopback now (DNS rebinding).
    const repository = api.app.get(WebhooksRepository);
    const key = api.app.get<Buffer>(WEBHOOK_SECRET_KEY);
    const endpoints = [`https://localhost:${port()}/rebound`, 'https://169.254.169.254/latest/meta-data/'];
    const ids: string[] = [];
    for (const url of endpoints) {
      const row = await repository.insertEndpoint({
        id: newEndpointId(),
        siteId,
        url,
        events: ['comment.published'],
        secretEncrypted: sealSecret(generateSecret(), key),
      });
      ids.push(row.id);
    }
    await publishThroughPipeline(api.url, siteId, 'ssrf-1');
    for (const id of ids) {
      const [delivery] = await waitFor(
        async () => {
          const log = (await admin(`/v1/admin/sites/${siteId}/webhooks/${id}/deliveries`)).body;
          return log[0]?.attempts >= 1 && log;
        },
        { what: 'the refused attempt' },
      );
      expect(delivery.status).toBe('pending');
      expect(delivery.attemptLog[0]).toMatchObject({ statusCode: null });
      expect(delivery.attemptLog[0].error).toMatch(
        /^refused: url resolves to a (private or reserved|link-local or cloud metadata) address \((127\.0\.0\.1|::1|169\.254\.169\.254)\)/,
      );
    }
    expect(receiver.connections).toBe(0);
  });
});

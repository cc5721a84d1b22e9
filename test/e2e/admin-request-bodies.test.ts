import { OpenAPIV3 } from 'openapi-types';
import { newEndpointId, WebhooksRepository } from '@app/webhooks';
import { http } from '../support/client';
import { adminHeaders } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

type FieldError = { field: string; code: string; message: string };
const fieldsAndCodes = (errors: FieldError[]) => errors.map((e) => `${e.field}:${e.code}`).sort();

/** The login, moderators and webhook-endpoint bodies are DTOs: each bad field is named, and OpenAPI shows them. */
describe('admin request bodies', () => {
  const api = useTestApp({ admin: true });
  let admin: Record<string, string>;
  let siteId: string;
  let endpointId: string;

  beforeAll(async () => {
    admin = await adminHeaders(api.url);
    siteId = await createSite(api.app);
    // An endpoint to switch, stored directly: registering one over HTTP needs an address DNS resolves to a public IP.
    const endpoint = await api.app.get(WebhooksRepository).insertEndpoint({
      id: newEndpointId(),
      siteId,
      url: 'https://hooks.example.org/comments',
      events: ['comment.published'],
      secretEncrypted: 'never read: this endpoint is never sent to',
    });
    endpointId = endpoint.id;
  });

  const post = (path: string, json: unknown) =>
    http(`${api.url}${path}`, { method: 'POST', headers: admin, json });

  const moderator = {
    email: 'neha.kapoor@news.example',
    password: 'long-enough-pw',
    role: 'moderator',
    sites: [],
  };
  it.each([
    ['no body at all', [], ['email:required', 'password:required']],
    ['an empty email', { ...moderator, email: '   ' }, ['email:required']],
    ['an address without @', { ...moderator, email: 'neha.kapoor' }, ['email:invalid_email']],
    ['an email that is a number', { ...moderator, email: 42 }, ['email:invalid_email']],
    ['no password', { ...moderator, password: undefined }, ['password:required']],
    ['a short password', { ...moderator, password: 'short' }, ['password:invalid']],
    ['a password of 1025 characters', { ...moderator, password: 'प'.repeat(1025) }, ['password:invalid']],
    ['a password that is a list', { ...moderator, password: ['long-enough-pw'] }, ['password:invalid']],
    ['an unknown role', { ...moderator, role: 'editor' }, ['role:invalid']],
    ['sites as one string', { ...moderator, sites: 'hindi-desk' }, ['sites:invalid']],
    ['sites holding a number', { ...moderator, sites: [7] }, ['sites:invalid']],
    ['a site that does not exist', { ...moderator, sites: ['no-such-desk'] }, ['sites:not_found']],
    ['a blank name', { ...moderator, name: '  ' }, ['name:invalid']],
    ['a null name', { ...moderator, name: null }, ['name:invalid']],
    ['a name of 101 characters', { ...moderator, name: 'न'.repeat(101) }, ['name:invalid']],
    ['a misspelt field', { ...moderator, sties: [] }, ['sties:unknown_field']],
  ])('refuses a moderator with %s: 422 naming the field', async (_case, body, expected) => {
    const answer = await post('/v1/admin/moderators', body);
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
    expect(fieldsAndCodes(answer.body.errors)).toEqual(expected);
    expect(answer.text).not.toContain('neha.kapoor@');
  });

  it('creates a moderator from a body with a trimmed, upper-case email and a Hindi name', async () => {
    const answer = await post('/v1/admin/moderators', {
      ...moderator,
      email: '  Ravi.Shankar@News.Example ',
      name: ' रवि शंकर ',
      sites: [siteId, siteId],
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ name: 'रवि शंकर', emailMasked: 'r***@news.example', sites: [siteId] });
  });

  it.each([
    ['an empty body', {}, ['email is required', 'password is required']],
    ['a number for the email', { email: 42, password: 'admin-password-123' }, ['email is text']],
    [
      'a password of 1025 characters',
      { email: 'admin@test.example', password: 'x'.repeat(1025) },
      ['password is at most 1024 characters'],
    ],
    [
      'a misspelt field',
      { emial: 'admin@test.example', password: 'admin-password-123' },
      ['Unknown field "emial"', 'email is required'],
    ],
  ])(
    'answers a login with %s with the contract 401, its detail naming the field',
    async (_case, body, said) => {
      const answer = await http(`${api.url}/v1/auth/login`, { method: 'POST', json: body });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
      for (const words of said) expect(answer.body.detail).toContain(words);
      expect(answer.headers.getSetCookie()).toEqual([]);
    },
  );

  const webhooks = () => `/v1/admin/sites/${siteId}/webhooks`;
  it.each([
    ['no url', { events: ['comment.published'] }, ['url:required']],
    ['a url that is a number', { url: 443, events: ['comment.published'] }, ['url:required']],
    [
      'a url of 2001 characters',
      { url: `https://hooks.example.org/${'a'.repeat(1975)}`, events: ['comment.published'] },
      ['url:too_long'],
    ],
    ['no events', { url: 'https://hooks.example.org/a' }, ['events:invalid_type']],
    ['an empty list of events', { url: 'https://hooks.example.org/a', events: [] }, ['events:invalid_type']],
    [
      'an unknown event',
      { url: 'https://hooks.example.org/a', events: ['comment.deleted'] },
      ['events:invalid_type'],
    ],
    [
      'events as one string',
      { url: 'https://hooks.example.org/a', events: 'comment.held' },
      ['events:invalid_type'],
    ],
    [
      'a misspelt field',
      { url: 'https://hooks.example.org/a', events: ['comment.held'], secret: 'mine' },
      ['secret:unknown_field'],
    ],
  ])('refuses a webhook endpoint with %s: 422 naming the field', async (_case, body, expected) => {
    const answer = await post(webhooks(), body);
    expect(answer.status).toBe(422);
    expect(fieldsAndCodes(answer.body.errors)).toEqual(expected);
  });

  it.each([
    ['no enabled', {}],
    ['enabled as text', { enabled: 'false' }],
    ['enabled as a number', { enabled: 0 }],
  ])('refuses to switch an endpoint with %s: 422 naming enabled', async (_case, body) => {
    const answer = await http(`${api.url}${webhooks()}/${endpointId}`, {
      method: 'PATCH',
      headers: admin,
      json: body,
    });
    expect(answer.status).toBe(422);
    expect(fieldsAndCodes(answer.body.errors)).toEqual(['enabled:invalid_type']);
  });

  it('switches an endpoint off with a good body', async () => {
    const answer = await http(`${api.url}${webhooks()}/${endpointId}`, {
      method: 'PATCH',
      headers: admin,
      json: { enabled: false },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: endpointId, enabled: false });
  });

  it('shows the three request schemas in the OpenAPI document', async () => {
    const document = (await http(`${api.url}/docs-json`)).body as OpenAPIV3.Document;
    const schemaOf = (path: string, method: 'post' | 'patch') => {
      const body = document.paths[path]![method]!.requestBody as OpenAPIV3.RequestBodyObject;
      const ref = (body.content['application/json'].schema as OpenAPIV3.ReferenceObject).$ref;
      return document.components!.schemas![ref.split('/').pop()!] as OpenAPIV3.SchemaObject;
    };
    expect(schemaOf('/v1/auth/login', 'post').required?.sort()).toEqual(['email', 'password']);
    const created = schemaOf('/v1/admin/moderators', 'post');
    expect(created.required?.sort()).toEqual(['email', 'password']);
    expect(Object.keys(created.properties!).sort()).toEqual(['email', 'name', 'password', 'role', 'sites']);
    const endpoint = schemaOf('/v1/admin/sites/{siteId}/webhooks', 'post');
    expect(endpoint.required?.sort()).toEqual(['events', 'url']);
    const events = endpoint.properties!.events as OpenAPIV3.ArraySchemaObject;
    expect((events.items as OpenAPIV3.SchemaObject).enum).toContain('comment.published');
    expect(schemaOf('/v1/admin/sites/{siteId}/webhooks/{id}', 'patch').required).toEqual(['enabled']);
  });
});

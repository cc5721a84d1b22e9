import SwaggerParser from '@apidevtools/swagger-parser';
import { OpenAPIV3 } from 'openapi-types';
import { http } from '../support/client';
import { useTestApp } from '../support/test-app';

/** The OpenAPI document the service serves is valid OpenAPI 3, and it describes the request bodies and queries. */
describe('OpenAPI document', () => {
  const api = useTestApp();
  let document: OpenAPIV3.Document;

  beforeAll(async () => {
    const answer = await http(`${api.url}/docs-json`);
    expect(answer.status).toBe(200);
    document = answer.body;
  });

  it('passes a validator of the OpenAPI specification', async () => {
    // validate() dereferences in place; give it a copy so the other tests see the $refs.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('declares the moderation request bodies, with their rules', () => {
    const schemaOf = (path: string) => {
      const body = document.paths[path]!.post!.requestBody as OpenAPIV3.RequestBodyObject;
      const ref = (body.content['application/json'].schema as OpenAPIV3.ReferenceObject).$ref;
      return document.components!.schemas![ref.split('/').pop()!] as OpenAPIV3.SchemaObject;
    };
    const decision = schemaOf('/v1/moderation/comments/{id}/decision');
    expect(decision.required).toEqual(['action']);
    expect((decision.properties!.action as OpenAPIV3.SchemaObject).enum).toEqual([
      'approve',
      'reject',
      'spam',
      'hold',
    ]);
    const bulk = schemaOf('/v1/moderation/decisions');
    expect(bulk.required?.sort()).toEqual(['action', 'ids']);
    expect((bulk.properties!.ids as OpenAPIV3.ArraySchemaObject).maxItems).toBe(200);
    const author = schemaOf('/v1/moderation/comments/{id}/author');
    expect(Object.keys(author.properties!).sort()).toEqual(['action', 'by', 'note', 'until']);
  });

  it('declares the queue and audit query parameters', () => {
    const names = (path: string) =>
      (document.paths[path]!.get!.parameters as OpenAPIV3.ParameterObject[])
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort();
    expect(names('/v1/moderation/comments')).toEqual(
      ['category', 'cursor', 'language', 'limit', 'q', 'siteId', 'status', 'threadId'].sort(),
    );
    expect(names('/v1/moderation/audit')).toEqual(['commentId', 'cursor', 'limit', 'siteId']);
  });
});

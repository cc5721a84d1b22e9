/**
 * The floor the drop-in check APIs are measured against: bare Fastify parsing a JSON body and answering a small JSON
 * object, no key, no checks. Started by bench/check-api.bench.ts (PORT); loopback only.
 */
import Fastify from 'fastify';

async function main(): Promise<void> {
  const app = Fastify({ bodyLimit: 256 * 1024 });
  app.post<{ Body: { comment?: { text?: string } } }>('/echo', async (request) => ({
    attributeScores: { TOXICITY: { summaryScore: { value: 0, type: 'PROBABILITY' } } },
    length: request.body?.comment?.text?.length ?? 0,
  }));
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  console.log('json echo listening');
}

void main();

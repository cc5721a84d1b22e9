import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { Env, ENV, parseEnv } from '@app/config';
import { ProblemFilter } from './http/problem.filter';
import { PublicOriginPolicy } from './public/public-origin.policy';
import { registerProtections } from './http/protections';
import { CHECK_API_ERROR_FORMATS } from './check-api/check-api-errors';

/** Large enough for a 10,000-character Hindi comment (3 bytes a character) with room to spare. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the HTTP application exactly as production runs it; tests use this too. */
export async function createApiApplication(module: Type | DynamicModule): Promise<NestFastifyApplication> {
  const env = parseEnv(process.env); // fails before anything opens, naming every bad variable
  const adapter = new FastifyAdapter({
    trustProxy: env.TRUST_PROXY,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 500 },
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Nest routes Fastify's own errors (body parsing, size, content type) through this filter too.
  app.useGlobalFilters(new ProblemFilter(CHECK_API_ERROR_FORMATS));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  const closeProtections = await registerProtections(app, env);
  fastify.addHook('onClose', async () => closeProtections());
  // Only JSON and form posts are accepted; anything else is a 415, never parsed as text.
  fastify.removeContentTypeParser(['text/plain']);
  app.get(PublicOriginPolicy).register(fastify);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Comment moderation')
      .setDescription('Public comments, moderation and admin APIs. See CONTRACT.md for the full contract.')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
}

export async function listen(app: NestFastifyApplication): Promise<Env> {
  const env = app.get<Env>(ENV);
  await app.listen(env.PORT, env.HOST);
  return env;
}

import { DynamicModule, Logger as NestLogger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import multipart from '@fastify/multipart';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import { Logger, PinoLogger } from 'nestjs-pino';
import { Env, ENV, isUnloggedPath, parseEnv, QuietStartupLogger, requestIdOf } from '@app/config';
import { ProblemFilter } from './http/problem.filter';
import { PublicOriginPolicy } from './public/public-origin.policy';
import { describeSubmissionRoute, SubmissionRoute } from './public/submission.route';
import { registerProtections } from './http/protections';
import { registerRequestLogger } from './http/request-logger';
import { protectApiDocs } from './http/content-security';
import { registerCompression } from './http/compression';
import { CHECK_API_ERROR_FORMATS } from './check-api/check-api-errors';
import { IMPORT_UPLOAD_LIMIT_BYTES } from './imports/import-upload';

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
    // The access line's request id, the same rule as pino-http's (which routes without a bound logger skip).
    requestIdHeader: false,
    genReqId: requestIdOf,
    connectionTimeout: 60_000,
  });
  // A provider that fails to start rejects here (main logs it and exits 1) instead of Nest calling process.exit
  // itself, which in a process that runs more than this app (the test runner) ends everything at once.
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  // Nest routes Fastify's own errors (body parsing, size, content type) through this filter too.
  app.useGlobalFilters(new ProblemFilter(CHECK_API_ERROR_FORMATS));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  if (env.LOG_REQUESTS) {
    // One line per request, written when its status code and duration are known, with the id pino-http gave it.
    fastify.addHook('onResponse', (request, reply, done) => {
      const path = request.url.split('?')[0];
      if (!isUnloggedPath(path)) {
        const id = (request.raw as IncomingMessage & { id?: string }).id ?? request.id;
        PinoLogger.root.info(
          {
            req: { id, method: request.method, url: path },
            statusCode: reply.statusCode,
            responseTime: Math.round(reply.elapsedTime),
          },
          'request completed',
        );
      }
      done();
    });
  }
  registerRequestLogger(fastify);
  const closeProtections = await registerProtections(app, env);
  fastify.addHook('onClose', async () => closeProtections());
  // Only JSON and form posts are accepted; anything else is a 415, never parsed as text.
  fastify.removeContentTypeParser(['text/plain']);
  // Multipart only for uploads (an admin's import): one file, streamed by the route, never buffered whole.
  await app.register(multipart, {
    limits: { fileSize: IMPORT_UPLOAD_LIMIT_BYTES, files: 1, fields: 10, fieldSize: 1024 },
  });
  app.get(PublicOriginPolicy).register(fastify);
  app.get(SubmissionRoute).register(fastify);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Comment moderation')
      .setDescription('Public comments, moderation and admin APIs. See CONTRACT.md for the full contract.')
      .addBearerAuth()
      .build(),
  );
  describeSubmissionRoute(document);
  protectApiDocs(fastify, 'docs');
  // Last of the onSend hooks: the others read the page as text before it is compressed.
  registerCompression(fastify);
  SwaggerModule.setup('docs', app, document);
  return app;
}

export async function listen(app: NestFastifyApplication): Promise<Env> {
  const env = app.get<Env>(ENV);
  await app.listen(env.PORT, env.HOST);
  new NestLogger('Api').log({ host: env.HOST, port: env.PORT }, 'api listening');
  return env;
}

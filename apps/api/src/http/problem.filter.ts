import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, InvalidQueryError, StoreUnavailableError, ValidationFailedError } from '@app/comments';
import { isInvalidInput, isStoreUnavailable } from '@app/db';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Malformed request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Request body too large',
  415: 'Unsupported content type',
  429: 'Too many requests',
  431: 'Request headers too large',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** Turns any error into application/problem+json. A client's mistake is a 4xx; only our own faults are 500s. */
export function toProblem(error: unknown): { problem: Problem; headers: Record<string, string> } {
  if (!(error instanceof DomainError) && isStoreUnavailable(error))
    return toProblem(new StoreUnavailableError());
  if (!(error instanceof DomainError) && isInvalidInput(error)) {
    const detail = 'The request holds a value the store cannot read, such as a NUL character.';
    return { problem: { type: problemType(400), title: TITLES[400], status: 400, detail }, headers: {} };
  }
  if (error instanceof DomainError) {
    const problem: Problem = {
      type: problemType(error.status),
      title: error.title,
      status: error.status,
      detail: error.message,
    };
    if (error instanceof ValidationFailedError || error instanceof InvalidQueryError)
      problem.errors = error.errors;
    return { problem, headers: error.headers };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const detail =
      typeof response === 'string'
        ? response
        : ((response as { message?: unknown }).message ?? error.message);
    return {
      problem: {
        type: problemType(status),
        title: TITLES[status] ?? 'Error',
        status,
        detail: String(detail),
      },
      headers: {},
    };
  }
  // Fastify's own errors (body parsing, size, content type) carry a 4xx statusCode.
  const statusCode = (error as { statusCode?: number }).statusCode;
  if (statusCode && statusCode >= 400 && statusCode < 500) {
    return {
      problem: {
        type: problemType(statusCode),
        title: TITLES[statusCode] ?? 'Bad request',
        status: statusCode,
        detail: (error as Error).message,
      },
      headers: {},
    };
  }
  return { problem: { type: problemType(500), title: TITLES[500], status: 500 }, headers: {} };
}

function problemType(status: number): string {
  return `https://httpstatuses.io/${status}`;
}

/** Sends an error in another wire format, for routes that speak one (the drop-in Perspective and Akismet APIs). */
export type ErrorFormat = (error: unknown, reply: FastifyReply, logger: Logger) => void;

/**
 * A route answers its errors in another format by naming it in its route config (`@RouteConfig({ errorFormat })`):
 * the router's own errors (a malformed body, a wrong content type) then reach the client in that format too.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly formats: Record<string, ErrorFormat> = {}) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const name = (request.routeOptions?.config as { errorFormat?: string } | undefined)?.errorFormat;
    const format = name ? this.formats[name] : undefined;
    if (format) return format(error, reply, this.logger);
    sendProblem(reply, error, request, this.logger);
  }
}

export function sendProblem(
  reply: FastifyReply,
  error: unknown,
  request: FastifyRequest,
  logger: Logger,
): void {
  const { problem, headers } = toProblem(error);
  if (problem.status >= 500) {
    logger.error({ err: error, reqId: request.id, path: request.url.split('?')[0] }, 'request failed');
  }
  reply.status(problem.status).headers(headers).type('application/problem+json').send(problem);
}

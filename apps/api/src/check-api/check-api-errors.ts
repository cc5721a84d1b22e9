import { Logger } from '@nestjs/common';
import { PerspectiveError } from '@app/check-api';
import { ErrorFormat, toProblem } from '../http/problem.filter';

/** Route configs of the drop-in routes: their errors, the router's included, leave in their own wire format. */
export const PERSPECTIVE_ERRORS = { errorFormat: 'perspective' };
export const AKISMET_ERRORS = { errorFormat: 'akismet' };

/** Every error of the Perspective route in Perspective's own shape, so its clients read it as they would Google's. */
export const sendPerspectiveError: ErrorFormat = (error, reply, logger) => {
  const perspective = error instanceof PerspectiveError ? error : fromOtherError(error, logger);
  if (perspective.retryAfterSeconds) reply.header('retry-after', String(perspective.retryAfterSeconds));
  void reply.status(perspective.code).type('application/json; charset=utf-8').send(perspective.toBody());
};

function fromOtherError(error: unknown, logger: Logger): PerspectiveError {
  const { problem, headers } = toProblem(error);
  if (problem.status === 503)
    return new PerspectiveError(
      503,
      'UNAVAILABLE',
      'The service is unavailable; retry shortly.',
      Number(headers['retry-after'] ?? 5),
    );
  // Malformed JSON, a body too large, a wrong content type: the client's mistake, said as Perspective says it.
  if (problem.status < 500)
    return new PerspectiveError(400, 'INVALID_ARGUMENT', problem.detail ?? problem.title);
  logger.error({ err: error }, 'perspective call failed');
  return new PerspectiveError(500, 'INTERNAL', 'Internal error.');
}

/** Akismet answers in plain text; its clients treat anything but their expected words as an error. */
export const sendAkismetError: ErrorFormat = (error, reply, logger) => {
  const { problem, headers } = toProblem(error);
  if (problem.status >= 500 && problem.status !== 503) logger.error({ err: error }, 'akismet call failed');
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  reply.header('x-akismet-debug-help', problem.detail ?? problem.title);
  void reply.status(problem.status).type('text/plain; charset=utf-8').send(problem.title);
};

export const CHECK_API_ERROR_FORMATS = { perspective: sendPerspectiveError, akismet: sendAkismetError };

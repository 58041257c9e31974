import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, toProblem, validationError, ZodError } from '../errors';
import { maskSecrets } from '../logger';

/**
 * A fixed detail: the parser's message quotes the body ("… "password":hunter2… is not valid JSON"), and the
 * detail is both logged and sent back.
 */
function malformedJson(): AppError {
  return new AppError('MALFORMED_JSON', 'The request body is not valid JSON.');
}

/** Turns anything thrown while serving a request into one problem+json answer; only the unknown is a 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error, 'body');
  const fastifyError = error as Partial<FastifyError> & { code?: string; statusCode?: number };
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is over the size limit of this endpoint.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return malformedJson();
    case '22P02': // invalid text representation (e.g. a malformed uuid that slipped through)
    case '22001': // value too long
    case '22003': // numeric out of range
      return new AppError('BAD_REQUEST', 'A value in the request has the wrong format or size.');
    case '23505':
      return new AppError('CONFLICT', 'This would duplicate something that already exists.');
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return malformedJson();
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) return new AppError('RATE_LIMITED', 'Too many requests; wait a minute and try again.');
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (status >= 400 && status < 500)
    return new AppError('BAD_REQUEST', fastifyError.message ?? 'Bad request');
  return new AppError(
    'INTERNAL',
    'Something went wrong on our side. The request id identifies it in the logs.',
  );
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  // The detail is for the caller; it may name the address they typed or the path with their token.
  else request.log.info({ code: appError.code }, maskSecrets(appError.message));
  return reply
    .code(appError.status)
    .type('application/problem+json')
    .send(toProblem(appError, String(request.id)));
}

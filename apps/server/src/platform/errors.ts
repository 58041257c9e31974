import type { TProblem } from '@touchpoint/schemas';
import { ZodError } from 'zod';

/** The one list of error codes the API answers with; each has its HTTP status and a human title. */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  BAD_REQUEST: { status: 400, title: 'Bad request' },
  UNAUTHENTICATED: { status: 401, title: 'Sign in or send an API key' },
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong email or password' },
  TWO_FACTOR_REQUIRED: { status: 401, title: 'Enter the code from your authenticator app' },
  INVALID_TWO_FACTOR_CODE: { status: 401, title: 'Wrong or expired two-factor code' },
  TWO_FACTOR_SETUP_REQUIRED: { status: 403, title: 'This workspace requires two-factor sign-in' },
  WEAK_PASSWORD: { status: 400, title: 'Choose a stronger password' },
  CSRF_FAILED: { status: 403, title: 'Missing or wrong CSRF token' },
  FORBIDDEN: { status: 403, title: 'Your role may not do this' },
  SIGN_UP_CLOSED: { status: 403, title: 'New accounts are by invitation only' },
  SSO_REQUIRED: { status: 403, title: 'Sign in with single sign-on' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  CONFLICT: { status: 409, title: 'Conflict' },
  EMAIL_TAKEN: { status: 409, title: 'This email already has an account' },
  GONE: { status: 410, title: 'No longer valid' },
  SURVEY_CLOSED: { status: 409, title: 'This survey is closed' },
  RESPONSE_FINISHED: { status: 409, title: 'This response is already complete' },
  LINK_USED: { status: 409, title: 'This personal link has already been used' },
  PERSONAL_LINK_REQUIRED: { status: 409, title: 'Answer through your personal link' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  UNPROCESSABLE: { status: 422, title: 'The request cannot be carried out' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL: { status: 500, title: 'Internal error' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const;

export type TErrorCode = keyof typeof ERROR_CODES;

export interface InvalidParam {
  name: string;
  reason: string;
}

/** The only error type routes throw; the HTTP layer turns it into problem+json. Messages are user-safe. */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly status: number;
  readonly invalidParams: InvalidParam[];

  constructor(code: TErrorCode, detail?: string, invalidParams: InvalidParam[] = []) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.invalidParams = invalidParams;
  }

  static notFound(what = 'resource'): AppError {
    return new AppError('NOT_FOUND', `This ${what} does not exist.`);
  }
}

export function invalidParamsFromZod(error: ZodError, location?: string): InvalidParam[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
    const name = [location, path || keys].filter(Boolean).join('.') || (location ?? 'body');
    return { name, reason: issue.message };
  });
}

export function validationError(error: ZodError, location: string): AppError {
  const params = invalidParamsFromZod(error, location);
  const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ');
  return new AppError('VALIDATION_FAILED', detail, params);
}

export function toProblem(error: AppError, requestId: string): TProblem {
  return {
    type: `https://touchpoint.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: ERROR_CODES[error.code].title,
    status: error.status,
    detail: error.message,
    code: error.code,
    requestId,
    invalidParams: error.invalidParams,
  };
}

export { ZodError };

import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, operations, paths } from './schema';

export type TouchpointClient = Client<paths>;
export type Problem = components['schemas']['Problem'];

export interface TouchpointClientOptions {
  /** Origin of the Touchpoint server, e.g. `https://cx.example.com`; paths already start with `/api/v1`. */
  baseUrl: string;
  /** An API key from Settings → API keys; leave it out for the public endpoints. */
  apiKey?: string;
  /** A fetch to use instead of the global one (tests, proxies, retries). */
  fetch?: ClientOptions['fetch'];
}

/**
 * A typed client for the Touchpoint REST API: paths, parameters, bodies and answers are checked against
 * the server's OpenAPI document.
 *
 * @example
 * ```ts
 * const touchpoint = createTouchpointClient({ baseUrl: 'https://cx.example.com', apiKey: process.env.TP_API_KEY });
 * const me = unwrap(await touchpoint.GET('/api/v1/me'));
 * const team = unwrap(await touchpoint.POST('/api/v1/teams', { body: { name: 'Support' } }));
 * await touchpoint.PATCH('/api/v1/teams/{id}', { params: { path: { id: team.id } }, body: { name: 'Care' } });
 * ```
 */
export function createTouchpointClient(options: TouchpointClientOptions): TouchpointClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.apiKey ? { headers: { Authorization: `Bearer ${options.apiKey}` } } : {}),
  });
}

/** An error answer from the API, carrying its RFC 9457 problem details; branch on the stable `code`. */
export class TouchpointApiError extends Error implements Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly requestId: string;
  readonly invalidParams: Problem['invalidParams'];

  constructor(problem: Problem) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = 'TouchpointApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.code = problem.code;
    this.requestId = problem.requestId;
    this.invalidParams = problem.invalidParams;
  }

  /** Builds the error from an answer's body; one that is not problem+json (a proxy's 502 page) still gets one. */
  static fromResponse(body: unknown, response: Response): TouchpointApiError {
    const problem: Partial<Problem> = typeof body === 'object' && body !== null ? body : {};
    return new TouchpointApiError({
      type: problem.type ?? 'about:blank',
      title: problem.title ?? (response.statusText || 'Unexpected response'),
      status: problem.status ?? response.status,
      detail:
        problem.detail ?? (typeof body === 'string' && body ? body.slice(0, 500) : `HTTP ${response.status}`),
      code: problem.code ?? 'UNEXPECTED_RESPONSE',
      requestId: problem.requestId ?? response.headers.get('x-request-id') ?? '',
      invalidParams: problem.invalidParams ?? [],
    });
  }
}

/**
 * The data of a successful answer, or a thrown TouchpointApiError. Success is read from the HTTP status,
 * not from `data`, because a 204 answer has no data.
 */
export function unwrap<TData>(result: { data?: TData; error?: unknown; response: Response }): TData {
  if (result.response.ok) return result.data as TData;
  throw TouchpointApiError.fromResponse(result.error, result.response);
}

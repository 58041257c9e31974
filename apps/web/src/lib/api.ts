import type { TProblem } from '@touchpoint/schemas/browser';

/** An API failure, carrying the server's problem+json body (or one built here for network failures). */
export class ApiError extends Error {
  readonly problem: TProblem;

  constructor(problem: TProblem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get invalidParams(): TProblem['invalidParams'] {
    return this.problem.invalidParams;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `Idempotency-Key` on public submissions. */
  headers?: Record<string, string>;
  /** `omit` for public endpoints, so a respondent is never tied to a signed-in session. */
  credentials?: RequestCredentials;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token from the last Me-shaped answer; sent on every unsafe request made with the cookie. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

function isMeShaped(value: unknown): value is { csrfToken: string | null } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'csrfToken' in value &&
    'workspaces' in value &&
    'permissions' in value
  );
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

function isProblem(value: unknown): value is Partial<TProblem> {
  return typeof value === 'object' && value !== null && ('code' in value || 'detail' in value);
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, an empty body): fall back to the status line below.
  }
  const fallbackDetail = response.statusText || `Request failed with status ${response.status}`;
  if (isProblem(body)) {
    return new ApiError({
      type: body.type ?? 'about:blank',
      title: body.title ?? fallbackDetail,
      status: body.status ?? response.status,
      detail: body.detail ?? body.title ?? fallbackDetail,
      code: body.code ?? `HTTP_${response.status}`,
      requestId: body.requestId ?? response.headers.get('x-request-id') ?? '',
      invalidParams: Array.isArray(body.invalidParams) ? body.invalidParams : [],
    });
  }
  return new ApiError({
    type: 'about:blank',
    title: fallbackDetail,
    status: response.status,
    detail: fallbackDetail,
    code: `HTTP_${response.status}`,
    requestId: response.headers.get('x-request-id') ?? '',
    invalidParams: [],
  });
}

async function send(method: string, url: string, options: ApiRequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const credentials = options.credentials ?? 'same-origin';
  if (!SAFE_METHODS.has(method) && csrfToken && credentials !== 'omit') headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(url, {
      method,
      headers,
      credentials,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'The server could not be reached. Check your connection and try again.',
      code: 'NETWORK_ERROR',
      requestId: '',
      invalidParams: [],
    });
  }
}

async function refreshCsrfToken(): Promise<void> {
  const response = await send('GET', '/api/v1/me', {});
  if (!response.ok) return;
  const body: unknown = await response.json();
  if (isMeShaped(body)) csrfToken = body.csrfToken;
}

/** Calls the Touchpoint API; resolves with the parsed JSON (undefined on 204) or throws an ApiError. */
export async function api<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const url = buildUrl(path, options.query);
  let response = await send(method, url, options);
  let error = response.ok ? null : await toApiError(response);

  // A stale CSRF token (another tab signed in again) gets one retry with a fresh one.
  if (error && error.code === 'CSRF_FAILED' && !SAFE_METHODS.has(method)) {
    await refreshCsrfToken();
    response = await send(method, url, options);
    error = response.ok ? null : await toApiError(response);
  }
  if (error) throw error;

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const body: unknown = JSON.parse(text);
  if (isMeShaped(body)) csrfToken = body.csrfToken;
  return body as T;
}

/** A URL with its query string (empty values skipped), for links such as downloads. */
export function urlWithQuery(path: string, query: Record<string, QueryValue>): string {
  return buildUrl(path, query);
}

/** Field name → reason, from a validation problem (`body.email` and `email` both map to `email`). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const fields: Record<string, string> = {};
  for (const param of error.invalidParams) {
    const name = param.name.split(/[./]/).filter(Boolean).pop() ?? param.name;
    if (!(name in fields)) fields[name] = param.reason;
  }
  return fields;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

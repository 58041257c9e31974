import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, fieldErrorsOf, getCsrfToken, setCsrfToken } from './api';

function jsonResponse(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': type },
  });
}

const me = {
  user: null,
  workspace: { id: 'w', name: 'W' },
  permissions: [],
  workspaces: [],
  csrfToken: 'tok-1',
};
const problem = {
  type: 'https://touchpoint.dev/problems/validation-failed',
  title: 'The request is not valid',
  status: 400,
  detail: 'email: must be an email',
  code: 'VALIDATION_FAILED',
  requestId: 'req-1',
  invalidParams: [{ name: 'body.email', reason: 'must be an email' }],
};

describe('api client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('remembers the CSRF token of Me answers and sends it on unsafe requests only', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, me));
    vi.stubGlobal('fetch', fetchMock);

    await api('/api/v1/me');
    expect(getCsrfToken()).toBe('tok-1');
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
    expect(
      ((fetchMock.mock.calls[0]?.[1]?.headers ?? {}) as Record<string, string>)['x-csrf-token'],
    ).toBeUndefined();

    await api('/api/v1/teams', { method: 'POST', body: { name: 'Support' } });
    const headers = (fetchMock.mock.calls[1]?.[1]?.headers ?? {}) as Record<string, string>;
    expect(headers['x-csrf-token']).toBe('tok-1');
    expect(headers['content-type']).toBe('application/json');
  });

  it('throws an ApiError carrying the problem, with field errors by name', async () => {
    vi.stubGlobal('fetch', async () => jsonResponse(400, problem, 'application/problem+json'));
    const error = await api('/api/v1/invitations', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual(problem);
    expect(fieldErrorsOf(error)).toEqual({ email: 'must be an email' });
  });

  it('retries once with a fresh token when the CSRF check fails', async () => {
    setCsrfToken('stale');
    const csrfFailed = { ...problem, status: 403, code: 'CSRF_FAILED', invalidParams: [] };
    const answers = [
      jsonResponse(403, csrfFailed, 'application/problem+json'),
      jsonResponse(200, { ...me, csrfToken: 'fresh' }),
      jsonResponse(204, undefined),
    ];
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => answers.shift() as Response);
    vi.stubGlobal('fetch', fetchMock);

    await expect(api('/api/v1/teams/1', { method: 'DELETE' })).resolves.toBeUndefined();
    expect(((fetchMock.mock.calls[2]?.[1]?.headers ?? {}) as Record<string, string>)['x-csrf-token']).toBe(
      'fresh',
    );
  });

  it('turns a network failure into a NETWORK_ERROR problem', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await api('/api/v1/me').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBe(0);
  });

  it('builds the query string and skips empty values', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, { items: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await api('/api/v1/members', { query: { limit: 50, cursor: undefined, q: '' } });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/members?limit=50');
  });
});

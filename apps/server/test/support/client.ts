import type { TMe } from '@touchpoint/schemas';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export type Credentials = { cookie: string; csrfToken: string } | { apiKey: string } | null;

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

/** Calls the app in-process as one caller (a session, an API key, or anonymous). */
export class TestClient {
  constructor(
    readonly app: FastifyInstance,
    readonly credentials: Credentials = null,
  ) {}

  async request<T = any>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.credentials && 'cookie' in this.credentials) {
      headers.cookie = this.credentials.cookie;
      if (method !== 'GET') headers['x-csrf-token'] ??= this.credentials.csrfToken;
    } else if (this.credentials && 'apiKey' in this.credentials) {
      headers.authorization = `Bearer ${this.credentials.apiKey}`;
    }
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const text = response.body;
    return {
      status: response.statusCode,
      body: text && response.headers['content-type']?.toString().includes('json') ? JSON.parse(text) : text,
      headers: response.headers,
    };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body ?? {});
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}

let sequence = 0;

export interface SignedUp {
  client: TestClient;
  me: TMe;
  email: string;
  password: string;
}

/** Signs up a new person with their own workspace and returns a client acting as them. */
export async function signUp(
  app: FastifyInstance,
  workspaceName = `Workspace ${++sequence}`,
): Promise<SignedUp> {
  const email = `person${++sequence}.${Date.now()}@example.com`;
  const password = 'correct horse battery';
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: { email, password, name: `Person ${sequence}`, workspaceName },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const me = response.json() as TMe;
  return { client: new TestClient(app, sessionOf(response, me)), me, email, password };
}

export function sessionOf(response: LightMyRequestResponse, me: TMe): Credentials {
  const cookie = response.cookies.find((c) => c.name === 'tp_session');
  if (!cookie) throw new Error('no session cookie set');
  return { cookie: `tp_session=${cookie.value}`, csrfToken: me.csrfToken as string };
}

/** Adds a person with the given role to the workspace (through an invitation) and returns their client. */
export async function addMember(
  admin: TestClient,
  role: string,
): Promise<{ client: TestClient; me: TMe; userId: string }> {
  const email = `member${++sequence}.${Date.now()}@example.com`;
  const invitation = await admin.post('/api/v1/invitations', { email, role });
  if (invitation.status !== 201)
    throw new Error(`invite failed: ${invitation.status} ${JSON.stringify(invitation.body)}`);
  const response = await admin.app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token: invitation.body.token, name: `Member ${sequence}`, password: 'correct horse battery' },
  });
  if (response.statusCode !== 200) throw new Error(`accept failed: ${response.statusCode} ${response.body}`);
  const me = response.json() as TMe;
  return { client: new TestClient(admin.app, sessionOf(response, me)), me, userId: me.user?.id as string };
}

/** Creates an API key with the given role and returns a client that authenticates with it. */
export async function apiKeyClient(
  admin: TestClient,
  role = 'admin',
): Promise<{ client: TestClient; id: string; key: string }> {
  const created = await admin.post('/api/v1/api-keys', { name: `key ${++sequence}`, role });
  if (created.status !== 201) throw new Error(`api key failed: ${created.status}`);
  return {
    client: new TestClient(admin.app, { apiKey: created.body.key }),
    id: created.body.id,
    key: created.body.key,
  };
}

import type { TMe } from '@touchpoint/schemas';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseIssuerUrl } from '../src/modules/sso/oidc-provider-client';
import type { Touchpoint } from '../src/touchpoint';
import { sessionOf, signUp, TestClient } from './support/client';
import { type LocalOidcProvider, loginAtProvider, startLocalOidcProvider } from './support/oidc';
import { startTestTouchpoint } from './support/test-touchpoint';

// Single sign-on with OpenID Connect, against a real provider (the `oidc-provider` package) running in its
// own process: discovery, the code flow with PKCE, state and nonce, the email domain rule, joining on first
// sign-in or only when added, the "require SSO" policy, and that one workspace's provider opens nothing
// of another workspace.

// The local provider runs on plain http on this machine: only allowed with this flag (tests only).
process.env.TOUCHPOINT_SSO_ALLOW_INSECURE_ISSUER = '1';

const CALLBACK = 'http://touchpoint.test/api/v1/auth/sso/callback';
const CLIENT_A = {
  client_id: 'touchpoint-a',
  client_secret: 'a-secret-7f3c9e1d2b4a6c8e0f1a3b5c',
  redirect_uris: [CALLBACK],
};
const CLIENT_B = {
  client_id: 'touchpoint-b',
  client_secret: 'b-secret-0e2d4c6b8a9f1e3d5c7b9a1f',
  redirect_uris: [CALLBACK],
};

let touchpoint: Touchpoint;
let app: FastifyInstance;
let provider: LocalOidcProvider;
let adminA: TestClient;
let workspaceA: string;
let adminB: TestClient;
let workspaceB: string;
let address = 0;

beforeAll(async () => {
  [touchpoint, provider] = await Promise.all([
    startTestTouchpoint(),
    startLocalOidcProvider([CLIENT_A, CLIENT_B]),
  ]);
  app = touchpoint.app as FastifyInstance;
  const a = await signUp(app, 'Acme');
  adminA = a.client;
  workspaceA = a.me.workspace.id;
  const b = await signUp(app, 'Beta');
  adminB = b.client;
  workspaceB = b.me.workspace.id;
}, 120_000);

afterAll(async () => {
  await touchpoint?.stop();
  await provider?.stop();
});

/** Starts SSO as a browser would: the redirect to the provider and the flow cookie set with it. */
async function start(query: string) {
  const response = await app.inject({ method: 'GET', url: `/api/v1/auth/sso/start?${query}` });
  const flowCookie = response.cookies.find((c) => c.name === 'tp_sso')?.value;
  return { status: response.statusCode, location: String(response.headers.location ?? ''), flowCookie };
}

/** Brings the browser back to the app's callback with the flow cookie (or another one). */
async function callback(callbackUrl: string, flowCookie: string | undefined) {
  const url = new URL(callbackUrl);
  const response = await app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: flowCookie ? { cookie: `tp_sso=${flowCookie}` } : {},
  });
  return response;
}

/** A full sign-in: start, log in at the provider as `login`, come back. Answers the app's final redirect. */
async function signInWithSso(query: string, login: string) {
  const started = await start(query);
  expect(started.status).toBe(302);
  if (!started.location.startsWith(provider.issuer)) return { location: started.location, client: null };
  const back = await loginAtProvider(started.location, login);
  const response = await callback(back, started.flowCookie);
  expect(response.statusCode).toBe(302);
  const session = response.cookies.find((c) => c.name === 'tp_session');
  if (!session) return { location: String(response.headers.location), client: null };
  const me = await app.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { cookie: `tp_session=${session.value}` },
  });
  const body = me.json() as TMe;
  return {
    location: String(response.headers.location),
    me: body,
    client: new TestClient(app, {
      cookie: `tp_session=${session.value}`,
      csrfToken: body.csrfToken as string,
    }),
  };
}

async function passwordSignIn(email: string, password: string) {
  address += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    headers: { 'x-forwarded-for': `192.0.2.${address}` },
  });
  return response;
}

async function invite(admin: TestClient, email: string, role: string) {
  const invitation = await admin.post('/api/v1/invitations', { email, role });
  expect(invitation.status).toBe(201);
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token: invitation.body.token, name: email.split('@')[0], password: 'correct horse battery' },
  });
  expect(accepted.statusCode).toBe(200);
  const me = accepted.json() as TMe;
  return { client: new TestClient(app, sessionOf(accepted, me)), userId: me.user?.id as string };
}

describe('single sign-on settings', () => {
  it('stores the client secret encrypted, never answers it, and checks the issuer URL', async () => {
    const empty = await adminA.get('/api/v1/workspace/sso');
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ configured: false, redirectUri: CALLBACK });

    const noSecret = await adminA.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: provider.issuer,
      clientId: CLIENT_A.client_id,
      allowedDomains: ['acme.test'],
    });
    expect(noSecret.status).toBe(400);
    const plainHttp = await adminA.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: 'http://idp.example.com',
      clientId: CLIENT_A.client_id,
      clientSecret: CLIENT_A.client_secret,
      allowedDomains: ['acme.test'],
    });
    expect(plainHttp.status).toBe(400);
    expect(plainHttp.body.detail).toMatch(/https/);
    // A plain-http provider on the server's own loopback is refused unless the test flag is on.
    delete process.env.TOUCHPOINT_SSO_ALLOW_INSECURE_ISSUER;
    try {
      expect(refuseIssuerUrl(provider.issuer)).toBe('must use https');
      const loopback = await adminA.request('PUT', '/api/v1/workspace/sso', {
        issuerUrl: provider.issuer,
        clientId: CLIENT_A.client_id,
        clientSecret: CLIENT_A.client_secret,
        allowedDomains: ['acme.test'],
      });
      expect(loopback.status).toBe(400);
    } finally {
      process.env.TOUCHPOINT_SSO_ALLOW_INSECURE_ISSUER = '1';
    }
    expect(refuseIssuerUrl(provider.issuer)).toBeNull();
    const badDomain = await adminA.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: provider.issuer,
      clientId: CLIENT_A.client_id,
      clientSecret: CLIENT_A.client_secret,
      allowedDomains: ['@acme'],
    });
    expect(badDomain.status).toBe(400);

    const saved = await adminA.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: provider.issuer,
      clientId: CLIENT_A.client_id,
      clientSecret: CLIENT_A.client_secret,
      allowedDomains: ['ACME.test'],
      jitRole: 'viewer',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      configured: true,
      enabled: true,
      hasClientSecret: true,
      allowedDomains: ['acme.test'],
      requireSso: false,
      jitRole: 'viewer',
    });
    expect(JSON.stringify(saved.body)).not.toContain(CLIENT_A.client_secret);
    const stored = await touchpoint.ctx.db
      .selectFrom('workspaceSso')
      .select('clientSecret')
      .where('workspaceId', '=', workspaceA)
      .executeTakeFirstOrThrow();
    expect(stored.clientSecret).toMatch(/^tpsb1:/);
    expect(stored.clientSecret).not.toContain(CLIENT_A.client_secret);
    // The audit trail says the secret changed, never what it is.
    const events = await touchpoint.ctx.db
      .selectFrom('domainEvents')
      .select('payload')
      .where('workspaceId', '=', workspaceA)
      .where('type', '=', 'workspace.sso_changed')
      .execute();
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(CLIENT_A.client_secret);

    // A later save without a secret keeps the stored one; admins only, and people only (not API keys).
    const kept = await adminA.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: `${provider.issuer}/`,
      clientId: CLIENT_A.client_id,
      allowedDomains: ['acme.test'],
    });
    expect(kept.status).toBe(200);
    expect(kept.body.issuerUrl).toBe(provider.issuer);
    expect(kept.body.jitRole).toBe('viewer');
  });
});

describe('single sign-on', () => {
  it('signs a new person in through the provider with PKCE, state and nonce, and adds them to the workspace', async () => {
    const started = await start('email=alice@acme.test');
    expect(started.status).toBe(302);
    const authorization = new URL(started.location);
    expect(`${authorization.origin}`).toBe(provider.issuer);
    expect(authorization.searchParams.get('client_id')).toBe(CLIENT_A.client_id);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(authorization.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(authorization.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(started.flowCookie).toBeTruthy();
    // The cookie is sealed: the verifier and nonce are not readable in it.
    const flow = JSON.parse(touchpoint.ctx.secretBox.open(started.flowCookie as string, 'sso.flow'));
    expect(started.flowCookie).not.toContain(flow.codeVerifier);

    const back = await loginAtProvider(started.location, 'alice@acme.test');
    expect(back.startsWith(CALLBACK)).toBe(true);
    const response = await callback(back, started.flowCookie);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    const session = response.cookies.find((c) => c.name === 'tp_session');
    expect(session?.httpOnly).toBe(true);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `tp_session=${session?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: 'alice@acme.test', name: 'alice' },
      workspace: { id: workspaceA },
      role: 'viewer',
    });
    // The session is listed like any other.
    const sessions = await app.inject({
      method: 'GET',
      url: '/api/v1/me/sessions',
      headers: { cookie: `tp_session=${session?.value}` },
    });
    expect(sessions.json().items).toHaveLength(1);

    // The same code a second time (a replayed callback) does not sign in again.
    const replay = await callback(back, started.flowCookie);
    expect(replay.headers.location).toBe('/sign-in?sso_error=provider');
    expect(replay.cookies.find((c) => c.name === 'tp_session')).toBeUndefined();

    // Signing in again finds the same person (linked by issuer and subject), not a second account.
    const again = await signInWithSso('email=alice@acme.test', 'alice@acme.test');
    expect(again.me?.user?.id).toBe(me.json().user.id);
    const members = await adminA.get('/api/v1/members');
    expect(members.body.items.filter((m: { email: string }) => m.email === 'alice@acme.test')).toHaveLength(
      1,
    );
  });

  it('refuses a callback whose state, nonce or PKCE verifier does not match the browser that started it', async () => {
    // Another browser's callback (login CSRF): the state is not the one in this browser's cookie.
    const mine = await start('email=dave@acme.test');
    const theirs = await start('email=dave@acme.test');
    const theirBack = await loginAtProvider(theirs.location, 'mallory@acme.test');
    const crossed = await callback(theirBack, mine.flowCookie);
    expect(crossed.headers.location).toBe('/sign-in?sso_error=expired');
    expect(crossed.cookies.find((c) => c.name === 'tp_session')).toBeUndefined();
    // No cookie at all, or a forged one.
    expect((await callback(theirBack, undefined)).headers.location).toBe('/sign-in?sso_error=expired');
    expect((await callback(theirBack, 'tpsb1:AAAA')).headers.location).toBe('/sign-in?sso_error=expired');

    const box = touchpoint.ctx.secretBox;
    // The right state but another nonce: the ID token's nonce check fails.
    const forNonce = await start('email=dave@acme.test');
    const nonceBack = await loginAtProvider(forNonce.location, 'dave@acme.test');
    const flow = JSON.parse(box.open(forNonce.flowCookie as string, 'sso.flow'));
    const wrongNonce = box.seal(JSON.stringify({ ...flow, nonce: 'n'.repeat(43) }), 'sso.flow');
    const nonceRefused = await callback(nonceBack, wrongNonce);
    expect(nonceRefused.headers.location).toBe('/sign-in?sso_error=provider');
    expect(nonceRefused.cookies.find((c) => c.name === 'tp_session')).toBeUndefined();

    // The right state but another PKCE verifier: the provider refuses the code.
    const forPkce = await start('email=dave@acme.test');
    const pkceBack = await loginAtProvider(forPkce.location, 'dave@acme.test');
    const pkceFlow = JSON.parse(box.open(forPkce.flowCookie as string, 'sso.flow'));
    const wrongVerifier = box.seal(JSON.stringify({ ...pkceFlow, codeVerifier: 'v'.repeat(43) }), 'sso.flow');
    expect((await callback(pkceBack, wrongVerifier)).headers.location).toBe('/sign-in?sso_error=provider');

    // An expired flow.
    const forExpiry = await start('email=dave@acme.test');
    const expiryBack = await loginAtProvider(forExpiry.location, 'dave@acme.test');
    const expiryFlow = JSON.parse(box.open(forExpiry.flowCookie as string, 'sso.flow'));
    const expired = box.seal(JSON.stringify({ ...expiryFlow, expiresAt: Date.now() - 1 }), 'sso.flow');
    expect((await callback(expiryBack, expired)).headers.location).toBe('/sign-in?sso_error=expired');
  });

  it('refuses an email outside the allowed domains, and an unknown domain finds no workspace', async () => {
    const wrong = await signInWithSso(`workspace=${workspaceA}`, 'eve@evil.test');
    expect(wrong.location).toBe('/sign-in?sso_error=domain');
    expect(wrong.client).toBeNull();
    expect((await start('email=eve@evil.test')).location).toBe('/sign-in?sso_error=not_configured');
    expect((await start('email=not-an-email')).location).toBe('/sign-in?sso_error=not_configured');
    const bad = await app.inject({ method: 'GET', url: '/api/v1/auth/sso/start' });
    expect(bad.statusCode).toBe(400);
    const noUser = await touchpoint.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'eve@evil.test')
      .executeTakeFirst();
    expect(noUser).toBeUndefined();
  });

  it('admits only people already added when joining on first sign-in is off', async () => {
    await adminA.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: provider.issuer,
      clientId: CLIENT_A.client_id,
      allowedDomains: ['acme.test'],
      jitRole: null,
    });
    const refused = await signInWithSso('email=carol@acme.test', 'carol@acme.test');
    expect(refused.location).toBe('/sign-in?sso_error=not_member');
    const carol = await invite(adminA, 'carol@acme.test', 'analyst');
    const admitted = await signInWithSso('email=carol@acme.test', 'carol@acme.test');
    expect(admitted.location).toBe('/');
    expect(admitted.me).toMatchObject({ user: { id: carol.userId }, role: 'analyst' });
    // A deactivated member is refused.
    expect((await adminA.patch(`/api/v1/members/${carol.userId}`, { deactivated: true })).status).toBe(200);
    expect((await signInWithSso('email=carol@acme.test', 'carol@acme.test')).location).toBe(
      '/sign-in?sso_error=deactivated',
    );
  });

  it("keeps a workspace's provider inside that workspace", async () => {
    await adminB.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: provider.issuer,
      clientId: CLIENT_B.client_id,
      clientSecret: CLIENT_B.client_secret,
      allowedDomains: ['beta.test'],
      jitRole: 'viewer',
    });
    // B's admin sees B's settings only; A's secret is nowhere in them.
    const seenByB = await adminB.get('/api/v1/workspace/sso');
    expect(seenByB.body).toMatchObject({ clientId: CLIENT_B.client_id, allowedDomains: ['beta.test'] });

    // Frank is a member of A (added). B's provider may assert his address, but B cannot take over A's
    // user: joining on first sign-in only creates new people, so he is refused and nothing changes.
    const frank = await invite(adminA, 'frank@beta.test', 'cx_manager');
    const takeover = await signInWithSso('email=frank@beta.test', 'frank@beta.test');
    expect(takeover.location).toBe('/sign-in?sso_error=not_member');
    expect(takeover.client).toBeNull();
    const frankInB = await touchpoint.ctx.db
      .selectFrom('memberships')
      .select('userId')
      .where('workspaceId', '=', workspaceB)
      .where('userId', '=', frank.userId)
      .executeTakeFirst();
    expect(frankInB).toBeUndefined();
    const frankLinks = await touchpoint.ctx.db
      .selectFrom('ssoIdentities')
      .select('userId')
      .where('userId', '=', frank.userId)
      .execute();
    expect(frankLinks).toEqual([]);
    // A new person of B's domain still joins B on first sign-in.
    const henry = await signInWithSso('email=henry@beta.test', 'henry@beta.test');
    expect(henry.me).toMatchObject({ user: { email: 'henry@beta.test' }, workspace: { id: workspaceB } });

    // Once B invites Frank, his sign-in through B's provider joins B with the invited role; the session
    // acts in B only.
    const invited = await adminB.post('/api/v1/invitations', { email: 'frank@beta.test', role: 'viewer' });
    expect(invited.status).toBe(201);
    const throughB = await signInWithSso('email=frank@beta.test', 'frank@beta.test');
    expect(throughB.me).toMatchObject({
      user: { id: frank.userId },
      workspace: { id: workspaceB },
      role: 'viewer',
    });
    const client = throughB.client as TestClient;
    const switched = await client.post('/api/v1/auth/switch-workspace', { workspaceId: workspaceA });
    expect(switched.status).toBe(403);
    expect((await client.get('/api/v1/me')).body.workspace.id).toBe(workspaceB);
    expect((await client.get('/api/v1/workspace/sso')).status).toBe(403); // a viewer in B

    // A's email domain claimed by B too: sign-in by email cannot pick one; each workspace's link still works.
    await adminB.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: provider.issuer,
      clientId: CLIENT_B.client_id,
      allowedDomains: ['beta.test', 'acme.test'],
    });
    expect((await start('email=alice@acme.test')).location).toBe('/sign-in?sso_error=ambiguous');
    const viaLink = await signInWithSso(`workspace=${workspaceA}`, 'alice@acme.test');
    expect(viaLink.me?.workspace.id).toBe(workspaceA);
    // B's provider asserting the address of A's member Alice does not sign in as her anywhere.
    const viaB = await signInWithSso(`workspace=${workspaceB}`, 'alice@acme.test');
    expect(viaB.location).toBe('/sign-in?sso_error=not_member');
    expect(viaB.client).toBeNull();
  });

  it('requires SSO for members when asked, and keeps the password for admins', async () => {
    const grace = await invite(adminA, 'grace@acme.test', 'analyst');
    const before = await passwordSignIn('grace@acme.test', 'correct horse battery');
    expect(before.statusCode).toBe(200);
    const saved = await adminA.request('PUT', '/api/v1/workspace/sso', {
      issuerUrl: provider.issuer,
      clientId: CLIENT_A.client_id,
      allowedDomains: ['acme.test'],
      requireSso: true,
    });
    expect(saved.body.requireSso).toBe(true);

    const refused = await passwordSignIn('grace@acme.test', 'correct horse battery');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'SSO_REQUIRED' });
    // Her password session from before no longer opens the workspace.
    expect((await grace.client.get('/api/v1/surveys')).status).toBe(403);
    // Through SSO she is in.
    const viaSso = await signInWithSso(`workspace=${workspaceA}`, 'grace@acme.test');
    expect(viaSso.me).toMatchObject({ workspace: { id: workspaceA }, role: 'analyst' });
    expect((await viaSso.client?.get('/api/v1/surveys'))?.status).toBe(200);

    // The admin's password still works (the way back in when the provider is down).
    const adminEmail = (await adminA.get('/api/v1/me')).body.user.email;
    const admin = await passwordSignIn(adminEmail, 'correct horse battery');
    expect(admin.statusCode).toBe(200);
    expect(admin.json().workspace.id).toBe(workspaceA);
  });
});

import { narrowerRole, permissionsOf, ROLES } from '@touchpoint/schemas';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isPrivateAddress,
  refuseTargetUrl,
  resolveTarget,
  SPECIAL_PURPOSE_IPV4,
  SPECIAL_PURPOSE_IPV6,
} from '../src/modules/webhooks/target-guard';
import { up as backfillApiKeyCreators } from '../src/platform/db/migrations/20261207010000_api_key_creators';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, apiKeyClient, sessionOf, signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Regression tests for issue 18, findings 5 (API keys outlive their creator's access), 7 (the webhook
// target guard missed special-purpose ranges) and 8 (sign-up enumerates accounts; invitation-only mode).

let strict: Touchpoint;

beforeAll(async () => {
  strict = await startTestTouchpoint({ webhooks: { allowPrivate: false } });
});
afterAll(() => strict?.stop());

describe('webhook targets: every IANA special-purpose range is refused', () => {
  const policy = { allowPrivate: false, requireHttps: false };

  // One address inside each range, named as the issue and the registries name them.
  const refused: [string, string][] = [
    ['192.0.2.10', 'TEST-NET-1'],
    ['198.51.100.7', 'TEST-NET-2'],
    ['203.0.113.9', 'TEST-NET-3'],
    ['198.19.255.1', 'benchmarking 198.18.0.0/15'],
    ['100.127.0.1', 'shared address space 100.64.0.0/10'],
    ['192.0.0.170', 'NAT64 discovery'],
    ['192.31.196.1', 'AS112-v4'],
    ['192.52.193.1', 'AMT'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['192.175.48.1', 'AS112 direct delegation'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved 240.0.0.0/4'],
    ['255.255.255.255', 'limited broadcast'],
    ['0.1.2.3', 'this network'],
    ['64:ff9b::a00:1', 'NAT64 64:ff9b::/96 (embeds 10.0.0.1)'],
    ['64:ff9b::808:808', 'NAT64 64:ff9b::/96 (even a public IPv4)'],
    ['64:ff9b:1::1', 'local-use NAT64 64:ff9b:1::/48'],
    ['2002:a00:1::1', '6to4 2002::/16 (embeds 10.0.0.1)'],
    ['2002:808:808::1', '6to4 2002::/16'],
    ['2001::1', 'Teredo 2001::/32'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
    ['2001:2::1', 'benchmarking 2001:2::/48'],
    ['2001:10::1', 'ORCHID (IETF protocol assignments 2001::/23)'],
    ['2001:db8::1', 'documentation 2001:db8::/32'],
    ['3fff::1', 'documentation 3fff::/20'],
    ['100::1', 'discard-only 100::/64'],
    ['5f00::1', 'SRv6 SIDs 5f00::/16'],
    ['fec0::1', 'deprecated site-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex spelling'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped 169.254.169.254'],
    ['::ffff:192.0.2.1', 'IPv4-mapped TEST-NET-1'],
    ['0:0:0:0:0:ffff:c0a8:101', 'IPv4-mapped 192.168.1.1, long spelling'],
    ['::ffff:0:7f00:1', 'IPv4-translated (outside 2000::/3)'],
    ['4000::1', 'unallocated (outside 2000::/3)'],
  ];
  const allowed = ['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700::1111', '2a00:1450:4001::200e'];

  it.each(refused)('isPrivateAddress(%s) — %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it('still allows public unicast addresses, and an IPv4-mapped address is judged by its IPv4 part', () => {
    for (const address of allowed) expect(isPrivateAddress(address), address).toBe(false);
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false);
    expect(isPrivateAddress('::ffff:808:808')).toBe(false);
  });

  it('refuses the first and the last address of every listed range', () => {
    for (const [network, prefix] of SPECIAL_PURPOSE_IPV4) {
      const start = ipv4ToNumber(network);
      const last = start + 2 ** (32 - prefix) - 1;
      expect(isPrivateAddress(network), `${network}/${prefix}`).toBe(true);
      expect(isPrivateAddress(numberToIpv4(last)), `${network}/${prefix} last`).toBe(true);
    }
    for (const [network, prefix] of SPECIAL_PURPOSE_IPV6) {
      expect(isPrivateAddress(network), `${network}/${prefix}`).toBe(true);
    }
  });

  it('refuses each range as a saved URL (400 on body.url) and at delivery time', async () => {
    const { client } = await signUp(strict.app as FastifyInstance);
    for (const [address, name] of refused) {
      const host = address.includes(':') ? `[${address}]` : address;
      const url = `https://${host}/hook`;
      expect(refuseTargetUrl(url, policy), `${url} (${name})`).not.toBeNull();
      const response = await client.post('/api/v1/webhooks', { url, events: ['response.completed'] });
      expect(response.status, `${url} (${name})`).toBe(400);
      expect(response.body.invalidParams, url).toEqual([{ name: 'body.url', reason: expect.any(String) }]);
      await expect(resolveTarget(host, policy), url).rejects.toThrow(/private address/);
    }
    for (const address of allowed) {
      const host = address.includes(':') ? `[${address}]` : address;
      expect(refuseTargetUrl(`https://${host}/hook`, policy), address).toBeNull();
    }
  });

  it('refuses an IPv4-mapped loopback URL, which the URL parser rewrites to hex', async () => {
    const { client } = await signUp(strict.app as FastifyInstance);
    for (const url of [
      'http://[::ffff:127.0.0.1]:3000/',
      'http://[::ffff:169.254.169.254]/latest/meta-data',
    ]) {
      const response = await client.post('/api/v1/webhooks', { url, events: ['response.completed'] });
      expect(response.status, url).toBe(400);
    }
  });

  it('refuses special-use host names, also with a trailing dot', () => {
    for (const url of [
      'http://localhost./hook',
      'http://api.localhost/hook',
      'http://db.internal/hook',
      'http://router.home.arpa/hook',
      'http://printer.local./hook',
    ]) {
      expect(refuseTargetUrl(url, policy), url).toMatch(/local/);
    }
  });
});

describe('API keys answer to the member who created them', () => {
  /** A workspace with two admins; the second one creates keys. */
  async function twoAdmins() {
    const owner = await signUp(strict.app as FastifyInstance);
    const second = await addMember(owner.client, 'admin');
    return { owner, second };
  }

  it('stops an admin key when its creator is removed, and revokes it for good', async () => {
    const { owner, second } = await twoAdmins();
    const { client: key, id } = await apiKeyClient(second.client, 'admin');
    expect((await key.get('/api/v1/members')).status).toBe(200);

    expect((await owner.client.delete(`/api/v1/members/${second.userId}`)).status).toBe(204);
    const after = await key.get('/api/v1/members');
    expect(after.status).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
    expect((await key.post('/api/v1/api-keys', { name: 'escape', role: 'admin' })).status).toBe(401);

    const listed = (await owner.client.get('/api/v1/api-keys')).body.items.find(
      (k: { id: string }) => k.id === id,
    );
    expect(listed.revokedAt).not.toBeNull();
    expect(listed.createdBy).toMatchObject({ userId: second.userId, status: 'removed' });
    const audit = await owner.client.get('/api/v1/audit-log?limit=100');
    expect(JSON.stringify(audit.body)).toContain('api_key.revoked');
  });

  it('stops the key while its creator is deactivated and lets it work again on reactivation', async () => {
    const { owner, second } = await twoAdmins();
    const { client: key, id } = await apiKeyClient(second.client, 'cx_manager');
    expect((await key.get('/api/v1/me')).status).toBe(200);
    await owner.client.patch(`/api/v1/members/${second.userId}`, { deactivated: true });
    const blocked = await key.get('/api/v1/me');
    expect(blocked.status).toBe(401);
    expect(blocked.body.detail).toMatch(/removed from the workspace or deactivated/);
    const listed = (await owner.client.get('/api/v1/api-keys')).body.items.find(
      (k: { id: string }) => k.id === id,
    );
    expect(listed.createdBy).toMatchObject({ userId: second.userId, status: 'deactivated' });
    await owner.client.patch(`/api/v1/members/${second.userId}`, { deactivated: false });
    expect((await key.get('/api/v1/me')).body.role).toBe('cx_manager');
  });

  it("acts with the narrower of the key's role and its creator's current role after a demotion", async () => {
    const { owner, second } = await twoAdmins();
    const { client: key } = await apiKeyClient(second.client, 'admin');
    expect((await key.get('/api/v1/api-keys')).status).toBe(200);
    await owner.client.patch(`/api/v1/members/${second.userId}`, { role: 'analyst' });
    const me = await key.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('analyst');
    expect(me.body.permissions).not.toContain('apiKeys.manage');
    expect((await key.get('/api/v1/api-keys')).status).toBe(403);
    expect((await key.get('/api/v1/members')).status).toBe(200);
    expect((await key.post('/api/v1/invitations', { email: 'x@example.com', role: 'admin' })).status).toBe(
      403,
    );
    await owner.client.patch(`/api/v1/members/${second.userId}`, { role: 'admin' });
    expect((await key.get('/api/v1/me')).body.role).toBe('admin');
  });

  it('narrowerRole never grants a permission either role lacks', () => {
    for (const a of ROLES) {
      for (const b of ROLES) {
        const role = narrowerRole(a, b);
        const allowed = new Set(permissionsOf(a).filter((p) => permissionsOf(b).includes(p)));
        for (const p of permissionsOf(role)) expect(allowed.has(p), `${a} ∧ ${b} = ${role}: ${p}`).toBe(true);
      }
      expect(narrowerRole(a, 'admin')).toBe(a);
      expect(narrowerRole('admin', a)).toBe(a);
      expect(narrowerRole(a, a)).toBe(a);
    }
    expect(narrowerRole('analyst', 'agent')).toBe('viewer');
  });

  it('a key made with another key answers to the same person, and shows its creator in the list', async () => {
    const { owner, second } = await twoAdmins();
    const { client: parent } = await apiKeyClient(second.client, 'admin');
    const child = await parent.post('/api/v1/api-keys', { name: 'made by a key', role: 'viewer' });
    expect(child.status).toBe(201);
    expect(child.body.createdBy).toMatchObject({
      userId: second.userId,
      email: second.me.user?.email,
      status: 'active',
    });
    const list = await owner.client.get('/api/v1/api-keys');
    for (const item of list.body.items) {
      expect(item.createdBy, item.name).toMatchObject({ userId: second.userId, name: second.me.user?.name });
    }
    await owner.client.patch(`/api/v1/members/${second.userId}`, { deactivated: true });
    const childKey = new TestClient(strict.app as FastifyInstance, { apiKey: child.body.key });
    expect((await childKey.get('/api/v1/me')).status).toBe(401);
  });

  it('the data migration gives keys made by keys the creator of the key that made them', async () => {
    const { owner } = await twoAdmins();
    const { id: parentId } = await apiKeyClient(owner.client, 'admin');
    const { id: childId } = await apiKeyClient(owner.client, 'viewer');
    const { id: grandchildId } = await apiKeyClient(owner.client, 'viewer');
    const db = strict.ctx.db;
    const workspaceId = owner.me.workspace.id;
    // As stored before: no creator, and the audit log naming the key that made each one.
    await db
      .updateTable('apiKeys')
      .set({ createdBy: null })
      .where('id', 'in', [childId, grandchildId])
      .execute();
    for (const [subject, actor] of [
      [childId, parentId],
      [grandchildId, childId],
    ] as const) {
      await db
        .updateTable('domainEvents')
        .set({ actor: `api_key:${actor}` })
        .where('workspaceId', '=', workspaceId)
        .where('type', '=', 'api_key.created')
        .where('subjectId', '=', subject)
        .execute();
    }
    await backfillApiKeyCreators(db as unknown as Kysely<unknown>);
    const rows = await db
      .selectFrom('apiKeys')
      .select(['id', 'createdBy'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(rows.map((r) => r.createdBy)).toEqual(rows.map(() => owner.me.user?.id));
    expect(rows).toHaveLength(3);
  });
});

describe('sign-up does not tell who has an account', () => {
  let sink: SmtpSink;
  let mailing: Touchpoint;
  beforeAll(async () => {
    sink = await startSmtpSink();
    mailing = await startTestTouchpoint({ smtpUrl: sink.url });
  });
  afterAll(async () => {
    await mailing?.stop();
    await sink?.close();
  });

  const attempt = (app: FastifyInstance, email: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email, password: 'somebody else entirely', name: 'Prober', workspaceName: 'Probe Inc' },
    });

  it('answers 202 for an existing email, creates nothing, and emails the owner instead', async () => {
    const app = mailing.app as FastifyInstance;
    const owner = await signUp(app, 'Owner Co');
    const workspacesBefore = await mailing.ctx.db.selectFrom('workspaces').select('id').execute();

    const response = await attempt(app, owner.email.toUpperCase());
    expect(response.statusCode).toBe(202);
    expect(response.body).not.toMatch(/EMAIL_TAKEN|already|exists/i);
    expect(response.json()).toEqual({ status: 'check_email', detail: expect.any(String) });
    expect(response.cookies.find((c) => c.name === 'tp_session')).toBeUndefined();
    expect(await mailing.ctx.db.selectFrom('workspaces').select('id').execute()).toHaveLength(
      workspacesBefore.length,
    );

    const [notice] = await sink.waitForTo(owner.email);
    expect(notice?.subject).toMatch(/tried to sign up/);
    expect(notice?.text).toContain('http://touchpoint.test/sign-in');
    // The owner's password still works; the prober's does not.
    const signIn = (password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: owner.email, password } });
    expect((await signIn(owner.password)).statusCode).toBe(200);
    expect((await signIn('somebody else entirely')).statusCode).toBe(401);

    // Repeated probes do not flood the owner's inbox.
    expect((await attempt(app, owner.email)).statusCode).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.messages.filter((m) => JSON.stringify(m.to).includes(owner.email))).toHaveLength(1);
  });

  it('still signs a brand-new email up and in (201 with a session)', async () => {
    const app = mailing.app as FastifyInstance;
    const email = `new.${Date.now()}@example.com`;
    const response = await attempt(app, email);
    expect(response.statusCode).toBe(201);
    expect(response.json().user.email).toBe(email);
    expect(response.cookies.find((c) => c.name === 'tp_session')).toBeDefined();
  });

  it('without SMTP answers the same 202 and sends nothing', async () => {
    const owner = await signUp(strict.app as FastifyInstance);
    const response = await attempt(strict.app as FastifyInstance, owner.email);
    expect(response.statusCode).toBe(202);
    expect(response.json().status).toBe('check_email');
  });
});

describe('invitation-only servers (TOUCHPOINT_SIGNUP=invite)', () => {
  let closed: Touchpoint;
  let app: FastifyInstance;
  beforeAll(async () => {
    closed = await startTestTouchpoint({ signUp: 'invite' });
    app = closed.app as FastifyInstance;
  });
  afterAll(() => closed?.stop());

  const config = async (on: FastifyInstance) =>
    (await on.inject({ method: 'GET', url: '/api/v1/public/config' })).json();

  it('lets the first person set the server up, then closes sign-up and says so in the public config', async () => {
    expect(await config(strict.app as FastifyInstance)).toEqual({ signUp: 'open' });
    expect(await config(app)).toEqual({ signUp: 'open' });
    const first = await signUp(app, 'Closed Co');
    expect(first.me.role).toBe('admin');
    expect(await config(app)).toEqual({ signUp: 'invite' });
  });

  it('refuses sign-up with 403 problem+json and creates nothing', async () => {
    const before = await closed.ctx.db.selectFrom('users').select('id').execute();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: {
        email: 'outsider@example.com',
        password: 'a long password',
        name: 'Out',
        workspaceName: 'Out',
      },
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'SIGN_UP_CLOSED',
      detail: expect.stringMatching(/invitation/),
    });
    expect(await closed.ctx.db.selectFrom('users').select('id').execute()).toHaveLength(before.length);
  });

  it('still lets invited people create their account and join', async () => {
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: {
        email: (await closed.ctx.db.selectFrom('users').select('email').executeTakeFirstOrThrow()).email,
        password: 'correct horse battery',
      },
    });
    expect(signIn.statusCode).toBe(200);
    const admin = new TestClient(app, sessionOf(signIn, signIn.json()));
    const member = await addMember(admin, 'analyst');
    expect(member.me.role).toBe('analyst');
    expect(member.me.workspace.name).toBe('Closed Co');
  });
});

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

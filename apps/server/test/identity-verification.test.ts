import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidUserHash, sealPlainIdentitySecrets } from '../src/modules/identity-verification/index';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Identity from web pages: with verification required, a page that names a known contact without a valid
// userHash (an HMAC-SHA256 made with the workspace secret on the customer's server) gets nothing of that
// contact and attaches nothing to it; with a valid hash the widget, answers and chat join the contact.

let touchpoint: Touchpoint;
let admin: TestClient;
let page: TestClient;
let workspaceId: string;
let contactId: string;
let surveyId: string;
const dist = mkdtempSync(join(tmpdir(), 'tp-idv-dist-'));
const KNOWN_EMAIL = 'known.customer@shop.example';
const db = () => touchpoint.ctx.db;
const hmac = (secret: string, value: string) => createHmac('sha256', secret).update(value).digest('hex');

beforeAll(async () => {
  writeFileSync(join(dist, 'touchpoint.js'), '/* loader */');
  touchpoint = await startTestTouchpoint({ widgetDist: dist });
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  page = new TestClient(touchpoint.app as FastifyInstance);
  const identified = await admin.post('/api/v1/contacts/identify', {
    email: KNOWN_EMAIL,
    attributes: { tier: 'gold', plan: 'enterprise' },
  });
  expect(identified.status, JSON.stringify(identified.body)).toBeLessThan(300);
  contactId = identified.body.id ?? identified.body.contact?.id;
  expect(contactId).toBeTruthy();
  const created = await admin.post('/api/v1/surveys', {
    name: 'Gold members only',
    questions: [{ id: 'q1', type: 'csat', required: true, text: { en: 'How was it?' } }],
    distribution: {
      widget: {
        enabled: true,
        triggers: [{ type: 'event', event: 'gold-page' }],
        targeting: { field: 'attributes.tier', op: 'eq', value: 'gold' },
      },
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  surveyId = created.body.id;
  expect((await admin.post(`/api/v1/surveys/${surveyId}/publish`)).status).toBeLessThan(300);
});
afterAll(async () => {
  await touchpoint.stop();
  rmSync(dist, { recursive: true, force: true });
});

async function contactRow() {
  return db()
    .selectFrom('contacts')
    .select(['id', 'email', 'attributes', 'mergedInto'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .executeTakeFirstOrThrow();
}

const eligible = (body: Record<string, unknown>) =>
  page.post('/api/v1/public/widget/eligible', {
    workspaceId,
    trigger: { type: 'event', event: 'gold-page' },
    ...body,
  });

describe('user hash', () => {
  it('accepts the HMAC of the external id, or of the email as written or lower-cased, and nothing else', () => {
    const secret = 'tpiv_test-secret';
    expect(isValidUserHash(secret, { externalId: 'U-1', email: 'a@b.c' }, hmac(secret, 'U-1'))).toBe(true);
    // With an external id the hash must cover the external id, not the email.
    expect(isValidUserHash(secret, { externalId: 'U-1', email: 'a@b.c' }, hmac(secret, 'a@b.c'))).toBe(false);
    expect(isValidUserHash(secret, { email: 'Ann@B.example' }, hmac(secret, 'ann@b.example'))).toBe(true);
    expect(isValidUserHash(secret, { email: 'Ann@B.example' }, hmac(secret, 'Ann@B.example'))).toBe(true);
    expect(isValidUserHash(secret, { email: 'ann@b.example' }, hmac('other', 'ann@b.example'))).toBe(false);
    expect(
      isValidUserHash(secret, { email: 'ann@b.example' }, hmac(secret, 'ann@b.example').toUpperCase()),
    ).toBe(true);
    expect(isValidUserHash(secret, { phone: '+84 912 345 678' }, hmac(secret, '+84 912 345 678'))).toBe(
      false,
    );
    expect(isValidUserHash(secret, { email: 'ann@b.example' }, 'short')).toBe(false);
  });
});

describe('identity verification', () => {
  it('cannot be required before a secret exists, and only settings managers see the secret', async () => {
    const refused = await admin.patch('/api/v1/workspace', { requireIdentityVerification: true });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect((await admin.get('/api/v1/workspace/identity-secret')).body).toEqual({ secret: null });
    expect((await admin.get('/api/v1/workspace')).body.identityVerification).toEqual({
      required: false,
      secretSet: false,
    });
  });

  it("refuses an attacker page that names a known contact's email: no merge, no data read, nothing attached", async () => {
    const rotated = await admin.post('/api/v1/workspace/identity-secret');
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^tpiv_[A-Za-z0-9_-]{43}$/);
    const required = await admin.patch('/api/v1/workspace', { requireIdentityVerification: true });
    expect(required.status, JSON.stringify(required.body)).toBe(200);
    expect(required.body.identityVerification).toEqual({ required: true, secretSet: true });
    const before = await contactRow();

    // Widget: the targeted survey is only shown when the visitor's stored attributes say gold; an attacker
    // without a hash must not learn them (the visitor is anonymous) nor write attributes onto the contact.
    const noHash = await eligible({ contact: { email: KNOWN_EMAIL }, attributes: { tier: 'hacked' } });
    expect(noHash.status).toBe(200);
    expect(noHash.body.survey).toBeNull();
    const forged = await eligible({
      contact: { email: KNOWN_EMAIL },
      userHash: hmac('guessed-secret', KNOWN_EMAIL),
    });
    expect(forged.body.survey).toBeNull();
    const malformed = await eligible({ contact: { email: KNOWN_EMAIL }, userHash: 'not-a-hash' });
    expect(malformed.status).toBe(400);

    // Answer: stored, but as anonymous.
    const answer = await page.post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { q1: 1 },
      finished: true,
      channel: 'widget',
      contact: { email: KNOWN_EMAIL },
      userHash: hmac('guessed-secret', KNOWN_EMAIL),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const stored = await db()
      .selectFrom('responses')
      .select(['contactId'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', answer.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.contactId).toBeNull();
    const display = await page.post(`/api/v1/public/surveys/${surveyId}/displays`, {
      channel: 'widget',
      contact: { email: KNOWN_EMAIL },
    });
    expect(display.status).toBe(201);
    const shown = await db()
      .selectFrom('surveyDisplays')
      .select('contactId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', display.body.id)
      .executeTakeFirstOrThrow();
    expect(shown.contactId).toBeNull();

    // Chat: the conversation stays unlinked, the claim is shown to agents as unverified.
    const chat = await page.post('/api/v1/public/conversations', {
      workspaceId,
      contact: { email: KNOWN_EMAIL, name: 'Mallory' },
    });
    expect(chat.status, JSON.stringify(chat.body)).toBe(201);
    const conversation = await db()
      .selectFrom('conversations')
      .select(['contactId', 'claimedIdentity'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', chat.body.id)
      .executeTakeFirstOrThrow();
    expect(conversation.contactId).toBeNull();
    expect(conversation.claimedIdentity).toMatchObject({ email: KNOWN_EMAIL, name: 'Mallory' });
    const agentView = await admin.get(`/api/v1/conversations/${chat.body.id}`);
    expect(agentView.status).toBe(200);
    expect(JSON.stringify(agentView.body)).toContain('unverifiedIdentity');

    // The contact is exactly as it was, and no other profile took its email.
    const after = await contactRow();
    expect(after).toEqual(before);
    const withEmail = await db()
      .selectFrom('contacts')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('email', '=', KNOWN_EMAIL)
      .execute();
    expect(withEmail.map((c) => c.id)).toEqual([contactId]);
    const linked = await db()
      .selectFrom('responses')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', contactId)
      .execute();
    expect(linked).toEqual([]);
  });

  it('links the widget, answers and chat to the known contact with a valid hash; a rotated secret ends old hashes', async () => {
    const { secret } = (await admin.get('/api/v1/workspace/identity-secret')).body;
    const userHash = hmac(secret, KNOWN_EMAIL);

    const shown = await eligible({ contact: { email: KNOWN_EMAIL }, userHash });
    expect(shown.body.survey?.id).toBe(surveyId);
    // The widget sends the hash inside the contact, as Touchpoint.identify({ email, userHash }) keeps it.
    const fromWidget = await eligible({ contact: { email: KNOWN_EMAIL, userHash } });
    expect(fromWidget.body.survey?.id).toBe(surveyId);
    const displayed = await page.post(`/api/v1/public/surveys/${surveyId}/displays`, {
      channel: 'widget',
      contact: { email: KNOWN_EMAIL, userHash },
    });
    expect(displayed.status, JSON.stringify(displayed.body)).toBe(201);
    const display = await db()
      .selectFrom('surveyDisplays')
      .select('contactId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', displayed.body.id)
      .executeTakeFirstOrThrow();
    expect(display.contactId).toBe(contactId);

    const answer = await page.post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { q1: 5 },
      finished: true,
      channel: 'widget',
      contact: { email: KNOWN_EMAIL.toUpperCase() },
      userHash,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const stored = await db()
      .selectFrom('responses')
      .select('contactId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', answer.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.contactId).toBe(contactId);

    const chat = await page.post('/api/v1/public/conversations', {
      workspaceId,
      contact: { email: KNOWN_EMAIL, name: 'Known Customer' },
      userHash,
    });
    expect(chat.status).toBe(201);
    const conversation = await db()
      .selectFrom('conversations')
      .select(['contactId', 'claimedIdentity'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', chat.body.id)
      .executeTakeFirstOrThrow();
    expect(conversation).toEqual({ contactId, claimedIdentity: null });

    // Rotation: the old hash no longer verifies.
    const rotated = await admin.post('/api/v1/workspace/identity-secret');
    expect(rotated.body.secret).not.toBe(secret);
    expect((await eligible({ contact: { email: KNOWN_EMAIL }, userHash })).body.survey).toBeNull();
    const fresh = hmac(rotated.body.secret, KNOWN_EMAIL);
    expect((await eligible({ contact: { email: KNOWN_EMAIL }, userHash: fresh })).body.survey?.id).toBe(
      surveyId,
    );
  });

  it('stores the secret encrypted; a secret stored in plain text before is sealed on start and still verifies', async () => {
    const { secret } = (await admin.post('/api/v1/workspace/identity-secret')).body;
    const storedSecret = async () =>
      (
        await db()
          .selectFrom('workspaces')
          .select('identitySecret')
          .where('id', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).identitySecret as string;
    const sealed = await storedSecret();
    expect(sealed).toMatch(/^tpsb1:/);
    expect(sealed).not.toContain(secret);
    expect((await admin.get('/api/v1/workspace/identity-secret')).body).toEqual({ secret });
    const userHash = hmac(secret, KNOWN_EMAIL);
    expect((await eligible({ contact: { email: KNOWN_EMAIL }, userHash })).body.survey?.id).toBe(surveyId);

    // A database from before sealing: the plain value verifies, and the start-up step seals it in place.
    const plain = 'tpiv_plain-from-an-older-version';
    await db()
      .updateTable('workspaces')
      .set({ identitySecret: plain })
      .where('id', '=', workspaceId)
      .execute();
    const plainHash = hmac(plain, KNOWN_EMAIL);
    expect((await eligible({ contact: { email: KNOWN_EMAIL }, userHash: plainHash })).body.survey?.id).toBe(
      surveyId,
    );
    expect(await sealPlainIdentitySecrets(db(), touchpoint.ctx.secretBox)).toBeGreaterThanOrEqual(1);
    const resealed = await storedSecret();
    expect(resealed).toMatch(/^tpsb1:/);
    expect(resealed).not.toContain(plain);
    expect(await sealPlainIdentitySecrets(db(), touchpoint.ctx.secretBox)).toBe(0);
    expect((await admin.get('/api/v1/workspace/identity-secret')).body).toEqual({ secret: plain });
    expect((await eligible({ contact: { email: KNOWN_EMAIL }, userHash: plainHash })).body.survey?.id).toBe(
      surveyId,
    );
  });

  it('in a workspace that does not require it, a wrong hash still counts as no identity at all', async () => {
    expect((await admin.patch('/api/v1/workspace', { requireIdentityVerification: false })).status).toBe(200);
    const forged = await eligible({ contact: { email: KNOWN_EMAIL }, userHash: hmac('nope', KNOWN_EMAIL) });
    expect(forged.body.survey).toBeNull();
  });

  it("a valid hash for one's own external id cannot bring in another person's email: no merge, victim untouched", async () => {
    const { secret } = (await admin.post('/api/v1/workspace/identity-secret')).body;
    const own = await admin.post('/api/v1/contacts/identify', {
      externalId: 'm123',
      attributes: { tier: 'free' },
    });
    expect(own.status, JSON.stringify(own.body)).toBeLessThan(300);
    const ownId: string = own.body.id ?? own.body.contact?.id;
    const before = await contactRow();
    const userHash = hmac(secret, 'm123');
    const claim = { externalId: 'm123', email: KNOWN_EMAIL, phone: '+84 912 000 111' };

    const shown = await eligible({ contact: { ...claim, userHash }, attributes: { tier: 'gold' } });
    expect(shown.status).toBe(200);
    const answer = await page.post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { q1: 2 },
      finished: true,
      channel: 'widget',
      contact: claim,
      userHash,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const chat = await page.post('/api/v1/public/conversations', {
      workspaceId,
      contact: { externalId: 'm123', email: KNOWN_EMAIL, name: 'Mallory' },
      userHash,
    });
    expect(chat.status, JSON.stringify(chat.body)).toBe(201);

    // The victim's profile is exactly as it was (not merged, not re-pointed), and nothing joined it.
    expect(await contactRow()).toEqual(before);
    const stored = await db()
      .selectFrom('responses')
      .select('contactId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', answer.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.contactId).toBe(ownId);
    const conversation = await db()
      .selectFrom('conversations')
      .select('contactId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', chat.body.id)
      .executeTakeFirstOrThrow();
    expect(conversation.contactId).toBe(ownId);
    // The attacker's own profile did not take the unsigned email or phone either.
    const mine = await db()
      .selectFrom('contacts')
      .select(['email', 'phone', 'mergedInto'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', ownId)
      .executeTakeFirstOrThrow();
    expect(mine).toEqual({ email: null, phone: null, mergedInto: null });
    const merged = await db()
      .selectFrom('contacts')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('mergedInto', 'is not', null)
      .execute();
    expect(merged).toEqual([]);
  });

  it('lets only settings managers change the secret or the requirement', async () => {
    const { client: viewer } = await apiKeyClient(admin, 'viewer');
    expect((await viewer.get('/api/v1/workspace')).status).toBe(200);
    expect((await viewer.get('/api/v1/workspace/identity-secret')).status).toBe(403);
    expect((await viewer.post('/api/v1/workspace/identity-secret')).status).toBe(403);
    expect((await viewer.patch('/api/v1/workspace', { requireIdentityVerification: true })).status).toBe(403);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, sessionOf, signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
});
afterAll(() => touchpoint.stop());

describe('invitations', () => {
  it('a new person accepts with a name and password, joins with the role, and is signed in there', async () => {
    const { client: admin, me } = await signUp(app, 'Inviting Co');
    const created = await admin.post('/api/v1/invitations', {
      email: 'New.Person@Example.com',
      role: 'agent',
    });
    expect(created.status).toBe(201);
    expect(created.body.acceptUrl).toBe(`http://touchpoint.test/invite?token=${created.body.token}`);
    expect(created.body.email).toBe('new.person@example.com');
    const anonymous = new TestClient(app);
    const preview = await anonymous.get(`/api/v1/invitations/lookup?token=${created.body.token}`);
    expect(preview.body).toEqual({
      workspaceName: 'Inviting Co',
      email: 'new.person@example.com',
      role: 'agent',
      hasAccount: false,
    });
    const withoutPassword = await anonymous.post('/api/v1/invitations/accept', { token: created.body.token });
    expect(withoutPassword.status).toBe(400);
    expect(withoutPassword.body.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.name',
      'body.password',
    ]);
    const accepted = await anonymous.post('/api/v1/invitations/accept', {
      token: created.body.token,
      name: 'New Person',
      password: 'a fine long password',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ role: 'agent', workspace: { id: me.workspace.id } });
    const reused = await anonymous.post('/api/v1/invitations/accept', {
      token: created.body.token,
      name: 'X',
      password: 'another password',
    });
    expect(reused.status).toBe(410);
    const list = await admin.get('/api/v1/invitations');
    expect(list.body.items[0].acceptedAt).not.toBeNull();
  });

  it('an existing person must be signed in as the invited email to accept', async () => {
    const host = await signUp(app, 'Host');
    const guest = await signUp(app, 'Guest home');
    const created = await host.client.post('/api/v1/invitations', { email: guest.email, role: 'analyst' });
    const anonymous = await new TestClient(app).post('/api/v1/invitations/accept', {
      token: created.body.token,
    });
    expect(anonymous.status).toBe(401);
    const stranger = await signUp(app);
    const wrongPerson = await stranger.client.post('/api/v1/invitations/accept', {
      token: created.body.token,
    });
    expect(wrongPerson.status).toBe(403);
    const accepted = await guest.client.post('/api/v1/invitations/accept', { token: created.body.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.workspaces.map((w: { name: string }) => w.name).sort()).toEqual([
      'Guest home',
      'Host',
    ]);
  });

  it('a revoked invitation cannot be used, and inviting a member again is a conflict', async () => {
    const { client: admin, email } = await signUp(app);
    const created = await admin.post('/api/v1/invitations', { email: 'late@example.com', role: 'viewer' });
    expect((await admin.delete(`/api/v1/invitations/${created.body.id}`)).status).toBe(204);
    const preview = await new TestClient(app).get(`/api/v1/invitations/lookup?token=${created.body.token}`);
    expect(preview.status).toBe(404);
    const self = await admin.post('/api/v1/invitations', { email, role: 'viewer' });
    expect(self.status).toBe(409);
  });
});

describe('members', () => {
  it('admins change roles and remove members; the removed person loses access at once', async () => {
    const { client: admin } = await signUp(app);
    const member = await addMember(admin, 'viewer');
    const changed = await admin.patch(`/api/v1/members/${member.userId}`, { role: 'cx_manager' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('cx_manager');
    expect((await member.client.get('/api/v1/me')).body.role).toBe('cx_manager');
    expect((await admin.delete(`/api/v1/members/${member.userId}`)).status).toBe(204);
    const after = await member.client.get('/api/v1/teams');
    expect(after.status).toBe(403);
  });

  it('never leaves a workspace without an admin', async () => {
    const { client: admin, me } = await signUp(app);
    const demote = await admin.patch(`/api/v1/members/${me.user?.id}`, { role: 'viewer' });
    expect(demote.status).toBe(422);
    const leave = await admin.delete(`/api/v1/members/${me.user?.id}`);
    expect(leave.status).toBe(422);
    expect((await admin.get('/api/v1/me')).body.role).toBe('admin');
  });

  it('paginates with a cursor', async () => {
    const { client: admin } = await signUp(app);
    for (let i = 0; i < 3; i++) await addMember(admin, 'viewer');
    const first = await admin.get('/api/v1/members?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await admin.get(`/api/v1/members?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((m: { userId: string }) => m.userId);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('teams', () => {
  it('creates, renames, staffs and deletes a team', async () => {
    const { client: admin } = await signUp(app);
    const member = await addMember(admin, 'agent');
    const created = await admin.post('/api/v1/teams', {
      name: 'Support',
      description: 'Live chat and hotline',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Support',
      description: 'Live chat and hotline',
      memberIds: [],
    });
    const renamed = await admin.patch(`/api/v1/teams/${created.body.id}`, { name: 'Customer Care' });
    expect(renamed.body.name).toBe('Customer Care');
    const staffed = await admin.post(`/api/v1/teams/${created.body.id}/members`, { userId: member.userId });
    expect(staffed.body.memberIds).toEqual([member.userId]);
    const members = await admin.get('/api/v1/members');
    expect(members.body.items.find((m: { userId: string }) => m.userId === member.userId).teamIds).toEqual([
      created.body.id,
    ]);
    const unstaffed = await admin.delete(`/api/v1/teams/${created.body.id}/members/${member.userId}`);
    expect(unstaffed.body.memberIds).toEqual([]);
    expect((await admin.delete(`/api/v1/teams/${created.body.id}`)).status).toBe(204);
    expect((await admin.get('/api/v1/teams')).body.items).toEqual([]);
  });

  it('a cx_manager may manage teams; an analyst may only read them', async () => {
    const { client: admin } = await signUp(app);
    const manager = await addMember(admin, 'cx_manager');
    const analyst = await addMember(admin, 'analyst');
    expect((await manager.client.post('/api/v1/teams', { name: 'Product' })).status).toBe(201);
    expect((await analyst.client.post('/api/v1/teams', { name: 'Sales' })).status).toBe(403);
    expect(
      (await analyst.client.get('/api/v1/teams')).body.items.map((t: { name: string }) => t.name),
    ).toEqual(['Product']);
  });
});

describe('demo workspace', () => {
  it('seeds a workspace with colleagues in every role and the journey-owning teams', async () => {
    const demo = await startTestTouchpoint({ seedDemo: true });
    try {
      const demoApp = demo.app as FastifyInstance;
      const response = await demoApp.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'demo@touchpoint.local', password: 'touchpoint-demo' },
      });
      expect(response.statusCode).toBe(200);
      const client = new TestClient(demoApp, sessionOf(response, response.json()));
      const members = await client.get('/api/v1/members');
      expect(new Set(members.body.items.map((m: { role: string }) => m.role))).toEqual(
        new Set(['admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer']),
      );
      const teams = await client.get('/api/v1/teams');
      expect(teams.body.items.map((t: { name: string }) => t.name)).toEqual(
        expect.arrayContaining(['Marketing', 'Sales', 'Product', 'Support']),
      );
      // The demo's relationship survey tells a driver story: delivery is what most holds NPS back.
      const surveys = await client.get('/api/v1/surveys');
      const relationship = surveys.body.items.find((x: { name: string }) => x.name === 'Relationship NPS');
      const drivers = await client.get(`/api/v1/drivers?surveyId=${relationship.id}&outcome=nps`);
      expect(drivers.body.drivers[0]).toMatchObject({ questionId: 'delivery_sat', quadrant: 'fix_first' });
      const nps = await client.get(`/api/v1/metrics?metric=nps&surveyId=${relationship.id}`);
      const raw = await client.get(`/api/v1/metrics?metric=nps&surveyId=${relationship.id}&source=raw`);
      expect(nps.body.n).toBeGreaterThan(200);
      expect({ ...raw.body, source: 'rollups' }).toEqual(nps.body);

      // The Act side has a history: cases in every state, worked by the owning teams, with follow-ups.
      const cases = await client.get(
        '/api/v1/cases?limit=100&status=new,in_progress,waiting_on_customer,resolved,closed',
      );
      expect(cases.status).toBe(200);
      expect(cases.body.items.length).toBeGreaterThanOrEqual(20);
      const statuses = new Set(cases.body.items.map((c: { status: string }) => c.status));
      expect(statuses.has('closed') && statuses.size >= 3).toBe(true);
      const health = await client.get('/api/v1/programme-health');
      expect(health.status).toBe(200);
      expect(health.body.loopClosure.detractors).toBeGreaterThan(0);
      expect(health.body.loopClosure.closed).toBeGreaterThan(0);
      expect(health.body.loopClosure.closed).toBeLessThan(health.body.loopClosure.detractors);
      const rules = await client.get('/api/v1/alert-rules');
      expect(rules.body.items.map((r: { name: string }) => r.name)).toContain(
        'Detractors (relationship NPS)',
      );
      const automations = await client.get('/api/v1/automation-rules');
      expect(
        automations.body.items
          .filter((r: { active: boolean }) => r.active)
          .map((r: { name: string }) => r.name),
      ).toEqual(expect.arrayContaining(['Recovery voucher for detractors', 'Thank promoters']));
      const plans = await client.get('/api/v1/action-plans');
      const plan = plans.body.items.find((p: { title: string }) => p.title === 'Refunds within 5 days');
      expect(plan).toBeDefined();
      const planDetail = await client.get(`/api/v1/action-plans/${plan.id}`);
      expect(planDetail.body.cases.length).toBeGreaterThan(0);
    } finally {
      await demo.stop();
    }
    // Seeding the demo (a thousand responses, rollups, text analysis) on a shared CI machine.
  }, 90_000);
});

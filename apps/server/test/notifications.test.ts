import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyTeam, notifyUsers, sendNotificationDigests } from '../src/modules/notifications/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, apiKeyClient, signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// In-app notifications: idempotent per person and source, only for active members, each person sees and
// marks only their own, and a daily digest email (over a real SMTP sink) lists unread ones exactly once.

let touchpoint: Touchpoint;
let sink: SmtpSink;
let admin: TestClient;
let adminId: string;
let adminEmail: string;
let workspaceId: string;
let agent: { client: TestClient; userId: string; email: string };
let outsider: TestClient;

const db = () => touchpoint.ctx.db;

beforeAll(async () => {
  sink = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: sink.url });
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  adminId = signed.me.user?.id as string;
  adminEmail = signed.email;
  workspaceId = signed.me.workspace.id;
  const member = await addMember(admin, 'agent');
  agent = { client: member.client, userId: member.userId, email: member.me.user?.email as string };
  outsider = (await signUp(touchpoint.app as FastifyInstance)).client;
});
afterAll(async () => {
  await touchpoint.stop();
  await sink.close();
});

describe('notifyUsers / notifyTeam', () => {
  it('notifies each person once per source key, and skips people who are not active members', async () => {
    const n = { kind: 'test', title: 'Case #1 is yours', link: '/cases/x', sourceKey: 'test:once' };
    await notifyUsers(db(), workspaceId, [adminId, agent.userId, adminId], n);
    await notifyUsers(db(), workspaceId, [adminId, agent.userId], { ...n, title: 'again' });
    const rows = await db()
      .selectFrom('notifications')
      .select(['userId', 'title'])
      .where('workspaceId', '=', workspaceId)
      .where('sourceKey', '=', 'test:once')
      .execute();
    expect(rows.map((r) => r.userId).sort()).toEqual([adminId, agent.userId].sort());
    expect(rows.every((r) => r.title === 'Case #1 is yours')).toBe(true);

    // Someone from another workspace is not a member here: nothing is written for them.
    const stranger = (await outsider.get('/api/v1/me')).body.user.id as string;
    await notifyUsers(db(), workspaceId, [stranger], { ...n, sourceKey: 'test:stranger' });
    const strangerRows = await db()
      .selectFrom('notifications')
      .select('id')
      .where('sourceKey', '=', 'test:stranger')
      .execute();
    expect(strangerRows).toEqual([]);
  });

  it('notifies the active members of a team, never a deactivated one', async () => {
    const team = await admin.post('/api/v1/teams', { name: 'Care' });
    await admin.post(`/api/v1/teams/${team.body.id}/members`, { userId: adminId });
    await admin.post(`/api/v1/teams/${team.body.id}/members`, { userId: agent.userId });
    await db()
      .updateTable('memberships')
      .set({ deactivatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('userId', '=', agent.userId)
      .execute();
    try {
      await notifyTeam(db(), workspaceId, team.body.id, {
        kind: 'test',
        title: 'Team news',
        sourceKey: 'test:team',
      });
      const rows = await db()
        .selectFrom('notifications')
        .select('userId')
        .where('sourceKey', '=', 'test:team')
        .execute();
      expect(rows.map((r) => r.userId)).toEqual([adminId]);
    } finally {
      await db()
        .updateTable('memberships')
        .set({ deactivatedAt: null })
        .where('workspaceId', '=', workspaceId)
        .where('userId', '=', agent.userId)
        .execute();
    }
  });
});

describe('notification routes', () => {
  it('lists only your own notifications, newest first, with cursor pagination and an unread filter', async () => {
    for (let i = 1; i <= 3; i++) {
      await notifyUsers(db(), workspaceId, [agent.userId], {
        kind: 'test',
        title: `Agent note ${i}`,
        sourceKey: `test:agent:${i}`,
      });
    }
    const mine = await agent.client.get('/api/v1/notifications');
    expect(mine.status).toBe(200);
    const titles = mine.body.items.map((n: { title: string }) => n.title);
    expect(titles.slice(0, 3)).toEqual(['Agent note 3', 'Agent note 2', 'Agent note 1']);
    expect(titles).not.toContain('Team news'); // the admin's

    const first = await agent.client.get('/api/v1/notifications?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await agent.client.get(`/api/v1/notifications?limit=2&cursor=${first.body.nextCursor}`);
    const seen = [...first.body.items, ...second.body.items].map((n: { id: number }) => n.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(second.body.items[0].id).toBeLessThan(first.body.items[1].id);

    // Another workspace sees none of it.
    const theirs = await outsider.get('/api/v1/notifications');
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([]);
  });

  it('marks read only your own, by id or all, and counts unread', async () => {
    const before = (await agent.client.get('/api/v1/notifications/unread-count')).body.unread;
    expect(before).toBe(4); // test:once + three agent notes
    const adminList = (await admin.get('/api/v1/notifications?unread=true')).body.items;
    const adminIds = adminList.map((n: { id: number }) => n.id);
    expect(adminIds.length).toBeGreaterThan(0);

    // The agent cannot mark the admin's notifications read: nothing changes.
    const foreign = await agent.client.post('/api/v1/notifications/read', { ids: adminIds });
    expect(foreign.body).toEqual({ marked: 0 });
    expect((await admin.get('/api/v1/notifications/unread-count')).body.unread).toBe(adminIds.length);
    // Nor can another workspace.
    expect((await outsider.post('/api/v1/notifications/read', { ids: adminIds })).body).toEqual({
      marked: 0,
    });

    const agentList = (await agent.client.get('/api/v1/notifications')).body.items;
    const one = agentList[0].id as number;
    expect((await agent.client.post('/api/v1/notifications/read', { ids: [one] })).body).toEqual({
      marked: 1,
    });
    expect((await agent.client.get('/api/v1/notifications/unread-count')).body.unread).toBe(3);
    const unread = (await agent.client.get('/api/v1/notifications?unread=true')).body.items;
    expect(unread.map((n: { id: number }) => n.id)).not.toContain(one);
    const read = (await agent.client.get('/api/v1/notifications')).body.items.find(
      (n: { id: number }) => n.id === one,
    );
    expect(read.readAt).toEqual(expect.any(String));

    expect((await agent.client.post('/api/v1/notifications/read', { all: true })).body).toEqual({
      marked: 3,
    });
    expect((await agent.client.get('/api/v1/notifications/unread-count')).body.unread).toBe(0);
    expect((await admin.get('/api/v1/notifications/unread-count')).body.unread).toBe(adminIds.length);
  });

  it('refuses bad input with 400 and API keys with 403', async () => {
    for (const body of [
      {},
      { ids: [] },
      { ids: [1], all: true },
      { all: false },
      { ids: ['x'] },
      { ids: [1], extra: 1 },
    ]) {
      const response = await agent.client.post('/api/v1/notifications/read', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await agent.client.get('/api/v1/notifications?unread=maybe')).status).toBe(400);
    expect((await agent.client.get('/api/v1/notifications?cursor=bm90LWEtbnVtYmVy')).status).toBe(400);
    expect((await agent.client.get('/api/v1/notifications?limit=0')).status).toBe(400);
    expect((await agent.client.patch('/api/v1/me/notification-settings', { digest: 'hourly' })).status).toBe(
      400,
    );
    const key = (await apiKeyClient(admin, 'admin')).client;
    expect((await key.get('/api/v1/notifications')).status).toBe(403);
    expect((await key.get('/api/v1/notifications/unread-count')).status).toBe(403);
  });

  it('keeps a digest setting per person and workspace', async () => {
    expect((await agent.client.get('/api/v1/me/notification-settings')).body).toEqual({ digest: 'daily' });
    const off = await agent.client.patch('/api/v1/me/notification-settings', { digest: 'off' });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ digest: 'off' });
    expect((await agent.client.get('/api/v1/me/notification-settings')).body).toEqual({ digest: 'off' });
    expect((await admin.get('/api/v1/me/notification-settings')).body).toEqual({ digest: 'daily' });
  });
});

describe('daily digest', () => {
  it('emails each person with the digest on their unread, undigested notifications once, in their language', async () => {
    // The agent (digest off) has a fresh unread notification; the admin has several unread ones.
    await notifyUsers(db(), workspaceId, [agent.userId], {
      kind: 'test',
      title: 'Agent only',
      sourceKey: 'test:agent:x',
    });
    await notifyUsers(db(), workspaceId, [adminId], {
      kind: 'case.sla_breached',
      title: 'Case #7 missed its first action deadline',
      link: '/cases/abc',
      sourceKey: 'test:digest:1',
    });
    const adminUnread = (await admin.get('/api/v1/notifications/unread-count')).body.unread as number;
    await admin.patch('/api/v1/me', { locale: 'vi' });

    const first = await sendNotificationDigests(touchpoint.ctx);
    expect(first).toEqual({ sent: 1, failed: 0 });
    const [mail] = await sink.waitForTo(adminEmail, 1);
    expect(mail?.subject).toBe(
      `${adminUnread} thông báo chưa đọc trong ${(await admin.get('/api/v1/me')).body.workspace.name}`,
    );
    expect(mail?.text).toContain('Case #7 missed its first action deadline');
    expect(mail?.text).toContain('http://touchpoint.test/cases/abc');
    expect(mail?.text).not.toContain('Agent only');

    // A second run sends nothing: everything unread was already in a digest.
    expect(await sendNotificationDigests(touchpoint.ctx)).toEqual({ sent: 0, failed: 0 });
    expect(sink.messages).toHaveLength(1);
    // Reading does not matter for what was digested; a new notification goes into the next digest only.
    await notifyUsers(db(), workspaceId, [adminId], {
      kind: 'test',
      title: 'Later news',
      sourceKey: 'test:digest:2',
    });
    expect(await sendNotificationDigests(touchpoint.ctx)).toEqual({ sent: 1, failed: 0 });
    const mails = await sink.waitForTo(adminEmail, 2);
    expect(mails[1]?.subject).toMatch(/^1 thông báo chưa đọc/);
    expect(mails[1]?.text).toContain('Later news');
    expect(mails[1]?.text).not.toContain('Case #7');
    expect(sink.messages.filter((m) => JSON.stringify(m.to).includes(agent.email))).toEqual([]);
    expect(sink.messages).toHaveLength(2);
  });
});

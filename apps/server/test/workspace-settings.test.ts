import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInvitationEmail } from '../src/modules/distribution/invitation-email';
import { rebuildRollups, verifyRollups } from '../src/modules/metrics/index';
import { notifyUsers, sendNotificationDigests } from '../src/modules/notifications/index';
import type { Touchpoint } from '../src/touchpoint';
import { sessionOf, signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Workspace settings: the time zone metric days follow (set from the browser at sign-up, changed by PATCH,
// which rebuilds the rollups as a job with progress), the default language and the brand.

let touchpoint: Touchpoint;
let admin: TestClient;
let workspaceId: string;
let surveyId: string;
let sink: SmtpSink;

// Responses at hand-picked instants, with the day each one belongs to in UTC and in Asia/Ho_Chi_Minh (+07:00,
// no daylight saving time).
const RESPONSES = [
  { at: '2026-03-10T10:00:00Z', nps: 10, utc: '2026-03-10', hcm: '2026-03-10' },
  { at: '2026-03-10T16:59:00Z', nps: 9, utc: '2026-03-10', hcm: '2026-03-10' }, // 23:59 local
  { at: '2026-03-10T17:00:00Z', nps: 3, utc: '2026-03-10', hcm: '2026-03-11' }, // 00:00 local
  { at: '2026-03-10T23:30:00Z', nps: 0, utc: '2026-03-10', hcm: '2026-03-11' }, // 06:30 local, next day
  { at: '2026-03-11T16:00:00Z', nps: 8, utc: '2026-03-11', hcm: '2026-03-11' },
  { at: '2026-03-11T18:00:00Z', nps: 10, utc: '2026-03-11', hcm: '2026-03-12' },
];

function expectedDays(key: 'utc' | 'hcm') {
  const days = new Map<string, number>();
  for (const r of RESPONSES) days.set(r[key], (days.get(r[key]) ?? 0) + 1);
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, n]) => ({ day, n }));
}

async function rollupDays() {
  const rows = await touchpoint.ctx.db
    .selectFrom('metricRollups')
    .select(['day', 'n'])
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', surveyId)
    .where('questionId', '=', 'nps')
    .orderBy('day')
    .execute();
  return rows.map((r) => ({
    day:
      (r.day as unknown) instanceof Date
        ? (r.day as unknown as Date).toISOString().slice(0, 10)
        : String(r.day).slice(0, 10),
    n: Number(r.n),
  }));
}

async function waitForRebuild() {
  for (let i = 0; i < 200; i++) {
    const settings = (await admin.get('/api/v1/workspace')).body;
    if (settings.rollupRebuild.status === 'idle') return settings;
    if (settings.rollupRebuild.status === 'failed') throw new Error('rollup rebuild failed');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('rollup rebuild did not finish');
}

beforeAll(async () => {
  sink = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: sink.url });
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Relationship',
    questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
  });
  surveyId = survey.body.id;
  await admin.post(`/api/v1/surveys/${surveyId}/publish`);
  await touchpoint.ctx.db
    .insertInto('responses')
    .values(
      RESPONSES.map((r, i) => ({
        workspaceId,
        id: crypto.randomUUID(),
        surveyId,
        surveyVersion: 1,
        idempotencyKey: `tz-${i}`,
        channel: 'link',
        language: 'en',
        answers: JSON.stringify({ nps: r.nps }),
        npsScore: r.nps,
        finished: true,
        createdAt: new Date(r.at),
      })),
    )
    .execute();
  await rebuildRollups(touchpoint.ctx, workspaceId);
});
afterAll(async () => {
  await touchpoint.stop();
  await sink.close();
});

describe('workspace time zone', () => {
  it('takes the browser time zone at sign-up (UTC when unknown) and shows it in /me', async () => {
    const app = touchpoint.app as FastifyInstance;
    const signUpWith = (timeZone: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: {
          email: `tz.${timeZone.length}.${Date.now()}@example.com`,
          password: 'correct horse battery',
          name: 'Lan',
          workspaceName: 'Hà Nội team',
          timeZone,
        },
      });
    const response = await signUpWith('Asia/Ho_Chi_Minh');
    expect(response.statusCode).toBe(201);
    const me = response.json();
    expect(me.workspace.timeZone).toBe('Asia/Ho_Chi_Minh');
    const client = new TestClient(app, sessionOf(response, me));
    expect((await client.get('/api/v1/me')).body.workspace.timeZone).toBe('Asia/Ho_Chi_Minh');
    const unknown = await signUpWith('Not/AZone');
    expect(unknown.statusCode).toBe(201);
    expect(unknown.json().workspace.timeZone).toBe('UTC');
  });

  it('refuses names that are not IANA time zones with 400', async () => {
    for (const timeZone of ['Mars/Olympus_Mons', 'GMT+25', '', 'Asia/Ho Chi Minh', 42]) {
      const response = await admin.patch('/api/v1/workspace', { timeZone });
      expect(response.status, String(timeZone)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await admin.get('/api/v1/me')).body.workspace.timeZone).toBe('UTC');
  });

  it('counts days in UTC by default', async () => {
    expect(await rollupDays()).toEqual(expectedDays('utc'));
  });

  it('moves a response at 23:30 UTC to the next day for Asia/Ho_Chi_Minh and rebuilds the rollups as a job', async () => {
    const changed = await admin.patch('/api/v1/workspace', { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(['queued', 'running', 'idle']).toContain(changed.body.rollupRebuild.status);
    const done = await waitForRebuild();
    expect(done.rollupRebuild.progress).toBe(1);
    expect((await admin.get('/api/v1/me')).body.workspace.timeZone).toBe('Asia/Ho_Chi_Minh');

    // The hand computation: 2026-03-10 has 10:00Z and 16:59Z; 2026-03-11 has 17:00Z, 23:30Z and 16:00Z the
    // next day; 2026-03-12 has 18:00Z on the 11th.
    expect(expectedDays('hcm')).toEqual([
      { day: '2026-03-10', n: 2 },
      { day: '2026-03-11', n: 3 },
      { day: '2026-03-12', n: 1 },
    ]);
    expect(await rollupDays()).toEqual(expectedDays('hcm'));
    expect((await verifyRollups(touchpoint.ctx, workspaceId)).differences).toEqual([]);

    // The metrics API: trends by day and a day range agree between the rollups and raw responses.
    for (const source of ['rollups', 'raw']) {
      const trend = await admin.get(
        `/api/v1/metrics?metric=nps&surveyId=${surveyId}&groupBy=day&source=${source}`,
      );
      expect(trend.status, JSON.stringify(trend.body)).toBe(200);
      const groups = (trend.body.groups ?? trend.body.series ?? trend.body.items) as {
        key?: string;
        n: number;
      }[];
      expect(groups.map((g) => g.n)).toEqual([2, 3, 1]);
      const day11 = await admin.get(
        `/api/v1/metrics?metric=nps&surveyId=${surveyId}&from=2026-03-11&to=2026-03-12&source=${source}`,
      );
      // 17:00Z (3), 23:30Z (0) and 16:00Z (8): no promoters, one passive, two detractors.
      expect(day11.body.n, source).toBe(3);
      expect(day11.body.value, source).toBeCloseTo(((0 - 2) / 3) * 100, 10);
    }
  });

  it('a new answer after the change lands on its local day', async () => {
    const answered = await admin.post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { nps: 7 },
      finished: true,
    });
    expect(answered.status).toBe(201);
    await touchpoint.ctx.db
      .updateTable('responses')
      .set({ createdAt: new Date('2026-03-11T23:30:00Z') })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', answered.body.id)
      .execute();
    await rebuildRollups(touchpoint.ctx, workspaceId);
    expect(await rollupDays()).toEqual([
      { day: '2026-03-10', n: 2 },
      { day: '2026-03-11', n: 3 },
      { day: '2026-03-12', n: 2 },
    ]);
  });
});

describe('digests follow the time zone', () => {
  it("sends a workspace's digest at the scheduled hour of its own day, not of UTC", async () => {
    const me = (await admin.get('/api/v1/me')).body;
    expect(me.workspace.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect((await admin.patch('/api/v1/me/notification-settings', { digest: 'daily' })).status).toBe(200);
    await notifyUsers(touchpoint.ctx.db, workspaceId, [me.user.id], {
      kind: 'test',
      title: 'Time zone digest',
      sourceKey: 'test:tz-digest',
    });
    const hourIn = (timeZone: string) =>
      Number(
        new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()),
      );
    const localHour = hourIn('Asia/Ho_Chi_Minh');
    // Seven hours apart: the UTC hour is not the workspace's hour.
    expect(hourIn('UTC')).not.toBe(localHour);
    expect(await sendNotificationDigests(touchpoint.ctx, { atLocalHour: hourIn('UTC') })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await sendNotificationDigests(touchpoint.ctx, { atLocalHour: localHour })).toEqual({
      sent: 1,
      failed: 0,
    });
    const [mail] = await sink.waitForTo(me.user.email, 1);
    expect(mail?.text).toContain('Time zone digest');
  });
});

describe('workspace language and brand', () => {
  it('keeps a default language, a brand colour and a logo URL or upload, and refuses bad values', async () => {
    const saved = await admin.patch('/api/v1/workspace', {
      defaultLanguage: 'vi',
      brandColor: '#0f766e',
      logoUrl: 'https://cdn.example.com/logo.png',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({
      defaultLanguage: 'vi',
      brand: { color: '#0f766e', logoUrl: 'https://cdn.example.com/logo.png' },
    });
    for (const body of [
      { brandColor: 'teal' },
      { logoUrl: 'javascript:alert(1)' },
      { logoUrl: 'http://insecure.example/logo.png' },
      { defaultLanguage: 'fr' },
    ]) {
      expect((await admin.patch('/api/v1/workspace', body)).status, JSON.stringify(body)).toBe(400);
    }
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const uploaded = await admin.request('PUT', '/api/v1/workspace/logo', {
      contentType: 'image/png',
      data: png.toString('base64'),
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    expect(uploaded.body.brand.logoUrl).toBe(`/api/v1/public/workspaces/${workspaceId}/logo`);
    const served = await new TestClient(touchpoint.app as FastifyInstance).get(uploaded.body.brand.logoUrl);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    const html = await admin.request('PUT', '/api/v1/workspace/logo', {
      contentType: 'text/html',
      data: Buffer.from('<script>alert(1)</script>').toString('base64'),
    });
    expect(html.status).toBe(415);
  });

  it('puts the brand colour and logo into invitation emails', () => {
    const input = {
      kind: 'invitation' as const,
      language: 'en',
      name: 'Lan',
      workspaceName: 'Shop',
      definition: {
        defaultLanguage: 'en',
        questions: [{ id: 'q1', type: 'nps' as const, required: true, text: { en: 'Recommend us?' } }],
        hiddenFields: [],
        logic: [],
        endings: [],
      },
      surveyUrl: 'https://tp.example/s/1',
      unsubscribeUrl: null,
    };
    const plain = renderInvitationEmail(input);
    expect(plain.html).toContain('background:#0f766e');
    expect(plain.html).not.toContain('<img');
    const branded = renderInvitationEmail({
      ...input,
      brand: { color: '#aa2200', logoUrl: 'https://cdn.example.com/logo.png' },
    });
    expect(branded.html).toContain('background:#aa2200');
    expect(branded.html).toContain('<img src="https://cdn.example.com/logo.png" alt="Shop"');
    // A colour that is not #rrggbb never reaches the style attribute.
    const hostile = renderInvitationEmail({
      ...input,
      brand: { color: 'red;background:url(x)', logoUrl: null },
    });
    expect(hostile.html).toContain('background:#0f766e');
  });

  it('shows the brand colour and logo on the hosted survey page', async () => {
    const page = await new TestClient(touchpoint.app as FastifyInstance).get(`/s/${surveyId}`);
    expect(page.status).toBe(200);
    const html = String(page.body);
    expect(html).toContain('<style>:root{--touchpoint-accent:#0f766e}</style>');
    expect(html).toContain(`<img class="brand-logo" src="/api/v1/public/workspaces/${workspaceId}/logo"`);
    expect((await admin.patch('/api/v1/workspace', { brandColor: null, logoUrl: null })).status).toBe(200);
    const plain = String(
      (await new TestClient(touchpoint.app as FastifyInstance).get(`/s/${surveyId}`)).body,
    );
    expect(plain).not.toContain('--touchpoint-accent:#');
    expect(plain).not.toContain('brand-logo');
  });

  it('shows the brand colour and logo on the help center with a <style> rule, and gives the widget the colour', async () => {
    await admin.patch('/api/v1/workspace', {
      brandColor: '#aa2200',
      logoUrl: 'https://cdn.example.com/logo.png',
    });
    const visitor = new TestClient(touchpoint.app as FastifyInstance);
    const page = await visitor.get(`/help/${workspaceId}`);
    expect(page.status).toBe(200);
    const html = String(page.body);
    expect(html).toContain('<style>:root{--brand:#aa2200}</style>');
    expect(html).toContain('<img class="logo" src="https://cdn.example.com/logo.png" alt="">');
    // The page policy allows <style> elements; the brand adds no style attribute.
    expect(html).not.toMatch(/<[^>]+\sstyle=/);
    const config = await visitor.get(`/api/v1/public/widget/config?workspaceId=${workspaceId}`);
    expect(config.body.brand).toEqual({ color: '#aa2200' });
    await admin.patch('/api/v1/workspace', { brandColor: null, logoUrl: null });
    const plain = String((await visitor.get(`/help/${workspaceId}`)).body);
    expect(plain).not.toContain('--brand:#');
    expect(plain).not.toContain('class="logo"');
    expect((await visitor.get(`/api/v1/public/widget/config?workspaceId=${workspaceId}`)).body.brand).toEqual(
      {
        color: null,
      },
    );
  });
});

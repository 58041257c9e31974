import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRollups, verifyRollups } from '../src/modules/metrics/index';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let admin: TestClient;
let workspaceId: string;
let surveyId: string;
let touchpointIds: { checkout: string; delivery: string };

// Known data: day → (touchpoint, channel, language, NPS score, CSAT score).
const DAYS = ['2026-10-05', '2026-10-06', '2026-10-13'];
const DATA: {
  day: string;
  tp: 'checkout' | 'delivery';
  channel: string;
  language: string;
  nps: number;
  csat: number | null;
}[] = [];
for (let i = 0; i < 90; i++) {
  DATA.push({
    day: DAYS[i % 3] as string,
    tp: i % 2 === 0 ? 'checkout' : 'delivery',
    channel: i % 5 === 0 ? 'email' : 'link',
    language: i % 4 === 0 ? 'vi' : 'en',
    nps: (i * 7) % 11,
    csat: i % 6 === 0 ? null : 1 + (i % 5),
  });
}

/** The definitions from PRODUCT.md, computed the plain way: the independent reference for the API. */
function expectedNps(scores: number[]) {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { n: scores.length, value: ((promoters - detractors) * 100) / scores.length };
}
function expectedCsat(scores: number[]) {
  return { n: scores.length, value: (scores.filter((s) => s >= 4).length * 100) / scores.length };
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  const journey = await admin.post('/api/v1/journeys', {
    name: 'Retail',
    stages: [
      { name: 'Purchase', touchpoints: [{ name: 'Checkout' }] },
      { name: 'Delivery', touchpoints: [{ name: 'Courier' }] },
    ],
  });
  touchpointIds = {
    checkout: journey.body.stages[0].touchpoints[0].id,
    delivery: journey.body.stages[1].touchpoints[0].id,
  };
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Relationship',
    questions: [
      { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
      { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
      { id: 'why', type: 'open_text', text: { en: 'Why?' } },
    ],
  });
  surveyId = survey.body.id;
  await admin.post(`/api/v1/surveys/${surveyId}/publish`);
  // Historical responses, inserted as an import would, then rolled up.
  await touchpoint.database.db
    .insertInto('responses')
    .values(
      DATA.map((d, i) => ({
        workspaceId,
        id: crypto.randomUUID(),
        surveyId,
        surveyVersion: 1,
        touchpointId: touchpointIds[d.tp],
        idempotencyKey: `known-${i}`,
        channel: d.channel,
        language: d.language,
        answers: JSON.stringify(d.csat === null ? { nps: d.nps, why: 'text' } : { nps: d.nps, csat: d.csat }),
        npsScore: d.nps,
        finished: true,
        createdAt: new Date(`${d.day}T10:00:00Z`),
      })),
    )
    .execute();
  await rebuildRollups(touchpoint.ctx, workspaceId);
});
afterAll(() => touchpoint.stop());

const get = async (query: string) => (await admin.get(`/api/v1/metrics?${query}`)).body;

describe('metrics', () => {
  it('computes NPS and CSAT exactly as defined, skipped answers not counted', async () => {
    const nps = await get(`metric=nps&surveyId=${surveyId}`);
    const expected = expectedNps(DATA.map((d) => d.nps));
    expect(nps.n).toBe(expected.n);
    expect(nps.value).toBeCloseTo(expected.value, 10);
    expect(nps.ci95[0]).toBeLessThan(nps.value);
    expect(nps.ci95[1]).toBeGreaterThan(nps.value);
    const csat = await get(`metric=csat&surveyId=${surveyId}`);
    const expectedC = expectedCsat(DATA.flatMap((d) => (d.csat === null ? [] : [d.csat])));
    expect(csat).toMatchObject({ n: expectedC.n, smallSample: false });
    expect(csat.value).toBeCloseTo(expectedC.value, 10);
  });

  it('groups by day, week, touchpoint, stage, channel and language with the right numbers', async () => {
    const byDay = await get(`metric=nps&surveyId=${surveyId}&groupBy=day`);
    expect(byDay.groups.map((g: { key: string }) => g.key)).toEqual(DAYS);
    for (const group of byDay.groups) {
      const expected = expectedNps(DATA.filter((d) => d.day === group.key).map((d) => d.nps));
      expect(group.n).toBe(expected.n);
      expect(group.value).toBeCloseTo(expected.value, 10);
    }
    expect(byDay.groups[1].changeVsPrevious).toMatchObject({
      test: expect.stringContaining('Welch'),
      significant: expect.any(Boolean),
    });
    const byWeek = await get(`metric=nps&surveyId=${surveyId}&groupBy=week`);
    expect(byWeek.groups.map((g: { key: string; n: number }) => `${g.key}:${g.n}`)).toEqual([
      '2026-10-05:60',
      '2026-10-12:30',
    ]);
    const byTouchpoint = await get(`metric=nps&groupBy=touchpoint`);
    const checkout = byTouchpoint.groups.find((g: { key: string }) => g.key === touchpointIds.checkout);
    expect(checkout.label).toBe('Checkout');
    expect(checkout.value).toBeCloseTo(
      expectedNps(DATA.filter((d) => d.tp === 'checkout').map((d) => d.nps)).value,
      10,
    );
    const byStage = await get(`metric=nps&groupBy=stage`);
    expect(byStage.groups.map((g: { label: string }) => g.label).sort()).toEqual(['Delivery', 'Purchase']);
    const byLanguage = await get(`metric=csat&groupBy=language&language=vi`);
    expect(byLanguage.groups).toHaveLength(1);
    expect(byLanguage.groups[0].n).toBe(DATA.filter((d) => d.language === 'vi' && d.csat !== null).length);
    // A small group is flagged instead of shown as a fact.
    const email = await get(`metric=nps&channel=email&from=2026-10-13&to=2026-10-14`);
    expect(email.n).toBe(DATA.filter((d) => d.channel === 'email' && d.day === '2026-10-13').length);
    expect(email.smallSample).toBe(true);
  });

  it('answers identically from rollups and from raw rows, for every filter and grouping', async () => {
    const queries = [
      `metric=nps&surveyId=${surveyId}&groupBy=day`,
      `metric=nps&groupBy=touchpoint&from=2026-10-06`,
      `metric=csat&groupBy=channel&language=en`,
      `metric=nps&touchpointId=${touchpointIds.delivery}&groupBy=month`,
      `metric=csat&groupBy=stage&to=2026-10-10`,
    ];
    for (const query of queries) {
      const fromRollups = await get(query);
      const fromRaw = await get(`${query}&source=raw`);
      expect({ ...fromRaw, source: 'rollups' }, query).toEqual(fromRollups);
    }
  });

  it('keeps rollups current as responses arrive and change, and verify finds tampering', async () => {
    const before = await get(`metric=nps&surveyId=${surveyId}`);
    const key = crypto.randomUUID();
    const submit = (body: unknown) =>
      admin.request('POST', `/api/v1/public/surveys/${surveyId}/responses`, body, { 'idempotency-key': key });
    expect((await submit({ answers: { nps: 10 }, finished: false })).status).toBe(201);
    expect((await submit({ answers: { nps: 0 }, finished: true })).status).toBe(201);
    const deadline = Date.now() + 20_000;
    let after = before;
    while (Date.now() < deadline) {
      after = await get(`metric=nps&surveyId=${surveyId}`);
      if (after.n === before.n + 1) {
        const raw = await get(`metric=nps&surveyId=${surveyId}&source=raw`);
        if (raw.value === after.value) break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const raw = await get(`metric=nps&surveyId=${surveyId}&source=raw`);
    expect(after.n).toBe(before.n + 1);
    expect(after.value).toBe(raw.value);
    expect((await verifyRollups(touchpoint.ctx, workspaceId)).differences).toEqual([]);
    await touchpoint.database.db
      .updateTable('metricRollups')
      .set({ promoters: 999 })
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect((await verifyRollups(touchpoint.ctx, workspaceId)).differences.length).toBeGreaterThan(0);
    await rebuildRollups(touchpoint.ctx, workspaceId);
    expect((await verifyRollups(touchpoint.ctx, workspaceId)).differences).toEqual([]);
  });

  it('refuses a bad query with every problem named', async () => {
    const response = await admin.get('/api/v1/metrics?metric=loyalty&groupBy=planet&from=yesterday');
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'query.from',
      'query.groupBy',
      'query.metric',
    ]);
  });
});

describe('response rates', () => {
  it('counts displays, started and finished per channel and survey', async () => {
    const survey = await admin.post('/api/v1/surveys', {
      name: 'Rates',
      questions: [{ id: 'q', type: 'csat', text: { en: 'OK?' }, required: true }],
    });
    await admin.post(`/api/v1/surveys/${survey.body.id}/publish`);
    const id = survey.body.id;
    for (let i = 0; i < 4; i++) await admin.post(`/api/v1/public/surveys/${id}/displays`, { channel: 'qr' });
    await admin.post(`/api/v1/public/surveys/${id}/responses`, {
      answers: { q: 5 },
      finished: true,
      channel: 'qr',
    });
    await admin.post(`/api/v1/public/surveys/${id}/responses`, {
      answers: {},
      finished: false,
      channel: 'qr',
    });
    const rates = await admin.get(`/api/v1/response-rates?surveyId=${id}&groupBy=channel`);
    expect(rates.body.groups).toEqual([
      { key: 'qr', label: null, displays: 4, started: 2, finished: 1, responseRate: 50, completionRate: 50 },
    ]);
    const bySurvey = await admin.get(`/api/v1/response-rates?surveyId=${id}&groupBy=survey`);
    expect(bySurvey.body.groups[0]).toMatchObject({ key: id, label: 'Rates', displays: 4 });
  });
});

describe('key-driver analysis', () => {
  it('finds the question that drives NPS and marks it fix-first when it performs poorly', async () => {
    const survey = await admin.post('/api/v1/surveys', {
      name: 'Drivers',
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' } },
        { id: 'delivery', type: 'csat', text: { en: 'Delivery?' } },
        { id: 'price', type: 'csat', text: { en: 'Price?' } },
        { id: 'app', type: 'ces', text: { en: 'App easy?' } },
      ],
    });
    let seed = 11;
    const next = () => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const rows = Array.from({ length: 400 }, (_, i) => {
      const delivery = 1 + Math.floor(next() * 3); // poor: 1–3 of 5
      const price = 1 + Math.floor(next() * 5);
      const app = 5 + Math.floor(next() * 3); // good: 5–7 of 7
      const nps = Math.max(0, Math.min(10, Math.round(delivery * 2.5 + price * 0.4 + (next() - 0.5) * 2)));
      return {
        workspaceId,
        id: crypto.randomUUID(),
        surveyId: survey.body.id,
        surveyVersion: 1,
        idempotencyKey: `drivers-${i}`,
        channel: 'link',
        language: 'en',
        answers: JSON.stringify({ nps, delivery, price, app }),
        npsScore: nps,
        finished: true,
      };
    });
    await touchpoint.database.db.insertInto('responses').values(rows).execute();
    const result = await admin.get(`/api/v1/drivers?surveyId=${survey.body.id}&outcome=nps`);
    expect(result.status).toBe(200);
    expect(result.body.n).toBe(400);
    expect(result.body.r2).toBeGreaterThan(0.5);
    expect(result.body.drivers[0]).toMatchObject({ questionId: 'delivery', quadrant: 'fix_first' });
    expect(
      result.body.drivers.find((d: { questionId: string }) => d.questionId === 'app').importance,
    ).toBeLessThan(0.05);
    const sum = result.body.drivers.reduce((s: number, d: { importance: number }) => s + d.importance, 0);
    expect(sum).toBeCloseTo(1, 6);
    const bad = await admin.get(`/api/v1/drivers?surveyId=${survey.body.id}&outcome=missing`);
    expect(bad.status).toBe(400);
  });
});

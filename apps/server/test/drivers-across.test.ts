import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reanalyzeWorkspace } from '../src/modules/text/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, sessionOf, signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Key drivers across touchpoints and topics on data built here so the answer is known by construction:
// each contact's relationship NPS follows their delivery satisfaction strongly and their checkout rating
// weakly; detractors write about refunds. Expected figures are computed in this file, independently.

let touchpoint: Touchpoint;
let admin: TestClient;
let workspaceId: string;
const tp = { delivery: '', checkout: '', hotline: '' };
const survey = { relationship: '', delivery: '', checkout: '', hotline: '' };

const PERIOD = 'from=2026-10-01&to=2026-11-01';
const N = 120;

/** A deterministic pseudo-random stream. */
function stream(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}
const next = stream(2026);

interface Contact {
  id: string;
  nps: number;
  /** CSAT answers (1–5) at delivery in the period. */
  delivery: number[];
  /** Ratings (1–10) at checkout in the period. */
  checkout: number[];
  hotline: number[];
}
const contacts: Contact[] = [];
/** Every response of the relationship survey in the period with a comment: its NPS and topic mentions. */
const commented: { nps: number; refund: boolean; fast: boolean; staff: boolean; parking: boolean }[] = [];
let parkingLeft = 3;

function comment(nps: number): string | null {
  if (next() >= 0.8) return null;
  const refund = nps <= 6 ? next() < 0.8 : next() < 0.05;
  const fast = nps >= 9 ? next() < 0.6 : next() < 0.05;
  const staff = next() < 0.3;
  const parking = parkingLeft > 0 && next() < 0.1;
  if (parking) parkingLeft--;
  commented.push({ nps, refund, fast, staff, parking });
  const parts = [
    refund ? 'I am still waiting for my refund.' : '',
    fast ? 'Fast service.' : '',
    staff ? 'The staff were there.' : '',
    parking ? 'Parking was hard.' : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : 'Nothing more to say.';
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
      { name: 'Delivery', touchpoints: [{ name: 'Delivery' }] },
      { name: 'Support', touchpoints: [{ name: 'Hotline' }] },
    ],
  });
  tp.checkout = journey.body.stages[0].touchpoints[0].id;
  tp.delivery = journey.body.stages[1].touchpoints[0].id;
  tp.hotline = journey.body.stages[2].touchpoints[0].id;
  const create = async (body: Record<string, unknown>) => {
    const created = await admin.post('/api/v1/surveys', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };
  survey.relationship = await create({
    name: 'Relationship',
    questions: [
      { id: 'nps', type: 'nps', text: { en: 'Recommend?' } },
      { id: 'why', type: 'open_text', text: { en: 'Why?' } },
    ],
  });
  // CSAT and NPS: the touchpoint's satisfaction is the CSAT one.
  survey.delivery = await create({
    name: 'Delivery',
    touchpointId: tp.delivery,
    questions: [
      { id: 'nps', type: 'nps', text: { en: 'Recommend?' } },
      { id: 'csat', type: 'csat', text: { en: 'Delivery?' } },
    ],
  });
  survey.checkout = await create({
    name: 'Checkout',
    touchpointId: tp.checkout,
    questions: [{ id: 'ease', type: 'rating', min: 1, max: 10, text: { en: 'Easy?' } }],
  });
  survey.hotline = await create({
    name: 'Hotline',
    touchpointId: tp.hotline,
    questions: [{ id: 'ces', type: 'ces', text: { en: 'Easy?' } }],
  });

  const rows: Record<string, unknown>[] = [];
  let sequence = 0;
  const response = (
    surveyId: string,
    touchpointId: string | null,
    contactId: string | null,
    day: string,
    answers: Record<string, unknown>,
  ) => {
    rows.push({
      workspaceId,
      id: crypto.randomUUID(),
      surveyId,
      surveyVersion: 1,
      touchpointId,
      contactId,
      idempotencyKey: `across-${++sequence}`,
      channel: 'link',
      language: 'en',
      answers: JSON.stringify(answers),
      npsScore: typeof answers.nps === 'number' ? answers.nps : null,
      finished: true,
      createdAt: new Date(`${day}T12:00:00Z`),
      updatedAt: new Date(`${day}T12:00:00Z`),
    });
  };
  const contactRows = Array.from({ length: N }, (_, i) => ({
    workspaceId,
    id: crypto.randomUUID(),
    externalId: `C-${i}`,
    attributes: JSON.stringify({}),
  }));
  await touchpoint.ctx.db.insertInto('contacts').values(contactRows).execute();
  for (const [i, row] of contactRows.entries()) {
    const a = 1 + Math.floor(next() * 5); // delivery, 1–5: mediocre on average
    const b = 6 + Math.floor(next() * 5); // checkout, 6–10 of 10: good
    const nps = Math.max(0, Math.min(10, Math.round((a - 1) * 2.3 + (b - 6) * 0.3 + (next() - 0.5) * 2)));
    const contact: Contact = { id: row.id, nps, delivery: [], checkout: [], hotline: [] };
    contacts.push(contact);
    // An older answer in the period and one after it, both unrelated to the story: only the latest counts.
    response(survey.relationship, null, row.id, '2026-10-05', { nps: Math.floor(next() * 11) });
    if (i % 2 === 0)
      response(survey.relationship, null, row.id, '2026-11-05', { nps: Math.floor(next() * 11) });
    const why = comment(nps);
    response(survey.relationship, null, row.id, '2026-10-20', why ? { nps, why } : { nps });
    if (next() < 0.85) {
      const answers = i % 5 === 0 && a > 1 && a < 5 ? [a - 1, a + 1] : [a];
      for (const csat of answers) {
        contact.delivery.push(csat);
        response(survey.delivery, tp.delivery, row.id, '2026-10-10', { nps: 10 - nps, csat });
      }
      // Before the period: ignored.
      response(survey.delivery, tp.delivery, row.id, '2026-09-15', { csat: 6 - a });
    }
    if (next() < 0.7) {
      contact.checkout.push(b);
      response(survey.checkout, tp.checkout, row.id, '2026-10-12', { ease: b });
    }
    if (i < 10) {
      contact.hotline.push(7);
      response(survey.hotline, tp.hotline, row.id, '2026-10-14', { ces: 7 });
    }
  }
  // Anonymous answers: no contact, so no touchpoint row, but their comments count for topics. The delivery
  // survey gets more NPS answers than the relationship one, yet the default outcome survey is the
  // relationship survey (not attributed to a touchpoint).
  for (let i = 0; i < 40; i++) {
    const nps = Math.floor(next() * 11);
    const why = comment(nps);
    response(survey.relationship, null, null, '2026-10-21', why ? { nps, why } : { nps });
  }
  for (let i = 0; i < 300; i++)
    response(survey.delivery, tp.delivery, null, '2026-10-22', { nps: 0, csat: 1 });
  for (let start = 0; start < rows.length; start += 500) {
    await touchpoint.ctx.db
      .insertInto('responses')
      .values(rows.slice(start, start + 500) as never)
      .execute();
  }
  for (const [name, query] of [
    ['Refunds', 'refund*'],
    ['Speed', 'fast'],
    ['Staff', 'staff'],
    ['Parking', 'parking'],
  ]) {
    expect((await admin.post('/api/v1/topics', { name, query })).status).toBe(201);
  }
  await reanalyzeWorkspace(touchpoint.ctx, workspaceId);
}, 120_000);

afterAll(() => touchpoint?.stop());

// The independent reference: correlations, R² of one and two predictors, and their Shapley shares.
function correlation(x: number[], y: number[]): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += ((x[i] as number) - mx) * ((y[i] as number) - my);
    sxx += ((x[i] as number) - mx) ** 2;
    syy += ((y[i] as number) - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
function shapleyOfTwo(y: number[], a: number[], b: number[]) {
  const ra = correlation(a, y);
  const rb = correlation(b, y);
  const rab = correlation(a, b);
  const both = (ra * ra + rb * rb - 2 * ra * rb * rab) / (1 - rab * rab);
  const a1 = (ra * ra + (both - rb * rb)) / 2;
  const b1 = (rb * rb + (both - ra * ra)) / 2;
  return { r2: both, a: a1 / both, b: b1 / both };
}
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

describe('touchpoint drivers', () => {
  it('ranks the touchpoint that drives NPS first, fix-first, with coverage and the imputed model', async () => {
    const result = await admin.get(`/api/v1/drivers?by=touchpoints&${PERIOD}`);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toMatchObject({
      by: 'touchpoints',
      surveyId: survey.relationship,
      outcome: 'nps',
      minCoverage: 30,
    });

    // Per contact: the mean satisfaction (0–100) at each touchpoint; hotline (10 contacts) is left out.
    const inModel = contacts.filter((c) => c.delivery.length > 0 || c.checkout.length > 0);
    const delivery = inModel.map((c) =>
      c.delivery.length ? mean(c.delivery.map((v) => ((v - 1) / 4) * 100)) : null,
    );
    const checkout = inModel.map((c) =>
      c.checkout.length ? mean(c.checkout.map((v) => ((v - 1) / 9) * 100)) : null,
    );
    const observedMean = (values: (number | null)[]) => mean(values.flatMap((v) => (v === null ? [] : [v])));
    const deliveryMean = observedMean(delivery);
    const checkoutMean = observedMean(checkout);
    const expected = shapleyOfTwo(
      inModel.map((c) => c.nps),
      delivery.map((v) => v ?? deliveryMean),
      checkout.map((v) => v ?? checkoutMean),
    );
    expect(result.body.n).toBe(inModel.length);
    expect(result.body.r2).toBeCloseTo(expected.r2, 6);
    expect(result.body.r2).toBeGreaterThan(0.5);
    const [first, second] = result.body.drivers;
    expect(result.body.drivers).toHaveLength(2);
    expect(first).toMatchObject({ key: tp.delivery, label: 'Delivery', quadrant: 'fix_first' });
    expect(first.questionId).toBeUndefined();
    expect(first.importance).toBeCloseTo(expected.a, 6);
    expect(first.coverage).toBe(delivery.filter((v) => v !== null).length);
    expect(first.performance).toBeCloseTo(deliveryMean, 6);
    expect(second).toMatchObject({ key: tp.checkout, label: 'Checkout', quadrant: 'possible_overkill' });
    expect(second.importance).toBeCloseTo(expected.b, 6);
    expect(second.coverage).toBe(checkout.filter((v) => v !== null).length);
    expect(second.performance).toBeCloseTo(checkoutMean, 6);
    expect(result.body.excluded).toEqual([{ key: tp.hotline, label: 'Hotline', coverage: 10 }]);

    // The same answer when the survey and outcome are named.
    const named = await admin.get(
      `/api/v1/drivers?by=touchpoints&surveyId=${survey.relationship}&outcome=nps&${PERIOD}`,
    );
    expect(named.body).toEqual(result.body);
  });

  it('answers 422 saying what is missing when too few contacts answered both', async () => {
    // Only the hotline's ten contacts… in a period holding nothing else but their latest NPS.
    const none = await admin.get('/api/v1/drivers?by=touchpoints&from=2026-12-01&to=2027-01-01');
    expect(none.status).toBe(422);
    expect(none.body.invalidParams).toEqual([{ name: 'data.outcomeSurvey', reason: '0 found, 1 needed' }]);

    const sparse = await admin.get(
      `/api/v1/drivers?by=touchpoints&surveyId=${survey.relationship}&from=2026-10-14&to=2026-10-21`,
    );
    expect(sparse.status).toBe(422);
    expect(sparse.body.code).toBe('UNPROCESSABLE');
    expect(sparse.body.detail).toContain('at least 30 contacts');
    // The hotline answers (day 14) are the only touchpoint scores in that week.
    expect(sparse.body.invalidParams).toEqual([{ name: 'data.contacts', reason: '10 found, 30 needed' }]);
  });

  it('rejects an outcome that is not a scored question, and a survey without NPS unless one is named', async () => {
    const bad = await admin.get(`/api/v1/drivers?by=touchpoints&surveyId=${survey.relationship}&outcome=why`);
    expect(bad.status).toBe(400);
    const noNps = await admin.get(`/api/v1/drivers?by=touchpoints&surveyId=${survey.checkout}`);
    expect(noNps.status).toBe(400);
    expect(noNps.body.invalidParams[0].name).toBe('query.outcome');
    const wrongBy = await admin.get('/api/v1/drivers?by=channels');
    expect(wrongBy.status).toBe(400);
  });
});

describe('topic drivers', () => {
  it('puts the topic detractors write about first, fix-first, with its mentions and the NPS of mentioners', async () => {
    const result = await admin.get(`/api/v1/drivers?by=topics&${PERIOD}`);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toMatchObject({ by: 'topics', surveyId: survey.relationship, outcome: 'nps' });
    // Only responses with a comment (older and later answers have none).
    expect(result.body.n).toBe(commented.length);
    const byLabel = new Map(result.body.drivers.map((d: { label: string }) => [d.label, d] as const)) as Map<
      string,
      { importance: number; performance: number; coverage: number; quadrant: string }
    >;
    expect(result.body.drivers[0]).toMatchObject({ label: 'Refunds', quadrant: 'fix_first' });
    for (const topic of ['refund', 'fast', 'staff'] as const) {
      const label = { refund: 'Refunds', fast: 'Speed', staff: 'Staff' }[topic];
      const mentioners = commented.filter((c) => c[topic]).map((c) => c.nps);
      const promoters = mentioners.filter((v) => v >= 9).length;
      const detractors = mentioners.filter((v) => v <= 6).length;
      const nps = ((promoters - detractors) * 100) / mentioners.length;
      expect(byLabel.get(label)?.coverage).toBe(mentioners.length);
      expect(byLabel.get(label)?.performance).toBeCloseTo((nps + 100) / 2, 6);
    }
    // Staff is mentioned at random: it explains next to nothing.
    expect(byLabel.get('Staff')?.importance).toBeLessThan(0.1);
    expect(byLabel.get('Speed')?.performance).toBeGreaterThan(byLabel.get('Refunds')?.performance as number);
    const sum = result.body.drivers.reduce((s: number, d: { importance: number }) => s + d.importance, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(result.body.excluded).toEqual([
      expect.objectContaining({ label: 'Parking', coverage: commented.filter((c) => c.parking).length }),
    ]);
  });

  it('answers 422 when too few responses have a comment', async () => {
    const few = await admin.get(
      `/api/v1/drivers?by=topics&surveyId=${survey.relationship}&from=2026-10-05&to=2026-10-06`,
    );
    expect(few.status).toBe(422);
    expect(few.body.invalidParams).toEqual([{ name: 'data.responses', reason: '0 found, 30 needed' }]);
  });
});

describe('the question drivers and the workspace boundary', () => {
  it('keeps by=questions as it was (survey and outcome required) and adds the key', async () => {
    const missing = await admin.get('/api/v1/drivers');
    expect(missing.status).toBe(400);
    expect(missing.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['query.surveyId', 'query.outcome']),
    );
    const questions = await admin.get(`/api/v1/drivers?surveyId=${survey.delivery}&outcome=nps`);
    expect(questions.status).toBe(200);
    expect(questions.body).toMatchObject({ by: 'questions', surveyId: survey.delivery, outcome: 'nps' });
    expect(questions.body.drivers[0]).toMatchObject({ key: 'csat', questionId: 'csat' });
    expect(questions.body.drivers[0].coverage).toBeUndefined();
  });

  it('never reads another workspace: its survey is not found, and its own data is insufficient', async () => {
    const other = await signUp(touchpoint.app as FastifyInstance);
    for (const by of ['touchpoints', 'topics']) {
      const foreign = await other.client.get(`/api/v1/drivers?by=${by}&surveyId=${survey.relationship}`);
      expect(foreign.status).toBe(404);
      const own = await other.client.get(`/api/v1/drivers?by=${by}&${PERIOD}`);
      expect(own.status).toBe(422);
      expect(own.body.invalidParams[0].name).toBe('data.outcomeSurvey');
    }
    // A viewer of the first workspace may read the analysis.
    const viewer = await addMember(admin, 'viewer');
    expect((await viewer.client.get(`/api/v1/drivers?by=touchpoints&${PERIOD}`)).status).toBe(200);
  });
});

describe('the demo workspace', () => {
  it('shows a touchpoint story and a topic story out of the box', async () => {
    const demo = await startTestTouchpoint({ seedDemo: true });
    try {
      const demoApp = demo.app as FastifyInstance;
      const response = await demoApp.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'demo@touchpoint.local', password: 'touchpoint-demo' },
      });
      const client = new TestClient(demoApp, sessionOf(response, response.json()));
      const surveys = (await client.get('/api/v1/surveys')).body.items as { id: string; name: string }[];
      const relationship = surveys.find((s) => s.name === 'Relationship NPS')?.id;
      // Delivery: the touchpoint that most explains NPS, and the weakest: fix first.
      const touchpoints = await client.get('/api/v1/drivers?by=touchpoints');
      expect(touchpoints.status, JSON.stringify(touchpoints.body)).toBe(200);
      expect(touchpoints.body.surveyId).toBe(relationship);
      expect(touchpoints.body.n).toBeGreaterThan(200);
      expect(touchpoints.body.drivers.length).toBeGreaterThanOrEqual(3);
      expect(touchpoints.body.drivers[0]).toMatchObject({ label: 'Order delivery', quadrant: 'fix_first' });
      expect(touchpoints.body.drivers[0].importance).toBeGreaterThan(0.5);
      for (const driver of touchpoints.body.drivers) expect(driver.coverage).toBeGreaterThanOrEqual(30);
      // Topics: from the comments on the relationship survey, the complaints come out on top.
      const topics = await client.get('/api/v1/drivers?by=topics');
      expect(topics.status, JSON.stringify(topics.body)).toBe(200);
      expect(topics.body.drivers.length).toBeGreaterThanOrEqual(3);
      expect(topics.body.drivers[0].quadrant).toBe('fix_first');
      // The question drivers of the relationship survey are as they were.
      const questions = await client.get(`/api/v1/drivers?surveyId=${relationship}&outcome=nps`);
      expect(questions.body.drivers[0]).toMatchObject({ questionId: 'delivery_sat', quadrant: 'fix_first' });
    } finally {
      await demo.stop();
    }
  }, 180_000);
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Segments wherever a "who" is chosen: alert rules and automations (`segments` contains a segment id, and
// `churnRisk`), widget survey targeting (`widget.segmentIds`: identified members only, never anonymous
// visitors) and the responses export (`segmentId`) — each following membership as the data changes, and
// refusing another workspace's segment. Jobs are run by the test (api role) so every step is deterministic.

const SURVEY = {
  name: 'Relationship NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};

let touchpoint: Touchpoint;
let app: FastifyInstance;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint({ roles: ['api'] });
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
});

interface Workspace {
  client: TestClient;
  workspaceId: string;
  surveyId: string;
}

async function workspace(): Promise<Workspace> {
  const signed = await signUp(app);
  const survey = await signed.client.post('/api/v1/surveys', SURVEY);
  expect(survey.status).toBe(201);
  await signed.client.post(`/api/v1/surveys/${survey.body.id}/publish`);
  return { client: signed.client, workspaceId: signed.me.workspace.id, surveyId: survey.body.id };
}

async function identify(w: Workspace, email: string, attributes: Record<string, unknown>) {
  const response = await w.client.post('/api/v1/contacts/identify', { email, attributes });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.contact.id as string;
}

async function answer(w: Workspace, email: string, nps: number) {
  const response = await w.client.post(`/api/v1/public/surveys/${w.surveyId}/responses`, {
    answers: { q1: nps, q2: `Score ${nps}` },
    contact: { email },
    finished: true,
  });
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return response.body.id as string;
}

async function segment(w: Workspace, name: string, condition: unknown) {
  const created = await w.client.post('/api/v1/segments', { name, kind: 'dynamic', condition });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

/** Runs `feedback.evaluate` for these responses (alert rules and automations), as the worker would. */
async function evaluate(w: Workspace, responseIds: string[]) {
  await touchpoint.jobs.evaluateFeedback.handleBatch?.([
    { workspaceId: w.workspaceId, itemKind: 'response', itemIds: responseIds },
  ]);
}

async function alertedItems(w: Workspace, ruleId: string): Promise<string[]> {
  const rows = await touchpoint.ctx.db
    .selectFrom('alerts')
    .select('subjectKey')
    .where('workspaceId', '=', w.workspaceId)
    .where('ruleId', '=', ruleId)
    .execute();
  return rows.map((r) => r.subjectKey).sort();
}

describe('alert rules with a segment condition', () => {
  it('fire only for members of the segment, following membership as attributes change', async () => {
    const w = await workspace();
    const enterprise = await segment(w, 'Enterprise', {
      field: 'contact.plan',
      op: 'eq',
      value: 'enterprise',
    });
    await identify(w, 'big@example.com', { plan: 'enterprise' });
    await identify(w, 'small@example.com', { plan: 'starter' });
    const rule = await w.client.post('/api/v1/alert-rules', {
      name: 'Enterprise detractors',
      condition: {
        all: [
          { field: 'npsBand', op: 'eq', value: 'detractor' },
          { field: 'segments', op: 'contains', value: enterprise },
        ],
      },
      createCase: { priority: 'high' },
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);

    const bigDetractor = await answer(w, 'big@example.com', 2);
    const smallDetractor = await answer(w, 'small@example.com', 3);
    const bigPromoter = await answer(w, 'big@example.com', 10);
    await evaluate(w, [bigDetractor, smallDetractor, bigPromoter]);
    expect(await alertedItems(w, rule.body.id)).toEqual([bigDetractor]);

    // The small customer upgrades: their next detractor answer is in the segment; the big one downgrades.
    await identify(w, 'small@example.com', { plan: 'enterprise' });
    await identify(w, 'big@example.com', { plan: 'starter' });
    const smallAgain = await answer(w, 'small@example.com', 1);
    const bigAgain = await answer(w, 'big@example.com', 0);
    await evaluate(w, [smallAgain, bigAgain]);
    expect(await alertedItems(w, rule.body.id)).toEqual([bigDetractor, smallAgain].sort());

    // The dry run reads membership as of now: the two detractors of the (now) enterprise customer.
    const dry = await w.client.post('/api/v1/alert-rules/test', {
      condition: rule.body.condition,
      days: 7,
    });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.matched).toBe(2);

    // not_contains: detractors outside the segment.
    const outside = await w.client.post('/api/v1/alert-rules/test', {
      condition: {
        all: [
          { field: 'npsBand', op: 'eq', value: 'detractor' },
          { field: 'segments', op: 'not_contains', value: enterprise },
        ],
      },
      days: 7,
    });
    expect(outside.body.matched).toBe(2);
  });

  it('refuse a segment of another workspace, an unknown one and a value that is not an id (400)', async () => {
    const mine = await workspace();
    const theirs = await workspace();
    const foreign = await segment(theirs, 'Theirs', { field: 'npsBand', op: 'eq', value: 'detractor' });
    for (const value of [foreign, '0190a4b2-0000-7000-8000-000000000000', 'vip']) {
      const refused = await mine.client.post('/api/v1/alert-rules', {
        name: 'x',
        condition: { field: 'segments', op: 'contains', value },
      });
      expect(refused.status, JSON.stringify(refused.body)).toBe(400);
      expect(refused.body.invalidParams[0].name).toBe('body.condition');
    }
    const test = await mine.client.post('/api/v1/alert-rules/test', {
      condition: { field: 'segments', op: 'in', value: [foreign] },
      days: 7,
    });
    expect(test.status).toBe(400);
  });
});

describe('automations with a segment condition', () => {
  it('run only for members of a static segment, and membership changes are seen at once', async () => {
    const w = await workspace();
    const vip = await identify(w, 'vip@example.com', {});
    const other = await identify(w, 'other@example.com', {});
    const list = await w.client.post('/api/v1/segments', {
      name: 'VIP list',
      kind: 'static',
      contactIds: [vip],
    });
    expect(list.status, JSON.stringify(list.body)).toBe(201);
    const created = await w.client.post('/api/v1/automation-rules', {
      name: 'Tag VIP answers',
      trigger: { type: 'response.received' },
      condition: { field: 'segments', op: 'in', value: [list.body.id] },
      actions: [{ type: 'tag', tag: 'vip' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(
      (await w.client.patch(`/api/v1/automation-rules/${created.body.id}`, { active: true })).status,
    ).toBe(200);

    const fromVip = await answer(w, 'vip@example.com', 9);
    const fromOther = await answer(w, 'other@example.com', 9);
    await evaluate(w, [fromVip, fromOther]);
    const runs = async () =>
      (
        await touchpoint.ctx.db
          .selectFrom('automationRuns')
          .select('subjectId')
          .where('workspaceId', '=', w.workspaceId)
          .where('ruleId', '=', created.body.id)
          .execute()
      )
        .map((r) => r.subjectId)
        .sort();
    expect(await runs()).toEqual([fromVip]);

    // Added to the list: the next answer runs the rule.
    const added = await w.client.patch(`/api/v1/segments/${list.body.id}`, { addContactIds: [other] });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const otherAgain = await answer(w, 'other@example.com', 8);
    await evaluate(w, [otherAgain]);
    expect(await runs()).toEqual([fromVip, otherAgain].sort());

    // The dry run evaluates the same condition (membership now: both people are in the list).
    const dry = await w.client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'response.received' },
      condition: { field: 'segments', op: 'contains', value: list.body.id },
      days: 7,
    });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.wouldFire).toBe(3);

    const foreign = await segment(await workspace(), 'Elsewhere', {
      field: 'latestNps',
      op: 'lte',
      value: 6,
    });
    const refused = await w.client.patch(`/api/v1/automation-rules/${created.body.id}`, {
      condition: { field: 'segments', op: 'contains', value: foreign },
    });
    expect(refused.status).toBe(400);
    expect(
      (
        await w.client.post('/api/v1/automation-rules/dry-run', {
          trigger: { type: 'response.received' },
          condition: { field: 'segments', op: 'contains', value: foreign },
          days: 7,
        })
      ).status,
    ).toBe(400);
  });
});

describe('widget targeting by segment', () => {
  it('shows the survey only to identified members; anonymous visitors never see it', async () => {
    const w = await workspace();
    const detractors = await segment(w, 'Detractors', { field: 'npsBand', op: 'eq', value: 'detractor' });
    const created = await w.client.post('/api/v1/surveys', {
      name: 'Win-back',
      questions: [{ id: 'q1', type: 'csat', text: { en: 'How are we doing?' } }],
      distribution: {
        widget: {
          enabled: true,
          triggers: [{ type: 'event', event: 'checkout' }],
          targeting: null,
          segmentIds: [detractors],
        },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.distribution.widget.segmentIds).toEqual([detractors]);
    await w.client.post(`/api/v1/surveys/${created.body.id}/publish`);

    const eligible = (contact?: { email: string }) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/public/widget/eligible',
        payload: {
          workspaceId: w.workspaceId,
          trigger: { type: 'event', event: 'checkout' },
          ...(contact ? { contact } : {}),
        },
      });
    await answer(w, 'unhappy@example.com', 2);
    await answer(w, 'happy@example.com', 10);

    const anonymous = await eligible();
    expect(anonymous.statusCode, anonymous.body).toBe(200);
    expect(anonymous.json().survey).toBeNull();
    expect((await eligible({ email: 'happy@example.com' })).json().survey).toBeNull();
    expect((await eligible({ email: 'unhappy@example.com' })).json().survey?.id).toBe(created.body.id);

    // The happy customer turns detractor: now they are in the segment and see it.
    await answer(w, 'happy@example.com', 4);
    expect((await eligible({ email: 'happy@example.com' })).json().survey?.id).toBe(created.body.id);
  });
});

describe('responses export by segment', () => {
  it('exports only the answers of the segment members, and 404s for another workspace segment', async () => {
    const w = await workspace();
    const gold = await segment(w, 'Gold', { field: 'contact.tier', op: 'eq', value: 'gold' });
    await identify(w, 'gold@example.com', { tier: 'gold' });
    await identify(w, 'plain@example.com', { tier: 'plain' });
    const goldAnswer = await answer(w, 'gold@example.com', 9);
    const plainAnswer = await answer(w, 'plain@example.com', 5);

    const csv = async (segmentId: string, client = w.client) => {
      const response = await client.request('GET', `/api/v1/responses/export.csv?segmentId=${segmentId}`);
      return { status: response.status, text: String(response.body) };
    };
    const first = await csv(gold);
    expect(first.status).toBe(200);
    expect(first.text).toContain(goldAnswer);
    expect(first.text).not.toContain(plainAnswer);

    await identify(w, 'plain@example.com', { tier: 'gold' });
    const second = await csv(gold);
    expect(second.text).toContain(goldAnswer);
    expect(second.text).toContain(plainAnswer);

    const listed = await w.client.get(`/api/v1/responses?segmentId=${gold}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);

    const other = await workspace();
    expect((await csv(gold, other.client)).status).toBe(404);
    expect((await other.client.get(`/api/v1/responses?segmentId=${gold}`)).status).toBe(404);
  });
});

describe('segment conditions over the answer facts', () => {
  it('combines several answer-fact leaves of one group exactly as each alone would select', async () => {
    const w = await workspace();
    await answer(w, 'a@example.com', 2); // one detractor answer
    await answer(w, 'b@example.com', 9);
    await answer(w, 'b@example.com', 3); // latest is a detractor, two answers
    await answer(w, 'c@example.com', 5);
    await answer(w, 'c@example.com', 10); // latest is a promoter
    await identify(w, 'd@example.com', {}); // never answered
    const emails = async (condition: unknown) => {
      const response = await w.client.post('/api/v1/segments/preview', { condition, sampleSize: 50 });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body.sample as { email: string }[]).map((c) => c.email).sort();
    };
    const detractorsRecently = [
      { field: 'npsBand', op: 'eq', value: 'detractor' },
      { field: 'lastResponseAt', op: 'gte', value: '-90d' },
    ];
    expect(await emails({ all: detractorsRecently })).toEqual(['a@example.com', 'b@example.com']);
    expect(
      await emails({ all: [...detractorsRecently, { field: 'responseCount', op: 'gte', value: 2 }] }),
    ).toEqual(['b@example.com']);
    expect(
      await emails({
        all: [
          { field: 'latestNps', op: 'lte', value: 2 },
          { field: 'npsBand', op: 'in', value: ['detractor', 'passive'] },
        ],
      }),
    ).toEqual(['a@example.com']);
    // A count that holds at 0 (never answered) is not folded into the facts row: d is selected.
    expect(
      await emails({
        all: [
          { field: 'responseCount', op: 'lt', value: 2 },
          { field: 'npsBand', op: 'neq', value: 'promoter' },
        ],
      }),
    ).toEqual(['a@example.com', 'd@example.com']);
  });
});

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeedbackFacts } from '../src/modules/feedback-facts/index';
import { analyzeStoredItems, reanalyzeWorkspace } from '../src/modules/text/index';
import { enqueueResponseCompleted } from '../src/modules/webhooks/index';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { employeeLinkToken } from './support/employee-links';
import { startTestTouchpoint } from './support/test-touchpoint';

// The curious manager, every reading path (issue 14): Legal is a department of 4 among 40 respondents of
// an anonymous eNPS pulse. Legal all answer 0 and write "LEGAL-SECRET-n"; everyone else answers 9 or 10.
// The manager (an admin: admins are not exempt) tries results, breakdowns, filters, windows, comments and
// text analytics, the response list and export, webhooks and automations, and must never get the 4's
// answers or comments, nor any group of fewer than k (comments: fewer than the comment threshold).

let touchpoint: Touchpoint;
let app: FastifyInstance;
let manager: { client: TestClient; workspaceId: string };
let surveyId: string;
const responseIds: string[] = [];

const DEPARTMENTS = { Sales: 12, Support: 10, Legal: 4, Finance: 6, Ops: 8 } as const;
function staff() {
  const people: { email: string; name: string; department: string; location: string }[] = [];
  for (const [department, size] of Object.entries(DEPARTMENTS)) {
    for (let i = 0; i < size; i++) {
      people.push({
        email: `${department.toLowerCase()}${i}@curious.example`,
        name: `${department} ${i}`,
        department,
        location: i % 2 === 0 ? 'HCMC' : 'Hanoi',
      });
    }
  }
  return people;
}
const legalComment = (i: number) => `LEGAL-SECRET-${i} the partner review is unfair`;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  const signed = await signUp(app, 'Curious Corp');
  manager = { client: signed.client, workspaceId: signed.me.workspace.id };
  expect((await manager.client.post('/api/v1/employees/import', { items: staff() })).status).toBe(200);
  const created = await manager.client.post('/api/v1/surveys', {
    name: 'Engagement pulse',
    defaultLanguage: 'en',
    audience: 'employees',
    anonymous: true,
    reportingAttributes: ['department', 'location'],
    questions: [
      { id: 'enps', type: 'nps', required: true, text: { en: 'Would you recommend working here?' } },
      { id: 'comment', type: 'open_text', text: { en: 'Anything else?' } },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  surveyId = created.body.id;
  await manager.client.post(`/api/v1/surveys/${surveyId}/publish`);
  const client = manager.client;
  let other = 0;
  let legal = 0;
  for (const person of staff()) {
    const isLegal = person.department === 'Legal';
    const answered = await new TestClient(app).post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: {
        enps: isLegal ? 0 : 9 + (other % 2),
        comment: isLegal ? legalComment(legal++) : `ordinary comment ${other++} about the canteen`,
      },
      linkToken: await employeeLinkToken(touchpoint, manager.workspaceId, surveyId, person.email),
      finished: true,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    responseIds.push(answered.body.id);
  }
  expect((await client.post(`/api/v1/surveys/${surveyId}/close`)).status).toBe(200);
}, 120_000);
afterAll(async () => {
  await touchpoint?.stop();
});

/** Every visible group of every answer must have at least `k` people, and Legal's 4 are never a group. */
function expectNoSmallVisibleGroup(body: unknown, k: number) {
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.n === 'number' && record.suppressed !== true) {
        expect(record.n === 0 || record.n >= k, JSON.stringify(record)).toBe(true);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(body);
}

describe('the curious manager against every reading path', () => {
  it('results: every breakdown and filter either refuses or hides Legal and one more', async () => {
    const seen: unknown[] = [];
    for (const metric of ['nps', 'csat', 'ces', 'rating']) {
      for (const groupBy of [undefined, 'department', 'location', 'tenure', 'channel', 'touchpoint']) {
        for (const filter of [
          '',
          '&from=2020-01-01T00:00:00Z',
          '&to=2100-01-01T00:00:00Z',
          '&channel=link',
          '&language=en',
          '&source=raw',
        ]) {
          const url = `/api/v1/metrics?metric=${metric}&surveyId=${surveyId}${groupBy ? `&groupBy=${groupBy}` : ''}${filter}`;
          const response = await manager.client.get(url);
          expect(response.status, url).toBeLessThan(500);
          if (response.status === 200) {
            seen.push(response.body);
            expectNoSmallVisibleGroup(response.body, 5);
            const legal = (response.body.groups ?? []).find((g: { key: string }) => g.key === 'Legal');
            if (legal) expect(legal).toEqual({ key: 'Legal', label: 'Legal', suppressed: true });
          } else {
            expect(response.status).toBeGreaterThanOrEqual(400);
          }
        }
      }
    }
    // The permitted views exist (whole and both breakdowns) and none gives a figure Legal alone would.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(seen)).not.toContain('"value":-100');
    // Workspace-wide views leave the anonymous survey out altogether.
    for (const url of [
      '/api/v1/metrics?metric=nps',
      '/api/v1/metrics?metric=nps&source=raw',
      '/api/v1/metrics?metric=nps&source=raw&groupBy=survey',
      '/api/v1/loyalty',
      `/api/v1/drivers?surveyId=${surveyId}&outcome=enps`,
      '/api/v1/drivers',
      '/api/v1/programme-health',
      `/api/v1/response-rates?surveyId=${surveyId}`,
    ]) {
      const response = await manager.client.get(url);
      expect(response.status, url).toBeLessThan(500);
      expect(JSON.stringify(response.body)).not.toContain('"n":40');
      // Legal's four zeros are the only detractors: a count of 4 anywhere would be them.
      expect(JSON.stringify(response.body)).not.toContain('"detractors":4');
      expectNoSmallVisibleGroup(response.body, 5);
    }
  });

  it('comments: only groups of at least 10, and no intersection or difference of lists isolates fewer', async () => {
    const whole = await manager.client.get(`/api/v1/surveys/${surveyId}/comments`);
    expect(whole.status, JSON.stringify(whole.body)).toBe(200);
    expect(whole.body).toMatchObject({ suppressed: false, n: 40, minCommentGroupSize: 10 });
    // Sorted, without ids or times.
    expect(whole.body.comments).toEqual(
      [...whole.body.comments].sort((a: string, b: string) => a.localeCompare(b)),
    );
    const lists: string[][] = [whole.body.comments];
    for (const groupBy of ['department', 'location']) {
      const response = await manager.client.get(`/api/v1/surveys/${surveyId}/comments?groupBy=${groupBy}`);
      expect(response.status).toBe(200);
      for (const group of response.body.groups) {
        if (group.suppressed) {
          expect(Object.keys(group).sort()).toEqual(['key', 'suppressed']);
          continue;
        }
        expect(group.n).toBeGreaterThanOrEqual(10);
        // A department shown is never Legal; Legal's comments may sit in a location of 20, among others.
        if (groupBy === 'department') expect(group.comments.join(' ')).not.toContain('LEGAL-SECRET');
        lists.push(group.comments);
      }
      const legal = response.body.groups.find((g: { key: string }) => g.key === 'Legal');
      if (legal) expect(legal).toEqual({ key: 'Legal', suppressed: true });
    }
    // Set semantics: comments seen in exactly the same visible lists can be isolated by intersecting and
    // subtracting lists; every such class must hold at least 10 comments (Legal's 4 always hide among more).
    const classes = new Map<string, number>();
    for (const comment of whole.body.comments as string[]) {
      const signature = lists.map((list) => (list.includes(comment) ? 1 : 0)).join('');
      classes.set(signature, (classes.get(signature) ?? 0) + 1);
    }
    for (const size of classes.values()) expect(size).toBeGreaterThanOrEqual(10);
    // Raising the comment threshold above the whole hides everything; refused shapes are 4xx.
    await manager.client.request('PUT', '/api/v1/settings/confidentiality', { minCommentGroupSize: 41 });
    const hidden = await manager.client.get(`/api/v1/surveys/${surveyId}/comments?groupBy=department`);
    expect(hidden.body.suppressed).toBe(true);
    expect(JSON.stringify(hidden.body)).not.toContain('SECRET');
    await manager.client.request('PUT', '/api/v1/settings/confidentiality', { minCommentGroupSize: null });
    expect((await manager.client.get(`/api/v1/surveys/${surveyId}/comments?groupBy=name`)).status).toBe(400);
    expect((await manager.client.get(`/api/v1/surveys/${surveyId}/comments?questionId=enps`)).status).toBe(
      400,
    );
  });

  it('text analytics: anonymous comments are never analysed one by one, even by a full re-analysis', async () => {
    await reanalyzeWorkspace(touchpoint.ctx, manager.workspaceId);
    await analyzeStoredItems(touchpoint.ctx, manager.workspaceId, 'response', responseIds);
    const stored = await touchpoint.ctx.db
      .selectFrom('textAnalyses')
      .select('itemId')
      .where('workspaceId', '=', manager.workspaceId)
      .execute();
    expect(stored).toEqual([]);
    for (const url of [
      '/api/v1/insights/comments',
      '/api/v1/insights/topics',
      '/api/v1/insights/themes',
      '/api/v1/insights/pain-points',
      `/api/v1/insights/comments?surveyId=${surveyId}`,
    ]) {
      const response = await manager.client.get(url);
      expect(response.status, url).toBeLessThan(500);
      expect(JSON.stringify(response.body)).not.toContain('SECRET');
      expect(JSON.stringify(response.body)).not.toContain('canteen');
    }
  });

  it('responses: never listed, fetched or exported one by one', async () => {
    expect((await manager.client.get(`/api/v1/responses?surveyId=${surveyId}`)).status).toBe(422);
    expect((await manager.client.get(`/api/v1/responses/export.csv?surveyId=${surveyId}`)).status).toBe(422);
    for (const id of responseIds.slice(0, 5)) {
      expect((await manager.client.get(`/api/v1/responses/${id}`)).status).toBe(404);
    }
    for (const url of ['/api/v1/responses', '/api/v1/responses/export.csv', '/api/v1/responses?limit=200']) {
      const response = await manager.client.get(url);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toContain('SECRET');
    }
  });

  it('webhooks and automations: no per-response payload or trigger for an anonymous answer', async () => {
    const hook = await manager.client.post('/api/v1/webhooks', {
      url: 'https://hooks.example.com/curious',
      events: ['response.completed'],
    });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    // Even if a response.completed event were recorded for an anonymous answer, no payload is made.
    await enqueueResponseCompleted(touchpoint.ctx, {
      id: 1,
      workspaceId: manager.workspaceId,
      type: 'response.completed',
      actor: null,
      subjectId: responseIds[0] as string,
      payload: { surveyId },
      occurredAt: new Date(),
    });
    const deliveries = await sql<{ n: number }>`
      select count(*)::int as n from webhook_deliveries where workspace_id = ${manager.workspaceId}`.execute(
      touchpoint.ctx.db,
    );
    expect(deliveries.rows[0]?.n).toBe(0);
    // Alert rules and automations read feedback facts: an anonymous answer has none.
    expect(await loadFeedbackFacts(touchpoint.ctx.db, manager.workspaceId, 'response', responseIds)).toEqual(
      [],
    );
    const events = await touchpoint.ctx.db
      .selectFrom('domainEvents')
      .select('id')
      .where('workspaceId', '=', manager.workspaceId)
      .where('subjectId', 'in', responseIds)
      .execute();
    expect(events).toEqual([]);
    const dryRun = await manager.client.post('/api/v1/automations/dry-run', {
      trigger: { type: 'response.completed' },
      conditions: null,
      actions: [],
    });
    expect(JSON.stringify(dryRun.body)).not.toContain('SECRET');
  });
});

describe('the curious manager forging answers to unlock a small group', () => {
  const k = 5;
  const forge = (id: string, forged: Record<string, unknown>) =>
    new TestClient(app).post(`/api/v1/public/surveys/${id}/responses`, {
      answers: { enps: 10, comment: 'forged' },
      finished: true,
      ...forged,
    });
  const newPulse = async (name: string) => {
    const created = await manager.client.post('/api/v1/surveys', {
      name,
      defaultLanguage: 'en',
      audience: 'employees',
      anonymous: true,
      reportingAttributes: ['department'],
      // The manager declares the hidden field a forged answer would fill.
      hiddenFields: ['department'],
      questions: [
        { id: 'enps', type: 'nps', required: true, text: { en: 'Would you recommend working here?' } },
        { id: 'comment', type: 'open_text', text: { en: 'Anything else?' } },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await manager.client.post(`/api/v1/surveys/${created.body.id}/publish`);
    return created.body.id as string;
  };
  const completions = async (id: string) =>
    touchpoint.ctx.db
      .selectFrom('employeeSurveyCompletions')
      .select('employeeId')
      .where('workspaceId', '=', manager.workspaceId)
      .where('surveyId', '=', id)
      .execute();
  const expectLegalLocked = async (id: string) => {
    const url = `/api/v1/metrics?metric=nps&surveyId=${id}&groupBy=department`;
    const result = await manager.client.get(url);
    expect(result.status, url).toBeLessThan(500);
    const legal = (result.body.groups ?? []).find((g: { key: string }) => g.key === 'Legal');
    if (legal) expect(legal).toMatchObject({ suppressed: true });
    expect(JSON.stringify(result.body)).not.toContain('forged');
  };

  it('refuses answers without a personal link once the programme was sent by links', async () => {
    const id = await newPulse('Linked pulse');
    // One real Legal employee answers through their link.
    const token = await employeeLinkToken(touchpoint, manager.workspaceId, id, 'legal0@curious.example');
    const real = await new TestClient(app).post(`/api/v1/public/surveys/${id}/responses`, {
      answers: { enps: 0, comment: 'the real one' },
      finished: true,
      linkToken: token,
    });
    expect(real.status, JSON.stringify(real.body)).toBe(201);
    for (let i = 0; i < k - 1; i++) {
      const forged =
        i % 2 === 0
          ? await forge(id, { hiddenFields: { department: 'Legal' } })
          : await forge(id, { contact: { email: `legal${1 + i}@curious.example` } });
      expect(forged.status, JSON.stringify(forged.body)).toBe(409);
      expect(forged.body.code).toBe('PERSONAL_LINK_REQUIRED');
    }
    expect((await manager.client.post(`/api/v1/surveys/${id}/close`)).status).toBe(200);
    await expectLegalLocked(id);
    const stored = await touchpoint.ctx.db
      .selectFrom('responses')
      .select('id')
      .where('workspaceId', '=', manager.workspaceId)
      .where('surveyId', '=', id)
      .execute();
    expect(stored).toHaveLength(1);
    // Only the employee who answered through their link counts as completed.
    const legal0 = await touchpoint.ctx.db
      .selectFrom('employees')
      .select('id')
      .where('workspaceId', '=', manager.workspaceId)
      .where('email', '=', 'legal0@curious.example')
      .executeTakeFirstOrThrow();
    expect(await completions(id)).toEqual([{ employeeId: legal0.id }]);
  });

  it('keeps unlinked answers to an open pulse without attributes, in no group, completing nobody', async () => {
    const id = await newPulse('Open pulse');
    for (let i = 0; i < k; i++) {
      const forged = await forge(id, {
        hiddenFields: { department: 'Legal' },
        ...(i % 2 === 1 ? { contact: { email: `legal${i % 4}@curious.example` } } : {}),
      });
      expect(forged.status, JSON.stringify(forged.body)).toBe(201);
    }
    expect((await manager.client.post(`/api/v1/surveys/${id}/close`)).status).toBe(200);
    const rows = await touchpoint.ctx.db
      .selectFrom('responses')
      .select('hiddenFields')
      .where('workspaceId', '=', manager.workspaceId)
      .where('surveyId', '=', id)
      .execute();
    expect(rows.map((r) => r.hiddenFields)).toEqual(Array.from({ length: k }, () => ({})));
    const result = await manager.client.get(`/api/v1/metrics?metric=nps&surveyId=${id}&groupBy=department`);
    expect(result.status).toBeLessThan(500);
    expect(JSON.stringify(result.body)).not.toContain('Legal');
    expect(await completions(id)).toEqual([]);
  });
});

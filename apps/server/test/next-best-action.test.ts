import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Next best action: the built-in rules suggest actions for a person and an account's people with evidence
// a person can read; each is done in one call through the owning module (a case, an invitation, a template
// email with one-click unsubscribe and tracked links, the account owner), recorded, and not suggested
// again during its cool-down. Rules are validated against the segment field catalogue.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let outsider: TestClient;
let smtp: SmtpSink;
let workspaceId: string;
let surveyId: string;
let templateId: string;
let teamId: string;
let accountId: string;
const people: Record<string, string> = {};
const DAY_MS = 86_400_000;

type Suggestion = {
  ruleId: string;
  ruleName: string;
  action: { kind: string };
  contactId: string;
  accountRole: string | null;
  evidence: { field: string; text: string }[];
  summary: string;
};

async function answer(contactId: string, nps: number, daysAgo: number) {
  await touchpoint.ctx.db
    .insertInto('responses')
    .values({
      workspaceId,
      id: crypto.randomUUID(),
      surveyId,
      surveyVersion: 1,
      touchpointId: null,
      contactId,
      idempotencyKey: `nba-${crypto.randomUUID()}`,
      channel: 'link',
      language: 'en',
      answers: JSON.stringify({ nps }),
      npsScore: nps,
      finished: true,
      createdAt: new Date(Date.now() - daysAgo * DAY_MS),
    })
    .execute();
}

async function suggestionsOf(path: string): Promise<{ suggestions: Suggestion[]; taken: unknown[] }> {
  const response = await admin.get(path);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const byKind = (list: Suggestion[], kind: string, contactId?: string) =>
  list.find((s) => s.action.kind === kind && (!contactId || s.contactId === contactId));

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
  const signed = await signUp(app, 'Lotus Freight');
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  outsider = (await signUp(app, 'Other Co')).client;
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Relationship',
    questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
  });
  surveyId = survey.body.id;
  await admin.post(`/api/v1/surveys/${surveyId}/publish`);
  const team = await admin.post('/api/v1/teams', { name: 'Key accounts' });
  teamId = team.body.id;
  const template = await admin.post('/api/v1/email-templates', {
    name: 'Review request',
    defaultLanguage: 'en',
    content: {
      en: {
        subject: 'Would you review us?',
        body: 'Hi {{customerName}},\n\nReview us at https://reviews.example/lotus please.',
      },
      vi: {
        subject: 'Bạn đánh giá giúp chúng tôi?',
        body: 'Chào {{customerName}},\n\nhttps://reviews.example/lotus',
      },
    },
  });
  expect(template.status, JSON.stringify(template.body)).toBe(201);
  templateId = template.body.id;

  for (const [name, role] of [
    ['dm1', 'decision_maker'],
    ['dm2', 'decision_maker'],
    ['user1', 'user'],
  ] as const) {
    const identified = await admin.post('/api/v1/contacts/identify', {
      email: `${name}@acme.example`,
      attributes: { name: name.toUpperCase() },
      account: { externalId: 'acme', name: 'Acme' },
      accountRole: role,
    });
    expect(identified.status).toBe(200);
    people[name] = identified.body.contact.id;
  }
  const fan = await admin.post('/api/v1/contacts/identify', {
    email: 'fan@example.com',
    attributes: { name: 'Mai', language: 'vi' },
  });
  people.fan = fan.body.contact.id;
  accountId = (await admin.get('/api/v1/accounts?q=acme')).body.items[0].id;
  await answer(people.dm1 as string, 3, 10);
  await answer(people.dm2 as string, 8, 120);
  await answer(people.user1 as string, 7, 5);
  await answer(people.fan as string, 10, 3);
  const aCase = await admin.post('/api/v1/cases', { title: 'Late delivery', contactId: people.dm1 });
  expect(aCase.status).toBe(201);
  // A trained model's score for dm1 (the churn module's own tests cover training and reasons).
  await sql`INSERT INTO churn_models (workspace_id, version, label, status)
    VALUES (${workspaceId}, 1, '{"attribute": "churned"}'::jsonb, 'ready')`.execute(touchpoint.ctx.db);
  await touchpoint.ctx.db
    .insertInto('contactChurnScores')
    .values({
      workspaceId,
      contactId: people.dm1 as string,
      score: 0.82,
      band: 'high',
      reasons: JSON.stringify([
        { feature: 'nps', value: 3, contribution: 0.4, text: 'NPS fell from 9 to 3' },
      ]),
      modelVersion: 1,
      scoredAt: new Date(),
    })
    .execute();
});
afterAll(async () => {
  await touchpoint.stop();
  await smtp.close();
});

describe('suggestions with evidence', () => {
  it('suggests a call-back for a detractor with an open case, and an owner for the at-risk account', async () => {
    const { suggestions } = await suggestionsOf(`/api/v1/contacts/${people.dm1}/next-best-actions`);
    const callBack = byKind(suggestions, 'create_case');
    expect(callBack?.ruleName).toBe('Call back a detractor with an open case');
    expect(callBack?.evidence.map((e) => e.text)).toEqual([
      expect.stringMatching(/^Latest NPS answer: 3 \(detractor\) on \d{4}-\d{2}-\d{2}$/),
      '1 open case: “Late delivery”',
    ]);
    const owner = byKind(suggestions, 'assign_owner');
    expect(owner?.summary).toBe('Churn risk high (82%): NPS fell from 9 to 3');
    // Highest priority first.
    expect(suggestions[0]?.action.kind).toBe('create_case');
    // A passive without a case gets nothing; a promoter is asked for a review.
    expect((await suggestionsOf(`/api/v1/contacts/${people.user1}/next-best-actions`)).suggestions).toEqual(
      [],
    );
    const fan = await suggestionsOf(`/api/v1/contacts/${people.fan}/next-best-actions`);
    expect(fan.suggestions.map((s) => s.action.kind)).toEqual(['send_email']);
  });

  it('lists an account’s people with their role: the silent decision maker is invited back', async () => {
    const { suggestions } = await suggestionsOf(`/api/v1/accounts/${accountId}/next-best-actions`);
    const silent = byKind(suggestions, 'send_survey');
    expect(silent).toMatchObject({ contactId: people.dm2, accountRole: 'decision_maker' });
    expect(silent?.evidence.map((e) => e.text)).toEqual([
      'decision maker at Acme',
      expect.stringMatching(/^Last answer 120 days ago/),
    ]);
    // One owner suggestion per account, not one per person.
    expect(suggestions.filter((s) => s.action.kind === 'assign_owner')).toHaveLength(1);
    expect(suggestions.map((s) => s.contactId)).not.toContain(people.user1);
  });

  it('answers 404 for a contact or account of another workspace, like a missing one', async () => {
    expect((await outsider.get(`/api/v1/contacts/${people.dm1}/next-best-actions`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/accounts/${accountId}/next-best-actions`)).status).toBe(404);
    const take = await outsider.post('/api/v1/next-best-actions/take', {
      ruleId: (await suggestionsOf(`/api/v1/contacts/${people.dm1}/next-best-actions`)).suggestions[0]
        ?.ruleId,
      contactId: people.dm1,
    });
    expect(take.status).toBe(404);
  });
});

describe('one-click actions', () => {
  it('creates the call-back case with the evidence, records it, and does not suggest it again', async () => {
    const path = `/api/v1/contacts/${people.dm1}/next-best-actions`;
    const callBack = byKind((await suggestionsOf(path)).suggestions, 'create_case') as Suggestion;
    const taken = await admin.post('/api/v1/next-best-actions/take', {
      ruleId: callBack.ruleId,
      contactId: people.dm1,
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect(taken.body).toMatchObject({ kind: 'create_case', evidence: callBack.summary });
    const created = await admin.get(`/api/v1/cases/${taken.body.result.caseId}`);
    expect(created.body).toMatchObject({ title: 'Call back within 24 h', priority: 'high' });
    expect(created.body.description).toContain('1 open case: “Late delivery”');
    const after = await suggestionsOf(path);
    expect(byKind(after.suggestions, 'create_case')).toBeUndefined();
    expect(after.taken).toEqual([
      expect.objectContaining({ id: taken.body.id, ruleName: callBack.ruleName }),
    ]);
    // A second click finds nothing to do.
    const again = await admin.post('/api/v1/next-best-actions/take', {
      ruleId: callBack.ruleId,
      contactId: people.dm1,
    });
    expect(again.status).toBe(409);
  });

  it('sends the relationship survey to the silent decision maker (the survey chosen when taking it)', async () => {
    const { suggestions } = await suggestionsOf(`/api/v1/accounts/${accountId}/next-best-actions`);
    const silent = byKind(suggestions, 'send_survey') as Suggestion;
    const noSurvey = await admin.post('/api/v1/next-best-actions/take', {
      ruleId: silent.ruleId,
      contactId: people.dm2,
    });
    expect(noSurvey.status).toBe(400);
    expect(noSurvey.body.invalidParams).toEqual([
      { name: 'body.surveyId', reason: 'required for this rule' },
    ]);
    const taken = await admin.post('/api/v1/next-best-actions/take', {
      ruleId: silent.ruleId,
      contactId: people.dm2,
      accountId,
      surveyId,
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    const [mail] = await smtp.waitForTo('dm2@acme.example');
    expect(mail?.text).toContain(`/s/${surveyId}?t=`);
    expect(JSON.stringify(mail?.headers.get('list'))).toContain('/u/');
  });

  it('emails the promoter the review template in her language, with a tracked link and one-click unsubscribe', async () => {
    const { suggestions } = await suggestionsOf(`/api/v1/contacts/${people.fan}/next-best-actions`);
    const review = suggestions[0] as Suggestion;
    const taken = await admin.post('/api/v1/next-best-actions/take', {
      ruleId: review.ruleId,
      contactId: people.fan,
      templateId,
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    const [mail] = await smtp.waitForTo('fan@example.com');
    expect(mail?.subject).toBe('Bạn đánh giá giúp chúng tôi?');
    expect(mail?.text).toContain('Chào Mai,');
    expect(JSON.stringify(mail?.headers.get('list'))).toContain('/u/');
    expect(mail?.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    const tracked = /http:\/\/touchpoint\.test(\/c\/[^\s]+\/0)/.exec(mail?.text ?? '');
    expect(tracked).not.toBeNull();
    const click = await app.inject({ method: 'GET', url: tracked?.[1] as string });
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toBe('https://reviews.example/lotus');
    const stored = await touchpoint.ctx.db
      .selectFrom('templateEmails')
      .select('clickedAt')
      .where('id', '=', taken.body.result.emailId)
      .executeTakeFirstOrThrow();
    expect(stored.clickedAt).not.toBeNull();
    // Only the email's own links redirect.
    expect(
      (await app.inject({ method: 'GET', url: String(tracked?.[1]).replace(/\/0$/, '/5') })).statusCode,
    ).toBe(404);
  });

  it('assigns the account owner team, after which the owner suggestion is gone', async () => {
    const { suggestions } = await suggestionsOf(`/api/v1/contacts/${people.dm1}/next-best-actions`);
    const owner = byKind(suggestions, 'assign_owner') as Suggestion;
    const taken = await admin.post('/api/v1/next-best-actions/take', {
      ruleId: owner.ruleId,
      contactId: people.dm1,
      teamId,
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect((await admin.get(`/api/v1/accounts/${accountId}`)).body.ownerTeamId).toBe(teamId);
    const after = await suggestionsOf(`/api/v1/accounts/${accountId}/next-best-actions`);
    expect(byKind(after.suggestions, 'assign_owner')).toBeUndefined();
  });

  it('an agent works cases but may not send emails for a suggestion; an analyst may not take actions', async () => {
    const rules = (await admin.get('/api/v1/next-best-action/rules')).body.items as {
      id: string;
      builtinKey: string;
    }[];
    const review = rules.find((r) => r.builtinKey === 'promoter_review') as { id: string };
    const agent = (await addMember(admin, 'agent')).client;
    const refused = await agent.post('/api/v1/next-best-actions/take', {
      ruleId: review.id,
      contactId: people.fan,
      templateId,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('invitations.send');
    const analyst = (await addMember(admin, 'analyst')).client;
    const noWork = await analyst.post('/api/v1/next-best-actions/take', {
      ruleId: review.id,
      contactId: people.fan,
    });
    expect(noWork.status).toBe(403);
  });
});

describe('rules', () => {
  it('starts with the built-in rules, validates conditions and turns a default off instead of deleting it', async () => {
    const rules = await admin.get('/api/v1/next-best-action/rules');
    expect(rules.body.items.map((r: { builtinKey: string }) => r.builtinKey)).toEqual([
      'detractor_open_case',
      'high_churn_risk_owner',
      'silent_decision_maker',
      'promoter_review',
    ]);
    const unknown = await admin.post('/api/v1/next-best-action/rules', {
      name: 'Bad',
      condition: { field: 'mood', op: 'eq', value: 'sad' },
      action: { kind: 'create_case', title: 'x' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.invalidParams[0].name).toBe('body.condition.field');
    const topics = await admin.post('/api/v1/next-best-action/rules', {
      name: 'Topics',
      condition: { field: 'topics', op: 'contains', value: 'delivery' },
      action: { kind: 'create_case', title: 'x' },
    });
    expect(topics.status).toBe(400);
    const foreignTeam = await admin.post('/api/v1/next-best-action/rules', {
      name: 'Owner',
      condition: { field: 'churnRisk', op: 'eq', value: 'medium' },
      action: { kind: 'assign_owner', teamId: '00000000-0000-7000-8000-000000000000' },
    });
    expect(foreignTeam.status).toBe(400);

    const custom = await admin.post('/api/v1/next-best-action/rules', {
      name: 'Thank passives who answered recently',
      condition: {
        all: [
          { field: 'npsBand', op: 'eq', value: 'passive' },
          { field: 'lastResponseAt', op: 'gte', value: '-30d' },
        ],
      },
      action: { kind: 'send_email', templateId },
      priority: 30,
    });
    expect(custom.status, JSON.stringify(custom.body)).toBe(201);
    const user1 = await suggestionsOf(`/api/v1/contacts/${people.user1}/next-best-actions`);
    expect(user1.suggestions.map((s) => s.ruleName)).toEqual(['Thank passives who answered recently']);
    expect(user1.suggestions[0]?.evidence.map((e) => e.text)).toEqual([
      expect.stringMatching(/^Latest NPS answer: 7 \(passive\)/),
      expect.stringMatching(/^Last answer 5 days ago/),
    ]);

    const promoter = rules.body.items.find((r: { builtinKey: string }) => r.builtinKey === 'promoter_review');
    expect((await admin.delete(`/api/v1/next-best-action/rules/${promoter.id}`)).status).toBe(409);
    const off = await admin.patch(`/api/v1/next-best-action/rules/${custom.body.id}`, { active: false });
    expect(off.body.active).toBe(false);
    expect((await suggestionsOf(`/api/v1/contacts/${people.user1}/next-best-actions`)).suggestions).toEqual(
      [],
    );
    expect((await admin.delete(`/api/v1/next-best-action/rules/${custom.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/next-best-action/rules/${custom.body.id}`)).status).toBe(404);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let anonymous: TestClient;

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q3', type: 'open_text', text: { en: 'Why?' } },
  ],
};

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  admin = (await signUp(app)).client;
  anonymous = new TestClient(app);
});
afterAll(() => touchpoint.stop());

async function publishedSurvey(): Promise<{ id: string }> {
  const created = await admin.post('/api/v1/surveys', SURVEY);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await admin.post(`/api/v1/surveys/${created.body.id}/publish`)).status).toBe(200);
  return created.body;
}

function submit(surveyId: string, key: string, body: Record<string, unknown>) {
  return anonymous.request('POST', `/api/v1/public/surveys/${surveyId}/responses`, body, {
    'idempotency-key': `${key}-${surveyId}`,
  });
}

async function completedResponses(surveyId: string) {
  const list = await admin.get(`/api/v1/responses?surveyId=${surveyId}&finished=true&limit=100`);
  expect(list.status).toBe(200);
  return list.body.items as { id: string; answers: Record<string, unknown> }[];
}

describe('a single-use personal link completes one response', () => {
  it('refuses the second completion of partial responses started under other keys (409), and keeps the first', async () => {
    const survey = await publishedSurvey();
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, {
      contact: { email: 'mai@example.com' },
    });
    expect(link.status).toBe(201);
    const token = link.body.token as string;

    for (const [key, score] of [
      ['key-a', 9],
      ['key-b', 2],
      ['key-c', 0],
    ] as const) {
      const started = await submit(survey.id, key, {
        answers: { q1: score },
        finished: false,
        linkToken: token,
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
    }
    const first = await submit(survey.id, 'key-a', { answers: { q3: 'Great courier' }, finished: true });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.finished).toBe(true);

    // With the token again, and without it (the key alone is enough to address the partial response).
    const second = await submit(survey.id, 'key-b', {
      answers: { q3: 'Terrible' },
      finished: true,
      linkToken: token,
    });
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.body.code).toBe('LINK_USED');
    const third = await submit(survey.id, 'key-c', { answers: { q3: 'Awful' }, finished: true });
    expect(third.status).toBe(409);
    expect(third.body.code).toBe('LINK_USED');

    const completed = await completedResponses(survey.id);
    expect(completed.map((r) => r.id)).toEqual([first.body.id]);
    expect(completed[0]?.answers).toMatchObject({ q1: 9, q3: 'Great courier' });
    // A retry of the first completion is still answered as before.
    const retry = await submit(survey.id, 'key-a', { answers: { q3: 'Great courier' }, finished: true });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('lets exactly one of two simultaneous completions win', async () => {
    const survey = await publishedSurvey();
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, {});
    const token = link.body.token as string;
    for (const key of ['left', 'right']) {
      expect(
        (await submit(survey.id, key, { answers: { q1: 5 }, finished: false, linkToken: token })).status,
      ).toBe(201);
    }
    const outcomes = await Promise.all(
      ['left', 'right'].map((key) =>
        submit(survey.id, key, { answers: {}, finished: true, linkToken: token }),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual([201, 409]);
    expect(await completedResponses(survey.id)).toHaveLength(1);
  });

  it('still lets a reusable link complete many responses', async () => {
    const survey = await publishedSurvey();
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, { singleUse: false });
    const token = link.body.token as string;
    for (const key of ['one', 'two']) {
      expect(
        (await submit(survey.id, key, { answers: { q1: 7 }, finished: true, linkToken: token })).status,
      ).toBe(201);
    }
    expect(await completedResponses(survey.id)).toHaveLength(2);
  });
});

import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;

/** NPS, a follow-up only for detractors, then the end. Bilingual. */
const SURVEY = {
  name: 'Checkout NPS',
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    {
      id: 'nps',
      type: 'nps',
      text: { en: 'How likely are you to recommend us?', vi: 'Bạn có sẵn lòng giới thiệu không?' },
      required: true,
    },
    { id: 'why', type: 'open_text', text: { en: 'What should we improve?', vi: 'Cải thiện điều gì?' } },
  ],
  logic: [{ after: 'nps', if: { field: 'nps', op: 'gte', value: 7 }, then: { end: null } }],
};

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  admin = (await signUp(app)).client;
});
afterAll(() => touchpoint.stop());

async function publishedSurvey() {
  const created = await admin.post('/api/v1/surveys', SURVEY);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
  expect(published.body.status).toBe('published');
  return created.body.id as string;
}

/** The state the page's form carries, read back from its hidden input. */
function stateOf(html: string): string {
  const match = /name="state" value="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error(`no state in the page:\n${html.slice(0, 2000)}`);
  return match[1]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function postForm(url: string, fields: [string, string][]) {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
    payload: new URLSearchParams(fields).toString(),
  });
}

describe('the hosted survey page', () => {
  it('renders the first question as a plain form in the respondent language, compressed and never cached', async () => {
    const id = await publishedSurvey();
    const page = await app.inject({
      method: 'GET',
      url: `/s/${id}`,
      headers: { 'accept-language': 'vi-VN,vi;q=0.9', 'accept-encoding': 'gzip' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('no-store');
    const html = gunzipSync(page.rawPayload).toString('utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Bạn có sẵn lòng giới thiệu không?');
    expect(html).toMatch(/<form[^>]*method="post"/);
    expect(html).toContain('data-testid="survey-question"');
    // Eleven native radios named `answer`, each labelled by its number.
    expect(html.match(/type="radio" name="answer"/g)).toHaveLength(11);
    expect(html).not.toContain('id="root"');
  });

  it('walks a survey without JavaScript: required answer, branching, the ending, one response', async () => {
    const id = await publishedSurvey();
    const url = `/s/${id}?lang=en&channel=qr`;
    const first = await app.inject({ method: 'GET', url });
    const state = stateOf(first.body);

    const empty = await postForm(url, [['state', state]]);
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Please answer this question.');
    expect(empty.body).toContain('aria-invalid="true"');

    const detractor = await postForm(url, [
      ['state', stateOf(empty.body)],
      ['answer', '3'],
      ['go', 'next'],
    ]);
    expect(detractor.body).toContain('What should we improve?');
    const afterFirst = await admin.get(`/api/v1/responses?surveyId=${id}`);
    expect(afterFirst.body.items).toHaveLength(1);
    expect(afterFirst.body.items[0].finished).toBe(false);

    // Back keeps the answer; the same key goes on.
    const back = await postForm(url, [
      ['state', stateOf(detractor.body)],
      ['answer', 'Too slow'],
      ['go', 'back'],
    ]);
    expect(back.body).toMatch(/value="3" checked/);
    const again = await postForm(url, [
      ['state', stateOf(back.body)],
      ['answer', '3'],
      ['go', 'next'],
    ]);
    expect(again.body).toContain('Too slow');
    const finalState = stateOf(again.body);
    const done = await postForm(url, [
      ['state', finalState],
      ['answer', 'Too slow'],
      ['go', 'next'],
    ]);
    expect(done.body).toContain('data-testid="survey-ending"');
    expect(done.body).toContain('Thank you!');
    // A repeated final post (reload) shows the ending again and stores nothing new.
    const repeated = await postForm(url, [
      ['state', finalState],
      ['answer', 'Too slow'],
      ['go', 'next'],
    ]);
    expect(repeated.body).toContain('data-testid="survey-ending"');

    const responses = await admin.get(`/api/v1/responses?surveyId=${id}`);
    expect(responses.body.items).toHaveLength(1);
    expect(responses.body.items[0]).toMatchObject({
      finished: true,
      channel: 'qr',
      language: 'en',
      answers: { nps: 3, why: 'Too slow' },
    });
  });

  it('switches language without losing the answer', async () => {
    const id = await publishedSurvey();
    const url = `/s/${id}`;
    const first = await app.inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });
    const switched = await postForm(url, [
      ['state', stateOf(first.body)],
      ['answer', '9'],
      ['lang', 'vi'],
    ]);
    expect(switched.body).toContain('<html lang="vi">');
    expect(switched.body).toMatch(/value="9" checked/);
    const done = await postForm(url, [
      ['state', stateOf(switched.body)],
      ['answer', '9'],
    ]);
    expect(done.body).toContain('Cảm ơn bạn!');
  });

  it('says when a survey is missing or closed, with one heading', async () => {
    const missing = await app.inject({ method: 'GET', url: '/s/not-a-survey' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('data-testid="survey-missing"');
    const id = await publishedSurvey();
    await admin.post(`/api/v1/surveys/${id}/close`);
    const closed = await app.inject({
      method: 'GET',
      url: `/s/${id}`,
      headers: { 'accept-language': 'vi-VN' },
    });
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('Khảo sát đã kết thúc');
    expect(closed.body.match(/<h1/g)).toHaveLength(1);
  });

  it('refuses url-encoded bodies on the API', async () => {
    const id = await publishedSurvey();
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${id}/responses`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'finished=true',
    });
    expect(response.statusCode).toBe(415);
  });
});

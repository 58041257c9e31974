import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let anonymous: TestClient;

// The example survey, verbatim in shape.
const DELIVERY_NPS = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    {
      id: 'q1',
      type: 'nps',
      text: { en: 'How likely are you to recommend us?', vi: 'Bạn có sẵn lòng giới thiệu chúng tôi không?' },
      required: true,
    },
    {
      id: 'q2',
      type: 'single_choice',
      text: { en: 'What did you buy?' },
      options: [
        { id: 'a', label: { en: 'Shoes' } },
        { id: 'b', label: { en: 'Bags' } },
      ],
    },
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

async function createTouchpoint(): Promise<{ journeyId: string; touchpointId: string }> {
  const journey = await admin.post('/api/v1/journeys', {
    name: 'Retail',
    stages: [
      { name: 'Purchase', touchpoints: [{ name: 'Checkout', channels: ['web'] }] },
      { name: 'Delivery', touchpoints: [{ name: 'Courier', channels: ['sms', 'email'] }] },
    ],
  });
  expect(journey.status).toBe(201);
  return { journeyId: journey.body.id, touchpointId: journey.body.stages[1].touchpoints[0].id };
}

async function publishedSurvey(extra: Record<string, unknown> = {}) {
  const created = await admin.post('/api/v1/surveys', { ...DELIVERY_NPS, ...extra });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
  expect(published.body.status).toBe('published');
  return created.body as { id: string; hostedUrl: string };
}

function submit(surveyId: string, body: unknown, key?: string) {
  return anonymous.request(
    'POST',
    `/api/v1/public/surveys/${surveyId}/responses`,
    body,
    key ? { 'idempotency-key': key } : {},
  );
}

describe('journeys and touchpoints', () => {
  it('keeps stages and touchpoints in order, with owner teams and channels, and keeps ids across edits', async () => {
    const team = await admin.post('/api/v1/teams', { name: 'Operations' });
    const created = await admin.post('/api/v1/journeys', {
      name: 'Retail journey',
      stages: [
        { name: 'Awareness', touchpoints: [{ name: 'Website', channels: ['web'] }] },
        {
          name: 'Delivery',
          touchpoints: [{ name: 'Courier', ownerTeamId: team.body.id, channels: ['sms'] }],
        },
      ],
    });
    expect(created.status).toBe(201);
    const [awareness, delivery] = created.body.stages;
    expect(delivery.touchpoints[0]).toMatchObject({
      name: 'Courier',
      ownerTeamId: team.body.id,
      channels: ['sms'],
    });
    // Reorder the stages, rename a touchpoint, drop one, add one.
    const edited = await admin.request('PUT', `/api/v1/journeys/${created.body.id}`, {
      name: 'Retail journey',
      stages: [
        {
          id: delivery.id,
          name: 'Delivery',
          touchpoints: [
            {
              id: delivery.touchpoints[0].id,
              name: 'Courier hand-over',
              ownerTeamId: team.body.id,
              channels: ['sms'],
            },
          ],
        },
        { id: awareness.id, name: 'Awareness', touchpoints: [{ name: 'Social media', channels: ['app'] }] },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.stages.map((s: { name: string }) => s.name)).toEqual(['Delivery', 'Awareness']);
    expect(edited.body.stages[0].touchpoints[0].id).toBe(delivery.touchpoints[0].id);
    expect(edited.body.stages[1].touchpoints.map((t: { name: string }) => t.name)).toEqual(['Social media']);
    const list = await admin.get(`/api/v1/touchpoints?journeyId=${created.body.id}`);
    expect(
      list.body.items.map((t: { name: string; stageName: string }) => `${t.stageName}/${t.name}`),
    ).toEqual(['Delivery/Courier hand-over', 'Awareness/Social media']);
  });

  it("refuses another journey's ids and unknown teams, naming the field", async () => {
    const first = await createTouchpoint();
    const second = await admin.post('/api/v1/journeys', { name: 'Other', stages: [{ name: 'S' }] });
    const stolen = await admin.request('PUT', `/api/v1/journeys/${second.body.id}`, {
      name: 'Other',
      stages: [{ name: 'S', touchpoints: [{ id: first.touchpointId, name: 'Taken' }] }],
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.invalidParams[0].name).toBe('body.stages.0.touchpoints.0.id');
    const badTeam = await admin.post('/api/v1/journeys', {
      name: 'X',
      stages: [
        { name: 'S', touchpoints: [{ name: 'T', ownerTeamId: '00000000-0000-7000-8000-000000000000' }] },
      ],
    });
    expect(badTeam.status).toBe(400);
    expect(badTeam.body.invalidParams[0].name).toBe('body.stages.0.touchpoints.0.ownerTeamId');
  });
});

describe('surveys', () => {
  it('accepts the documented survey shape on a touchpoint and publishes it', async () => {
    const { touchpointId } = await createTouchpoint();
    const created = await admin.post('/api/v1/surveys', { ...DELIVERY_NPS, touchpointId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      touchpointId,
      defaultLanguage: 'en',
      languages: ['en'],
      version: 1,
      responseCount: 0,
      hostedUrl: `http://touchpoint.test/s/${created.body.id}`,
    });
    // A draft is not public yet.
    expect((await anonymous.get(`/api/v1/public/surveys/${created.body.id}`)).status).toBe(404);
    await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
    const publicView = await anonymous.get(`/api/v1/public/surveys/${created.body.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.questions[0].text.vi).toBe('Bạn có sẵn lòng giới thiệu chúng tôi không?');
    expect(publicView.body).not.toHaveProperty('workspaceId');
  });

  it('refuses an inconsistent definition with every problem named', async () => {
    const response = await admin.post('/api/v1/surveys', {
      name: 'Broken',
      defaultLanguage: 'en',
      questions: [
        { id: 'q1', type: 'nps', text: { en: 'Score?' } },
        { id: 'q1', type: 'csat', text: { vi: 'Hài lòng?' } },
      ],
      logic: [{ after: 'q1', if: { field: 'nope', op: 'eq', value: 1 }, then: { goTo: 'missing' } }],
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.invalidParams.length).toBeGreaterThanOrEqual(3);
  });

  it('versions a changed definition and offers the bilingual templates, each of which creates a survey', async () => {
    const survey = await publishedSurvey();
    const changed = await admin.patch(`/api/v1/surveys/${survey.id}`, { name: 'Renamed' });
    expect(changed.body.version).toBe(1);
    const redefined = await admin.patch(`/api/v1/surveys/${survey.id}`, {
      questions: [...DELIVERY_NPS.questions, { id: 'q4', type: 'csat', text: { en: 'Satisfied?' } }],
    });
    expect(redefined.body.version).toBe(2);
    const templates = await admin.get('/api/v1/survey-templates');
    // The customer templates (NPS, CSAT, CES…) and the employee pulses (eNPS, engagement).
    expect(templates.body.items.map((t: { id: string }) => t.id)).toEqual(
      expect.arrayContaining(['enps-pulse', 'engagement-pulse']),
    );
    expect(templates.body.items.length).toBeGreaterThanOrEqual(6);
    for (const template of templates.body.items) {
      expect(template.name.en).toEqual(expect.any(String));
      expect(template.name.vi).toEqual(expect.any(String));
      const fromTemplate = await admin.post('/api/v1/surveys', {
        name: template.name.en,
        ...template.definition,
      });
      expect(fromTemplate.status, template.id).toBe(201);
    }
  });

  it('serves the hosted link as a QR code in SVG and PNG', async () => {
    const survey = await publishedSurvey();
    const svg = await admin.get(`/api/v1/surveys/${survey.id}/qr?format=svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(String(svg.body)).toContain('<svg');
    const png = await app.inject({
      method: 'GET',
      url: `/api/v1/surveys/${survey.id}/qr?format=png&size=256`,
      headers: { cookie: (admin.credentials as { cookie: string }).cookie },
    });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('keeps a survey with responses: delete is refused, close stops new answers', async () => {
    const survey = await publishedSurvey();
    expect((await submit(survey.id, { answers: { q1: 9 }, finished: true })).status).toBe(201);
    const deleted = await admin.delete(`/api/v1/surveys/${survey.id}`);
    expect(deleted.status).toBe(409);
    await admin.post(`/api/v1/surveys/${survey.id}/close`);
    const late = await submit(survey.id, { answers: { q1: 9 }, finished: true });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SURVEY_CLOSED');
  });
});

describe('public ingestion', () => {
  it('takes the documented submission and stores option ids, never labels', async () => {
    const survey = await publishedSurvey();
    const response = await submit(survey.id, {
      answers: { q1: 3, q2: 'a', q3: 'Late again' },
      finished: true,
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), finished: true });
    const stored = await admin.get(`/api/v1/responses/${response.body.id}`);
    expect(stored.body).toMatchObject({
      answers: { q1: 3, q2: 'a', q3: 'Late again' },
      npsScore: 3,
      finished: true,
      language: 'en',
    });
  });

  it('partial submissions with one key update one response; a retry of the final one is idempotent', async () => {
    const survey = await publishedSurvey();
    const key = crypto.randomUUID();
    const first = await submit(survey.id, { answers: { q1: 10 }, finished: false }, key);
    expect(first.status).toBe(201);
    const second = await submit(survey.id, { answers: { q2: 'b' }, finished: false }, key);
    expect(second.body.id).toBe(first.body.id);
    const final = await submit(survey.id, { answers: { q3: 'Great' }, finished: true }, key);
    expect(final.body).toEqual({ id: first.body.id, finished: true });
    const retry = await submit(survey.id, { answers: { q3: 'Great' }, finished: true }, key);
    expect(retry.body).toEqual({ id: first.body.id, finished: true });
    const change = await submit(survey.id, { answers: { q3: 'Changed my mind' }, finished: true }, key);
    expect(change.status).toBe(409);
    const list = await admin.get(`/api/v1/responses?surveyId=${survey.id}`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].answers).toEqual({ q1: 10, q2: 'b', q3: 'Great' });
  });

  it('keeps snake_case ids inside answers, hidden fields and attributes exactly as written, across partial submissions', async () => {
    const survey = await publishedSurvey({
      questions: [
        { id: 'delivery_sat', type: 'csat', text: { en: 'Delivery?' }, required: true },
        { id: 'why_not', type: 'open_text', text: { en: 'Why?' } },
      ],
      hiddenFields: ['order_id'],
    });
    const key = crypto.randomUUID();
    await submit(
      survey.id,
      { answers: { delivery_sat: 2 }, hiddenFields: { order_id: 'DH1' }, finished: false },
      key,
    );
    const final = await submit(
      survey.id,
      { answers: { why_not: 'Late' }, finished: true, contact: { externalId: 'SNAKE-1' } },
      key,
    );
    expect(final.status).toBe(201);
    const stored = await admin.get(`/api/v1/responses/${final.body.id}`);
    expect(stored.body.answers).toEqual({ delivery_sat: 2, why_not: 'Late' });
    expect(stored.body.hiddenFields).toEqual({ order_id: 'DH1' });
    const contact = await admin.post('/api/v1/contacts/identify', {
      externalId: 'SNAKE-1',
      attributes: { total_spend: 5 },
    });
    expect(contact.body.contact.attributes).toEqual({ total_spend: 5 });
  });

  it('never creates two responses for one key, even when sent at the same moment', async () => {
    const survey = await publishedSurvey();
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submit(survey.id, { answers: { q1: 7 }, finished: false }, key)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const rows = await touchpoint.database.db
      .selectFrom('responses')
      .select('id')
      .where('surveyId', '=', survey.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('names every bad field: unknown question or option, out-of-range score, over-long text, logic-forbidden answer', async () => {
    const survey = await publishedSurvey({
      questions: [
        ...DELIVERY_NPS.questions.slice(0, 2),
        { id: 'q3', type: 'open_text', text: { en: 'Why?' }, maxLength: 10 },
        { id: 'q4', type: 'open_text', text: { en: 'What do you love?' } },
      ],
      logic: [{ after: 'q1', if: { field: 'q1', op: 'lte', value: 6 }, then: { goTo: 'q3' } }],
    });
    const response = await submit(survey.id, {
      answers: { q1: 11, q9: 1, q2: 'z', q3: 'far too long for this' },
      finished: false,
    });
    expect(response.status).toBe(400);
    const names = response.body.invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['body.answers.q1', 'body.answers.q9', 'body.answers.q2', 'body.answers.q3']),
    );
    // A detractor jumps from q1 to q3: an answer to q2 could not have been given.
    const forbidden = await submit(survey.id, { answers: { q1: 2, q2: 'a' }, finished: false });
    expect(forbidden.status).toBe(400);
    expect(forbidden.body.invalidParams.map((p: { name: string }) => p.name)).toContain('body.answers.q2');
    // Required question missing from a finished response.
    const unfinished = await submit(survey.id, { answers: {}, finished: true });
    expect(unfinished.status).toBe(400);
    expect(unfinished.body.invalidParams.map((p: { name: string }) => p.name)).toContain('body.answers.q1');
    expect((await admin.get(`/api/v1/responses?surveyId=${survey.id}`)).body.items).toHaveLength(0);
  });

  it('answers CORS preflights for the widget and caps the body size', async () => {
    const survey = await publishedSurvey();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: `/api/v1/public/surveys/${survey.id}/responses`,
      headers: {
        origin: 'https://shop.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('idempotency-key');
    const privateRoute = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/teams',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(privateRoute.headers['access-control-allow-origin']).toBeUndefined();
    const big = await submit(survey.id, { answers: { q3: 'x'.repeat(70_000) }, finished: false });
    expect(big.status).toBe(413);
  });

  it('records displays, and a single-use personal link answers once and ties the response to its contact', async () => {
    const survey = await publishedSurvey({ languages: ['en', 'vi'] });
    expect(
      (await anonymous.post(`/api/v1/public/surveys/${survey.id}/displays`, { channel: 'qr' })).status,
    ).toBe(201);
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, {
      contact: { email: 'lan@example.vn' },
      language: 'vi',
    });
    expect(link.status).toBe(201);
    expect(link.body.url).toContain(`/s/${survey.id}?t=`);
    const answered = await submit(survey.id, {
      answers: { q1: 8 },
      finished: true,
      linkToken: link.body.token,
    });
    expect(answered.status).toBe(201);
    const stored = await admin.get(`/api/v1/responses/${answered.body.id}`);
    expect(stored.body).toMatchObject({ contactId: link.body.contactId, language: 'vi' });
    const again = await submit(survey.id, { answers: { q1: 1 }, finished: true, linkToken: link.body.token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('LINK_USED');
  });

  it('resolves the language from the submission, else the default', async () => {
    const survey = await publishedSurvey({ languages: ['en', 'vi'] });
    const vi = await submit(survey.id, { answers: { q1: 5 }, finished: true, language: 'vi' });
    expect((await admin.get(`/api/v1/responses/${vi.body.id}`)).body.language).toBe('vi');
    const other = await submit(survey.id, { answers: { q1: 5 }, finished: true, language: 'fr' });
    expect((await admin.get(`/api/v1/responses/${other.body.id}`)).body.language).toBe('en');
  });
});

describe('contacts', () => {
  it('identifies by external id, email or phone, and merges two profiles that turn out to be one person', async () => {
    const byEmail = await admin.post('/api/v1/contacts/identify', {
      email: 'An@Example.vn',
      attributes: { city: 'Huế' },
    });
    expect(byEmail.body.created).toBe(true);
    expect(byEmail.body.contact.email).toBe('an@example.vn');
    const byPhone = await admin.post('/api/v1/contacts/identify', {
      phone: '+84 912 345 678',
      attributes: { tier: 'gold' },
    });
    await admin.post('/api/v1/contacts/track', {
      contact: { phone: '+84912345678' },
      event: 'order.delivered',
      properties: { orderId: 'DH1' },
    });
    const survey = await publishedSurvey();
    await submit(survey.id, { answers: { q1: 9 }, finished: true, contact: { email: 'an@example.vn' } });
    // Now one call names both identifiers: they are one person.
    const merged = await admin.post('/api/v1/contacts/identify', {
      externalId: 'CUS-1',
      email: 'an@example.vn',
      phone: '0912 345 678'.replace(/^0/, '+84 '),
      attributes: { name: 'An' },
    });
    expect(merged.body.created).toBe(false);
    expect(merged.body.contact.id).toBe(byEmail.body.contact.id);
    expect(merged.body.mergedContactIds).toEqual([byPhone.body.contact.id]);
    expect(merged.body.contact).toMatchObject({
      externalId: 'CUS-1',
      email: 'an@example.vn',
      phone: '+84912345678',
      attributes: { city: 'Huế', tier: 'gold', name: 'An' },
    });
    // The merged id still answers, with the surviving profile; the timeline keeps all history.
    const viaOldId = await admin.get(`/api/v1/contacts/${byPhone.body.contact.id}`);
    expect(viaOldId.body.id).toBe(byEmail.body.contact.id);
    const timeline = await admin.get(`/api/v1/contacts/${byEmail.body.contact.id}/timeline`);
    expect(
      timeline.body.items.map((i: { kind: string; name: string }) => `${i.kind}:${i.name}`).sort(),
    ).toEqual(['event:order.delivered', 'response:Delivery NPS']);
    const search = await admin.get('/api/v1/contacts?q=cus-1');
    expect(search.body.items.map((c: { id: string }) => c.id)).toEqual([byEmail.body.contact.id]);
  });

  it('creates one profile when the same new person is identified twice at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => admin.post('/api/v1/contacts/identify', { externalId: 'RACE-1' })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(new Set(results.map((r) => r.body.contact.id)).size).toBe(1);
  });

  it('needs at least one identifier', async () => {
    const response = await admin.post('/api/v1/contacts/identify', { attributes: { a: 1 } });
    expect(response.status).toBe(400);
  });
});

describe('responses list and CSV export', () => {
  it('filters by survey, NPS band, language and completion, and paginates', async () => {
    const survey = await publishedSurvey({ languages: ['en', 'vi'] });
    for (const [score, language, finished] of [
      [0, 'vi', true],
      [6, 'en', true],
      [8, 'en', true],
      [10, 'vi', true],
      [9, 'en', false],
    ] as const) {
      await submit(survey.id, { answers: { q1: score }, finished, language });
    }
    const band = async (query: string) =>
      (await admin.get(`/api/v1/responses?surveyId=${survey.id}&${query}`)).body.items
        .map((r: { npsScore: number }) => r.npsScore)
        .sort();
    expect(await band('npsBand=detractor')).toEqual([0, 6]);
    expect(await band('npsBand=promoter')).toEqual([10, 9].sort());
    expect(await band('language=vi')).toEqual([0, 10]);
    expect(await band('finished=false')).toEqual([9]);
    const page1 = await admin.get(`/api/v1/responses?surveyId=${survey.id}&limit=2`);
    const page2 = await admin.get(
      `/api/v1/responses?surveyId=${survey.id}&limit=2&cursor=${page1.body.nextCursor}`,
    );
    const page3 = await admin.get(
      `/api/v1/responses?surveyId=${survey.id}&limit=2&cursor=${page2.body.nextCursor}`,
    );
    const ids = [...page1.body.items, ...page2.body.items, ...page3.body.items].map(
      (r: { id: string }) => r.id,
    );
    expect(new Set(ids).size).toBe(5);
    expect(page3.body.nextCursor).toBeNull();
  });

  it('streams a CSV with one column per question, quoting what needs quoting', async () => {
    const survey = await publishedSurvey();
    await submit(survey.id, { answers: { q1: 3, q2: 'a', q3: 'Late, "again"\nand again' }, finished: true });
    const response = await admin.get(`/api/v1/responses/export.csv?surveyId=${survey.id}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('attachment');
    const text = String(response.body).replace(/^\uFEFF/, '');
    const [header] = text.split('\n');
    expect(header).toBe(
      'response_id,survey_id,survey_name,touchpoint_id,contact_id,channel,language,finished,created_at,nps_score,q1,q2,q3',
    );
    expect(text).toContain('"Late, ""again""\nand again"');
    expect(text).toContain(',3,a,');
  });

  it('exports more rows than one batch without losing or repeating any', async () => {
    const survey = await publishedSurvey();
    const surveyRow = await touchpoint.database.db
      .selectFrom('surveys')
      .select(['workspaceId', 'version'])
      .where('id', '=', survey.id)
      .executeTakeFirstOrThrow();
    const rows = Array.from({ length: 2500 }, (_, i) => ({
      workspaceId: surveyRow.workspaceId,
      id: crypto.randomUUID(),
      surveyId: survey.id,
      surveyVersion: 1,
      idempotencyKey: `bulk-${i}`,
      channel: 'link',
      language: 'en',
      answers: JSON.stringify({ q1: i % 11 }),
      npsScore: i % 11,
      finished: true,
      createdAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 3) * 1000),
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await touchpoint.database.db
        .insertInto('responses')
        .values(rows.slice(i, i + 500))
        .execute();
    }
    const response = await admin.get(`/api/v1/responses/export.csv?surveyId=${survey.id}`);
    const lines = String(response.body).trim().split('\n').slice(1);
    expect(lines).toHaveLength(2500);
    expect(new Set(lines.map((l) => l.split(',')[0])).size).toBe(2500);
  });
});

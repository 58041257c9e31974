import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStoredItems, reanalyzeWorkspace } from '../src/modules/text/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Text analytics end to end through the API: analysis after commit, topics (rules, examples, the trained
// classifier), pain points, emerging themes and the comment explorer, on both database backends.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let workspaceId: string;
let surveyId: string;

const SURVEY = {
  name: 'Relationship',
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend us?', vi: 'Giới thiệu?' }, required: true },
    { id: 'why', type: 'open_text', text: { en: 'Why?', vi: 'Vì sao?' } },
  ],
};

const DAY = 86_400_000;

/** Stores a finished response through the public endpoint. */
async function respond(nps: number, why: string): Promise<string> {
  const response = await admin.request('POST', `/api/v1/public/surveys/${surveyId}/responses`, {
    answers: { nps, why },
    finished: true,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

/** Moves responses in time, then re-analyses them so their comments carry the new date. */
async function backdate(ids: string[], daysAgo: number): Promise<void> {
  const at = new Date(Date.now() - daysAgo * DAY);
  await touchpoint.ctx.db
    .updateTable('responses')
    .set({ createdAt: at, finishedAt: at })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  await analyzeStoredItems(touchpoint.ctx, workspaceId, 'response', ids);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  const signedUp = await signUp(app, 'Text analytics');
  admin = signedUp.client;
  workspaceId = signedUp.me.workspace?.id as string;
  const survey = await admin.post('/api/v1/surveys', SURVEY);
  surveyId = survey.body.id;
  await admin.post(`/api/v1/surveys/${surveyId}/publish`);
});
afterAll(() => touchpoint.stop());

describe('POST /api/v1/text/analyze', () => {
  it('returns language, sentiment with drivers, signals and redacted text for each input', async () => {
    const response = await admin.post('/api/v1/text/analyze', {
      texts: [
        { id: 'a', text: 'My refund has not arrived after three weeks. Email me at an@example.com' },
        { id: 'b', text: 'Nhân viên rất nhiệt tình, giao hàng nhanh!' },
        { id: 'c', text: 'nhan vien rat nhiet tinh' },
      ],
    });
    expect(response.status).toBe(200);
    const [a, b, c] = response.body.results;
    expect(a).toMatchObject({ id: 'a', lang: 'en', sentiment: { label: 'negative' } });
    expect(a.redacted).toContain('[email]');
    expect(a.redacted).not.toContain('an@example.com');
    expect(a.pii).toEqual([expect.objectContaining({ type: 'email' })]);
    for (const driver of a.sentiment.drivers)
      expect(a.redacted.slice(driver.start, driver.end)).toBe(driver.phrase);
    expect(b).toMatchObject({ lang: 'vi', sentiment: { label: 'positive' } });
    expect(c).toMatchObject({ lang: 'vi', sentiment: { label: 'positive' } });
    expect(response.body.analyzer).toEqual({ name: 'touchpoint-builtin', version: 2 });
  });

  it('refuses an empty or oversized batch with a 400', async () => {
    expect((await admin.post('/api/v1/text/analyze', { texts: [] })).status).toBe(400);
    const many = Array.from({ length: 101 }, () => ({ text: 'x' }));
    const response = await admin.post('/api/v1/text/analyze', { texts: many });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0].name).toContain('texts');
  });
});

describe('analysis after commit, topics and the comment explorer', () => {
  let lateId: string;

  it('analyses a new response in the background and shows it, redacted, in the comments', async () => {
    lateId = await respond(2, 'Delivery was late and the courier was rude. Call me: 0912 345 678');
    const comments = await until(
      () => admin.get('/api/v1/insights/comments'),
      (r) => r.body.items.length > 0,
    );
    expect(comments.status).toBe(200);
    const [comment] = comments.body.items;
    expect(comment).toMatchObject({
      itemKind: 'response',
      itemId: lateId,
      field: 'why',
      lang: 'en',
      surveyId,
      npsScore: 2,
      sentiment: { label: 'negative' },
    });
    expect(comment.text).toContain('[phone]');
    expect(comment.text).not.toContain('0912');
  });

  it('creates topics from rules, refuses a rule that does not parse, and previews before saving', async () => {
    await respond(9, 'Fast delivery and friendly staff, thank you!');
    await respond(3, 'Still waiting for my refund, nobody answers the hotline.');
    await respond(1, 'Vẫn chưa nhận được tiền hoàn, rất thất vọng.');
    await respond(10, 'Great prices and quality.');
    await reanalyzeWorkspace(touchpoint.ctx, workspaceId);

    const bad = await admin.post('/api/v1/topics', { name: 'Broken', query: '(refund OR' });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].name).toBe('body.query');

    const preview = await admin.post('/api/v1/topics/preview', {
      query: 'refund* OR "hoàn tiền" OR "tiền hoàn"',
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ matched: 2, total: 5 });
    const [first] = preview.body.examples;
    expect(first.spans.length).toBeGreaterThan(0);

    const refunds = await admin.post('/api/v1/topics', {
      name: 'Refunds',
      query: 'refund* OR "hoàn tiền" OR "tiền hoàn"',
    });
    expect(refunds.status).toBe(201);
    expect(refunds.body.mentions).toBe(2);
    const delivery = await admin.post('/api/v1/topics', { name: 'Delivery', query: 'delivery OR courier' });
    expect(delivery.body.mentions).toBe(2);
    const duplicate = await admin.post('/api/v1/topics', { name: 'refunds' });
    expect(duplicate.status).toBe(409);

    // Changing the rule re-matches the stored comments.
    const narrowed = await admin.patch(`/api/v1/topics/${delivery.body.id}`, { query: 'courier' });
    expect(narrowed.body.mentions).toBe(1);

    const byTopic = await admin.get(`/api/v1/insights/comments?topicId=${refunds.body.id}`);
    expect(byTopic.body.items).toHaveLength(2);
    for (const item of byTopic.body.items)
      expect(item.topics).toEqual([
        expect.objectContaining({ id: refunds.body.id, source: 'rule', confidence: 1 }),
      ]);
  });

  it('searches comments without diacritics, filters by sentiment and pages with a cursor', async () => {
    const folded = await admin.get('/api/v1/insights/comments?q=tien%20hoan');
    expect(folded.body.items.map((c: { text: string }) => c.text)).toEqual([
      'Vẫn chưa nhận được tiền hoàn, rất thất vọng.',
    ]);
    const positive = await admin.get('/api/v1/insights/comments?sentiment=positive');
    expect(positive.body.items.length).toBeGreaterThan(0);
    for (const item of positive.body.items) expect(item.sentiment.label).toBe('positive');

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { itemId: string }[]; nextCursor: string | null } } = await admin.get(
        `/api/v1/insights/comments?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((i) => i.itemId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect((await admin.get('/api/v1/insights/comments?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
  });

  it('ranks pain points by their impact on NPS, with the figures to check it', async () => {
    const response = await admin.get('/api/v1/insights/pain-points?metric=nps');
    expect(response.status).toBe(200);
    // Five responses: NPS 2, 9, 3, 1, 10 → 2 promoters, 3 detractors → −20.
    expect(response.body.overall).toEqual({ value: -20, n: 5 });
    const refunds = response.body.items.find((i: { name: string }) => i.name === 'Refunds');
    // Refunds: two detractors (−100); the other three: one detractor, two promoters (+33.3).
    expect(refunds.valueWith).toBe(-100);
    expect(refunds.valueWithout).toBeCloseTo(100 / 3);
    expect(refunds.impact).toBeCloseTo((2 * (100 / 3) + 200) / 5);
    expect(response.body.items[0].name).toBe('Refunds');
    expect(refunds.examples.length).toBe(2);
  });

  it('counts topics with their sentiment split and trend', async () => {
    const response = await admin.get('/api/v1/insights/topics?interval=day');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(5);
    const refunds = response.body.items.find((i: { name: string }) => i.name === 'Refunds');
    expect(refunds).toMatchObject({ n: 2, share: 0.4, source: 'rule', sentiment: { negative: 2 } });
    expect(refunds.trend.reduce((sum: number, t: { n: number }) => sum + t.n, 0)).toBe(2);
  });
});

describe('tagging examples and retraining the classifier', () => {
  it('refuses to train without enough examples, then learns a topic that has no rule', async () => {
    const loyalty = await admin.post('/api/v1/topics', { name: 'Loyalty points' });
    expect(loyalty.body.mentions).toBe(0);
    const tooFew = await admin.post('/api/v1/topics/model/train');
    expect(tooFew.status).toBe(409);
    expect(tooFew.body.detail).toMatch(/at least 3/);

    const texts = [
      'The loyalty points are confusing.',
      'I never know how many loyalty points I have.',
      'Loyalty points expired without warning.',
      'Điểm thưởng khó hiểu quá.',
    ];
    const ids = [];
    for (const text of texts) ids.push(await respond(7, text));
    const other = await respond(8, 'The store was clean and bright.');
    await analyzeStoredItems(touchpoint.ctx, workspaceId, 'response', [...ids, other]);
    for (const id of ids.slice(0, 3)) {
      const tagged = await admin.post(`/api/v1/topics/${loyalty.body.id}/examples`, {
        itemKind: 'response',
        itemId: id,
        field: 'why',
        positive: true,
      });
      expect(tagged.status).toBe(201);
    }
    const counter = await admin.post(`/api/v1/topics/${loyalty.body.id}/examples`, {
      itemKind: 'response',
      itemId: other,
      field: 'why',
      positive: false,
    });
    expect(counter.status).toBe(201);
    const missing = await admin.post(`/api/v1/topics/${loyalty.body.id}/examples`, {
      itemKind: 'response',
      itemId: '00000000-0000-7000-8000-000000000000',
      field: 'why',
      positive: true,
    });
    expect(missing.status).toBe(404);
    const examples = await admin.get(`/api/v1/topics/${loyalty.body.id}/examples`);
    expect(examples.body.items).toHaveLength(4);

    const trained = await admin.post('/api/v1/topics/model/train');
    expect(trained.status).toBe(200);
    expect(trained.body.model).toMatchObject({ version: 1, topics: 1 });
    const change = trained.body.changes.find((c: { name: string }) => c.name === 'Loyalty points');
    expect(change.before).toBe(0);
    expect(change.after).toBeGreaterThanOrEqual(3);

    const comments = await admin.get(`/api/v1/insights/comments?topicId=${loyalty.body.id}`);
    const texts2 = comments.body.items.map((c: { text: string }) => c.text);
    expect(texts2).toEqual(expect.arrayContaining(texts.slice(0, 3)));
    expect(texts2).not.toContain('The store was clean and bright.');
    for (const item of comments.body.items) {
      const topic = item.topics.find((t: { id: string }) => t.id === loyalty.body.id);
      expect(topic.source).toBe('classifier');
    }
    // The analyze endpoint uses the trained model too.
    const analyzed = await admin.post('/api/v1/text/analyze', {
      texts: [{ text: 'my loyalty points vanished' }],
    });
    expect(analyzed.body.results[0].topics.map((t: { name: string }) => t.name)).toContain('Loyalty points');
    expect((await admin.get('/api/v1/topics/model')).body.model.version).toBe(1);
  });
});

describe('emerging themes', () => {
  it('flags a theme whose share grew significantly against the baseline period', async () => {
    const old: string[] = [];
    for (let i = 0; i < 12; i++)
      old.push(await respond(8, i % 2 ? 'The parking lot is always full.' : 'Opening hours are too short.'));
    await backdate(old, 40);
    const recent: string[] = [];
    for (let i = 0; i < 12; i++)
      recent.push(
        await respond(
          2,
          i % 2 ? 'The voucher code does not work in the app.' : 'Voucher code rejected again.',
        ),
      );
    await backdate(recent, 3);
    const response = await admin.get('/api/v1/insights/themes');
    expect(response.status).toBe(200);
    const voucher = response.body.items.find((t: { phrases: string[] }) =>
      t.phrases.some((p: string) => p.includes('voucher')),
    );
    expect(voucher).toBeDefined();
    expect(voucher.emerging).toBe(true);
    expect(voucher.baselineShare).toBe(0);
    expect(voucher.examples.length).toBeGreaterThan(0);
    const parking = response.body.items.find((t: { phrases: string[] }) =>
      t.phrases.some((p: string) => p.includes('parking')),
    );
    expect(parking?.emerging ?? false).toBe(false);
    const reversed = await admin.get('/api/v1/insights/themes?from=2026-02-02&to=2026-02-01');
    expect(reversed.status).toBe(400);
  });
});

describe('reviews and roles', () => {
  it('analyses imported reviews in the background', async () => {
    const imported = await admin.post('/api/v1/reviews', {
      items: [
        {
          source: 'google',
          externalId: 'g-1',
          rating: 1,
          text: 'Terrible, my order never arrived.',
          postedAt: new Date().toISOString(),
        },
      ],
    });
    expect(imported.status).toBe(200);
    const reviewId = imported.body.items[0].id;
    const found = await until(
      () => admin.get('/api/v1/insights/comments?q=never%20arrived'),
      (r) => r.body.items.length > 0,
    );
    expect(found.body.items[0]).toMatchObject({
      itemKind: 'review',
      itemId: reviewId,
      field: 'text',
      rating: 1,
    });
  });

  it('lets viewers read insights but not change topics', async () => {
    const viewer = (await addMember(admin, 'viewer')).client;
    expect((await viewer.get('/api/v1/insights/topics')).status).toBe(200);
    expect((await viewer.post('/api/v1/topics', { name: 'Nope' })).status).toBe(403);
    expect((await viewer.post('/api/v1/topics/model/train')).status).toBe(403);
  });
});

describe('topic-level sentiment', () => {
  it('gives each topic in a comment the polarity of its own clause, in storage, Topics and pain points', async () => {
    const delivery = await admin.post('/api/v1/topics', { name: 'Giao hàng', query: '"giao hàng"' });
    const staff = await admin.post('/api/v1/topics', { name: 'Nhân viên', query: '"nhân viên"' });
    expect([delivery.status, staff.status]).toEqual([201, 201]);
    const id = await respond(3, 'giao hàng nhanh nhưng nhân viên thô lỗ');
    const rows = await until(
      () =>
        touchpoint.ctx.db
          .selectFrom('textTopicMatches')
          .select(['topicId', 'sentimentLabel'])
          .where('workspaceId', '=', workspaceId)
          .where('itemId', '=', id)
          .execute(),
      (found) => found.length >= 2 && found.every((row) => row.sentimentLabel !== null),
    );
    const byTopic = new Map(rows.map((row) => [row.topicId, row.sentimentLabel]));
    expect(byTopic.get(delivery.body.id)).toBe('positive');
    expect(byTopic.get(staff.body.id)).toBe('negative');

    // Comments and the analyze endpoint show each topic with its own polarity.
    const comments = await admin.get(`/api/v1/insights/comments?topicId=${staff.body.id}`);
    const comment = comments.body.items.find((c: { itemId: string }) => c.itemId === id);
    const polarityOf = (list: { name: string; sentiment?: { label: string } }[]) =>
      Object.fromEntries(list.map((t) => [t.name, t.sentiment?.label]));
    expect(polarityOf(comment.topics)).toMatchObject({ 'Giao hàng': 'positive', 'Nhân viên': 'negative' });
    const analyzed = await admin.post('/api/v1/text/analyze', {
      texts: [{ text: 'Nhân viên thân thiện, nhưng giao hàng quá chậm', lang: 'vi' }],
    });
    expect(polarityOf(analyzed.body.results[0].topics)).toMatchObject({
      'Giao hàng': 'negative',
      'Nhân viên': 'positive',
    });

    const topics = await admin.get('/api/v1/insights/topics?interval=day');
    const find = (name: string) => topics.body.items.find((i: { name: string }) => i.name === name);
    expect(find('Giao hàng').sentiment).toMatchObject({ positive: 1, negative: 0 });
    expect(find('Nhân viên').sentiment).toMatchObject({ positive: 0, negative: 1 });

    // A detractor's comment that praises delivery is no example of a delivery problem, but is one of staff.
    const pain = await admin.get('/api/v1/insights/pain-points?metric=nps');
    const examplesOf = (name: string) =>
      pain.body.items
        .find((i: { name: string }) => i.name === name)
        .examples.map((e: { itemId: string }) => e.itemId);
    expect(examplesOf('Giao hàng')).not.toContain(id);
    expect(examplesOf('Nhân viên')).toContain(id);
  });
});

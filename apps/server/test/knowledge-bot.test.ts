import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES, seedDemoKnowledge } from '../src/modules/demo/demo-knowledge';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, type SignedUp, signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Knowledge base and bot through the API: article CRUD and drafts, search without diacritics and with
// English stemming, the bot's answers and every hand-over reason, tenancy and bad input.

let tp: Touchpoint;
let owner: SignedUp;
let other: SignedUp;
let anonymous: TestClient;
const ids: Record<string, string> = {};

const ARTICLES = {
  refunds: {
    title: { en: 'Refunds', vi: 'Hoàn tiền' },
    body: {
      en: 'Refunds reach your card within 5 working days after we receive the item.',
      vi: 'Tiền hoàn về thẻ của bạn trong vòng 5 ngày làm việc sau khi chúng tôi nhận lại hàng.',
    },
    questions: ['how long does a refund take', 'bao lâu thì được hoàn tiền'],
    tags: ['billing'],
  },
  delivery: {
    title: { en: 'Delivery times', vi: 'Thời gian giao hàng' },
    body: {
      en: 'Orders arrive within 2 to 4 working days in cities, 5 to 7 elsewhere.',
      vi: 'Đơn hàng được giao trong 2 đến 4 ngày làm việc ở thành phố, 5 đến 7 ngày ở nơi khác.',
    },
    questions: ['when will my order arrive', 'khi nào tôi nhận được hàng'],
    tags: ['delivery'],
  },
  password: {
    title: { en: 'Reset your password', vi: 'Đặt lại mật khẩu' },
    body: {
      en: 'Choose "Forgot password" on the sign-in page and follow the link we email you.',
      vi: 'Chọn "Quên mật khẩu" ở trang đăng nhập và làm theo đường dẫn chúng tôi gửi qua email.',
    },
    questions: ['I forgot my password', 'quên mật khẩu'],
  },
};

beforeAll(async () => {
  tp = await startTestTouchpoint();
  const app = tp.app;
  if (!app) throw new Error('no app');
  owner = await signUp(app);
  other = await signUp(app);
  anonymous = new TestClient(app);
  for (const [key, article] of Object.entries(ARTICLES)) {
    const created = await owner.client.post('/api/v1/knowledge/articles', article);
    expect(created.status).toBe(201);
    ids[key] = created.body.id;
  }
  const draft = await owner.client.post('/api/v1/knowledge/articles', {
    title: { en: 'Warranty (draft)' },
    body: { en: 'Every product has a two year warranty.' },
    status: 'draft',
  });
  expect(draft.status).toBe(201);
  expect(draft.body.status).toBe('draft');
  ids.draft = draft.body.id;
});

afterAll(async () => {
  await tp?.stop();
});

function answer(client: TestClient, body: Record<string, unknown>) {
  return client.post('/api/v1/bot/answer', body);
}

describe('articles', () => {
  it('creates published by default with the minimal body of the issue, reads, patches and deletes', async () => {
    const created = await owner.client.post('/api/v1/knowledge/articles', {
      title: { en: 'Temporary' },
      body: { en: 'Refunds reach your card within 5 working days.' },
      questions: ['how long does a refund take'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'published', questions: ['how long does a refund take'] });
    const id = created.body.id;
    expect((await owner.client.get(`/api/v1/knowledge/articles/${id}`)).body.title).toEqual({
      en: 'Temporary',
    });
    const patched = await owner.client.patch(`/api/v1/knowledge/articles/${id}`, { status: 'draft' });
    expect(patched.status).toBe(200);
    expect(patched.body.status).toBe('draft');
    const drafts = await owner.client.get('/api/v1/knowledge/articles?status=draft');
    expect(drafts.body.items.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([id, ids.draft]),
    );
    expect((await owner.client.delete(`/api/v1/knowledge/articles/${id}`)).status).toBe(204);
    expect((await owner.client.get(`/api/v1/knowledge/articles/${id}`)).status).toBe(404);
    const events = await tp.ctx.db
      .selectFrom('domainEvents')
      .select('type')
      .where('subjectId', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'knowledge.article_created',
      'knowledge.article_updated',
      'knowledge.article_deleted',
    ]);
  });

  it('pages with a cursor and filters by tag', async () => {
    const first = await owner.client.get('/api/v1/knowledge/articles?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await owner.client.get(
      `/api/v1/knowledge/articles?limit=2&cursor=${first.body.nextCursor}`,
    );
    const seen = [...first.body.items, ...second.body.items].map((a: { id: string }) => a.id);
    expect(new Set(seen).size).toBe(4);
    expect(second.body.nextCursor).toBeNull();
    const billing = await owner.client.get('/api/v1/knowledge/articles?tag=billing');
    expect(billing.body.items.map((a: { id: string }) => a.id)).toEqual([ids.refunds]);
  });

  it('searches without diacritics and with English stemming', async () => {
    const folded = await owner.client.get(`/api/v1/knowledge/articles?q=${encodeURIComponent('hoan tien')}`);
    expect(folded.body.items[0].id).toBe(ids.refunds);
    const stemmed = await owner.client.get('/api/v1/knowledge/articles?q=refunded');
    expect(stemmed.body.items[0].id).toBe(ids.refunds);
    const password = await owner.client.get(
      `/api/v1/knowledge/articles?q=${encodeURIComponent('quen mat khau')}`,
    );
    expect(password.body.items[0].id).toBe(ids.password);
    const nothing = await owner.client.get('/api/v1/knowledge/articles?q=weather');
    expect(nothing.body.items).toEqual([]);
  });

  it('keeps workspaces apart, and the public API shows only published articles of that workspace', async () => {
    expect((await other.client.get(`/api/v1/knowledge/articles/${ids.refunds}`)).status).toBe(404);
    expect((await other.client.patch(`/api/v1/knowledge/articles/${ids.refunds}`, { tags: [] })).status).toBe(
      404,
    );
    expect((await other.client.delete(`/api/v1/knowledge/articles/${ids.refunds}`)).status).toBe(404);
    expect((await other.client.get('/api/v1/knowledge/articles?q=refund')).body.items).toEqual([]);

    const workspaceId = owner.me.workspace?.id as string;
    const search = await anonymous.get(
      `/api/v1/public/knowledge/${workspaceId}/articles?q=${encodeURIComponent('hoan tien')}&language=vi`,
    );
    expect(search.status).toBe(200);
    expect(search.body.items[0]).toMatchObject({ id: ids.refunds, title: 'Hoàn tiền', language: 'vi' });
    // An article sharing one common word ("ngày") is far below the best match and left out.
    const when = await anonymous.get(
      `/api/v1/public/knowledge/${workspaceId}/articles?q=${encodeURIComponent('hoàn tiền mất mấy ngày')}`,
    );
    expect(when.body.items.map((a: { id: string }) => a.id)).toEqual([ids.refunds]);
    const all = await anonymous.get(`/api/v1/public/knowledge/${workspaceId}/articles`);
    expect(all.body.items.map((a: { id: string }) => a.id).sort()).toEqual(
      [ids.refunds, ids.delivery, ids.password].sort(),
    );
    const warranty = await anonymous.get(`/api/v1/public/knowledge/${workspaceId}/articles?q=warranty`);
    expect(warranty.body.items).toEqual([]);
    expect(
      (await anonymous.get(`/api/v1/public/knowledge/${workspaceId}/articles/${ids.draft}`)).status,
    ).toBe(404);
    const otherWorkspace = other.me.workspace?.id as string;
    expect(
      (await anonymous.get(`/api/v1/public/knowledge/${otherWorkspace}/articles/${ids.refunds}`)).status,
    ).toBe(404);
    expect(
      (await anonymous.get(`/api/v1/public/knowledge/${otherWorkspace}/articles?q=refund`)).body.items,
    ).toEqual([]);
    const one = await anonymous.get(`/api/v1/public/knowledge/${workspaceId}/articles/${ids.delivery}`);
    expect(one.body).toMatchObject({ title: 'Delivery times', language: 'en' });
  });

  it('answers bad input with 400 problem+json', async () => {
    const missingTitle = await owner.client.post('/api/v1/knowledge/articles', { title: {}, body: {} });
    expect(missingTitle.status).toBe(400);
    expect(missingTitle.headers['content-type']).toContain('application/problem+json');
    expect(missingTitle.body.code).toBe('VALIDATION_FAILED');
    const badStatus = await owner.client.patch(`/api/v1/knowledge/articles/${ids.refunds}`, {
      status: 'archived',
    });
    expect(badStatus.status).toBe(400);
    const badCursor = await owner.client.get('/api/v1/knowledge/articles?cursor=!!');
    expect(badCursor.status).toBe(400);
    const badId = await owner.client.get('/api/v1/knowledge/articles/not-a-uuid');
    expect(badId.status).toBe(400);
    const emptyText = await answer(owner.client, { text: '' });
    expect(emptyText.status).toBe(400);
    const badRule = await owner.client.request('PUT', '/api/v1/bot/settings', {
      handoffRules: [{ condition: { field: 'text', op: 'nope' }, reason: 'x' }],
    });
    expect(badRule.status).toBe(400);
  });

  it('lets agents read but not write', async () => {
    const agent = await addMember(owner.client, 'agent');
    expect((await agent.client.get('/api/v1/knowledge/articles')).status).toBe(200);
    expect((await answer(agent.client, { text: 'refund' })).status).toBe(200);
    expect(
      (await agent.client.post('/api/v1/knowledge/articles', { title: { en: 'x' }, body: { en: 'y' } }))
        .status,
    ).toBe(403);
    expect((await agent.client.request('PUT', '/api/v1/bot/settings', { enabled: false })).status).toBe(403);
  });
});

describe('the help center page', () => {
  const page = (url: string, headers: Record<string, string> = {}) =>
    anonymous.request('GET', url, undefined, headers);

  it('lists published articles in the asked language, with the chat button and the widget loader', async () => {
    const workspaceId = owner.me.workspace?.id as string;
    const english = await page(`/help/${workspaceId}`);
    expect(english.status).toBe(200);
    expect(english.headers['content-type']).toContain('text/html');
    expect(english.body).toContain('<html lang="en"');
    expect(english.body).toContain('Delivery times');
    expect(english.body).not.toContain('Warranty (draft)');
    expect(english.body).toContain('data-touchpoint-chat');
    expect(english.body).toContain(`id="touchpoint-chat" data-workspace-id="${workspaceId}"`);
    expect(english.body).toContain(
      `<script src="/widget/touchpoint.js" data-workspace="${workspaceId}" async>`,
    );
    // Styles inline, scripts only from the server itself (the widget loader), like the hosted survey page.
    const policy = String(english.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(english.body).not.toMatch(/<script>|<script [^>]*>[^<]/);
    const vietnamese = await page(`/help/${workspaceId}`, { 'accept-language': 'vi-VN,vi;q=0.9' });
    expect(vietnamese.body).toContain('<html lang="vi"');
    expect(vietnamese.body).toContain('Thời gian giao hàng');
    expect(vietnamese.body).toContain('Trò chuyện với chúng tôi');
    expect((await page(`/help/${workspaceId}?lang=vi`)).body).toContain('Hoàn tiền');
  });

  it('searches without diacritics and shows an article page; drafts and other workspaces are 404', async () => {
    const workspaceId = owner.me.workspace?.id as string;
    const search = await page(`/help/${workspaceId}?q=${encodeURIComponent('hoan tien')}&lang=vi`);
    expect(search.body).toContain(`/help/${workspaceId}/articles/${ids.refunds}?lang=vi`);
    expect(search.body).not.toContain(`/articles/${ids.password}`);
    const article = await page(`/help/${workspaceId}/articles/${ids.refunds}?lang=vi`);
    expect(article.status).toBe(200);
    expect(article.body).toContain('5 ngày làm việc');
    expect((await page(`/help/${workspaceId}/articles/${ids.draft}`)).status).toBe(404);
    const otherWorkspace = other.me.workspace?.id as string;
    expect((await page(`/help/${otherWorkspace}/articles/${ids.refunds}`)).status).toBe(404);
    expect((await page('/help/not-a-workspace')).status).toBe(404);
    expect((await page('/help/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('escapes article text and the search query', async () => {
    const workspaceId = owner.me.workspace?.id as string;
    const created = await owner.client.post('/api/v1/knowledge/articles', {
      title: { en: 'Tags <script>alert(1)</script>' },
      body: { en: 'Use "quotes" & <b>markup</b> freely.' },
    });
    const article = await page(`/help/${workspaceId}/articles/${created.body.id}`);
    expect(article.body).toContain('Tags &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(article.body).toContain('&quot;quotes&quot; &amp; &lt;b&gt;markup&lt;/b&gt;');
    expect(article.body).not.toContain('<script>alert(1)');
    const search = await page(`/help/${workspaceId}?q=${encodeURIComponent('"><script>x</script>')}`);
    expect(search.status).toBe(200);
    expect(search.body).not.toContain('<script>x</script>');
    await owner.client.delete(`/api/v1/knowledge/articles/${created.body.id}`);
  });
});

describe('the bot', () => {
  it('answers a routine Vietnamese question typed without diacritics with the article', async () => {
    const decision = await answer(owner.client, { text: 'hoan tien mat bao lau vay shop' });
    expect(decision.status).toBe(200);
    expect(decision.body).toMatchObject({
      articleId: ids.refunds,
      handoff: false,
      reason: null,
      language: 'vi',
    });
    expect(decision.body.answer).toContain('5 ngày làm việc');
    expect(decision.body.confidence).toBeGreaterThan(0.45);
  });

  it('answers in English from the same article', async () => {
    const decision = await answer(owner.client, { text: 'How long until I am refunded?' });
    expect(decision.body).toMatchObject({ articleId: ids.refunds, handoff: false, language: 'en' });
    expect(decision.body.answer).toContain('5 working days');
  });

  it('answers from an intent trained on its examples', async () => {
    const created = await owner.client.post('/api/v1/bot/intents', {
      name: 'opening_hours',
      examples: ['when are you open', 'what are your opening hours', 'mấy giờ cửa hàng mở cửa', 'giờ mở cửa'],
      reply: {
        en: 'We are open 9:00–18:00, Monday to Saturday.',
        vi: 'Cửa hàng mở cửa 9:00–18:00, thứ Hai đến thứ Bảy.',
      },
    });
    expect(created.status).toBe(201);
    await owner.client.post('/api/v1/bot/intents', {
      name: 'order_status',
      examples: ['where is my order', 'track my order', 'đơn hàng của tôi đang ở đâu'],
      reply: { en: 'Track your order from the link in your confirmation email.' },
    });
    const duplicate = await owner.client.post('/api/v1/bot/intents', {
      name: 'Opening_Hours',
      examples: ['x'],
      reply: { en: 'x' },
    });
    expect(duplicate.status).toBe(409);
    const en = await answer(owner.client, { text: 'what time are you open today?' });
    expect(en.body).toMatchObject({ intent: 'opening_hours', handoff: false });
    const vi = await answer(owner.client, { text: 'gio mo cua the nao' });
    expect(vi.body).toMatchObject({ intent: 'opening_hours', handoff: false, language: 'vi' });
    expect(vi.body.answer).toContain('thứ Hai');
    const list = await owner.client.get('/api/v1/bot/intents');
    expect(list.body.items).toHaveLength(2);
    expect((await other.client.get(`/api/v1/bot/intents/${created.body.id}`)).status).toBe(404);
  });

  const reasons: [string, string, Record<string, unknown>][] = [
    ['asked_for_person', 'Can I talk to a human please?', {}],
    ['asked_for_person', 'cho toi gap nhan vien', {}],
    ['asked_for_person', 'Tôi muốn nói chuyện với tư vấn viên', {}],
    ['urgent', 'I want to cancel my account right now', {}],
    ['urgent', 'tôi sẽ kiện công ty các bạn', {}],
    ['urgent', 'the charger caught fire', {}],
    ['negative_sentiment', 'This is the worst service ever, absolutely terrible and useless', {}],
    ['negative_sentiment', 'dịch vụ quá tệ, tôi rất thất vọng và bực mình', {}],
    ['vip', 'how long does a refund take', { contactAttributes: { vip: true } }],
    ['at_risk', 'bao lâu thì được hoàn tiền', { contactAttributes: { churnRisk: 'high' } }],
    ['out_of_scope', 'what is the weather in Paris tomorrow', {}],
    ['out_of_scope', 'thoi tiet ngay mai the nao', {}],
    ['low_confidence', 'refund for my flight to paris tomorrow', {}],
  ];
  for (const [reason, text, extra] of reasons) {
    it(`hands over for ${reason}: “${text}”`, async () => {
      const decision = await answer(owner.client, { text, ...extra });
      expect(decision.status).toBe(200);
      expect(decision.body).toMatchObject({ handoff: true, reason, answer: null });
    });
  }

  it('hands over on repeated failure: the customer asks the same thing a third time', async () => {
    const history = [
      { author: 'customer', text: 'how long does a refund take' },
      { author: 'bot', text: 'Refunds reach your card within 5 working days after we receive the item.' },
      { author: 'customer', text: 'how long does the refund take to arrive' },
      { author: 'bot', text: 'Refunds reach your card within 5 working days after we receive the item.' },
    ];
    const decision = await answer(owner.client, { text: 'but how long does my refund take?', history });
    expect(decision.body).toMatchObject({ handoff: true, reason: 'repeated_failure' });
    const once = await answer(owner.client, {
      text: 'how long does my refund take?',
      history: history.slice(0, 2),
    });
    expect(once.body.handoff).toBe(false);
  });

  it('hands over by a workspace rule and when the bot is off', async () => {
    const rules = await owner.client.request('PUT', '/api/v1/bot/settings', {
      handoffRules: [
        {
          condition: { field: 'text', op: 'contains', value: 'bao hanh' },
          reason: 'Warranty goes to people',
        },
        { condition: { field: 'contact.plan', op: 'eq', value: 'enterprise' }, reason: 'Enterprise plan' },
      ],
    });
    expect(rules.status).toBe(200);
    expect(rules.body.handoffRules).toHaveLength(2);
    const warranty = await answer(owner.client, { text: 'Bảo hành bao lâu?' });
    expect(warranty.body).toMatchObject({
      handoff: true,
      reason: 'workspace_rule',
      detail: 'Warranty goes to people',
    });
    const enterprise = await answer(owner.client, {
      text: 'how long does a refund take',
      contactAttributes: { plan: 'enterprise' },
    });
    expect(enterprise.body).toMatchObject({ handoff: true, reason: 'workspace_rule' });
    const starter = await answer(owner.client, {
      text: 'how long does a refund take',
      contactAttributes: { plan: 'starter' },
    });
    expect(starter.body.handoff).toBe(false);

    await owner.client.request('PUT', '/api/v1/bot/settings', { enabled: false });
    const off = await answer(owner.client, { text: 'how long does a refund take' });
    expect(off.body).toMatchObject({ handoff: true, reason: 'bot_disabled' });
    const settings = await owner.client.request('PUT', '/api/v1/bot/settings', {
      enabled: true,
      handoffRules: [],
    });
    expect(settings.body).toMatchObject({ enabled: true, handoffRules: [] });
    expect(settings.body.greeting.vi).toEqual(expect.any(String));
  });

  it('only answers from published articles of its own workspace', async () => {
    const draft = await answer(owner.client, { text: 'two year warranty' });
    expect(draft.body.articleId).not.toBe(ids.draft);
    const elsewhere = await answer(other.client, { text: 'how long does a refund take' });
    expect(elsewhere.body).toMatchObject({ handoff: true, reason: 'out_of_scope' });
  });
});

describe('the demo help center', () => {
  it('seeds bilingual articles and intents the bot answers from, in both languages', async () => {
    const demo = await signUp(tp.app as NonNullable<typeof tp.app>);
    await seedDemoKnowledge(tp.ctx, demo.me.workspace.id);
    const published = await demo.client.get('/api/v1/knowledge/articles?status=published&limit=100');
    expect(published.body.items.length).toBe(DEMO_ARTICLES.filter((a) => !a.status).length);
    expect(published.body.items.length).toBeGreaterThanOrEqual(10);
    for (const article of published.body.items) {
      expect(article.title.en && article.title.vi && article.body.en && article.body.vi).toBeTruthy();
    }
    expect((await demo.client.get('/api/v1/bot/intents')).body.items).toHaveLength(3);
    const cases: [string, string][] = [
      ['doi dia chi giao hang duoc khong', 'Changing the delivery address'],
      ['tôi quên mật khẩu', 'Resetting your password'],
      ['which payment methods do you accept?', 'Payment methods'],
      ['how long is the warranty on a fridge', 'Warranty'],
      ['mấy giờ cửa hàng mở cửa', 'Opening hours'],
    ];
    const titles = new Map<string, string>(
      published.body.items.map((a: { id: string; title: { en: string } }) => [a.id, a.title.en]),
    );
    for (const [text, title] of cases) {
      const decision = await answer(demo.client, { text });
      expect(decision.body.handoff, text).toBe(false);
      expect(titles.get(decision.body.articleId), text).toBe(title);
    }
    const hello = await answer(demo.client, { text: 'xin chào shop' });
    expect(hello.body).toMatchObject({ intent: 'greeting', handoff: false, language: 'vi' });
  });
});

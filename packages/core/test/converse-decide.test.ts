import { describe, expect, it } from 'vitest';
import { BOT_REASONS as SCHEMA_BOT_REASONS } from '../../schemas/src/converse-constants';
import {
  asksForPerson,
  BOT_REASONS,
  type BotKnowledge,
  type BotSettings,
  type BotTurn,
  buildArticleIndex,
  buildIntentModel,
  DEFAULT_BOT_SETTINGS,
  decideReply,
  isUrgent,
  type KnowledgeArticleInput,
  matchIntent,
} from '../src/converse/index';

const ARTICLES: KnowledgeArticleInput[] = [
  {
    id: 'refunds',
    title: { en: 'Refunds', vi: 'Hoàn tiền' },
    body: {
      en: 'Refunds reach your card within 5 working days.',
      vi: 'Tiền hoàn về thẻ của bạn trong vòng 5 ngày làm việc.',
    },
    questions: ['how long does a refund take', 'bao lâu thì được hoàn tiền'],
  },
  {
    id: 'password',
    title: { en: 'Reset your password', vi: 'Đặt lại mật khẩu' },
    body: { en: 'Choose "Forgot password" on the sign-in page.' },
    questions: ['I forgot my password', 'quên mật khẩu'],
  },
];

const knowledge: BotKnowledge = {
  articles: buildArticleIndex(ARTICLES),
  articleTexts: new Map(ARTICLES.map((article) => [article.id, article])),
  intents: buildIntentModel([
    {
      name: 'opening_hours',
      examples: ['when are you open', 'what are your opening hours', 'giờ mở cửa', 'mấy giờ mở cửa'],
      reply: { en: 'We are open 9–18.', vi: 'Chúng tôi mở cửa 9–18 giờ.' },
    },
    {
      name: 'store_locations',
      examples: ['where are your stores', 'store address', 'cửa hàng ở đâu', 'địa chỉ cửa hàng'],
      reply: { en: 'Hanoi and Saigon.' },
    },
  ]),
};

const decide = (
  text: string,
  extra: { history?: BotTurn[]; contact?: { attributes: Record<string, unknown>; atRisk?: boolean } } = {},
  settings: BotSettings = DEFAULT_BOT_SETTINGS,
) => decideReply({ text, ...extra }, knowledge, settings);

describe('decideReply answers', () => {
  it('answers a Vietnamese question typed without diacritics from the article, in Vietnamese', () => {
    const decision = decide('hoan tien mat bao lau vay');
    expect(decision).toMatchObject({ articleId: 'refunds', handoff: false, reason: null, language: 'vi' });
    expect(decision.answer).toContain('5 ngày làm việc');
  });

  it('answers in English, and falls back to the other language when the article lacks one', () => {
    expect(decide('how long does my refund take?')).toMatchObject({ articleId: 'refunds', language: 'en' });
    const noVietnamese = decide('quen mat khau roi');
    expect(noVietnamese).toMatchObject({ articleId: 'password', language: 'vi', handoff: false });
    expect(noVietnamese.answer).toContain('Forgot password');
  });

  it('answers from an intent with its reply in the customer language', () => {
    expect(decide('when are you open tomorrow?')).toMatchObject({
      intent: 'opening_hours',
      answer: 'We are open 9–18.',
      handoff: false,
    });
    expect(decide('gio mo cua').answer).toBe('Chúng tôi mở cửa 9–18 giờ.');
  });

  it('uses the given language over detection', () => {
    expect(decide('refund').language).toBe('en');
    expect(decideReply({ text: 'refund', language: 'vi' }, knowledge).language).toBe('vi');
  });

  it('lists the same reasons as the API schema', () => {
    expect([...BOT_REASONS]).toEqual([...SCHEMA_BOT_REASONS]);
  });
});

describe('decideReply hands over', () => {
  const cases: [string, string][] = [
    ['talk to a human', 'asked_for_person'],
    ['Can I speak to a real person?', 'asked_for_person'],
    ['I want an agent now', 'asked_for_person'],
    ['gặp nhân viên', 'asked_for_person'],
    ['cho toi gap nhan vien', 'asked_for_person'],
    ['tôi cần tư vấn viên', 'asked_for_person'],
    ['tu van vien oi', 'asked_for_person'],
    ['cho minh noi chuyen voi nguoi that', 'asked_for_person'],
    ['Cancel my account immediately', 'urgent'],
    ['My lawyer will contact you', 'urgent'],
    ['the heater caught fire in my kitchen', 'urgent'],
    ['tôi muốn hủy tài khoản', 'urgent'],
    ['huy dich vu ngay', 'urgent'],
    ['tôi sẽ kiện các bạn ra tòa', 'urgent'],
    ['san pham bi chay no', 'urgent'],
    ['This is the worst, most useless service I have ever had', 'negative_sentiment'],
    ['dịch vụ tệ hại, tôi rất thất vọng và bực mình', 'negative_sentiment'],
    ['what is the capital of France', 'out_of_scope'],
    ['thời tiết hôm nay thế nào', 'out_of_scope'],
    ['refund for my flight to paris tomorrow', 'low_confidence'],
  ];
  for (const [text, reason] of cases) {
    it(`${reason}: “${text}”`, () => {
      expect(decide(text)).toMatchObject({ handoff: true, reason, answer: null });
    });
  }

  it('does not read a parcel ("kiện hàng") or an order cancellation as urgent', () => {
    expect(isUrgent('kiện hàng của tôi đâu')).toBe(false);
    expect(isUrgent('sự kiện khuyến mãi')).toBe(false);
    expect(isUrgent('làm sao để hủy đơn hàng')).toBe(false);
    expect(asksForPerson('nhân viên giao hàng đến chưa')).toBe(false);
  });

  it('hands VIP and at-risk contacts to a person, in EN and VI', () => {
    for (const text of ['how long does a refund take', 'bao lâu thì được hoàn tiền']) {
      expect(decide(text, { contact: { attributes: { vip: true } } }).reason).toBe('vip');
      expect(decide(text, { contact: { attributes: { vip: 'yes' } } }).reason).toBe('vip');
      expect(decide(text, { contact: { attributes: { churnRisk: 'high' } } }).reason).toBe('at_risk');
      expect(decide(text, { contact: { attributes: { churn_risk: 'High' } } }).reason).toBe('at_risk');
      expect(decide(text, { contact: { attributes: {}, atRisk: true } }).reason).toBe('at_risk');
      expect(decide(text, { contact: { attributes: { vip: false, churnRisk: 'low' } } }).handoff).toBe(false);
    }
  });

  it('hands over on repeated failure: asked a third time, in EN and VI', () => {
    const english: BotTurn[] = [
      { author: 'customer', text: 'how long does a refund take' },
      { author: 'bot', text: 'Refunds reach your card within 5 working days.' },
      { author: 'customer', text: 'how long does the refund take exactly' },
      { author: 'bot', text: 'Refunds reach your card within 5 working days.' },
    ];
    expect(decide('how long will my refund take', { history: english }).reason).toBe('repeated_failure');
    expect(decide('how long will my refund take', { history: english.slice(0, 2) }).handoff).toBe(false);
    const vietnamese: BotTurn[] = [
      { author: 'customer', text: 'bao lâu thì được hoàn tiền' },
      { author: 'bot', text: 'Tiền hoàn về thẻ của bạn trong vòng 5 ngày làm việc.' },
      { author: 'customer', text: 'hoàn tiền mất bao lâu' },
      { author: 'bot', text: 'Tiền hoàn về thẻ của bạn trong vòng 5 ngày làm việc.' },
    ];
    expect(decide('bao lau moi duoc hoan tien', { history: vietnamese }).reason).toBe('repeated_failure');
    // An agent in between starts over.
    const withAgent: BotTurn[] = [
      ...vietnamese.slice(0, 2),
      { author: 'agent', text: 'Chào bạn' },
      ...vietnamese.slice(2),
    ];
    expect(decide('bao lau moi duoc hoan tien', { history: withAgent }).handoff).toBe(false);
  });

  it('hands over when the bot fell short twice in a row', () => {
    const history: BotTurn[] = [
      { author: 'customer', text: 'x' },
      { author: 'bot', text: 'Sorry?', confidence: 0.1 },
      { author: 'customer', text: 'y' },
      { author: 'bot', text: 'Sorry?', handoff: true },
    ];
    expect(decide('how long does a refund take', { history }).reason).toBe('repeated_failure');
  });

  it('applies workspace rules over text, language, sentiment and contact attributes', () => {
    const settings: BotSettings = {
      ...DEFAULT_BOT_SETTINGS,
      handoffRules: [
        { condition: { field: 'text', op: 'contains', value: 'hoan tien' }, reason: 'refunds go to billing' },
        {
          condition: {
            all: [
              { field: 'language', op: 'eq', value: 'en' },
              { field: 'contact.plan', op: 'in', value: ['enterprise', 'gold'] },
            ],
          },
          reason: 'big customers',
        },
      ],
    };
    expect(decide('Hoàn tiền bao lâu?', {}, settings)).toMatchObject({
      reason: 'workspace_rule',
      detail: 'refunds go to billing',
    });
    expect(
      decide('how long does a refund take', { contact: { attributes: { plan: 'gold' } } }, settings),
    ).toMatchObject({
      reason: 'workspace_rule',
      detail: 'big customers',
    });
    expect(
      decide('how long does a refund take', { contact: { attributes: { plan: 'free' } } }, settings).handoff,
    ).toBe(false);
  });

  it('says bot_disabled when the bot is off, before anything else', () => {
    expect(decide('talk to a human', {}, { ...DEFAULT_BOT_SETTINGS, enabled: false }).reason).toBe(
      'bot_disabled',
    );
  });

  it('follows its threshold', () => {
    const strict = decide('refund for my flight', {}, { ...DEFAULT_BOT_SETTINGS, threshold: 0.99 });
    expect(strict.handoff).toBe(true);
    const lax = decide('refund for my flight', {}, { ...DEFAULT_BOT_SETTINGS, threshold: 0.1 });
    expect(lax).toMatchObject({ handoff: false, articleId: 'refunds' });
  });
});

describe('intent matching', () => {
  it('scores a question none of the intents is about low even when the classifier is sure', () => {
    const model = knowledge.intents;
    if (!model) throw new Error('no model');
    const weather = matchIntent(model, 'what is the weather like');
    expect(weather?.coverage).toBe(0);
    expect(weather?.confidence).toBe(0);
    expect(matchIntent(model, 'weather', 'probability')?.confidence).toBeGreaterThan(0);
    expect(matchIntent(model, 'when are you open')?.name).toBe('opening_hours');
  });

  it('works with a single intent (no classifier) by coverage alone', () => {
    const single = buildIntentModel([{ name: 'hours', examples: ['opening hours'], reply: { en: '9-5' } }]);
    expect(single.classifier).toBeNull();
    expect(matchIntent(single, 'opening hours')?.confidence).toBe(1);
    expect(matchIntent(single, 'refund')?.confidence).toBe(0);
  });
});

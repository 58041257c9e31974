import { validateSubmission } from '@touchpoint/core';
import type { TAnswerValue, TSurveyDefinition } from '@touchpoint/schemas';
import { type Insertable, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Database } from '../../platform/db/schema';
import { inTransaction } from '../../platform/db/transaction';
import { systemPrincipal } from '../../platform/http/principal';
import { createAnnotation } from '../annotations/index';
import { resolveContact } from '../contacts/index';
import { createJourney } from '../journeys/index';
import { rebuildRollups } from '../metrics/index';
import { createSurvey, setSurveyStatus } from '../surveys/index';
import { createTopic, reanalyzeWorkspace } from '../text/index';
import { seedDriverCohort } from './demo-drivers';
import {
  DEMO_COMMENTS,
  DEMO_EMERGING_COMMENTS,
  DEMO_JOURNEY,
  DEMO_SURVEYS,
  DEMO_TOPICS,
} from './demo-journey';
import { createRandom, type Random, score } from './demo-random';

const CITIES = ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Cần Thơ', 'Hải Phòng'];
const TIERS = ['member', 'silver', 'gold'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Khoa',
  'Lan',
  'Minh',
  'Nam',
  'Phương',
  'Quân',
  'Thảo',
  'Vy',
];

function comment(random: Random, band: 'detractor' | 'passive' | 'promoter', language: 'en' | 'vi'): string {
  return random.pick(DEMO_COMMENTS[band][language]);
}

/** Answers that follow each demo survey's logic. */
function answersFor(name: string, random: Random, language: 'en' | 'vi'): Record<string, TAnswerValue> {
  switch (name) {
    case 'Relationship NPS': {
      // Satisfaction with delivery (weak), products (good) and support drives the recommendation, delivery
      // most: the driver analysis should put delivery in "fix first".
      const delivery = score(random, 1, 5, -0.2);
      const product = score(random, 1, 5, 0.6);
      const support = score(random, 1, 5, 0.3);
      const raw =
        (delivery - 1) * 1.3 + (product - 1) * 0.8 + (support - 1) * 0.4 + (random.next() - 0.5) * 2;
      const nps = Math.max(0, Math.min(10, Math.round(raw)));
      const band = nps <= 6 ? 'detractor' : nps <= 8 ? 'passive' : 'promoter';
      const sats = { delivery_sat: delivery, product_sat: product, support_sat: support };
      if (band === 'promoter') return { nps, ...sats, love: comment(random, band, language) };
      return random.next() < 0.75
        ? { nps, ...sats, improve: comment(random, band, language) }
        : { nps, ...sats };
    }
    case 'Delivery CSAT': {
      const csat = score(random, 1, 5, 0.1);
      if (csat >= 4)
        return random.next() < 0.4 ? { csat, comment: comment(random, 'promoter', language) } : { csat };
      const issue = random.pick(['late', 'late', 'late', 'damaged', 'courier', 'wrong_item']);
      return { csat, issue, comment: comment(random, 'detractor', language) };
    }
    case 'Post-support CES': {
      const ces = score(random, 1, 7, 0.2);
      const resolved = ces >= 5 ? random.pick(['yes', 'yes', 'partly']) : random.pick(['partly', 'no', 'no']);
      return ces >= 5 ? { ces, resolved } : { ces, resolved, why: comment(random, 'detractor', language) };
    }
    default: {
      const ease = score(random, 1, 5, 0.5);
      const payment = random.next() < 0.3 ? ['card', 'momo'] : [random.pick(['card', 'momo', 'cod', 'bank'])];
      return ease <= 2
        ? { ease, payment, comment: comment(random, 'detractor', language) }
        : { ease, payment };
    }
  }
}

/**
 * A short in-store survey added after the original demo data, from its own generator: shoppers like the
 * visit (high CSAT) yet would not recommend the brand (NPS below zero), the "satisfied is not loyal" row
 * of the loyalty view. No open text, so the text analytics of the demo are unchanged.
 */
const STORE_SURVEY: TSurveyDefinition = {
  defaultLanguage: 'vi',
  languages: ['vi', 'en'],
  hiddenFields: [],
  questions: [
    {
      id: 'visit_sat',
      type: 'csat',
      required: true,
      text: {
        vi: 'Bạn hài lòng thế nào với lần mua sắm tại cửa hàng hôm nay?',
        en: 'How satisfied are you with your store visit today?',
      },
    },
    {
      id: 'nps',
      type: 'nps',
      required: true,
      text: {
        vi: 'Bạn có sẵn lòng giới thiệu Lotus Retail cho bạn bè không?',
        en: 'How likely are you to recommend Lotus Retail to a friend?',
      },
    },
  ],
  logic: [],
  endings: [
    {
      id: 'thanks',
      title: { en: 'Thank you!', vi: 'Cảm ơn bạn!' },
      message: { en: 'See you again soon.', vi: 'Hẹn gặp lại bạn.' },
    },
  ],
};

async function seedStoreVisits(
  ctx: AppContext,
  workspaceId: string,
  touchpointId: string | null,
  contactIds: readonly string[],
  now: number,
): Promise<Insertable<Database['responses']>[]> {
  const principal = systemPrincipal(workspaceId);
  const survey = await createSurvey(ctx, principal, {
    name: 'In-store visit',
    touchpointId,
    ...STORE_SURVEY,
  });
  await setSurveyStatus(ctx, principal, survey.id, 'published');
  const random = createRandom(20261208);
  const rows: Insertable<Database['responses']>[] = [];
  for (let i = 0; i < 120; i++) {
    const language = random.next() < 0.7 ? 'vi' : 'en';
    // Mostly 4–5 on the visit, mostly passives and detractors on the recommendation.
    const answers = {
      visit_sat: random.next() < 0.86 ? random.int(4, 5) : random.int(1, 3),
      nps: random.pick([3, 5, 6, 7, 7, 8, 8, 9, 10]),
    };
    const { issues } = validateSubmission(STORE_SURVEY, { answers, hiddenFields: {}, finished: true });
    if (issues.length > 0) throw new Error(`demo store visit does not fit: ${JSON.stringify(issues)}`);
    const createdAt = new Date(now - random.int(0, 89 * 24 * 60) * 60_000);
    rows.push({
      workspaceId,
      id: uuidv7(),
      surveyId: survey.id,
      surveyVersion: 1,
      touchpointId,
      contactId: random.next() < 0.6 ? random.pick(contactIds) : null,
      linkId: null,
      idempotencyKey: `demo-store-${i}`,
      channel: 'qr',
      language,
      answers: JSON.stringify(answers),
      hiddenFields: JSON.stringify({}),
      meta: JSON.stringify({ source: 'demo' }),
      npsScore: answers.nps,
      finished: true,
      createdAt,
      updatedAt: createdAt,
      finishedAt: createdAt,
    });
  }
  return rows;
}

const ACCOUNTS = [
  'Saigon Office Supply',
  'Hanoi Hotels Group',
  'Mekong Foods',
  'Da Nang Builders',
  'VietTech',
];

/**
 * Attributes added to the demo contacts after everything else is generated, each from its own seeded
 * generator so the scores, comments and contacts of the demo stay exactly as they were:
 * - `account`: the company of contacts who answered as B2B customers;
 * - `retained`: whether the customer stayed, likelier the higher their NPS, so the loyalty view shows
 *   that what customers say and what they do go together, but not perfectly.
 */
function demoContactAttributes(
  rows: readonly Insertable<Database['responses']>[],
  contactIds: readonly string[],
): Map<string, Record<string, unknown>> {
  const b2b = new Set<string>();
  const scores = new Map<string, number[]>();
  for (const row of rows) {
    if (!row.contactId) continue;
    const hidden = JSON.parse(row.hiddenFields as string) as Record<string, string>;
    if (hidden.segment === 'b2b') b2b.add(row.contactId);
    if (typeof row.npsScore === 'number')
      scores.set(row.contactId, [...(scores.get(row.contactId) ?? []), row.npsScore]);
  }
  const accounts = createRandom(20261206);
  const retention = createRandom(20261207);
  const attributes = new Map<string, Record<string, unknown>>();
  for (const id of contactIds) {
    const own = scores.get(id);
    const meanNps = own ? own.reduce((sum, x) => sum + x, 0) / own.length : null;
    // 25 % of detractor-ish customers at 0 stay, 95 % at 10; customers without an NPS answer 60 %.
    const chance = meanNps === null ? 0.6 : 0.25 + 0.07 * meanNps;
    attributes.set(id, {
      retained: retention.next() < chance,
      ...(b2b.has(id) ? { account: accounts.pick(ACCOUNTS) } : {}),
    });
  }
  return attributes;
}

/**
 * The journey, surveys, contacts, events and about a thousand responses of the demo workspace, spread over
 * the last 90 days. Every generated response is checked with the same validator the public endpoint uses.
 */
export async function seedDemoListen(
  ctx: AppContext,
  workspaceId: string,
  teamIdsByName: Map<string, string>,
) {
  const principal = systemPrincipal(workspaceId);
  const random = createRandom(20261126);
  const journey = await createJourney(ctx, principal, {
    name: DEMO_JOURNEY.name,
    description: DEMO_JOURNEY.description,
    stages: DEMO_JOURNEY.stages.map((stage) => ({
      name: stage.name,
      touchpoints: stage.touchpoints.map((t) => ({
        name: t.name,
        description: t.description,
        ownerTeamId: teamIdsByName.get(t.team) ?? null,
        channels: t.channels,
      })),
    })),
  });
  const touchpointIdByKey = new Map<string, string>();
  const allTouchpoints = journey.stages.flatMap((s) => s.touchpoints);
  for (const stage of DEMO_JOURNEY.stages) {
    for (const t of stage.touchpoints) {
      const created = allTouchpoints.find((c) => c.name === t.name);
      if (created) touchpointIdByKey.set(t.key, created.id);
    }
  }

  const surveys: { id: string; name: string; touchpointId: string | null; definition: TSurveyDefinition }[] =
    [];
  for (const demo of DEMO_SURVEYS) {
    const survey = await createSurvey(ctx, principal, {
      name: demo.name,
      touchpointId: touchpointIdByKey.get(demo.touchpoint) ?? null,
      ...demo.definition,
    });
    await setSurveyStatus(ctx, principal, survey.id, 'published');
    surveys.push({
      id: survey.id,
      name: survey.name,
      touchpointId: survey.touchpointId,
      definition: demo.definition,
    });
  }

  const contactIds = await inTransaction(ctx, async (tx) => {
    const ids: string[] = [];
    for (let i = 1; i <= 160; i++) {
      const name = `${random.pick(FAMILY)} ${random.pick(GIVEN)}`;
      const { contact } = await resolveContact(
        tx,
        workspaceId,
        { externalId: `CUS-${String(10_000 + i)}`, email: `customer${i}@example.vn` },
        {
          name,
          city: random.pick(CITIES),
          tier: random.pick(TIERS),
          totalSpendVnd: random.int(2, 400) * 100_000,
          customerSince: new Date(Date.now() - random.int(30, 1500) * 86_400_000).toISOString().slice(0, 10),
        },
        'system',
      );
      ids.push(contact.id);
      const orders = random.int(0, 3);
      for (let o = 0; o < orders; o++) {
        await tx
          .insertInto('contactEvents')
          .values({
            workspaceId,
            contactId: contact.id,
            event: 'order.delivered',
            properties: JSON.stringify({
              orderId: `DH${random.int(100_000, 999_999)}`,
              valueVnd: random.int(1, 50) * 50_000,
            }),
            occurredAt: new Date(Date.now() - random.int(1, 90) * 86_400_000),
          })
          .execute();
      }
    }
    return ids;
  });

  const rows: Insertable<Database['responses']>[] = [];
  const now = Date.now();
  for (let i = 0; i < 1000; i++) {
    const survey = surveys[i % surveys.length] as (typeof surveys)[number];
    const language = random.next() < 0.6 ? 'vi' : 'en';
    const answers = answersFor(survey.name, random, language);
    const hiddenFields: Record<string, string> = {};
    if (survey.definition.hiddenFields.includes('segment'))
      hiddenFields.segment = random.pick(['retail', 'b2b']);
    if (survey.definition.hiddenFields.includes('order_id'))
      hiddenFields.order_id = `DH${random.int(100_000, 999_999)}`;
    if (survey.definition.hiddenFields.includes('agent'))
      hiddenFields.agent = random.pick(['hoa.pham', 'duc.vo']);
    const finished = random.next() < 0.93;
    const { issues } = validateSubmission(survey.definition, { answers, hiddenFields, finished });
    if (issues.length > 0)
      throw new Error(`demo response does not fit ${survey.name}: ${JSON.stringify(issues)}`);
    const createdAt = new Date(now - random.int(0, 89 * 24 * 60) * 60_000);
    const npsQuestion = survey.definition.questions.find((q) => q.type === 'nps');
    const nps = npsQuestion ? answers[npsQuestion.id] : undefined;
    rows.push({
      workspaceId,
      id: uuidv7(),
      surveyId: survey.id,
      surveyVersion: 1,
      touchpointId: survey.touchpointId,
      contactId: random.next() < 0.7 ? random.pick(contactIds) : null,
      linkId: null,
      idempotencyKey: `demo-${i}`,
      channel: random.pick(['link', 'email', 'qr', 'widget', 'sms'] as const),
      language,
      answers: JSON.stringify(answers),
      hiddenFields: JSON.stringify(hiddenFields),
      meta: JSON.stringify({ source: 'demo' }),
      npsScore: typeof nps === 'number' ? nps : null,
      finished,
      createdAt,
      updatedAt: createdAt,
      finishedAt: finished ? createdAt : null,
    });
  }
  // A separate generator, so adding the emerging theme left every score of the demo as it was.
  const emerging = createRandom(20261205);
  for (const row of rows) {
    if (row.createdAt === undefined || now - new Date(row.createdAt).getTime() > 21 * 86_400_000) continue;
    const answers = JSON.parse(row.answers as string) as Record<string, TAnswerValue>;
    for (const key of ['improve', 'comment', 'why']) {
      if (typeof answers[key] === 'string' && emerging.next() < 0.5) {
        answers[key] = emerging.pick(DEMO_EMERGING_COMMENTS[row.language === 'vi' ? 'vi' : 'en']);
      }
    }
    row.answers = JSON.stringify(answers);
  }
  const storeTouchpointId = touchpointIdByKey.get('store') ?? null;
  const storeRows = await seedStoreVisits(ctx, workspaceId, storeTouchpointId, contactIds, now);
  rows.push(...storeRows);
  const contactAttributes = demoContactAttributes(rows, contactIds);
  // New customers who answered both the relationship survey and touchpoint surveys (the driver views).
  rows.push(
    ...(await seedDriverCohort(ctx, workspaceId, {
      surveys,
      store: {
        id: storeRows[0]?.surveyId as string,
        name: 'In-store visit',
        touchpointId: storeTouchpointId,
        definition: STORE_SURVEY,
      },
      people: { cities: CITIES, tiers: TIERS, family: FAMILY, given: GIVEN, accounts: ACCOUNTS },
      now,
    })),
  );
  await inTransaction(ctx, async (tx) => {
    for (const [id, attributes] of contactAttributes) {
      await tx
        .updateTable('contacts')
        .set({ attributes: sql`attributes || ${JSON.stringify(attributes)}::jsonb` })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    }
    for (let start = 0; start < rows.length; start += 200) {
      await tx
        .insertInto('responses')
        .values(rows.slice(start, start + 200))
        .execute();
    }
    // Impressions: roughly three displays for every response, so response rates look like real ones.
    const displays = rows.flatMap((row) =>
      Array.from({ length: 3 }, () => ({
        workspaceId,
        id: uuidv7(),
        surveyId: row.surveyId,
        channel: row.channel,
        language: row.language,
        contactId: row.contactId,
        createdAt: row.createdAt,
      })),
    );
    for (let start = 0; start < displays.length; start += 500) {
      await tx
        .insertInto('surveyDisplays')
        .values(displays.slice(start, start + 500))
        .execute();
    }
  });
  // Responses were inserted in bulk, without per-response events: build their rollups once.
  await rebuildRollups(ctx, workspaceId);
  for (const topic of DEMO_TOPICS) {
    await createTopic(ctx, principal, {
      name: topic.name,
      description: topic.description,
      query: topic.query,
      ownerTeamId: teamIdsByName.get(topic.team) ?? null,
    });
  }
  // And their comments: language, sentiment, signals, PII redaction and topics.
  await reanalyzeWorkspace(ctx, workspaceId);
  // The release behind the emerging voucher-code complaints, marked on every trend.
  await createAnnotation(ctx, principal, {
    day: new Date(now - 21 * 86_400_000).toISOString().slice(0, 10),
    text: 'New app release (voucher codes)',
  });
  return { journeyId: journey.id, surveyIds: surveys.map((s) => s.id), responses: rows.length };
}

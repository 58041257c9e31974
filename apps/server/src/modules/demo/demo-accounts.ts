import { validateSubmission } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas';
import type { Insertable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Database } from '../../platform/db/schema';
import { inTransaction } from '../../platform/db/transaction';
import { systemPrincipal } from '../../platform/http/principal';
import { createCase } from '../cases/index';
import { rebuildRollups } from '../metrics/index';
import { createSurvey, setSurveyStatus } from '../surveys/index';
import { createRandom } from './demo-random';

const DAY_MS = 86_400_000;

const RELATIONSHIP_SURVEY: TSurveyDefinition = {
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  hiddenFields: [],
  questions: [
    {
      id: 'nps',
      type: 'nps',
      required: true,
      text: {
        en: 'How likely are you to recommend Lotus Retail Business to a colleague?',
        vi: 'Bạn có sẵn lòng giới thiệu Lotus Retail Business cho đồng nghiệp không?',
      },
    },
    {
      id: 'csat',
      type: 'csat',
      required: false,
      text: {
        en: 'How satisfied are you with your account team?',
        vi: 'Bạn hài lòng thế nào với đội ngũ phụ trách tài khoản?',
      },
    },
  ],
  logic: [],
  endings: [
    {
      id: 'thanks',
      title: { en: 'Thank you!', vi: 'Cảm ơn bạn!' },
      message: {
        en: 'Your account manager will read this.',
        vi: 'Người phụ trách tài khoản sẽ đọc ý kiến này.',
      },
    },
  ],
};

type Role = 'decision_maker' | 'influencer' | 'finance' | 'technical' | 'user';

/**
 * One person: role, name, and their answers as [NPS, days ago]; an empty list is a person who never
 * answered. CSAT follows the NPS (4–5 for promoters, 2–3 for detractors).
 */
type Person = [role: Role, name: string, answers: [number, number][]];

interface DemoAccount {
  name: string;
  domain: string;
  industry: string;
  plan: string;
  arr: number;
  renewalInDays: number;
  people: Person[];
}

// Mekong Foods is the account at risk: both decision makers were promoters last spring and have not
// answered for over 90 days, while its finance and user contacts are detractors with an open case.
const ACCOUNTS: DemoAccount[] = [
  {
    name: 'Mekong Foods',
    domain: 'mekongfoods.example',
    industry: 'Food distribution',
    plan: 'Enterprise',
    arr: 180_000,
    renewalInDays: 35,
    people: [
      ['decision_maker', 'Nguyễn Văn Hải', [[9, 150]]],
      ['decision_maker', 'Trần Thị Mai', [[10, 160]]],
      [
        'influencer',
        'Lê Quốc Bảo',
        [
          [4, 12],
          [7, 120],
        ],
      ],
      ['finance', 'Phạm Thu Trang', [[3, 20]]],
      ['user', 'Đỗ Minh Tuấn', [[5, 8]]],
      ['user', 'Vũ Thị Lan', [[6, 30]]],
    ],
  },
  {
    name: 'Saigon Office Supply',
    domain: 'saigonoffice.example',
    industry: 'Office supplies',
    plan: 'Business',
    arr: 95_000,
    renewalInDays: 200,
    people: [
      [
        'decision_maker',
        'Hoàng Anh Dũng',
        [
          [10, 14],
          [9, 110],
        ],
      ],
      ['decision_maker', 'Ngô Thị Hạnh', [[9, 40]]],
      ['technical', 'Bùi Văn Long', [[8, 25]]],
      ['user', 'Đặng Thị Ngọc', [[9, 5]]],
      ['user', 'Trịnh Công Sơn', [[10, 60]]],
    ],
  },
  {
    name: 'Hanoi Hotels Group',
    domain: 'hanoihotels.example',
    industry: 'Hospitality',
    plan: 'Enterprise',
    arr: 240_000,
    renewalInDays: 120,
    people: [
      ['decision_maker', 'Phan Thanh Tùng', [[9, 22]]],
      ['influencer', 'Lý Thị Hoa', [[8, 18]]],
      ['finance', 'Mai Văn Phúc', [[7, 50]]],
      ['technical', 'Tạ Quang Huy', [[6, 9]]],
      ['user', 'Đinh Thị Thảo', [[10, 33]]],
      ['user', 'Cao Minh Khoa', [[9, 70]]],
      ['user', 'Hồ Thị Yến', []],
    ],
  },
  {
    name: 'Da Nang Builders',
    domain: 'danangbuilders.example',
    industry: 'Construction',
    plan: 'Business',
    arr: 60_000,
    renewalInDays: 75,
    people: [
      ['decision_maker', 'Lương Văn Nam', [[7, 28]]],
      ['finance', 'Kiều Thị Nhung', [[6, 41]]],
      ['user', 'Châu Minh Đức', [[9, 16]]],
    ],
  },
  {
    name: 'VietTech',
    domain: 'viettech.example',
    industry: 'Software',
    plan: 'Enterprise',
    arr: 310_000,
    renewalInDays: 280,
    people: [
      ['decision_maker', 'Nguyễn Hoàng Long', [[10, 6]]],
      [
        'decision_maker',
        'Emily Tran',
        [
          [9, 44],
          [8, 130],
        ],
      ],
      ['influencer', 'Võ Thanh Tâm', [[9, 19]]],
      ['finance', 'Phùng Thị Vân', [[8, 52]]],
      ['technical', 'Daniel Pham', [[10, 11]]],
      ['technical', 'Lâm Quốc Việt', [[7, 38]]],
      ['user', 'Trương Mỹ Linh', [[9, 3]]],
      ['user', 'Hà Văn Thắng', [[6, 66]]],
    ],
  },
  {
    name: 'Lotus Pharma Distribution',
    domain: 'lotuspharma.example',
    industry: 'Pharmaceuticals',
    plan: 'Business',
    arr: 120_000,
    renewalInDays: 150,
    people: [
      ['decision_maker', 'Đoàn Thị Thu', [[8, 35]]],
      ['influencer', 'Quách Văn Bình', [[6, 27]]],
      ['user', 'Tôn Nữ Khánh', [[9, 13]]],
      ['user', 'Lưu Đức Anh', [[5, 58]]],
    ],
  },
  {
    name: 'Phu Quoc Resorts',
    domain: 'phuquocresorts.example',
    industry: 'Hospitality',
    plan: 'Business',
    arr: 85_000,
    renewalInDays: 320,
    people: [
      ['decision_maker', 'Sarah Nguyen', [[10, 21]]],
      ['finance', 'Âu Văn Lộc', [[9, 47]]],
      ['user', 'Thái Thị Hồng', [[10, 7]]],
    ],
  },
  {
    name: 'Can Tho Logistics',
    domain: 'cantholog.example',
    industry: 'Logistics',
    plan: 'Starter',
    arr: 40_000,
    renewalInDays: 55,
    people: [
      [
        'decision_maker',
        'Dương Văn Hùng',
        [
          [5, 15],
          [8, 140],
        ],
      ],
      ['technical', 'Khúc Thị Duyên', [[8, 31]]],
      ['user', 'Mạc Văn Tiến', [[9, 24]]],
      ['user', 'Giang Thị Oanh', [[7, 12]]],
    ],
  },
];

function emailOf(name: string, domain: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .split(/\s+/);
  return `${ascii.at(-1)}.${ascii[0]}@${domain}`;
}

/**
 * Eight B2B accounts with 3–8 people each in their roles and a relationship survey they answered over
 * the last six months: most accounts healthy, Mekong Foods at risk with silent decision makers and an
 * open case. People and responses are new rows, so the rest of the demo stays as it was.
 */
export async function seedDemoAccounts(ctx: AppContext, workspaceId: string, now = Date.now()) {
  const principal = systemPrincipal(workspaceId);
  // The same loyalty touchpoint as the consumer relationship survey: both measure the relationship, and
  // cross-touchpoint drivers keep choosing the survey most customers answered as their outcome.
  const loyalty = await ctx.db
    .selectFrom('surveys')
    .select('touchpointId')
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', 'Relationship NPS')
    .executeTakeFirst();
  const survey = await createSurvey(ctx, principal, {
    name: 'B2B relationship',
    ...RELATIONSHIP_SURVEY,
    touchpointId: loyalty?.touchpointId ?? null,
  });
  await setSurveyStatus(ctx, principal, survey.id, 'published');
  const random = createRandom(20261208);
  const responses: Insertable<Database['responses']>[] = [];
  let openCaseContact: string | null = null;
  await inTransaction(ctx, async (tx) => {
    for (const account of ACCOUNTS) {
      const accountId = uuidv7();
      const renewal = new Date(now + account.renewalInDays * DAY_MS).toISOString().slice(0, 10);
      await tx
        .insertInto('accounts')
        .values({
          workspaceId,
          id: accountId,
          name: account.name,
          domain: account.domain,
          externalId: account.domain.split('.')[0] as string,
          attributes: JSON.stringify({
            plan: account.plan,
            arr: account.arr,
            renewal_date: renewal,
            industry: account.industry,
          }),
        })
        .execute();
      for (const [role, name, answers] of account.people) {
        const contactId = uuidv7();
        // Vietnamese names carry diacritics; the few English names do not.
        const language = name.normalize('NFD') === name && /^[A-Za-z ]+$/.test(name) ? 'en' : 'vi';
        await tx
          .insertInto('contacts')
          .values({
            workspaceId,
            id: contactId,
            email: emailOf(name, account.domain),
            attributes: JSON.stringify({ name, company: account.name, language }),
          })
          .execute();
        await tx.insertInto('accountContacts').values({ workspaceId, accountId, contactId, role }).execute();
        if (account.name === 'Mekong Foods' && role === 'finance') openCaseContact = contactId;
        for (const [nps, daysAgo] of answers) {
          const csat = nps >= 9 ? random.int(4, 5) : nps >= 7 ? random.int(3, 4) : random.int(1, 3);
          const answer = { nps, csat };
          const { issues } = validateSubmission(RELATIONSHIP_SURVEY, {
            answers: answer,
            hiddenFields: {},
            finished: true,
          });
          if (issues.length > 0)
            throw new Error(`demo account answer does not fit: ${JSON.stringify(issues)}`);
          const createdAt = new Date(now - daysAgo * DAY_MS - random.int(0, 600) * 60_000);
          responses.push({
            workspaceId,
            id: uuidv7(),
            surveyId: survey.id,
            surveyVersion: 1,
            touchpointId: survey.touchpointId,
            contactId,
            linkId: null,
            idempotencyKey: `demo-b2b-${responses.length}`,
            channel: 'email',
            language,
            answers: JSON.stringify(answer),
            hiddenFields: JSON.stringify({}),
            meta: JSON.stringify({ source: 'demo' }),
            npsScore: nps,
            finished: true,
            createdAt,
            updatedAt: createdAt,
            finishedAt: createdAt,
          });
        }
      }
    }
    await tx.insertInto('responses').values(responses).execute();
  });
  if (openCaseContact) {
    await createCase(ctx, workspaceId, {
      title: 'Mekong Foods: invoices billed twice since the plan change',
      description: 'Finance says two invoices were charged twice; renewal is in five weeks.',
      priority: 'high',
      source: 'manual',
      actor: 'system',
      contactId: openCaseContact,
    });
  }
  await rebuildRollups(ctx, workspaceId);
  return { accounts: ACCOUNTS.length, responses: responses.length };
}

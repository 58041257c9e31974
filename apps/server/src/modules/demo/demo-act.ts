import { createHash, randomBytes } from 'node:crypto';
import { computeCaseDueDates } from '@touchpoint/core';
import { ZAutomationAction, ZAutomationTrigger, ZCondition } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { TBusinessHours, TSlaPolicy } from '../../platform/db/schema';
import { inTransaction } from '../../platform/db/transaction';
import { createRandom } from './demo-random';

// The demo's "Act" side: team hours and SLAs, alert rules, two months of cases worked by the teams (so the
// inbox and programme health have a history), an action plan on refunds, a coupon pool and automations.
// Written straight into the tables, back-dated: going through the services would stamp everything "now".

/** How many of the last two months' detractors became cases (a programme that does not reach them all yet). */
const DEMO_CASES = 48;

const VIETNAM_HOLIDAYS = [
  '2027-01-01',
  '2027-02-05',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  '2027-02-09',
  '2027-04-30',
  '2027-05-01',
  '2027-09-02',
];

const OFFICE_HOURS: TBusinessHours = {
  timeZone: 'Asia/Ho_Chi_Minh',
  days: Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [['08:30', '17:30']]])),
  holidays: VIETNAM_HOLIDAYS,
};

/** Support answers six days a week, longer hours. */
const SUPPORT_HOURS: TBusinessHours = {
  timeZone: 'Asia/Ho_Chi_Minh',
  days: Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((d) => [d, [['08:00', '20:00']]])),
  holidays: VIETNAM_HOLIDAYS,
};

const SUPPORT_SLA: TSlaPolicy = {
  firstAction: { urgent: 30, high: 120, normal: 240, low: 720 },
  resolve: { urgent: 240, high: 720, normal: 1440, low: 4320 },
};

/** Each demo team's business hours and SLA targets (null: the workspace defaults). */
const TEAM_CLOCKS = new Map<string, { hours: TBusinessHours; policy: TSlaPolicy | null }>([
  ['Support', { hours: SUPPORT_HOURS, policy: SUPPORT_SLA }],
  ['Operations', { hours: OFFICE_HOURS, policy: null }],
  ['Marketing', { hours: OFFICE_HOURS, policy: null }],
  ['Sales', { hours: OFFICE_HOURS, policy: null }],
  ['Product', { hours: OFFICE_HOURS, policy: null }],
  ['Customer Experience', { hours: OFFICE_HOURS, policy: null }],
]);

const NOTES = [
  'Called the customer, no answer. Will try again tomorrow.',
  'Checked the order: the refund was approved but stuck at the bank.',
  'Đã gọi cho khách, khách đồng ý chờ thêm 2 ngày.',
  'Courier confirmed the parcel was damaged in transit; replacement sent.',
  'Khách phàn nàn về thời gian chờ tổng đài, đã xin lỗi và tặng voucher.',
];

/** `LOTUS-` and six characters from an alphabet without look-alikes (0/O, 1/I). */
function couponCode(random: ReturnType<typeof createRandom>): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let code = 'LOTUS-';
  for (let i = 0; i < 6; i++) code += alphabet[random.int(0, alphabet.length - 1)];
  return code;
}

export async function seedDemoAct(ctx: AppContext, workspaceId: string, teamIdsByName: Map<string, string>) {
  const random = createRandom(20261207);
  const db = ctx.db;
  const team = (name: string) => teamIdsByName.get(name) ?? null;
  const surveys = await db
    .selectFrom('surveys')
    .select(['id', 'name', 'touchpointId'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const surveyId = (name: string) => surveys.find((s) => s.name === name)?.id ?? null;
  const topics = await db
    .selectFrom('topics')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const topicId = (name: string) => topics.find((t) => t.name === name)?.id ?? null;
  const touchpoints = await db
    .selectFrom('touchpoints')
    .select(['id', 'name', 'ownerTeamId'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const members = await db
    .selectFrom('teamMembers')
    .select(['teamId', 'userId'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('userId')
    .execute();
  const admin = await db
    .selectFrom('memberships')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();

  const relationshipNps = surveyId('Relationship NPS');
  const detractors = await db
    .selectFrom('responses')
    .select(['id', 'surveyId', 'touchpointId', 'contactId', 'npsScore', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('npsScore', '<=', 6)
    .where('contactId', 'is not', null)
    .where('createdAt', '>', new Date(Date.now() - 60 * 86_400_000))
    .orderBy('createdAt')
    .execute();

  const refundTopic = topicId('Refunds');
  const refundResponses = new Set(
    refundTopic === null
      ? []
      : (
          await db
            .selectFrom('textTopicMatches')
            .select('itemId')
            .where('workspaceId', '=', workspaceId)
            .where('itemKind', '=', 'response')
            .where('topicId', '=', refundTopic)
            .execute()
        ).map((m) => m.itemId),
  );

  await inTransaction(ctx, async (tx) => {
    for (const [name, { hours, policy: sla }] of TEAM_CLOCKS) {
      await tx
        .updateTable('teams')
        .set({ businessHours: JSON.stringify(hours), slaPolicy: sla ? JSON.stringify(sla) : null })
        .where('workspaceId', '=', workspaceId)
        .where('name', '=', name)
        .execute();
    }

    const detractorRuleId = uuidv7();
    await tx
      .insertInto('alertRules')
      .values([
        {
          workspaceId,
          id: detractorRuleId,
          name: 'Detractors (relationship NPS)',
          surveyId: relationshipNps,
          condition: JSON.stringify(ZCondition.parse({ all: [{ field: 'nps', op: 'lte', value: 6 }] })),
          createCase: JSON.stringify({ priority: 'high' }),
          notify: JSON.stringify({ teamIds: [], userIds: [] }),
          createdBy: admin.userId,
        },
        {
          workspaceId,
          id: uuidv7(),
          name: 'Churn threats in any comment',
          surveyId: null,
          condition: JSON.stringify(
            ZCondition.parse({ any: [{ field: 'urgency', op: 'contains', value: 'churn_threat' }] }),
          ),
          createCase: JSON.stringify({ priority: 'urgent' }),
          notify: JSON.stringify({ teamIds: [team('Customer Experience')].filter(Boolean), userIds: [] }),
          createdBy: admin.userId,
        },
        {
          workspaceId,
          id: uuidv7(),
          name: 'NPS drop (week vs previous 4 weeks)',
          kind: 'anomaly',
          surveyId: null,
          condition: null,
          anomaly: JSON.stringify({ metric: 'nps', touchpointId: null, windowDays: 7, baselineDays: 28 }),
          createCase: null,
          notify: JSON.stringify({ teamIds: [team('Customer Experience')].filter(Boolean), userIds: [] }),
          createdBy: admin.userId,
        },
      ])
      .execute();

    // About forty detractors of the last two months became cases, worked by the owning team.
    const roundRobin = new Map<string, number>();
    const refundCaseIds: string[] = [];
    let number = 0;
    const teamNameById = new Map([...teamIdsByName].map(([name, id]) => [id, name]));
    const clocksOf = (teamId: string | null) =>
      TEAM_CLOCKS.get(teamNameById.get(teamId ?? '') ?? '') ?? { hours: null, policy: null };
    // Relationship detractors and refund complaints, taken evenly across the two months (oldest first), so
    // the history has closed cases as well as fresh ones.
    const candidates = detractors.filter((r) => r.surveyId === relationshipNps || refundResponses.has(r.id));
    const step = Math.max(1, candidates.length / DEMO_CASES);
    const picked = Array.from(
      { length: Math.min(DEMO_CASES, candidates.length) },
      (_, i) => candidates[Math.floor(i * step)],
    ).filter((r): r is (typeof candidates)[number] => r !== undefined);
    for (const response of picked) {
      const isRefund = refundResponses.has(response.id);
      number += 1;
      const touchpoint = touchpoints.find((t) => t.id === response.touchpointId);
      const teamId = isRefund ? team('Support') : (touchpoint?.ownerTeamId ?? team('Customer Experience'));
      const teamMembers = members.filter((m) => m.teamId === teamId);
      const turn = roundRobin.get(teamId ?? '') ?? 0;
      roundRobin.set(teamId ?? '', turn + 1);
      const assigneeId = teamMembers.length ? (teamMembers[turn % teamMembers.length]?.userId ?? null) : null;
      const createdAt = new Date(response.createdAt.getTime() + random.int(1, 30) * 60_000);
      const ageDays = (Date.now() - createdAt.getTime()) / 86_400_000;
      const { hours, policy } = clocksOf(teamId);
      const due = computeCaseDueDates({ createdAt, priority: 'high', hours, policy });
      const acted = ageDays > 1 || random.next() < 0.5;
      const firstActionAt = acted
        ? new Date(createdAt.getTime() + random.int(10, ageDays > 20 ? 2_400 : 600) * 60_000)
        : null;
      const status =
        ageDays > 14
          ? random.next() < 0.8
            ? 'closed'
            : 'resolved'
          : ageDays > 4
            ? random.pick(['resolved', 'waiting_on_customer', 'in_progress'] as const)
            : acted
              ? 'in_progress'
              : 'new';
      const resolvedAt =
        status === 'resolved' || status === 'closed'
          ? new Date((firstActionAt ?? createdAt).getTime() + random.int(60, 4_000) * 60_000)
          : null;
      const followedUp = acted && random.next() < 0.7;
      const feltHeard = followedUp && resolvedAt ? random.next() < 0.75 : null;
      const caseId = uuidv7();
      if (isRefund) refundCaseIds.push(caseId);
      await tx
        .insertInto('cases')
        .values({
          workspaceId,
          id: caseId,
          number,
          title: isRefund ? 'Refund not received' : `Detractor (${response.npsScore}/10) needs a call back`,
          status,
          priority: 'high',
          source: 'alert',
          alertRuleId: response.surveyId === relationshipNps ? detractorRuleId : null,
          contactId: response.contactId,
          touchpointId: response.touchpointId,
          topicId: isRefund ? refundTopic : null,
          teamId,
          assigneeId,
          firstActionDueAt: due.firstActionDueAt,
          resolveDueAt: due.resolveDueAt,
          firstActionAt,
          resolvedAt,
          closedAt: status === 'closed' && resolvedAt ? new Date(resolvedAt.getTime() + 86_400_000) : null,
          firstActionBreached: (firstActionAt ?? new Date()) > due.firstActionDueAt,
          resolveBreached: (resolvedAt ?? new Date()) > due.resolveDueAt,
          escalationLevel: (resolvedAt ?? new Date()) > due.resolveDueAt ? 2 : 0,
          outcome: feltHeard === null ? null : feltHeard ? 'resolved' : 'not_resolved',
          createdBy: 'system',
          createdAt,
          updatedAt: resolvedAt ?? firstActionAt ?? createdAt,
        })
        .execute();
      await tx
        .insertInto('caseItems')
        .values({ workspaceId, caseId, itemKind: 'response', itemId: response.id })
        .execute();
      if (response.surveyId === relationshipNps) {
        await tx
          .insertInto('alerts')
          .values({
            workspaceId,
            id: uuidv7(),
            ruleId: detractorRuleId,
            subjectKind: 'response',
            subjectKey: response.id,
            caseId,
            facts: JSON.stringify({ nps: response.npsScore }),
            firedAt: createdAt,
          })
          .execute();
      }
      const activities: { kind: string; actor: string; body: string; data: object; at: Date }[] = [
        { kind: 'created', actor: 'system', body: '', data: { source: 'alert' }, at: createdAt },
      ];
      if (firstActionAt) {
        activities.push({
          kind: 'note',
          actor: `user:${assigneeId ?? admin.userId}`,
          body: random.pick(NOTES),
          data: {},
          at: firstActionAt,
        });
      }
      if (followedUp && firstActionAt) {
        const sentAt = new Date(firstActionAt.getTime() + 30 * 60_000);
        await tx
          .insertInto('caseFollowUps')
          .values({
            workspaceId,
            id: uuidv7(),
            caseId,
            toAddress: `customer-${response.contactId?.slice(-6)}@example.vn`,
            subject: 'About your recent feedback',
            body: 'We are sorry about your experience and have looked into it.',
            status: 'sent',
            tokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
            feltHeard,
            answeredAt: feltHeard === null ? null : new Date(sentAt.getTime() + 86_400_000),
            createdBy: `user:${assigneeId ?? admin.userId}`,
            createdAt: sentAt,
            sentAt,
          })
          .execute();
        activities.push({
          kind: 'follow_up',
          actor: `user:${assigneeId ?? admin.userId}`,
          body: 'About your recent feedback',
          data: { channel: 'email' },
          at: sentAt,
        });
      }
      if (resolvedAt) {
        activities.push({
          kind: 'status',
          actor: `user:${assigneeId ?? admin.userId}`,
          body: '',
          data: { from: 'in_progress', to: 'resolved' },
          at: resolvedAt,
        });
      }
      for (const a of activities) {
        await tx
          .insertInto('caseActivities')
          .values({
            workspaceId,
            caseId,
            kind: a.kind,
            actor: a.actor,
            body: a.body,
            data: JSON.stringify(a.data),
            createdAt: a.at,
          })
          .execute();
      }
    }

    // The outer loop: refund complaints linked to one plan, owned by Support.
    const planId = uuidv7();
    await tx
      .insertInto('actionPlans')
      .values({
        workspaceId,
        id: planId,
        title: 'Refunds within 5 days',
        description:
          'Refunds wait for a weekly batch at the bank. Move to daily payouts and tell customers the date up front.',
        topicId: refundTopic,
        // No touchpoint: refunds go wrong across the journey, so the plan is measured on the NPS of every
        // response that mentions them.
        touchpointId: null,
        ownerTeamId: team('Support'),
        dueDate: new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10),
        status: 'in_progress',
        metric: 'nps',
        expectedEffect: 5,
        announcementSubject: 'You said refunds took too long — here is what we changed',
        announcementBody:
          'Thank you for telling us. Refunds are now paid out every day, and you get the date in the confirmation email.',
        createdBy: `user:${admin.userId}`,
        createdAt: new Date(Date.now() - 20 * 86_400_000),
        updatedAt: new Date(Date.now() - 20 * 86_400_000),
      })
      .execute();
    if (refundCaseIds.length > 0) {
      await tx
        .updateTable('cases')
        .set({ actionPlanId: planId })
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', refundCaseIds)
        .execute();
    }

    // A recovery voucher pool and the two "wow" automations, live; and one left to be switched on.
    const poolId = uuidv7();
    await tx
      .insertInto('couponPools')
      .values({ workspaceId, id: poolId, name: 'Recovery voucher 100k', description: '100,000 VND off' })
      .execute();
    const codes = new Set<string>();
    while (codes.size < 200) codes.add(couponCode(random));
    await tx
      .insertInto('couponCodes')
      .values([...codes].map((code) => ({ workspaceId, poolId, code })))
      .execute();
    const rules = [
      {
        name: 'Recovery voucher for detractors',
        description: 'Say sorry with a voucher as soon as a relationship NPS detractor answers.',
        trigger: {
          type: 'score.band',
          metric: 'nps',
          band: 'detractor',
          surveyId: relationshipNps ?? undefined,
        },
        condition: null,
        actions: [
          {
            type: 'send_email',
            subject: 'We are sorry — a voucher from Lotus Retail',
            body: 'Hi {{customerName}},\n\nThank you for telling us what went wrong. We are on it, and we would like to make it up to you: use the code {{coupon}} for 100,000 VND off your next order.\n\nLotus Retail',
            couponPoolId: poolId,
          },
        ],
        active: true,
      },
      {
        name: 'Thank promoters',
        description: 'A personal thank-you to every relationship NPS promoter.',
        trigger: {
          type: 'score.band',
          metric: 'nps',
          band: 'promoter',
          surveyId: relationshipNps ?? undefined,
        },
        condition: null,
        actions: [
          {
            type: 'send_email',
            subject: 'Thank you from Lotus Retail',
            body: 'Hi {{customerName}},\n\nThank you for recommending us — it means a lot to the whole team.\n\nLotus Retail',
          },
        ],
        active: true,
      },
      {
        name: 'Tag churn threats',
        description:
          'Any comment that threatens to leave gets tagged and an urgent case for Customer Experience.',
        trigger: { type: 'response.received' },
        condition: { all: [{ field: 'urgency', op: 'contains', value: 'churn_threat' }] },
        actions: [
          { type: 'tag', tag: 'churn-risk' },
          { type: 'create_case', priority: 'urgent', teamId: team('Customer Experience') ?? undefined },
        ],
        active: false,
      },
    ];
    for (const rule of rules) {
      await tx
        .insertInto('automationRules')
        .values({
          workspaceId,
          id: uuidv7(),
          name: rule.name,
          description: rule.description,
          // Parsed with the API's own schemas, so the demo can never hold a rule the API would refuse.
          trigger: JSON.stringify(ZAutomationTrigger.parse(rule.trigger)),
          condition: rule.condition ? JSON.stringify(ZCondition.parse(rule.condition)) : null,
          actions: JSON.stringify(rule.actions.map((a) => ZAutomationAction.parse(a))),
          active: rule.active,
          createdBy: admin.userId,
        })
        .execute();
    }
  });
  return { cases: await countCases(ctx, workspaceId) };
}

async function countCases(ctx: AppContext, workspaceId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

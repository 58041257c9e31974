import type { TActionPlan, TActionPlanDetail, TActionPlanStatus } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { type PiiView, piiViewOf } from '../../platform/pii-view';
import { planImpact } from './plan-impact';
import { announcePlanJob } from './plan-notices.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PLAN_COLUMNS = [
  'p.id',
  'p.title',
  'p.description',
  'p.topicId',
  'p.touchpointId',
  'p.ownerTeamId',
  'p.dueDate',
  'p.status',
  'p.metric',
  'p.expectedEffect',
  'p.announcementSubject',
  'p.announcementBody',
  'p.completedAt',
  'p.announcedAt',
  'p.createdBy',
  'p.createdAt',
  'p.updatedAt',
] as const;

function planRows(db: Db | Tx, workspaceId: string) {
  return db
    .selectFrom('actionPlans as p')
    .select(PLAN_COLUMNS)
    .select(
      sql<number>`(SELECT count(*)::int FROM cases c WHERE c.workspace_id = p.workspace_id AND c.action_plan_id = p.id)`.as(
        'caseCount',
      ),
    )
    .where('p.workspaceId', '=', workspaceId);
}
type PlanRow = Awaited<ReturnType<ReturnType<typeof planRows>['execute']>>[number];

function presentPlan(row: PlanRow): TActionPlan {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    topicId: row.topicId,
    touchpointId: row.touchpointId,
    ownerTeamId: row.ownerTeamId,
    dueDate: row.dueDate,
    status: row.status,
    metric: row.metric,
    expectedEffect: row.expectedEffect,
    announcementSubject: row.announcementSubject,
    announcementBody: row.announcementBody,
    caseCount: Number(row.caseCount),
    completedAt: row.completedAt?.toISOString() ?? null,
    announcedAt: row.announcedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findPlan(db: Db | Tx, workspaceId: string, id: string): Promise<PlanRow> {
  const row = await planRows(db, workspaceId).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound('action plan');
  return row;
}

/** A referenced topic, touchpoint or team must exist in the workspace (another workspace's is "not found"). */
async function assertReferences(
  tx: Tx,
  workspaceId: string,
  refs: { topicId?: string | null; touchpointId?: string | null; ownerTeamId?: string | null },
): Promise<void> {
  const checks = [
    ['topics', refs.topicId, 'body.topicId'],
    ['touchpoints', refs.touchpointId, 'body.touchpointId'],
    ['teams', refs.ownerTeamId, 'body.ownerTeamId'],
  ] as const;
  for (const [table, id, param] of checks) {
    if (!id) continue;
    const row = await tx
      .selectFrom(table)
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) {
      throw new AppError('VALIDATION_FAILED', `${param}: not found in this workspace`, [
        { name: param, reason: 'not found in this workspace' },
      ]);
    }
  }
}

export async function listActionPlans(
  ctx: AppContext,
  workspaceId: string,
  query: {
    limit: number;
    cursor?: string | undefined;
    status?: TActionPlanStatus | undefined;
    ownerTeamId?: string | undefined;
  },
) {
  const before = decodeCursor(query.cursor);
  if (before !== undefined && !UUID.test(before)) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  }
  const rows = await planRows(ctx.db, workspaceId)
    .$if(Boolean(query.status), (q) => q.where('p.status', '=', query.status as TActionPlanStatus))
    .$if(Boolean(query.ownerTeamId), (q) => q.where('p.ownerTeamId', '=', query.ownerTeamId as string))
    .$if(before !== undefined, (q) => q.where('p.id', '<', before as string))
    .orderBy('p.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (row) => row.id, presentPlan);
}

async function noticeCounts(db: Db, workspaceId: string, planId: string) {
  const rows = await db
    .selectFrom('actionPlanNotices')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspaceId', '=', workspaceId)
    .where('planId', '=', planId)
    .groupBy('status')
    .execute();
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return {
    sent: count('sent'),
    skipped: {
      unsubscribed: count('skipped_unsubscribed'),
      budget: count('skipped_budget'),
      noEmail: count('skipped_no_email'),
    },
    failed: count('failed'),
  };
}

/** A plan with its linked cases, its metric before and after, and what its announcement did. */
export async function getActionPlan(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  pii: PiiView,
): Promise<TActionPlanDetail> {
  const row = await findPlan(ctx.db, workspaceId, id);
  const cases = await ctx.db
    .selectFrom('cases as c')
    .leftJoin('contacts as ct', (join) =>
      join.onRef('ct.workspaceId', '=', 'c.workspaceId').onRef('ct.id', '=', 'c.contactId'),
    )
    .select([
      'c.id',
      'c.number',
      'c.title',
      'c.status',
      'c.priority',
      'c.contactId',
      'ct.email as contactEmail',
      'ct.phone as contactPhone',
      'ct.attributes as contactAttributes',
    ])
    .where('c.workspaceId', '=', workspaceId)
    .where('c.actionPlanId', '=', id)
    .orderBy('c.number')
    .limit(1000)
    .execute();
  return {
    ...presentPlan(row),
    // Case titles quote feedback, so they follow the same redaction as the cases themselves, the
    // contact's own name, email and phone included.
    cases: cases.map(({ contactEmail, contactPhone, contactAttributes, ...c }) => {
      const name = contactAttributes?.name;
      const known = [typeof name === 'string' ? name : null, contactEmail, contactPhone];
      return { ...c, title: pii.text(c.title, known) };
    }),
    impact: await planImpact(ctx, workspaceId, row),
    notices: await noticeCounts(ctx.db, workspaceId, id),
  };
}

type PlanInput = {
  title: string;
  description: string;
  topicId: string | null;
  touchpointId: string | null;
  ownerTeamId: string | null;
  dueDate: string | null;
  status: TActionPlanStatus;
  metric: 'nps' | 'csat' | 'ces';
  expectedEffect: number | null;
  announcementSubject: string | null;
  announcementBody: string | null;
};

const hasAnnouncement = (plan: { announcementSubject: string | null; announcementBody: string | null }) =>
  Boolean(plan.announcementSubject && plan.announcementBody);

/** Queues the "you said, we did" notices of a done plan (the job is idempotent per plan and contact). */
async function queueAnnouncement(ctx: AppContext, workspaceId: string, planId: string): Promise<void> {
  await ctx.jobs.send(announcePlanJob, { workspaceId, planId });
}

export async function createActionPlan(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: PlanInput,
): Promise<TActionPlanDetail> {
  const id = uuidv7();
  const now = new Date();
  await inTransaction(ctx, async (tx) => {
    await assertReferences(tx, principal.workspaceId, input);
    await tx
      .insertInto('actionPlans')
      .values({
        workspaceId: principal.workspaceId,
        id,
        ...input,
        completedAt: input.status === 'done' ? now : null,
        createdBy: actorOf(principal),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'action_plan.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: {
        title: input.title,
        status: input.status,
        topicId: input.topicId,
        touchpointId: input.touchpointId,
      },
    });
  });
  if (input.status === 'done' && hasAnnouncement(input))
    await queueAnnouncement(ctx, principal.workspaceId, id);
  return getActionPlan(ctx, principal.workspaceId, id, piiViewOf(principal));
}

export async function updateActionPlan(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  changes: Partial<PlanInput>,
): Promise<TActionPlanDetail> {
  const shouldAnnounce = await inTransaction(ctx, async (tx) => {
    const current = await tx
      .selectFrom('actionPlans')
      .selectAll()
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw AppError.notFound('action plan');
    await assertReferences(tx, principal.workspaceId, changes);
    const diff: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(changes) as [keyof PlanInput, unknown][]) {
      if (value !== undefined && value !== current[key]) diff[key] = { from: current[key], to: value };
    }
    if (Object.keys(diff).length === 0) return false;
    const becomesDone = changes.status === 'done' && current.status !== 'done';
    const leavesDone = changes.status !== undefined && changes.status !== 'done' && current.status === 'done';
    const now = new Date();
    await tx
      .updateTable('actionPlans')
      .set({
        ...changes,
        ...(becomesDone ? { completedAt: now } : {}),
        ...(leavesDone ? { completedAt: null } : {}),
        updatedAt: now,
      })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'action_plan.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { planId: id, changes: diff },
    });
    const after = { ...current, ...changes };
    const announcementChanged = 'announcementSubject' in diff || 'announcementBody' in diff;
    return after.status === 'done' && hasAnnouncement(after) && (becomesDone || announcementChanged);
  });
  if (shouldAnnounce) await queueAnnouncement(ctx, principal.workspaceId, id);
  return getActionPlan(ctx, principal.workspaceId, id, piiViewOf(principal));
}

export async function deleteActionPlan(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const plan = await tx
      .selectFrom('actionPlans')
      .select(['title'])
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!plan) throw AppError.notFound('action plan');
    // The cases stay; they only lose their link to the plan.
    await tx
      .updateTable('cases')
      .set({ actionPlanId: null })
      .where('workspaceId', '=', principal.workspaceId)
      .where('actionPlanId', '=', id)
      .execute();
    await tx
      .deleteFrom('actionPlans')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'action_plan.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { title: plan.title },
    });
  });
}

/**
 * Links cases, by id or by number, to a plan (a case belongs to at most one plan: linking moves it).
 * Anything not found in the workspace is a 400 and nothing is linked.
 */
export async function linkCases(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  planId: string,
  refs: { caseIds?: string[] | undefined; caseNumbers?: number[] | undefined },
): Promise<TActionPlanDetail> {
  await inTransaction(ctx, async (tx) => {
    await findPlan(tx, principal.workspaceId, planId);
    const ids = new Set(refs.caseIds ?? []);
    const numbers = [...new Set(refs.caseNumbers ?? [])];
    if (numbers.length > 0) {
      const found = await tx
        .selectFrom('cases')
        .select(['id', 'number'])
        .where('workspaceId', '=', principal.workspaceId)
        .where('number', 'in', numbers)
        .execute();
      const missing = numbers.filter((n) => !found.some((row) => row.number === n));
      if (missing.length > 0) {
        const reason = `no such case number in this workspace: ${missing.join(', ')}`;
        throw new AppError('VALIDATION_FAILED', `body.caseNumbers: ${reason}`, [
          { name: 'body.caseNumbers', reason },
        ]);
      }
      for (const row of found) ids.add(row.id);
    }
    const wanted = [...ids];
    const updated = await tx
      .updateTable('cases')
      .set({ actionPlanId: planId, updatedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', 'in', wanted)
      .returning('id')
      .execute();
    if (updated.length !== wanted.length) {
      const linked = new Set(updated.map((r) => r.id));
      const reason = `no such case in this workspace: ${wanted.filter((x) => !linked.has(x)).join(', ')}`;
      // Throwing rolls the partial update back.
      throw new AppError('VALIDATION_FAILED', `body.caseIds: ${reason}`, [{ name: 'body.caseIds', reason }]);
    }
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'action_plan.cases_linked',
      actor: actorOf(principal),
      subjectId: planId,
      payload: { planId, caseIds: wanted },
    });
  });
  return getActionPlan(ctx, principal.workspaceId, planId, piiViewOf(principal));
}

export async function unlinkCase(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  planId: string,
  caseId: string,
): Promise<TActionPlanDetail> {
  await inTransaction(ctx, async (tx) => {
    await findPlan(tx, principal.workspaceId, planId);
    const updated = await tx
      .updateTable('cases')
      .set({ actionPlanId: null, updatedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', caseId)
      .where('actionPlanId', '=', planId)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw AppError.notFound('case in this plan');
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'action_plan.case_unlinked',
      actor: actorOf(principal),
      subjectId: planId,
      payload: { planId, caseId },
    });
  });
  return getActionPlan(ctx, principal.workspaceId, planId, piiViewOf(principal));
}

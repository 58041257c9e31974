import {
  CASE_TRIGGER_TYPES,
  type TAutomationAction,
  type TAutomationActionResult,
  type TAutomationRule,
  type TAutomationRun,
  type TAutomationRunStatus,
  type TAutomationTrigger,
  type TCondition,
  type TCreateAutomationRuleBody,
  type TPageQuery,
  type TUpdateAutomationRuleBody,
  ZAutomationAction,
  ZAutomationTrigger,
  ZCondition,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError, type InvalidParam } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { assertSegmentReferences } from '../segments/index';
import { dryRunAutomation } from './dry-run.service';

const RULE_COLUMNS = [
  'id',
  'name',
  'description',
  'trigger',
  'condition',
  'actions',
  'active',
  'createdAt',
  'updatedAt',
] as const;
interface RuleRow {
  id: string;
  name: string;
  description: string;
  trigger: Record<string, unknown>;
  condition: Record<string, unknown> | null;
  actions: Record<string, unknown>[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

interface RunStats {
  runCount: number;
  lastRunAt: Date | null;
  lastRunStatus: TAutomationRunStatus | null;
}

async function statsOf(db: Db, workspaceId: string, ruleIds: string[]): Promise<Map<string, RunStats>> {
  if (ruleIds.length === 0) return new Map();
  const counts = await db
    .selectFrom('automationRuns')
    .select(['ruleId', (eb) => eb.fn.countAll<number>().as('runCount'), (eb) => eb.fn.max('id').as('lastId')])
    .where('workspaceId', '=', workspaceId)
    .where('ruleId', 'in', ruleIds)
    .groupBy('ruleId')
    .execute();
  const lastIds = counts.map((c) => Number(c.lastId));
  const last =
    lastIds.length === 0
      ? []
      : await db
          .selectFrom('automationRuns')
          .select(['ruleId', 'status', 'startedAt'])
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', lastIds)
          .execute();
  const lastByRule = new Map(last.map((l) => [l.ruleId, l]));
  return new Map(
    counts.map((c) => [
      c.ruleId,
      {
        runCount: Number(c.runCount),
        lastRunAt: lastByRule.get(c.ruleId)?.startedAt ?? null,
        lastRunStatus: lastByRule.get(c.ruleId)?.status ?? null,
      },
    ]),
  );
}

function presentRule(row: RuleRow, stats: RunStats | undefined): TAutomationRule {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    trigger: row.trigger as TAutomationTrigger,
    condition: (row.condition as TCondition | null) ?? null,
    actions: row.actions as TAutomationAction[],
    active: row.active,
    runCount: stats?.runCount ?? 0,
    lastRunAt: stats?.lastRunAt?.toISOString() ?? null,
    lastRunStatus: stats?.lastRunStatus ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findRule(db: Db, workspaceId: string, id: string): Promise<RuleRow> {
  const row = await db
    .selectFrom('automationRules')
    .select(RULE_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('automation rule');
  return row;
}

async function presentOne(db: Db, workspaceId: string, row: RuleRow): Promise<TAutomationRule> {
  return presentRule(row, (await statsOf(db, workspaceId, [row.id])).get(row.id));
}

export async function listAutomationRules(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('automationRules')
    .select(RULE_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const stats = await statsOf(
    ctx.db,
    workspaceId,
    rows.slice(0, page.limit).map((r) => r.id),
  );
  return toPage(
    rows,
    page.limit,
    (row) => row.id,
    (row) => presentRule(row, stats.get(row.id)),
  );
}

export async function getAutomationRule(ctx: AppContext, workspaceId: string, id: string) {
  return presentOne(ctx.db, workspaceId, await findRule(ctx.db, workspaceId, id));
}

type IdTable = 'surveys' | 'topics' | 'teams' | 'couponPools' | 'webhooks';

/** Which of these ids exist in the workspace. */
async function existing(db: Db, table: IdTable, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

async function existingMembers(db: Db, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('memberships')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('userId', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.userId));
}

/**
 * Every id a rule names must be of this workspace, and each action must fit the trigger (only a case can
 * be assigned; a call_webhook target must take `automation.fired`). All problems are reported at once.
 */
async function validateRule(
  db: Db,
  workspaceId: string,
  trigger: TAutomationTrigger,
  actions: TAutomationAction[],
  prefix: { trigger: string; actions: string },
): Promise<void> {
  const refs: { table: IdTable | 'members'; id: string; param: string }[] = [];
  if ('surveyId' in trigger && trigger.surveyId) {
    refs.push({ table: 'surveys', id: trigger.surveyId, param: `${prefix.trigger}.surveyId` });
  }
  if (trigger.type === 'topic.detected') {
    refs.push({ table: 'topics', id: trigger.topicId, param: `${prefix.trigger}.topicId` });
  }
  const problems: InvalidParam[] = [];
  const isCaseTrigger = (CASE_TRIGGER_TYPES as readonly string[]).includes(trigger.type);
  for (const [index, action] of actions.entries()) {
    const at = `${prefix.actions}.${index}`;
    switch (action.type) {
      case 'create_case':
        if (action.teamId) refs.push({ table: 'teams', id: action.teamId, param: `${at}.teamId` });
        break;
      case 'assign_case':
        if (!isCaseTrigger) {
          problems.push({
            name: `${at}.type`,
            reason: 'assign_case needs a case trigger (case.status_changed or time.elapsed)',
          });
        }
        if (action.teamId) refs.push({ table: 'teams', id: action.teamId, param: `${at}.teamId` });
        if (action.assigneeId)
          refs.push({ table: 'members', id: action.assigneeId, param: `${at}.assigneeId` });
        break;
      case 'notify_team':
        refs.push({ table: 'teams', id: action.teamId, param: `${at}.teamId` });
        break;
      case 'notify_email':
        for (const [i, id] of (action.teamIds ?? []).entries())
          refs.push({ table: 'teams', id, param: `${at}.teamIds.${i}` });
        for (const [i, id] of (action.userIds ?? []).entries())
          refs.push({ table: 'members', id, param: `${at}.userIds.${i}` });
        break;
      case 'send_email':
        if (action.couponPoolId)
          refs.push({ table: 'couponPools', id: action.couponPoolId, param: `${at}.couponPoolId` });
        break;
      case 'call_webhook':
        refs.push({ table: 'webhooks', id: action.webhookId, param: `${at}.webhookId` });
        break;
      case 'trigger_survey':
        refs.push({ table: 'surveys', id: action.surveyId, param: `${at}.surveyId` });
        break;
      default:
        break;
    }
  }
  const tables = [...new Set(refs.map((r) => r.table))];
  const found = new Map<string, Set<string>>();
  for (const table of tables) {
    const ids = refs.filter((r) => r.table === table).map((r) => r.id);
    found.set(
      table,
      table === 'members'
        ? await existingMembers(db, workspaceId, ids)
        : await existing(db, table, workspaceId, ids),
    );
  }
  for (const ref of refs) {
    if (!found.get(ref.table)?.has(ref.id))
      problems.push({ name: ref.param, reason: 'not found in this workspace' });
  }
  const webhookIds = refs.filter((r) => r.table === 'webhooks' && found.get('webhooks')?.has(r.id));
  if (webhookIds.length > 0) {
    const subscribed = await db
      .selectFrom('webhooks')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where(
        'id',
        'in',
        webhookIds.map((r) => r.id),
      )
      .where(sql<boolean>`'automation.fired' = any(events)`)
      .execute();
    const ok = new Set(subscribed.map((w) => w.id));
    for (const ref of webhookIds) {
      if (!ok.has(ref.id)) {
        problems.push({
          name: ref.param,
          reason: 'this webhook does not subscribe to automation.fired; add that event to it first',
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => `${p.name}: ${p.reason}`).join('; '),
      problems,
    );
  }
}

export async function createAutomationRule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TCreateAutomationRuleBody,
): Promise<TAutomationRule> {
  const { workspaceId } = principal;
  await validateRule(ctx.db, workspaceId, body.trigger, body.actions, {
    trigger: 'body.trigger',
    actions: 'body.actions',
  });
  await assertSegmentReferences(ctx.db, workspaceId, body.condition, 'body.condition');
  const id = uuidv7();
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insertInto('automationRules')
      .values({
        workspaceId,
        id,
        name: body.name,
        description: body.description,
        trigger: JSON.stringify(body.trigger),
        condition: body.condition ? JSON.stringify(body.condition) : null,
        actions: JSON.stringify(body.actions),
        active: body.active,
        createdBy: principal.userId,
      })
      .returning(RULE_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId,
      type: 'automation_rule.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: body.name, trigger: body.trigger.type, active: body.active },
    });
    return inserted;
  });
  return presentRule(row, undefined);
}

export async function updateAutomationRule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: TUpdateAutomationRuleBody,
): Promise<TAutomationRule> {
  const { workspaceId } = principal;
  const current = await findRule(ctx.db, workspaceId, id);
  const trigger = body.trigger ?? ZAutomationTrigger.parse(current.trigger);
  const actions = body.actions ?? current.actions.map((a) => ZAutomationAction.parse(a));
  await validateRule(ctx.db, workspaceId, trigger, actions, {
    trigger: body.trigger ? 'body.trigger' : 'trigger',
    actions: body.actions ? 'body.actions' : 'actions',
  });
  await assertSegmentReferences(ctx.db, workspaceId, body.condition, 'body.condition');
  const set: Record<string, unknown> = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.description !== undefined) set.description = body.description;
  if (body.trigger !== undefined) set.trigger = JSON.stringify(body.trigger);
  if (body.condition !== undefined)
    set.condition = body.condition ? JSON.stringify(ZCondition.parse(body.condition)) : null;
  if (body.actions !== undefined) set.actions = JSON.stringify(body.actions);
  if (body.active !== undefined) set.active = body.active;
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await tx
      .updateTable('automationRules')
      .set({ ...set, updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .returning(RULE_COLUMNS)
      .executeTakeFirst();
    if (!updated) throw AppError.notFound('automation rule');
    await recordEvent(tx, {
      workspaceId,
      type: 'automation_rule.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { changed: Object.keys(set), ...(body.active !== undefined ? { active: body.active } : {}) },
    });
    return updated;
  });
  return presentOne(ctx.db, workspaceId, row);
}

export async function deleteAutomationRule(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  const rule = await findRule(ctx.db, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    // Its runs go with it (foreign key cascade); coupon codes it handed out stay assigned.
    await tx
      .deleteFrom('automationRules')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'automation_rule.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: rule.name },
    });
  });
}

export async function dryRunSavedRule(ctx: AppContext, workspaceId: string, id: string, days: number) {
  const rule = await findRule(ctx.db, workspaceId, id);
  return dryRunAutomation(ctx, workspaceId, {
    trigger: ZAutomationTrigger.parse(rule.trigger),
    condition: rule.condition ? ZCondition.parse(rule.condition) : null,
    days,
  });
}

/** Validates the ids a draft rule names before testing it (a survey or topic of another workspace is a 400). */
export async function dryRunDraftRule(
  ctx: AppContext,
  workspaceId: string,
  body: { trigger: TAutomationTrigger; condition?: TCondition | null | undefined; days: number },
) {
  await validateRule(ctx.db, workspaceId, body.trigger, [], {
    trigger: 'body.trigger',
    actions: 'body.actions',
  });
  await assertSegmentReferences(ctx.db, workspaceId, body.condition, 'body.condition');
  return dryRunAutomation(ctx, workspaceId, body);
}

function presentRun(row: {
  id: number;
  ruleId: string;
  triggerKey: string;
  subjectKind: string;
  subjectId: string;
  status: TAutomationRunStatus;
  depth: number;
  results: Record<string, unknown>[];
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}): TAutomationRun {
  return {
    id: row.id,
    ruleId: row.ruleId,
    triggerKey: row.triggerKey,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    status: row.status,
    depth: row.depth,
    results: row.results as TAutomationActionResult[],
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function listAutomationRuns(
  ctx: AppContext,
  workspaceId: string,
  ruleId: string,
  query: TPageQuery & { status?: TAutomationRunStatus | undefined },
) {
  await findRule(ctx.db, workspaceId, ruleId);
  const before = decodeCursor(query.cursor);
  const beforeId = before === undefined ? undefined : Number(before);
  if (beforeId !== undefined && !Number.isSafeInteger(beforeId)) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  }
  const rows = await ctx.db
    .selectFrom('automationRuns')
    .select([
      'id',
      'ruleId',
      'triggerKey',
      'subjectKind',
      'subjectId',
      'status',
      'depth',
      'results',
      'error',
      'startedAt',
      'finishedAt',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('ruleId', '=', ruleId)
    .$if(Boolean(query.status), (q) => q.where('status', '=', query.status as TAutomationRunStatus))
    .$if(beforeId !== undefined, (q) => q.where('id', '<', beforeId as number))
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (row) => row.id, presentRun);
}

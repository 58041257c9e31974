import type {
  TAlertRule,
  TAlertRuleTestResult,
  TCasePriority,
  TCondition,
  TCreateAlertRuleBody,
  TPageQuery,
  TUpdateAlertRuleBody,
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
import { loadFeedbackFacts } from '../feedback-facts/index';
import { addContactSegmentFacts, assertSegmentReferences } from '../segments/index';
import { ruleMatches } from './alerts.service';

/** How many items of the period a dry run checks at most (it loads their facts, as the live path does). */
const TEST_ITEM_CAP = 5000;
const TEST_SAMPLE_COUNT = 5;

export type AlertRuleRow = {
  workspaceId: string;
  id: string;
  name: string;
  kind: 'feedback' | 'anomaly';
  surveyId: string | null;
  condition: Record<string, unknown> | null;
  anomaly: Record<string, unknown> | null;
  createCase: Record<string, unknown> | null;
  notify: Record<string, unknown>;
  active: boolean;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function parseCreateCase(
  value: Record<string, unknown> | null,
): { priority: TCasePriority; teamId: string | null } | null {
  if (!value) return null;
  const priority =
    (['low', 'normal', 'high', 'urgent'] as const).find((p) => p === value.priority) ?? 'normal';
  return { priority, teamId: typeof value.teamId === 'string' ? value.teamId : null };
}

export function parseNotify(value: Record<string, unknown> | null): { teamIds: string[]; userIds: string[] } {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { teamIds: list(value?.teamIds), userIds: list(value?.userIds) };
}

export function parseAnomaly(value: Record<string, unknown> | null) {
  if (!value) return null;
  return {
    metric: value.metric === 'csat' ? ('csat' as const) : ('nps' as const),
    touchpointId: typeof value.touchpointId === 'string' ? value.touchpointId : null,
    windowDays: typeof value.windowDays === 'number' ? value.windowDays : 7,
    baselineDays: typeof value.baselineDays === 'number' ? value.baselineDays : 28,
  };
}

function present(row: AlertRuleRow, firedLast7Days: number): TAlertRule {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    surveyId: row.surveyId,
    condition: row.condition as TCondition | null,
    anomaly: parseAnomaly(row.anomaly),
    createCase: parseCreateCase(row.createCase),
    notify: parseNotify(row.notify),
    active: row.active,
    firedLast7Days,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function firedCounts(db: Db, workspaceId: string, ruleIds: string[]): Promise<Map<string, number>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('alerts')
    .select(['ruleId', (eb) => eb.fn.countAll<number>().as('count')])
    .where('workspaceId', '=', workspaceId)
    .where('ruleId', 'in', ruleIds)
    .where('firedAt', '>=', new Date(Date.now() - 7 * 86_400_000))
    .groupBy('ruleId')
    .execute();
  return new Map(rows.map((r) => [r.ruleId, Number(r.count)]));
}

async function findRule(db: Db, workspaceId: string, id: string): Promise<AlertRuleRow> {
  const row = await db
    .selectFrom('alertRules')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('alert rule');
  return row;
}

export async function listAlertRules(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('alertRules')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const counts = await firedCounts(
    ctx.db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return toPage(
    rows,
    page.limit,
    (row) => row.id,
    (row) => present(row, counts.get(row.id) ?? 0),
  );
}

export async function getAlertRule(ctx: AppContext, workspaceId: string, id: string): Promise<TAlertRule> {
  const row = await findRule(ctx.db, workspaceId, id);
  const counts = await firedCounts(ctx.db, workspaceId, [id]);
  return present(row, counts.get(id) ?? 0);
}

type Reference = { kind: 'survey' | 'touchpoint' | 'team' | 'member'; id: string; param: string };

/** Every id a rule refers to must be of this workspace; each one that is not is listed (400). */
async function assertReferences(db: Db, workspaceId: string, refs: Reference[]): Promise<void> {
  const invalid: InvalidParam[] = [];
  for (const ref of refs) {
    const found =
      ref.kind === 'member'
        ? await db
            .selectFrom('memberships')
            .select('userId')
            .where('workspaceId', '=', workspaceId)
            .where('userId', '=', ref.id)
            .executeTakeFirst()
        : await db
            .selectFrom(
              ref.kind === 'survey' ? 'surveys' : ref.kind === 'touchpoint' ? 'touchpoints' : 'teams',
            )
            .select('id')
            .where('workspaceId', '=', workspaceId)
            .where('id', '=', ref.id)
            .executeTakeFirst();
    if (!found) invalid.push({ name: ref.param, reason: `no ${ref.kind} ${ref.id} in this workspace` });
  }
  if (invalid.length > 0) {
    throw new AppError('VALIDATION_FAILED', invalid.map((p) => `${p.name}: ${p.reason}`).join('; '), invalid);
  }
}

function referencesOf(body: {
  surveyId?: string | null | undefined;
  createCase?: { teamId?: string | null | undefined } | null | undefined;
  notify?: { teamIds: string[]; userIds: string[] } | undefined;
  anomaly?: { touchpointId?: string | null | undefined } | undefined;
}): Reference[] {
  const refs: Reference[] = [];
  if (body.surveyId) refs.push({ kind: 'survey', id: body.surveyId, param: 'body.surveyId' });
  if (body.anomaly?.touchpointId) {
    refs.push({ kind: 'touchpoint', id: body.anomaly.touchpointId, param: 'body.anomaly.touchpointId' });
  }
  if (body.createCase?.teamId)
    refs.push({ kind: 'team', id: body.createCase.teamId, param: 'body.createCase.teamId' });
  for (const id of new Set(body.notify?.teamIds ?? []))
    refs.push({ kind: 'team', id, param: 'body.notify.teamIds' });
  for (const id of new Set(body.notify?.userIds ?? []))
    refs.push({ kind: 'member', id, param: 'body.notify.userIds' });
  return refs;
}

export async function createAlertRule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TCreateAlertRuleBody,
): Promise<TAlertRule> {
  const { workspaceId } = principal;
  await assertReferences(ctx.db, workspaceId, referencesOf(body));
  await assertSegmentReferences(ctx.db, workspaceId, body.condition, 'body.condition');
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('alertRules')
      .values({
        workspaceId,
        id,
        name: body.name,
        kind: body.kind,
        surveyId: body.surveyId ?? null,
        condition: body.kind === 'feedback' && body.condition ? JSON.stringify(body.condition) : null,
        anomaly:
          body.kind === 'anomaly' && body.anomaly
            ? JSON.stringify({ ...body.anomaly, touchpointId: body.anomaly.touchpointId ?? null })
            : null,
        createCase: body.createCase
          ? JSON.stringify({ priority: body.createCase.priority, teamId: body.createCase.teamId ?? null })
          : null,
        notify: JSON.stringify(body.notify ?? { teamIds: [], userIds: [] }),
        active: body.active,
        createdBy: principal.userId,
      })
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'alert_rule.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: body.name, kind: body.kind },
    });
  });
  return getAlertRule(ctx, workspaceId, id);
}

export async function updateAlertRule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: TUpdateAlertRuleBody,
): Promise<TAlertRule> {
  const { workspaceId } = principal;
  const current = await findRule(ctx.db, workspaceId, id);
  await assertReferences(ctx.db, workspaceId, referencesOf(body));
  await assertSegmentReferences(ctx.db, workspaceId, body.condition, 'body.condition');
  if (body.condition !== undefined && current.kind !== 'feedback') {
    throw new AppError('VALIDATION_FAILED', 'body.condition: an anomaly rule has no condition', [
      { name: 'body.condition', reason: 'an anomaly rule has no condition' },
    ]);
  }
  if (body.anomaly !== undefined && current.kind !== 'anomaly') {
    throw new AppError('VALIDATION_FAILED', 'body.anomaly: only anomaly rules have one', [
      { name: 'body.anomaly', reason: 'only anomaly rules have one' },
    ]);
  }
  const set: Record<string, unknown> = {};
  if (body.name !== undefined) set.name = body.name;
  if (body.surveyId !== undefined) set.surveyId = body.surveyId;
  if (body.condition !== undefined) set.condition = JSON.stringify(body.condition);
  if (body.anomaly !== undefined) {
    set.anomaly = JSON.stringify({ ...body.anomaly, touchpointId: body.anomaly.touchpointId ?? null });
  }
  if (body.createCase !== undefined) {
    set.createCase = body.createCase
      ? JSON.stringify({ priority: body.createCase.priority, teamId: body.createCase.teamId ?? null })
      : null;
  }
  if (body.notify !== undefined) set.notify = JSON.stringify(body.notify);
  if (body.active !== undefined) set.active = body.active;
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('alertRules')
      .set({ ...set, updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'alert_rule.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { changed: Object.keys(set) },
    });
  });
  return getAlertRule(ctx, workspaceId, id);
}

export async function deleteAlertRule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  const { workspaceId } = principal;
  const current = await findRule(ctx.db, workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    // Its alerts go with it (cascade); cases it opened stay, they are people's work.
    await tx.deleteFrom('alertRules').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'alert_rule.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: current.name },
    });
  });
}

/**
 * A dry run: how many responses and reviews of the last `days` days the condition would have matched,
 * with a few samples. Reads the same facts the live path reads, so "would have fired N times" is honest.
 */
export async function testAlertRule(
  ctx: AppContext,
  workspaceId: string,
  body: { condition: TCondition; surveyId?: string | null | undefined; days: number },
): Promise<TAlertRuleTestResult> {
  await assertReferences(ctx.db, workspaceId, referencesOf({ surveyId: body.surveyId }));
  await assertSegmentReferences(ctx.db, workspaceId, body.condition, 'body.condition');
  const since = new Date(Date.now() - body.days * 86_400_000);
  const responses = await ctx.db
    .selectFrom('responses')
    .select(['id', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('finished', '=', true)
    .where('createdAt', '>=', since)
    // Answers to anonymous employee surveys are never evaluated one by one (docs/CONFIDENTIALITY.md).
    .where(
      sql<boolean>`not exists (select 1 from surveys s where s.workspace_id = responses.workspace_id and s.id = responses.survey_id and s.anonymous)`,
    )
    .$if(Boolean(body.surveyId), (q) => q.where('surveyId', '=', body.surveyId as string))
    .orderBy('createdAt', 'desc')
    .limit(TEST_ITEM_CAP + 1)
    .execute();
  const reviews = body.surveyId
    ? []
    : await ctx.db
        .selectFrom('reviews')
        .select(['id', sql<Date>`posted_at`.as('createdAt')])
        .where('workspaceId', '=', workspaceId)
        .where('postedAt', '>=', since)
        .orderBy('postedAt', 'desc')
        .limit(TEST_ITEM_CAP + 1)
        .execute();
  const truncated = responses.length > TEST_ITEM_CAP || reviews.length > TEST_ITEM_CAP;
  const rule = {
    surveyId: body.surveyId ?? null,
    condition: body.condition as unknown as Record<string, unknown>,
  };
  let checked = 0;
  let matched = 0;
  const samples: TAlertRuleTestResult['samples'] = [];
  for (const [kind, rows] of [
    ['response', responses.slice(0, TEST_ITEM_CAP)],
    ['review', reviews.slice(0, TEST_ITEM_CAP)],
  ] as const) {
    for (let start = 0; start < rows.length; start += 500) {
      const ids = rows.slice(start, start + 500).map((r) => r.id);
      const facts = await loadFeedbackFacts(ctx.db, workspaceId, kind, ids);
      // Segment membership as of now (a dry run cannot know who was in a segment back then).
      await addContactSegmentFacts(ctx.db, workspaceId, facts, [body.condition]);
      checked += facts.length;
      for (const item of facts) {
        if (!ruleMatches(rule, item)) continue;
        matched += 1;
        if (samples.length < TEST_SAMPLE_COUNT) {
          samples.push({
            itemKind: item.itemKind,
            itemId: item.itemId,
            occurredAt: item.occurredAt.toISOString(),
            nps: typeof item.values.nps === 'number' ? item.values.nps : null,
            text: typeof item.values.text === 'string' ? item.values.text.slice(0, 300) : '',
          });
        }
      }
    }
  }
  return { days: body.days, checked, matched, truncated, samples };
}

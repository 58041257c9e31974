import { type WeightedResult, weightedCsat, weightedNps } from '@touchpoint/core';
import {
  ACCOUNT_HEALTH_WINDOW_DAYS,
  DEFAULT_ACCOUNT_ROLE_WEIGHTS,
  DEFAULT_CUSTOM_ROLE_WEIGHT,
  type TAccountHealth,
  type TLatestScores,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

const DAY_MS = 86_400_000;
const OPEN_CASE_STATUSES = ['new', 'in_progress', 'waiting_on_customer'] as const;

/** The workspace's role weights: its own settings over the defaults. */
export async function loadRoleWeights(db: Db, workspaceId: string): Promise<Record<string, number>> {
  const row = await db
    .selectFrom('workspaceSettings')
    .select('accountRoleWeights')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return { ...DEFAULT_ACCOUNT_ROLE_WEIGHTS, ...(row?.accountRoleWeights ?? {}) };
}

/** A role's weight; a role the workspace made up without giving it a weight counts 1. */
export function weightOf(weights: Record<string, number>, role: string): number {
  return weights[role] ?? DEFAULT_CUSTOM_ROLE_WEIGHT;
}

type ScoreType = 'nps' | 'csat' | 'ces';
export type LatestScores = Map<string, Partial<Record<ScoreType, { value: number; at: Date }>>>;

/**
 * Each contact's latest answer to the first NPS, CSAT and CES question of any survey, within
 * [from, to) when given. One row per contact and type (`DISTINCT ON`), newest first.
 */
export async function latestScores(
  db: Db,
  workspaceId: string,
  contactIds: readonly string[],
  window?: { from: Date; to: Date },
): Promise<LatestScores> {
  const result: LatestScores = new Map();
  if (contactIds.length === 0) return result;
  const { rows } = await sql<{ contactId: string; type: ScoreType; value: number; createdAt: Date }>`
    SELECT DISTINCT ON (r.contact_id, q.type) r.contact_id, q.type, (r.answers ->> q.id)::float8 AS value, r.created_at
    FROM responses r
    JOIN surveys s ON s.workspace_id = r.workspace_id AND s.id = r.survey_id
    CROSS JOIN LATERAL (VALUES
      ('nps', jsonb_path_query_first(s.definition, '$.questions[*] ? (@.type == "nps").id') #>> '{}'),
      ('csat', jsonb_path_query_first(s.definition, '$.questions[*] ? (@.type == "csat").id') #>> '{}'),
      ('ces', jsonb_path_query_first(s.definition, '$.questions[*] ? (@.type == "ces").id') #>> '{}')
    ) AS q (type, id)
    WHERE r.workspace_id = ${workspaceId}
      AND r.contact_id = ANY(${[...contactIds]}::uuid[])
      AND q.id IS NOT NULL
      AND jsonb_typeof(r.answers -> q.id) = 'number'
      ${window ? sql`AND r.created_at >= ${window.from} AND r.created_at < ${window.to}` : sql``}
    ORDER BY r.contact_id, q.type, r.created_at DESC, r.id DESC
  `.execute(db);
  for (const row of rows) {
    const entry = result.get(row.contactId) ?? {};
    entry[row.type] = { value: Number(row.value), at: new Date(row.createdAt) };
    result.set(row.contactId, entry);
  }
  return result;
}

export function presentScores(scores: LatestScores, contactId: string): TLatestScores {
  const own = scores.get(contactId) ?? {};
  const one = (type: ScoreType) => {
    const s = own[type];
    return s ? { value: s.value, at: s.at.toISOString() } : null;
  };
  return { nps: one('nps'), csat: one('csat'), ces: one('ces') };
}

/** The last time each contact answered any survey (a response row), within [from, to) when given. */
export async function lastAnsweredAt(
  db: Db,
  workspaceId: string,
  contactIds: readonly string[],
  from?: Date,
): Promise<Map<string, Date>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('responses')
    .select(['contactId', (eb) => eb.fn.max('createdAt').as('last')])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', sql<string>`ANY(${[...contactIds]}::uuid[])`)
    .$if(Boolean(from), (q) => q.where('createdAt', '>=', from as Date))
    .groupBy('contactId')
    .execute();
  return new Map(rows.map((r) => [r.contactId as string, new Date(r.last as Date)]));
}

export interface ChurnScore {
  score: number;
  band: string | null;
}

/**
 * Churn risk per contact from `contact_churn_scores` (written by the churn-prediction module) when that
 * table exists; an empty map otherwise. Read through `to_jsonb` so only `contact_id` and `score` are
 * assumed; with several rows per contact (model versions) the newest row by its own ordering wins.
 */
export async function churnScores(
  db: Db,
  workspaceId: string,
  contactIds: readonly string[],
): Promise<Map<string, ChurnScore>> {
  if (contactIds.length === 0) return new Map();
  const exists = await sql<{ present: boolean }>`
    SELECT to_regclass('contact_churn_scores') IS NOT NULL AS present
  `.execute(db);
  if (!exists.rows[0]?.present) return new Map();
  const { rows } = await sql<{ contactId: string; score: number | null; band: string | null }>`
    SELECT DISTINCT ON (j.contact_id) j.contact_id,
      (j.doc ->> 'score')::float8 AS score, j.doc ->> 'band' AS band
    FROM (
      SELECT s.contact_id, to_jsonb(s) AS doc FROM contact_churn_scores s
      WHERE s.workspace_id = ${workspaceId} AND s.contact_id = ANY(${[...contactIds]}::uuid[])
    ) j
    ORDER BY j.contact_id,
      coalesce(j.doc ->> 'scored_at', j.doc ->> 'computed_at', j.doc ->> 'updated_at', j.doc ->> 'created_at') DESC NULLS LAST
  `.execute(db);
  const result = new Map<string, ChurnScore>();
  for (const row of rows) {
    if (row.score === null || !Number.isFinite(Number(row.score))) continue;
    result.set(row.contactId, { score: Number(row.score), band: row.band });
  }
  return result;
}

export interface AccountPersonLink {
  contactId: string;
  role: string;
}

/** Role-weighted NPS and CSAT of the people's latest answers in a window (the maths: packages/core). */
export function weightedScores(
  people: readonly AccountPersonLink[],
  scores: LatestScores,
  weights: Record<string, number>,
): { nps: WeightedResult; csat: WeightedResult } {
  const answers = (type: 'nps' | 'csat') =>
    people.flatMap((p) => {
      const s = scores.get(p.contactId)?.[type];
      return s ? [{ value: s.value, weight: weightOf(weights, p.role) }] : [];
    });
  return { nps: weightedNps(answers('nps')), csat: weightedCsat(answers('csat')) };
}

function presentEstimate(r: WeightedResult) {
  return { value: r.value, n: r.n, effectiveN: r.effectiveN, ci: r.ci95 };
}

export function coverageText(answered: number, total: number, days: number): string {
  if (total === 0) return 'No decision makers are linked to this account.';
  return `${answered} of ${total} decision maker${total === 1 ? '' : 's'} answered in the last ${days} days`;
}

/** The churn risk of an account: its riskiest person, and the role-weighted mean of its people's risk. */
export function accountChurnRisk(
  people: readonly AccountPersonLink[],
  churn: Map<string, ChurnScore>,
  weights: Record<string, number>,
): TAccountHealth['churnRisk'] {
  let top: { contactId: string; score: ChurnScore } | null = null;
  let sumW = 0;
  let sumWx = 0;
  for (const p of people) {
    const s = churn.get(p.contactId);
    if (!s) continue;
    const w = weightOf(weights, p.role);
    sumW += w;
    sumWx += w * s.score;
    if (!top || s.score > top.score.score) top = { contactId: p.contactId, score: s };
  }
  if (!top) return null;
  return {
    score: top.score.score,
    weighted: sumW > 0 ? sumWx / sumW : top.score.score,
    band: top.score.band,
    contactId: top.contactId,
  };
}

/**
 * The health of one account's people, as of `now`: role-weighted NPS and CSAT of each person's latest
 * answer in the last 90 days, decision-maker coverage, the trend against the 90 days before, open cases,
 * comment sentiment, churn risk and the renewal date.
 */
export async function computeAccountHealth(
  db: Db,
  workspaceId: string,
  people: readonly AccountPersonLink[],
  attributes: Record<string, unknown>,
  weights: Record<string, number>,
  now = new Date(),
): Promise<TAccountHealth> {
  const days = ACCOUNT_HEALTH_WINDOW_DAYS;
  const from = new Date(now.getTime() - days * DAY_MS);
  const previousFrom = new Date(from.getTime() - days * DAY_MS);
  const ids = people.map((p) => p.contactId);
  const [current, previous, answered, openCases, sentiment, churn] = await Promise.all([
    latestScores(db, workspaceId, ids, { from, to: now }),
    latestScores(db, workspaceId, ids, { from: previousFrom, to: from }),
    lastAnsweredAt(db, workspaceId, ids, from),
    countOpenCases(db, workspaceId, ids),
    sentimentOf(db, workspaceId, ids, from, now),
    churnScores(db, workspaceId, ids),
  ]);
  const now90 = weightedScores(people, current, weights);
  const before = weightedScores(people, previous, weights);
  const decisionMakers = people.filter((p) => p.role === 'decision_maker');
  const dmAnswered = decisionMakers.filter((p) => answered.has(p.contactId)).length;
  const change = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return {
    windowDays: days,
    nps: presentEstimate(now90.nps),
    csat: presentEstimate(now90.csat),
    coverage: {
      decisionMakers: { answered: dmAnswered, total: decisionMakers.length },
      people: { answered: people.filter((p) => answered.has(p.contactId)).length, total: people.length },
      text: coverageText(dmAnswered, decisionMakers.length, days),
    },
    trend: {
      nps: {
        current: now90.nps.value,
        previous: before.nps.value,
        change: change(now90.nps.value, before.nps.value),
      },
      csat: {
        current: now90.csat.value,
        previous: before.csat.value,
        change: change(now90.csat.value, before.csat.value),
      },
    },
    openCases,
    sentiment,
    churnRisk: accountChurnRisk(people, churn, weights),
    renewalDate: renewalDateOf(attributes),
  };
}

export function renewalDateOf(attributes: Record<string, unknown>): string | null {
  const value = attributes.renewal_date;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

export function spendOf(attributes: Record<string, unknown>): number | null {
  const value = attributes.arr;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

async function countOpenCases(db: Db, workspaceId: string, contactIds: readonly string[]) {
  if (contactIds.length === 0) return 0;
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', sql<string>`ANY(${[...contactIds]}::uuid[])`)
    .where('status', 'in', [...OPEN_CASE_STATUSES])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Open cases of these contacts, newest first. */
export async function openCasesOf(db: Db, workspaceId: string, contactIds: readonly string[], limit = 50) {
  if (contactIds.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'number', 'title', 'status', 'priority', 'contactId', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', sql<string>`ANY(${[...contactIds]}::uuid[])`)
    .where('status', 'in', [...OPEN_CASE_STATUSES])
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function sentimentOf(db: Db, workspaceId: string, contactIds: readonly string[], from: Date, to: Date) {
  if (contactIds.length === 0) return { score: null, n: 0, negative: 0, positive: 0 };
  const row = await db
    .selectFrom('textAnalyses as t')
    .innerJoin('responses as r', (join) =>
      join.onRef('r.workspaceId', '=', 't.workspaceId').onRef('r.id', '=', 't.itemId'),
    )
    .select((eb) => [
      eb.fn.avg<number>('t.sentimentScore').as('score'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.countAll<number>().filterWhere('t.sentimentLabel', '=', 'negative').as('negative'),
      eb.fn.countAll<number>().filterWhere('t.sentimentLabel', '=', 'positive').as('positive'),
    ])
    .where('t.workspaceId', '=', workspaceId)
    .where('t.itemKind', '=', 'response')
    .where('r.contactId', '=', sql<string>`ANY(${[...contactIds]}::uuid[])`)
    .where('t.occurredAt', '>=', from)
    .where('t.occurredAt', '<', to)
    .executeTakeFirst();
  const n = Number(row?.n ?? 0);
  return {
    score: n > 0 ? Number(row?.score) : null,
    n,
    negative: Number(row?.negative ?? 0),
    positive: Number(row?.positive ?? 0),
  };
}

/** Mean comment sentiment of one contact per calendar month (UTC), oldest first, for the 360 profile. */
export async function sentimentTrendOf(db: Db, workspaceId: string, contactId: string, months = 12) {
  const since = new Date(Date.now() - months * 31 * DAY_MS);
  const { rows } = await sql<{ month: string; score: number; n: number }>`
    SELECT to_char(date_trunc('month', t.occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
      avg(t.sentiment_score)::float8 AS score, count(*)::int AS n
    FROM text_analyses t
    JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.item_id
    WHERE t.workspace_id = ${workspaceId} AND t.item_kind = 'response' AND r.contact_id = ${contactId}
      AND t.occurred_at >= ${since}
    GROUP BY 1 ORDER BY 1
  `.execute(db);
  return rows.map((r) => ({ month: r.month, score: Number(r.score), n: Number(r.n) }));
}

import {
  contactOutcomes,
  type GroupContact,
  isSmallSample,
  loyaltyDisagreement,
  npsFromCounts,
  proportionFromCounts,
} from '@touchpoint/core';
import { NO_VALUE_KEY, type TLoyaltyResult, type TSurveyDefinition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { responseDimension } from './metrics.service';
import { NO_TOUCHPOINT } from './rollups.service';

export interface LoyaltyQuery {
  by: 'touchpoint' | 'segment' | 'attribute';
  attribute?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  retentionAttribute: string;
  spendAttribute: string;
  smallSampleFloor: number;
}

interface GroupCounts {
  promoters: number;
  passives: number;
  detractors: number;
  satisfied: number;
  csatN: number;
}

/**
 * Loyalty vs satisfaction per touchpoint, segment or attribute: NPS and CSAT of the group's answers next
 * to the retention and spend of the group's distinct contacts, with the groups where satisfaction and
 * loyalty disagree marked. Read from raw responses (rollups have no contacts); the maths is in core.
 */
export async function queryLoyalty(
  ctx: AppContext,
  workspaceId: string,
  q: LoyaltyQuery,
): Promise<TLoyaltyResult> {
  const surveys = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'definition'])
    .where('workspaceId', '=', workspaceId)
    // Anonymous employee surveys are shown only through the confidentiality guard.
    .where('anonymous', '=', false)
    .execute();
  // Every NPS and CSAT question of the workspace, as (survey, question, type) triples to join on.
  const surveyIds: string[] = [];
  const questionIds: string[] = [];
  const types: string[] = [];
  for (const survey of surveys) {
    for (const question of (survey.definition as TSurveyDefinition).questions) {
      if (question.type !== 'nps' && question.type !== 'csat') continue;
      surveyIds.push(survey.id);
      questionIds.push(question.id);
      types.push(question.type);
    }
  }
  const result = { rows: [], retentionAttribute: q.retentionAttribute, spendAttribute: q.spendAttribute };
  if (surveyIds.length === 0) return result;

  const key =
    q.by === 'touchpoint'
      ? sql<string>`coalesce(r.touchpoint_id, ${NO_TOUCHPOINT}::uuid)::text`
      : responseDimension(q.by === 'segment' ? 'segment' : (q.attribute as string));
  const answers = sql`
    FROM responses r
    LEFT JOIN contacts c ON c.workspace_id = r.workspace_id AND c.id = r.contact_id
    JOIN unnest(${surveyIds}::uuid[], ${questionIds}::text[], ${types}::text[]) AS q (survey_id, id, type)
      ON q.survey_id = r.survey_id
    CROSS JOIN LATERAL (SELECT (r.answers ->> q.id)::int AS v) a
    WHERE r.workspace_id = ${workspaceId} AND jsonb_typeof(r.answers -> q.id) = 'number'
      ${q.from ? sql`AND r.created_at >= ${`${q.from}T00:00:00Z`}::timestamptz` : sql``}
      ${q.to ? sql`AND r.created_at < ${`${q.to}T00:00:00Z`}::timestamptz` : sql``}`;
  const counted = await sql<Record<string, unknown>>`
    SELECT ${key} AS key,
      (count(*) FILTER (WHERE q.type = 'nps' AND a.v >= 9))::int AS promoters,
      (count(*) FILTER (WHERE q.type = 'nps' AND a.v BETWEEN 7 AND 8))::int AS passives,
      (count(*) FILTER (WHERE q.type = 'nps' AND a.v <= 6))::int AS detractors,
      (count(*) FILTER (WHERE q.type = 'csat' AND a.v >= 4))::int AS satisfied,
      (count(*) FILTER (WHERE q.type = 'csat'))::int AS csat_n
    ${answers}
    GROUP BY 1
  `.execute(ctx.db);
  // The contacts behind each group's answers, once per group, with their raw attribute values: core
  // decides what counts as retained or as a spend.
  const people = await sql<{ key: string; contactId: string; retained: unknown; spend: unknown }>`
    SELECT DISTINCT ${key} AS key, c.id AS contact_id,
      c.attributes -> ${q.retentionAttribute}::text AS retained,
      c.attributes -> ${q.spendAttribute}::text AS spend
    ${answers} AND c.id IS NOT NULL
  `.execute(ctx.db);

  const counts = new Map<string, GroupCounts>();
  for (const row of counted.rows) {
    counts.set(String(row.key), {
      promoters: Number(row.promoters),
      passives: Number(row.passives),
      detractors: Number(row.detractors),
      satisfied: Number(row.satisfied),
      csatN: Number(row.csatN),
    });
  }
  const contacts = new Map<string, GroupContact[]>();
  for (const row of people.rows) {
    const list = contacts.get(row.key) ?? [];
    list.push({ id: row.contactId, retained: row.retained, spend: row.spend });
    contacts.set(row.key, list);
  }

  const order = await groupOrder(ctx, workspaceId, q.by, [...counts.keys()]);
  const floor = q.smallSampleFloor;
  return {
    ...result,
    rows: order.map(({ key: groupKey, label }) => {
      const c = counts.get(groupKey) as GroupCounts;
      const nps = npsFromCounts(c);
      const csat = proportionFromCounts(c.satisfied, c.csatN);
      const outcomes = contactOutcomes(contacts.get(groupKey) ?? []);
      return {
        key: groupKey,
        label,
        nps: { value: nps.value, n: nps.n, ci95: nps.ci95, smallSample: isSmallSample(nps.n, floor) },
        csat: { value: csat.value, n: csat.n, ci95: csat.ci95, smallSample: isSmallSample(csat.n, floor) },
        retention: outcomes.retention,
        spend: outcomes.spend,
        disagreement: loyaltyDisagreement(csat.value, nps.value) !== null,
      };
    }),
  };
}

/** Touchpoints in journey order with their names; other groups alphabetically, "(none)" last. */
async function groupOrder(
  ctx: AppContext,
  workspaceId: string,
  by: LoyaltyQuery['by'],
  keys: string[],
): Promise<{ key: string; label: string | null }[]> {
  if (by !== 'touchpoint') {
    return keys
      .sort((a, b) => (a === NO_VALUE_KEY ? 1 : b === NO_VALUE_KEY ? -1 : a.localeCompare(b)))
      .map((key) => ({ key, label: key === NO_VALUE_KEY ? null : key }));
  }
  const touchpoints = await ctx.db
    .selectFrom('touchpoints')
    .innerJoin('journeyStages', (join) =>
      join
        .onRef('journeyStages.workspaceId', '=', 'touchpoints.workspaceId')
        .onRef('journeyStages.id', '=', 'touchpoints.stageId'),
    )
    .select(['touchpoints.id', 'touchpoints.name'])
    .where('touchpoints.workspaceId', '=', workspaceId)
    .orderBy('touchpoints.journeyId')
    .orderBy('journeyStages.position')
    .orderBy('touchpoints.position')
    .execute();
  const present = new Set(keys);
  const ordered: { key: string; label: string | null }[] = touchpoints
    .filter((t) => present.has(t.id))
    .map((t) => ({ key: t.id, label: t.name }));
  const known = new Set(ordered.map((row) => row.key));
  // Answers outside any touchpoint (or on one deleted since) come last, unnamed.
  for (const key of keys.sort()) if (!known.has(key)) ordered.push({ key, label: null });
  return ordered;
}

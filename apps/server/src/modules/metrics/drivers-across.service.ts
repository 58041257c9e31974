import {
  analyseDrivers,
  BUILTIN_TEXT_ANALYZER,
  imputeWellCovered,
  MAX_DRIVERS,
  mentionersPerformance,
  placeInQuadrants,
  satisfactionQuestions,
  scoreRange,
} from '@touchpoint/core';
import type { TDriverResult, TQuestion, TSurveyDefinition } from '@touchpoint/schemas';
import { type RawBuilder, sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Key drivers across the journey, not only within one survey:
 * - touchpoints: per contact, their latest answer to the outcome question (relationship NPS, usually) in the
 *   period against their mean satisfaction at each touchpoint in the period;
 * - topics: per response of the outcome survey that has a comment, whether it mentions each topic (0/1).
 * Both reuse `analyseDrivers` (Shapley decomposition of R²) and the shared quadrant rule.
 */

/** Contacts (touchpoints) or responses (topics) with an outcome the model needs at the least. */
export const MIN_ROWS = 30;
/** Contacts in the model a touchpoint needs to be a driver (else it is listed as excluded). */
export const MIN_TOUCHPOINT_COVERAGE = 30;
/**
 * Responses in the model that mention a topic for it to be a driver. Lower than the touchpoint floor: a 0/1
 * mention is observed for every response (no imputation), only rare; below ten its NPS is mostly noise.
 */
export const MIN_TOPIC_MENTIONS = 10;
/** Like the question drivers: a drill-down over the most recent rows, not a dashboard over all of them. */
const MAX_ROWS = 20_000;

export interface AcrossQuery {
  surveyId?: string | undefined;
  outcome?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface Outcome {
  surveyId: string;
  question: TQuestion & { min: number; max: number };
}

function period(column: RawBuilder<unknown>, query: AcrossQuery) {
  return sql.join(
    [
      query.from ? sql`AND ${column} >= ${`${query.from}T00:00:00Z`}::timestamptz` : sql``,
      query.to ? sql`AND ${column} < ${`${query.to}T00:00:00Z`}::timestamptz` : sql``,
    ],
    sql` `,
  );
}

/** "12 found, 30 needed": the reason format of the insufficient-data errors (the web reads the numbers). */
function insufficient(detail: string, name: string, found: number, needed: number): AppError {
  return new AppError('UNPROCESSABLE', detail, [{ name, reason: `${found} found, ${needed} needed` }]);
}

/**
 * The outcome survey and question: the given ones, else the survey whose NPS question the most contacts
 * answered in the period (rows are contacts, so a survey a few people answered many times is a worse
 * outcome), preferring one not attributed to a touchpoint — a relationship survey — over touchpoint
 * surveys, and its first NPS question.
 */
async function resolveOutcome(ctx: AppContext, workspaceId: string, query: AcrossQuery): Promise<Outcome> {
  let surveyId = query.surveyId;
  if (!surveyId) {
    const best = await sql<{ surveyId: string }>`
      SELECT r.survey_id
      FROM responses r JOIN surveys s ON s.workspace_id = r.workspace_id AND s.id = r.survey_id
      WHERE r.workspace_id = ${workspaceId} AND r.nps_score IS NOT NULL AND NOT s.anonymous
        ${period(sql`r.created_at`, query)}
      GROUP BY r.survey_id, s.touchpoint_id
      ORDER BY (s.touchpoint_id IS NULL) DESC, count(DISTINCT r.contact_id) DESC, count(*) DESC, r.survey_id
      LIMIT 1`.execute(ctx.db);
    surveyId = best.rows[0]?.surveyId;
    if (!surveyId) {
      throw insufficient(
        'No survey has NPS answers in this period: choose the survey whose outcome question to explain.',
        'data.outcomeSurvey',
        0,
        1,
      );
    }
  }
  const survey = await ctx.db
    .selectFrom('surveys')
    .select(['definition'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) throw AppError.notFound('survey');
  const questions = (survey.definition as TSurveyDefinition).questions;
  const question = query.outcome
    ? questions.find((q) => q.id === query.outcome)
    : questions.find((q) => q.type === 'nps');
  const range = question ? scoreRange(question) : null;
  if (!question || !range) {
    throw new AppError(
      'VALIDATION_FAILED',
      query.outcome
        ? 'The outcome must be a scored question (NPS, CSAT, CES or rating) of this survey.'
        : 'This survey has no NPS question: choose its outcome question.',
      [
        {
          name: 'query.outcome',
          reason: query.outcome ? 'not a scored question of this survey' : 'required',
        },
      ],
    );
  }
  return { surveyId, question: { ...question, ...range } };
}

/** The outcome question's numeric answer in responses `r` of the outcome survey, in the period. */
function outcomeConditions(workspaceId: string, outcome: Outcome, query: AcrossQuery) {
  return sql`r.workspace_id = ${workspaceId} AND r.survey_id = ${outcome.surveyId}
    AND jsonb_typeof(r.answers -> ${outcome.question.id}::text) = 'number' ${period(sql`r.created_at`, query)}`;
}

function result(
  by: 'touchpoints' | 'topics',
  outcome: Outcome,
  method: string,
  minCoverage: number,
  model: ReturnType<typeof analyseDrivers>,
  drivers: { key: string; label: string; performance: number | null; coverage: number }[],
  excluded: { key: string; label: string; coverage: number }[],
): TDriverResult {
  const items = drivers.map((driver) => ({
    key: driver.key,
    label: driver.label,
    importance: model.drivers.find((d) => d.id === driver.key)?.share ?? 0,
    performance: driver.performance,
    coverage: driver.coverage,
  }));
  return {
    by,
    surveyId: outcome.surveyId,
    outcome: outcome.question.id,
    n: model.n,
    r2: model.r2,
    method,
    minCoverage,
    drivers: placeInQuadrants(items).sort((a, b) => b.importance - a.importance),
    excluded: excluded.sort((a, b) => b.coverage - a.coverage || a.label.localeCompare(b.label)),
  };
}

/**
 * Which touchpoints drive the relationship outcome. Rows are contacts: the outcome is their latest answer
 * in the period (the most recent MAX_ROWS contacts); a touchpoint's predictor is their mean satisfaction
 * there in the period — the answers to the satisfaction questions (`satisfactionQuestions`: CSAT, else
 * rating, else CES, else NPS) of responses attributed to the touchpoint, each normalised to 0–100. Reviews
 * have no contact and the outcome survey's own responses are not predictors. Gaps (touchpoints a contact
 * did not answer at) are handled by `imputeWellCovered`: touchpoints with fewer than 30 contacts are left
 * out, the rest imputed with the touchpoint's mean. Performance = that mean satisfaction (0–100).
 */
export async function analyseTouchpointDrivers(
  ctx: AppContext,
  workspaceId: string,
  query: AcrossQuery,
): Promise<TDriverResult> {
  const outcome = await resolveOutcome(ctx, workspaceId, query);
  const surveys = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'definition'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '!=', outcome.surveyId)
    .execute();
  const surveyIds: string[] = [];
  const questionIds: string[] = [];
  const mins: number[] = [];
  const maxes: number[] = [];
  for (const survey of surveys) {
    for (const q of satisfactionQuestions(survey.definition as TSurveyDefinition)) {
      surveyIds.push(survey.id);
      questionIds.push(q.id);
      mins.push(q.min);
      maxes.push(q.max);
    }
  }
  const latest = sql`(
    SELECT contact_id, v FROM (
      SELECT DISTINCT ON (r.contact_id) r.contact_id, (r.answers ->> ${outcome.question.id}::text)::float8 AS v,
             r.created_at
      FROM responses r
      WHERE ${outcomeConditions(workspaceId, outcome, query)} AND r.contact_id IS NOT NULL
      ORDER BY r.contact_id, r.created_at DESC, r.id DESC
    ) latest ORDER BY created_at DESC, contact_id LIMIT ${MAX_ROWS}
  )`;
  const outcomes = await sql<{ contactId: string; v: number }>`SELECT contact_id, v FROM ${latest} o`.execute(
    ctx.db,
  );
  const scores =
    surveyIds.length === 0
      ? { rows: [] }
      : await sql<{ contactId: string; touchpointId: string; name: string; score: number }>`
    SELECT r.contact_id, r.touchpoint_id, t.name,
           avg(((r.answers ->> q.id)::float8 - q.min) / nullif(q.max - q.min, 0) * 100)::float8 AS score
    FROM responses r
    JOIN ${latest} o ON o.contact_id = r.contact_id
    JOIN touchpoints t ON t.workspace_id = r.workspace_id AND t.id = r.touchpoint_id
    JOIN unnest(${surveyIds}::uuid[], ${questionIds}::text[], ${mins}::float8[], ${maxes}::float8[])
      AS q (survey_id, id, min, max) ON q.survey_id = r.survey_id
    WHERE r.workspace_id = ${workspaceId} AND r.survey_id <> ${outcome.surveyId}
      AND jsonb_typeof(r.answers -> q.id) = 'number' ${period(sql`r.created_at`, query)}
    GROUP BY r.contact_id, r.touchpoint_id, t.name`.execute(ctx.db);

  const contactIndex = new Map(outcomes.rows.map((row, i) => [row.contactId, i]));
  const touchpoints = new Map<string, { name: string; values: (number | null)[] }>();
  const answered = new Set<string>();
  for (const row of scores.rows) {
    const index = contactIndex.get(row.contactId);
    if (index === undefined || row.score === null) continue;
    let touchpoint = touchpoints.get(row.touchpointId);
    if (!touchpoint) {
      touchpoint = { name: row.name, values: new Array(outcomes.rows.length).fill(null) };
      touchpoints.set(row.touchpointId, touchpoint);
    }
    touchpoint.values[index] = Number(row.score);
    answered.add(row.contactId);
  }
  if (answered.size < MIN_ROWS) {
    throw insufficient(
      `Touchpoint drivers need at least ${MIN_ROWS} contacts who answered both the outcome question and a touchpoint survey in this period; ${answered.size} did (${outcomes.rows.length} contacts answered the outcome).`,
      'data.contacts',
      answered.size,
      MIN_ROWS,
    );
  }
  const ids = [...touchpoints.keys()];
  const imputed = imputeWellCovered(
    {
      outcome: outcomes.rows.map((row) => Number(row.v)),
      predictors: ids.map((id) => ({
        id,
        values: (touchpoints.get(id) as { values: (number | null)[] }).values,
      })),
    },
    { minCoverage: MIN_TOUCHPOINT_COVERAGE, maxPredictors: MAX_DRIVERS },
  );
  const nameOf = (id: string) => touchpoints.get(id)?.name ?? id;
  if (imputed.predictors.length === 0) {
    const best = Math.max(0, ...imputed.dropped.map((d) => d.coverage));
    throw insufficient(
      `No touchpoint has scores from at least ${MIN_TOUCHPOINT_COVERAGE} of the contacts who answered the outcome question in this period (best: ${best}).`,
      'data.touchpoints',
      best,
      MIN_TOUCHPOINT_COVERAGE,
    );
  }
  const model = analyseDrivers({
    outcome: imputed.outcome,
    predictors: imputed.predictors.map((p) => ({ id: p.id, values: p.values })),
  });
  return result(
    'touchpoints',
    outcome,
    `Shapley decomposition of R² (LMG) over a linear model, one row per contact: their latest ${outcome.question.id} answer against their mean satisfaction (0–100) at each touchpoint; touchpoints with at least ${MIN_TOUCHPOINT_COVERAGE} contacts, a contact's missing touchpoint filled with the touchpoint's mean`,
    MIN_TOUCHPOINT_COVERAGE,
    model,
    imputed.predictors.map((p) => ({
      key: p.id,
      label: nameOf(p.id),
      performance: p.mean,
      coverage: p.coverage,
    })),
    imputed.dropped.map((d) => ({ key: d.id, label: nameOf(d.id), coverage: d.coverage })),
  );
}

/**
 * Which topics drive the outcome. Rows are the outcome survey's responses in the period that answered the
 * outcome and have an analysed comment (the most recent MAX_ROWS): responses without any comment are left
 * out, or "wrote a comment at all" would act as a hidden driver (promoters and detractors comment at
 * different rates). A topic's predictor is 1 when any comment of the response mentions it (rule or
 * classifier), else 0; topics with fewer than 10 mentions are left out. Performance = the NPS of the
 * responses that mention it, rescaled to 0–100 as (NPS + 100) / 2 (for a non-NPS outcome, their mean answer
 * normalised): measured on the outcome itself, so it needs no sentiment model and reads as "how the
 * people who bring this up feel about us".
 */
export async function analyseTopicDrivers(
  ctx: AppContext,
  workspaceId: string,
  query: AcrossQuery,
): Promise<TDriverResult> {
  const outcome = await resolveOutcome(ctx, workspaceId, query);
  const rows = await sql<{ id: string; v: number; topicIds: string[] | null }>`
    SELECT r.id, (r.answers ->> ${outcome.question.id}::text)::float8 AS v,
      (SELECT array_agg(DISTINCT m.topic_id::text) FROM text_topic_matches m
        WHERE m.workspace_id = r.workspace_id AND m.item_kind = 'response' AND m.item_id = r.id) AS topic_ids
    FROM responses r
    WHERE ${outcomeConditions(workspaceId, outcome, query)}
      AND EXISTS (SELECT 1 FROM text_analyses a
        WHERE a.workspace_id = r.workspace_id AND a.item_kind = 'response' AND a.item_id = r.id
          AND a.analyzer = ${BUILTIN_TEXT_ANALYZER.name} AND a.version = ${BUILTIN_TEXT_ANALYZER.version})
    ORDER BY r.created_at DESC, r.id
    LIMIT ${MAX_ROWS}`.execute(ctx.db);
  if (rows.rows.length < MIN_ROWS) {
    throw insufficient(
      `Topic drivers need at least ${MIN_ROWS} responses with a comment that answered the outcome question in this period; ${rows.rows.length} did.`,
      'data.responses',
      rows.rows.length,
      MIN_ROWS,
    );
  }
  const topics = await ctx.db
    .selectFrom('topics')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const mentions = (topicId: string) =>
    rows.rows.map((row) => ((row.topicIds ?? []).includes(topicId) ? 1 : 0));
  // Every row observes every topic (0 or 1); a topic's "coverage" is its mentions, hence a floor on the sum.
  const counted = topics.map((topic) => {
    const values = mentions(topic.id);
    return { ...topic, values, mentioned: values.reduce((a: number, b) => a + b, 0) };
  });
  const eligible = counted
    .filter((t) => t.mentioned >= MIN_TOPIC_MENTIONS)
    .sort((a, b) => b.mentioned - a.mentioned || a.name.localeCompare(b.name));
  const kept = eligible.slice(0, MAX_DRIVERS);
  const keptIds = new Set(kept.map((t) => t.id));
  if (kept.length === 0) {
    const best = Math.max(0, ...counted.map((t) => t.mentioned));
    throw insufficient(
      topics.length === 0
        ? 'Topic drivers need topics: this workspace has none yet.'
        : `No topic is mentioned in at least ${MIN_TOPIC_MENTIONS} of the ${rows.rows.length} responses with a comment in this period (best: ${best}).`,
      'data.topics',
      best,
      MIN_TOPIC_MENTIONS,
    );
  }
  const outcomeValues = rows.rows.map((row) => Number(row.v));
  const model = analyseDrivers({
    outcome: outcomeValues,
    predictors: kept.map((t) => ({ id: t.id, values: t.values })),
  });
  return result(
    'topics',
    outcome,
    `Shapley decomposition of R² (LMG) over a linear model, one row per response with a comment: its ${outcome.question.id} answer against whether it mentions each topic (0/1); topics mentioned at least ${MIN_TOPIC_MENTIONS} times; performance = ${outcome.question.type === 'nps' ? 'NPS of the mentioners as (NPS + 100) / 2' : 'mean answer of the mentioners, 0–100'}`,
    MIN_TOPIC_MENTIONS,
    model,
    kept.map((t) => ({
      key: t.id,
      label: t.name,
      coverage: t.mentioned,
      performance: mentionersPerformance(
        outcomeValues.filter((_, i) => t.values[i] === 1),
        outcome.question,
      ),
    })),
    counted
      .filter((t) => !keptIds.has(t.id) && t.mentioned > 0)
      .map((t) => ({ key: t.id, label: t.name, coverage: t.mentioned })),
  );
}

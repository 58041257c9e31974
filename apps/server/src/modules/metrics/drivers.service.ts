import { analyseDrivers, MAX_DRIVERS, placeInQuadrants, resolveText, scoreRange } from '@touchpoint/core';
import type { TDriverResult, TSurveyDefinition } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

const SCORED = new Set(['nps', 'csat', 'ces', 'rating']);
/** Driver analysis reads raw answers (a drill-down, not a dashboard): the most recent ones suffice. */
const MAX_RESPONSES = 20_000;

/**
 * Which of a survey's scored questions drive the outcome question: relative importance (Shapley
 * decomposition of R²) against performance (mean, 0–100), placed in an importance–performance quadrant.
 * "Fix first" = more important than average and performing below average.
 */
export async function analyseSurveyDrivers(
  ctx: AppContext,
  workspaceId: string,
  query: { surveyId: string; outcome: string; from?: string | undefined; to?: string | undefined },
): Promise<TDriverResult> {
  const survey = await ctx.db
    .selectFrom('surveys')
    .select(['definition'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', query.surveyId)
    .executeTakeFirst();
  if (!survey) throw AppError.notFound('survey');
  const definition = survey.definition as TSurveyDefinition;
  const outcome = definition.questions.find((q) => q.id === query.outcome);
  if (!outcome || !SCORED.has(outcome.type)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The outcome must be a scored question (NPS, CSAT, CES or rating) of this survey.',
      [{ name: 'query.outcome', reason: 'not a scored question of this survey' }],
    );
  }
  const drivers = definition.questions
    .filter((q) => q.id !== outcome.id && SCORED.has(q.type))
    .slice(0, MAX_DRIVERS);
  if (drivers.length === 0) {
    throw new AppError(
      'UNPROCESSABLE',
      'This survey has no other scored questions to explain the outcome with.',
    );
  }
  const rows = await ctx.db
    .selectFrom('responses')
    .select('answers')
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', query.surveyId)
    .$if(Boolean(query.from), (q) => q.where('createdAt', '>=', new Date(`${query.from}T00:00:00Z`)))
    .$if(Boolean(query.to), (q) => q.where('createdAt', '<', new Date(`${query.to}T00:00:00Z`)))
    .orderBy('createdAt', 'desc')
    .limit(MAX_RESPONSES)
    .execute();
  const numeric = (value: unknown) => (typeof value === 'number' ? value : null);
  const result = analyseDrivers({
    outcome: rows.map((r) => numeric(r.answers[outcome.id])),
    predictors: drivers.map((q) => ({ id: q.id, values: rows.map((r) => numeric(r.answers[q.id])) })),
  });
  const performanceOf = (id: string, mean: number) => {
    const range = scoreRange(definition.questions.find((q) => q.id === id) as (typeof drivers)[number]);
    if (!range || !Number.isFinite(mean)) return null;
    return ((mean - range.min) / (range.max - range.min)) * 100;
  };
  const items = result.drivers.map((d) => {
    const question = drivers.find((q) => q.id === d.id);
    return {
      key: d.id,
      questionId: d.id,
      label: question
        ? resolveText(question.text, definition.defaultLanguage, definition.defaultLanguage)
        : d.id,
      importance: d.share,
      performance: performanceOf(d.id, d.mean),
    };
  });
  return {
    by: 'questions',
    surveyId: query.surveyId,
    outcome: outcome.id,
    n: result.n,
    r2: result.r2,
    method: 'Shapley decomposition of R² (LMG) over a linear model; respondents who answered every question',
    drivers: placeInQuadrants(items).sort((a, b) => b.importance - a.importance),
  };
}

import {
  computeCes,
  computeCsat,
  computeEnps,
  guardWaves,
  isSmallSample,
  resolveMinimumGroupSize,
} from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { earlierWaves } from './programme-schedules';

/** Employee reporting attributes offered as `groupBy` on an anonymous survey's results. */
export const ANONYMOUS_GROUPINGS = ['department', 'location', 'tenure'] as const;

const ZEstimateFields = {
  value: z.number().nullable(),
  n: z.number().int(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  smallSample: z.boolean(),
};

/** What the metrics API answers for an anonymous survey: suppressed cells carry no figure at all. */
export const ZAnonymousMetricResult = z.object({
  metric: z.enum(['nps', 'csat', 'ces', 'rating']),
  source: z.literal('raw'),
  anonymous: z.literal(true),
  minGroupSize: z.number().int(),
  suppressed: z.boolean(),
  value: z.number().nullable().optional(),
  n: z.number().int().optional(),
  ci95: z.tuple([z.number(), z.number()]).nullable().optional(),
  smallSample: z.boolean().optional(),
  groups: z.array(
    z.union([
      z.object({
        key: z.string(),
        label: z.string().nullable(),
        suppressed: z.literal(false),
        ...ZEstimateFields,
      }),
      z.object({ key: z.string(), label: z.string().nullable(), suppressed: z.literal(true) }),
    ]),
  ),
});
export type TAnonymousMetricResult = z.infer<typeof ZAnonymousMetricResult>;

export async function minimumGroupSizes(ctx: AppContext, workspaceId: string) {
  const settings = await ctx.db
    .selectFrom('workspaceSettings')
    .select(['minGroupSize', 'minCommentGroupSize'])
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return resolveMinimumGroupSize(settings);
}

/** The survey when it is an anonymous programme of this workspace; undefined otherwise (or missing). */
export async function findAnonymousSurvey(
  ctx: AppContext,
  workspaceId: string,
  surveyId: string | undefined,
) {
  if (!surveyId) return undefined;
  const survey = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'status', 'definition', 'reportingAttributes', 'anonymous'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return survey?.anonymous ? survey : undefined;
}

function estimate(metric: string, scores: (number | null)[]) {
  if (metric === 'nps') return computeEnps(scores);
  if (metric === 'csat') {
    const r = computeCsat(scores);
    return { value: r.value, ci95: r.ci95, n: r.n };
  }
  return computeCes(scores);
}

/**
 * Results of an anonymous programme, through the confidentiality guard: the whole and every group of every
 * reporting attribute are judged together (docs/CONFIDENTIALITY.md), so asking for another breakdown
 * cannot undo a suppression. Filters and time windows are refused: they would add releases the guard
 * has not judged.
 */
export async function anonymousMetric(
  ctx: AppContext,
  workspaceId: string,
  survey: NonNullable<Awaited<ReturnType<typeof findAnonymousSurvey>>>,
  query: {
    metric: 'nps' | 'csat' | 'ces' | 'rating';
    questionId?: string | undefined;
    groupBy?: string | undefined;
    touchpointId?: string | undefined;
    channel?: string | undefined;
    language?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    smallSampleFloor: number;
  },
): Promise<TAnonymousMetricResult> {
  if (survey.status !== 'closed') {
    // While answers still arrive, two looks at the results would differ by the newest answers; a closed
    // survey cannot be reopened, so its results are final and cannot be differenced over time.
    throw new AppError(
      'UNPROCESSABLE',
      'Results of an anonymous survey are shown once it is closed (and it cannot be reopened).',
    );
  }
  const refused = (['touchpointId', 'channel', 'language', 'from', 'to'] as const).filter((f) => query[f]);
  if (refused.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Results of an anonymous survey are given for the whole survey and its reporting attributes only.',
      refused.map((f) => ({ name: `query.${f}`, reason: 'not allowed on an anonymous survey' })),
    );
  }
  if (query.groupBy && !survey.reportingAttributes.includes(query.groupBy)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'An anonymous survey breaks down only by its reporting attributes.',
      [
        {
          name: 'query.groupBy',
          reason: `one of: ${survey.reportingAttributes.join(', ') || '(none chosen)'}`,
        },
      ],
    );
  }
  if (query.metric === 'rating') {
    throw new AppError('VALIDATION_FAILED', 'Anonymous results offer nps, csat and ces.', [
      { name: 'query.metric', reason: 'not offered on an anonymous survey yet' },
    ]);
  }
  const definition = survey.definition as TSurveyDefinition;
  const question = query.questionId
    ? definition.questions.find((q) => q.id === query.questionId)
    : definition.questions.find((q) => q.type === query.metric);
  if (!question || question.type !== query.metric) {
    throw new AppError('VALIDATION_FAILED', `This survey has no ${query.metric} question.`, [
      { name: 'query.questionId', reason: `not a ${query.metric} question of this survey` },
    ]);
  }
  const answeredIn = async (surveyId: string) => {
    const rows = await ctx.db
      .selectFrom('responses')
      .select(['answers', 'hiddenFields'])
      .where('workspaceId', '=', workspaceId)
      .where('surveyId', '=', surveyId)
      .where('finished', '=', true)
      .execute();
    return rows
      .map((row) => ({ value: row.answers[question.id], attributes: row.hiddenFields }))
      .filter((r): r is { value: number; attributes: Record<string, string> } => typeof r.value === 'number');
  };
  const answered = await answeredIn(survey.id);
  // A wave of a scheduled programme is judged with the closed waves before it (docs/CONFIDENTIALITY.md,
  // Waves): a group whose size moved by 1..k-1 since an earlier wave is hidden in this one.
  const earlier = await earlierWaves(ctx.db, workspaceId, survey.id);
  const before = await Promise.all(earlier.map((wave) => answeredIn(wave.surveyId)));
  const { results: k } = await minimumGroupSizes(ctx, workspaceId);
  const attributes = survey.reportingAttributes;
  const current = before.length;
  const waves = guardWaves(
    [...before, answered].map((rows) => rows.map((r) => ({ attributes: r.attributes, count: 1 }))),
    attributes,
    k,
  );
  const { guard } = waves;
  const wholeKey = waves.wholeKey(current);
  const groupKey = (attribute: string, value: string) => waves.groupKey(current, attribute, value);
  const figures = (values: number[]) => {
    const e = estimate(query.metric, values);
    return { value: e.value, n: e.n, ci95: e.ci95, smallSample: isSmallSample(e.n, query.smallSampleFloor) };
  };
  const wholeSuppressed = answered.length === 0 || guard.isSuppressed(wholeKey);
  // Fewer than k in the whole survey hides every group with it; a whole hidden for another reason (its
  // size moved by less than k since an earlier wave) leaves the groups the guard judged safe.
  const wholeTooSmall = answered.length === 0 || guard.suppressed.get(wholeKey) === 'small';
  const groups: TAnonymousMetricResult['groups'] = [];
  if (query.groupBy) {
    const byValue = new Map<string, number[]>();
    for (const r of answered) {
      const value = r.attributes[query.groupBy] ?? '';
      byValue.set(value, [...(byValue.get(value) ?? []), r.value]);
    }
    for (const [value, values] of [...byValue].sort(([a], [b]) => a.localeCompare(b))) {
      const key = value === '' ? '(none)' : value;
      if (wholeTooSmall || guard.isSuppressed(groupKey(query.groupBy, value))) {
        groups.push({ key, label: key, suppressed: true });
      } else {
        groups.push({ key, label: key, suppressed: false, ...figures(values) });
      }
    }
  }
  return {
    metric: query.metric,
    source: 'raw',
    anonymous: true,
    minGroupSize: k,
    suppressed: wholeSuppressed,
    ...(wholeSuppressed ? {} : figures(answered.map((r) => r.value))),
    groups,
  };
}

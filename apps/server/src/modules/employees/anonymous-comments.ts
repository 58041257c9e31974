import { analyzeText, guardWaves } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { findAnonymousSurvey, minimumGroupSizes } from './anonymous-results';
import { earlierWaves } from './programme-schedules';

export const ZAnonymousCommentsQuery = z.strictObject({
  questionId: z.string().trim().min(1).max(100).optional(),
  groupBy: z.string().trim().min(1).max(100).optional(),
});

const ZSentimentCounts = z.object({
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
  mixed: z.number().int(),
});
const ZCommentCell = {
  /** Comments in alphabetical order (never the order they arrived), personal data replaced. */
  comments: z.array(z.string()),
  n: z.number().int(),
  sentiment: ZSentimentCounts,
};

/** Comments of an anonymous survey: only for groups of at least the comment threshold, never one by one. */
export const ZAnonymousComments = z.object({
  anonymous: z.literal(true),
  questionId: z.string(),
  minCommentGroupSize: z.number().int(),
  suppressed: z.boolean(),
  comments: z.array(z.string()).optional(),
  n: z.number().int().optional(),
  sentiment: ZSentimentCounts.optional(),
  groups: z.array(
    z.union([
      z.object({ key: z.string(), suppressed: z.literal(false), ...ZCommentCell }),
      z.object({ key: z.string(), suppressed: z.literal(true) }),
    ]),
  ),
});
export type TAnonymousComments = z.infer<typeof ZAnonymousComments>;

function cell(texts: string[]) {
  const sentiment = { positive: 0, neutral: 0, negative: 0, mixed: 0 };
  const comments = texts.map((text) => {
    const analysis = analyzeText(text);
    sentiment[analysis.sentiment.label] += 1;
    return analysis.redacted;
  });
  return { comments: comments.sort((a, b) => a.localeCompare(b)), n: texts.length, sentiment };
}

/**
 * The free-text answers of an anonymous programme, through the confidentiality guard with the comment
 * threshold (10 by default): the whole and every group of every reporting attribute are judged together
 * (and with the earlier waves of a scheduled programme), so the whole list minus the visible groups' lists
 * always leaves comments of at least that many people. Comments are shown as a sorted list with their
 * sentiment counts, without ids, times or answers they came with; only once the survey is closed.
 */
export async function anonymousComments(
  ctx: AppContext,
  workspaceId: string,
  surveyId: string,
  query: z.infer<typeof ZAnonymousCommentsQuery>,
): Promise<TAnonymousComments> {
  const survey = await findAnonymousSurvey(ctx, workspaceId, surveyId);
  if (!survey) {
    const exists = await ctx.db
      .selectFrom('surveys')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', surveyId)
      .executeTakeFirst();
    if (!exists) throw AppError.notFound('survey');
    throw new AppError(
      'UNPROCESSABLE',
      'This survey is not anonymous: its comments are in the responses list and text analytics.',
    );
  }
  if (survey.status !== 'closed') {
    throw new AppError(
      'UNPROCESSABLE',
      'Comments of an anonymous survey are shown once it is closed (and it cannot be reopened).',
    );
  }
  const definition = survey.definition as TSurveyDefinition;
  const openQuestions = definition.questions.filter((q) => q.type === 'open_text');
  const question = query.questionId ? openQuestions.find((q) => q.id === query.questionId) : openQuestions[0];
  if (!question) {
    throw new AppError('VALIDATION_FAILED', 'This survey has no such open-text question.', [
      { name: 'query.questionId', reason: 'an open-text question of this survey' },
    ]);
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
  const commentsIn = async (id: string) => {
    const rows = await ctx.db
      .selectFrom('responses')
      .select(['answers', 'hiddenFields'])
      .where('workspaceId', '=', workspaceId)
      .where('surveyId', '=', id)
      .where('finished', '=', true)
      .execute();
    return rows
      .map((row) => ({ text: row.answers[question.id], attributes: row.hiddenFields }))
      .filter((r): r is { text: string; attributes: Record<string, string> } => {
        return typeof r.text === 'string' && r.text.trim() !== '';
      });
  };
  const written = await commentsIn(survey.id);
  const before = await Promise.all(
    (await earlierWaves(ctx.db, workspaceId, survey.id)).map((wave) => commentsIn(wave.surveyId)),
  );
  const { comments: k } = await minimumGroupSizes(ctx, workspaceId);
  const current = before.length;
  const waves = guardWaves(
    [...before, written].map((rows) => rows.map((r) => ({ attributes: r.attributes, count: 1 }))),
    survey.reportingAttributes,
    k,
  );
  const wholeKey = waves.wholeKey(current);
  const wholeSuppressed = written.length === 0 || waves.guard.isSuppressed(wholeKey);
  const wholeTooSmall = written.length === 0 || waves.guard.suppressed.get(wholeKey) === 'small';
  const groups: TAnonymousComments['groups'] = [];
  if (query.groupBy) {
    const attribute = query.groupBy;
    const byValue = new Map<string, string[]>();
    for (const r of written) {
      const value = r.attributes[attribute] ?? '';
      byValue.set(value, [...(byValue.get(value) ?? []), r.text]);
    }
    for (const [value, texts] of [...byValue].sort(([a], [b]) => a.localeCompare(b))) {
      const key = value === '' ? '(none)' : value;
      if (wholeTooSmall || waves.guard.isSuppressed(waves.groupKey(current, attribute, value))) {
        groups.push({ key, suppressed: true });
      } else {
        groups.push({ key, suppressed: false, ...cell(texts) });
      }
    }
  }
  return {
    anonymous: true,
    questionId: question.id,
    minCommentGroupSize: k,
    suppressed: wholeSuppressed,
    ...(wholeSuppressed ? {} : cell(written.map((r) => r.text))),
    groups,
  };
}

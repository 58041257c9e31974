import { computeCsat, computeNps } from '@touchpoint/core';
import type { TMeasured, TSurveyDefinition } from '@touchpoint/schemas';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

/** One customer answer's scores: the first CSAT question (1–5) and the NPS (0–10) of its survey. */
export interface CustomerScore {
  csat: number | null;
  nps: number | null;
}

const BATCH = 500;

/**
 * The CSAT and NPS of these responses. Anonymous and employee surveys are never read here: these are
 * customers' answers only.
 */
export async function customerScores(
  db: Db,
  workspaceId: string,
  responseIds: readonly string[],
): Promise<Map<string, CustomerScore>> {
  const scores = new Map<string, CustomerScore>();
  const ids = [...new Set(responseIds)];
  const csatQuestion = new Map<string, string | null>();
  for (let start = 0; start < ids.length; start += BATCH) {
    const rows = await db
      .selectFrom('responses')
      .innerJoin('surveys', (join) =>
        join
          .onRef('surveys.workspaceId', '=', 'responses.workspaceId')
          .onRef('surveys.id', '=', 'responses.surveyId'),
      )
      .select([
        'responses.id',
        'responses.surveyId',
        'responses.answers',
        'responses.npsScore',
        'surveys.definition',
      ])
      .where('responses.workspaceId', '=', workspaceId)
      .where('responses.id', 'in', ids.slice(start, start + BATCH))
      .where('responses.finished', '=', true)
      .where('surveys.anonymous', '=', false)
      .where('surveys.audience', '=', 'customers')
      .execute();
    for (const row of rows) {
      if (!csatQuestion.has(row.surveyId)) {
        const definition = row.definition as TSurveyDefinition;
        csatQuestion.set(row.surveyId, definition.questions.find((q) => q.type === 'csat')?.id ?? null);
      }
      const questionId = csatQuestion.get(row.surveyId);
      const csat = questionId ? row.answers[questionId] : undefined;
      scores.set(row.id, {
        csat: typeof csat === 'number' ? csat : null,
        nps: typeof row.npsScore === 'number' ? row.npsScore : null,
      });
    }
  }
  return scores;
}

export function measuredCsat(values: readonly (number | null)[]): TMeasured {
  const r = computeCsat(values);
  return { value: r.value, n: r.n, ci95: r.ci95 };
}

export function measuredNps(values: readonly (number | null)[]): TMeasured {
  const r = computeNps(values);
  return { value: r.value, n: r.n, ci95: r.ci95 };
}

/** The [from, to) window of a `from`/`to` day query: `to` is inclusive, default the last 90 days. */
export function dayWindow(query: { from?: string | undefined; to?: string | undefined }, defaultDays = 90) {
  const DAY = 86_400_000;
  const toDay = query.to ?? new Date().toISOString().slice(0, 10);
  const end = new Date(Date.parse(`${toDay}T00:00:00Z`) + DAY);
  const start = query.from
    ? new Date(`${query.from}T00:00:00Z`)
    : new Date(end.getTime() - defaultDays * DAY);
  if (!(start < end)) {
    throw new AppError('VALIDATION_FAILED', '`from` must be on or before `to`.', [
      { name: 'query.from', reason: 'after query.to' },
    ]);
  }
  return {
    start,
    end,
    from: start.toISOString().slice(0, 10),
    to: toDay,
    days: Math.max(1, Math.round((end.getTime() - start.getTime()) / DAY)),
  };
}

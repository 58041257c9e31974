import { SMALL_SAMPLE_FLOOR } from '@touchpoint/core';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { anonymousMetric, findAnonymousSurvey } from '../employees/anonymous-results';

function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote what CSV needs quoted, and defuse spreadsheet formulas in group names.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * An anonymous programme's eNPS as CSV: the whole and each group of one reporting attribute, exactly as the
 * guarded metrics API answers them (a suppressed group is a row saying so, with no figure).
 */
export async function anonymousResultsCsv(
  ctx: AppContext,
  workspaceId: string,
  surveyId: string,
  groupBy: string | undefined,
): Promise<string> {
  const survey = await findAnonymousSurvey(ctx, workspaceId, surveyId);
  if (!survey) throw new AppError('NOT_FOUND', 'No such anonymous employee survey.');
  const result = await anonymousMetric(ctx, workspaceId, survey, {
    metric: 'nps',
    groupBy: groupBy ?? survey.reportingAttributes[0],
    smallSampleFloor: SMALL_SAMPLE_FLOOR,
  });
  const lines = [['group', 'enps', 'n', 'ci95_low', 'ci95_high', 'suppressed'].join(',')];
  lines.push(
    result.suppressed
      ? ['(all)', '', '', '', '', 'true'].join(',')
      : [
          '(all)',
          cell(result.value),
          cell(result.n),
          cell(result.ci95?.[0]),
          cell(result.ci95?.[1]),
          'false',
        ].join(','),
  );
  for (const group of result.groups) {
    lines.push(
      group.suppressed
        ? [cell(group.key), '', '', '', '', 'true'].join(',')
        : [
            cell(group.key),
            cell(group.value),
            cell(group.n),
            cell(group.ci95?.[0]),
            cell(group.ci95?.[1]),
            'false',
          ].join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

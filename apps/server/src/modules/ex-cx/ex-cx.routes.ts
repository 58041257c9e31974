import { ZDateWindowQuery, ZExCxResult, ZIdParams } from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { anonymousResultsCsv } from './anonymous-results-csv';
import { exCx } from './ex-cx.service';

export function exCxRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/ex-cx',
      tag: 'Employees',
      summary:
        'The EX–CX link per team: eNPS and engagement (share of staff whose pulse statements average ≥ 4) of the latest closed anonymous pulse in the window, for the department the team’s staff answer in — through the confidentiality guard, so a small group is {"suppressed": true} — beside the CSAT / NPS (n, 95% CI) of the touchpoints the team owns and of the cases and conversations it resolved; per pulse, the same beside the customer figures of the month it closed; and Pearson’s r of eNPS with CSAT and with NPS across teams and pulses, with its two-sided p-value. `from`/`to` are days (default the last 90 days)',
      access: 'responses.read',
      query: ZDateWindowQuery,
      responses: { 200: ZExCxResult },
      handler: ({ query, principal }) => exCx(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/surveys/:id/anonymous-results.csv',
      tag: 'Employees',
      summary:
        'An anonymous employee programme’s eNPS as CSV (UTF-8 with BOM): the whole and each group of one reporting attribute (`groupBy`, default the first), with n and the 95% CI, through the confidentiality guard — a suppressed group is a row with `suppressed` true and no figure. 422 while the survey is still collecting; 404 for a survey that is not an anonymous programme',
      access: 'responses.export',
      params: ZIdParams,
      query: z.strictObject({ groupBy: z.enum(['department', 'location', 'tenure']).optional() }),
      responses: { 200: null },
      handler: async ({ params, query, principal, reply }) => {
        const csv = await anonymousResultsCsv(
          ctx,
          requireWorkspace(principal).workspaceId,
          params.id,
          query.groupBy,
        );
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="touchpoint-enps-${params.id}.csv"`)
          .send(csv);
      },
    }),
  ];
}

import { ZDateWindowQuery, ZExCxResult } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
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
  ];
}

import { ZMetricQuery, ZMetricResult } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { queryMetric } from './metrics.service';

export function metricRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/metrics',
      tag: 'Analytics',
      summary:
        'NPS (% promoters − % detractors), CSAT (top-2-box %), CES or rating mean, each with n, a 95% CI and a small-sample flag; grouped by time, touchpoint, stage, channel, language or survey, time groups with the significance of each change',
      access: 'responses.read',
      query: ZMetricQuery,
      responses: { 200: ZMetricResult },
      handler: ({ query, principal }) => {
        const { source, ...rest } = query;
        return queryMetric(ctx, requireWorkspace(principal).workspaceId, rest, source);
      },
    }),
  ];
}

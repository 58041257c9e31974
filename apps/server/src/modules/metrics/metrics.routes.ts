import {
  ZDriverQuery,
  ZDriverResult,
  ZLoyaltyQuery,
  ZLoyaltyResult,
  ZMetricQuery,
  ZMetricResult,
  ZResponseRateQuery,
  ZResponseRates,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { analyseSurveyDrivers } from './drivers.service';
import { queryLoyalty } from './loyalty.service';
import { queryMetric } from './metrics.service';
import { responseRates } from './response-rates.service';

export function metricRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/metrics',
      tag: 'Analytics',
      summary:
        'NPS (% promoters − % detractors), CSAT (top-2-box %), CES or rating mean, each with n, a 95% CI and a small-sample flag; grouped by time, touchpoint, stage, channel, language, survey, segment or account, time groups with the significance of each change. Segment and account (the contact’s attribute, else the response’s hidden field of that name; "(none)" without either) are not rollup dimensions: those two groupings are computed from raw responses (source "raw")',
      access: 'responses.read',
      query: ZMetricQuery,
      responses: { 200: ZMetricResult },
      handler: ({ query, principal }) => {
        const { source, ...rest } = query;
        return queryMetric(ctx, requireWorkspace(principal).workspaceId, rest, source);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/drivers',
      tag: 'Analytics',
      summary:
        'Key-driver analysis: how much each scored question of a survey drives the outcome question (Shapley share of R²) against how it performs, with the fix-first quadrant',
      access: 'responses.read',
      query: ZDriverQuery,
      responses: { 200: ZDriverResult },
      handler: ({ query, principal }) =>
        analyseSurveyDrivers(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/loyalty',
      tag: 'Analytics',
      summary:
        'Loyalty vs satisfaction per touchpoint, segment or contact attribute: NPS and CSAT (top-2-box) of the group’s answers next to the retention and mean spend of its distinct contacts, marking groups where satisfaction and loyalty disagree (computed from raw responses)',
      access: 'responses.read',
      query: ZLoyaltyQuery,
      responses: { 200: ZLoyaltyResult },
      handler: ({ query, principal }) => queryLoyalty(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/response-rates',
      tag: 'Analytics',
      summary: 'Response and completion rates per channel or survey: displays → started → finished',
      access: 'responses.read',
      query: ZResponseRateQuery,
      responses: { 200: ZResponseRates },
      handler: ({ query, principal }) => responseRates(ctx, requireWorkspace(principal).workspaceId, query),
    }),
  ];
}

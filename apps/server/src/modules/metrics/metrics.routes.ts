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
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  ANONYMOUS_GROUPINGS,
  anonymousMetric,
  findAnonymousSurvey,
  ZAnonymousMetricResult,
} from '../employees/index';
import { analyseSurveyDrivers } from './drivers.service';
import { analyseTopicDrivers, analyseTouchpointDrivers } from './drivers-across.service';
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
        'NPS (% promoters − % detractors), CSAT (top-2-box %), CES or rating mean, each with n, a 95% CI and a small-sample flag; grouped by time, touchpoint, stage, channel, language, survey, segment or account, time groups with the significance of each change. Segment (membership now: a response counts in each segment its contact is in, key = segment id, label = its name; the overall figure counts each response once) and account (the account entity of the response’s contact via account_contacts, key = account id and label = its name; a contact in no account is "(none)"; a workspace with no accounts yet groups by the account attribute or hidden field) are not rollup dimensions: those two groupings are computed from raw responses (source "raw")',
      access: 'responses.read',
      query: ZMetricQuery,
      responses: { 200: z.union([ZMetricResult, ZAnonymousMetricResult]) },
      handler: async ({ query, principal }) => {
        const { source, ...rest } = query;
        const workspaceId = requireWorkspace(principal).workspaceId;
        // An anonymous employee programme answers only through the confidentiality guard.
        const anonymous = await findAnonymousSurvey(ctx, workspaceId, rest.surveyId);
        if (anonymous) return anonymousMetric(ctx, workspaceId, anonymous, rest);
        if ((ANONYMOUS_GROUPINGS as readonly string[]).includes(rest.groupBy ?? '')) {
          throw new AppError('VALIDATION_FAILED', 'This grouping is for anonymous employee surveys.', [
            { name: 'query.groupBy', reason: 'needs the surveyId of an anonymous employee survey' },
          ]);
        }
        return queryMetric(
          ctx,
          workspaceId,
          {
            ...rest,
            groupBy: rest.groupBy as Exclude<typeof rest.groupBy, (typeof ANONYMOUS_GROUPINGS)[number]>,
          },
          source,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/drivers',
      tag: 'Analytics',
      summary:
        'Key-driver analysis: how much each driver explains the outcome question (Shapley share of R²) against how it performs (0–100), with the fix-first quadrant. by=questions (default): the survey’s other scored questions, per response. by=touchpoints: per contact, their latest outcome answer against their mean satisfaction at each touchpoint (touchpoints with ≥ 30 such contacts; a missing touchpoint takes the touchpoint’s mean; coverage per driver). by=topics: per response with a comment, whether it mentions each topic (topics with ≥ 10 mentions; performance = NPS of the mentioners as (NPS + 100) / 2). Without surveyId, touchpoints and topics explain the NPS question of the survey with the most NPS answers, preferring one not attributed to a touchpoint. Too little data answers 422 with invalidParams [{name: data.contacts|data.touchpoints|data.responses|data.topics|data.outcomeSurvey, reason: "<found> found, <needed> needed"}]',
      access: 'responses.read',
      query: ZDriverQuery,
      responses: { 200: ZDriverResult },
      handler: async ({ query, principal }) => {
        const workspaceId = requireWorkspace(principal).workspaceId;
        const { by, ...rest } = query;
        // Per-response analysis of an anonymous programme is not offered (docs/CONFIDENTIALITY.md).
        if (await findAnonymousSurvey(ctx, workspaceId, rest.surveyId)) {
          throw new AppError('UNPROCESSABLE', 'Drivers are not offered on an anonymous survey.');
        }
        if (by === 'touchpoints') return analyseTouchpointDrivers(ctx, workspaceId, rest);
        if (by === 'topics') return analyseTopicDrivers(ctx, workspaceId, rest);
        // The schema requires both with by=questions.
        return analyseSurveyDrivers(ctx, workspaceId, {
          ...rest,
          surveyId: rest.surveyId as string,
          outcome: rest.outcome as string,
        });
      },
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

import {
  ZAtRiskCustomer,
  ZAtRiskQuery,
  ZChurnModelSummary,
  ZChurnOverview,
  ZTrainChurnBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { churnOverview, listAtRisk, startChurnTraining } from './churn.service';

export function predictionRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/predictions/churn/train',
      tag: 'Predictions',
      summary:
        'Train a new churn model version from the workspace history: label {attribute: "churned"} (true/false on contacts) or {event: "subscription.cancelled"}; 202 with the queued model, whose progress GET /api/v1/predictions/churn shows',
      access: 'contacts.write',
      body: ZTrainChurnBody,
      responses: { 202: ZChurnModelSummary },
      handler: ({ body, principal }) => startChurnTraining(ctx, requireWorkspace(principal), body.label),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/predictions/churn',
      tag: 'Predictions',
      summary:
        'Churn models (newest first) with status, progress and held-out metrics, and contacts per risk band',
      access: 'contacts.read',
      responses: { 200: ZChurnOverview },
      handler: ({ principal }) => churnOverview(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/predictions/churn/at-risk',
      tag: 'Predictions',
      summary:
        'Customers at risk of churning, riskiest first, with the reasons (band=high|medium|low|medium_or_high)',
      access: 'contacts.read',
      query: ZAtRiskQuery,
      responses: { 200: zPage(ZAtRiskCustomer) },
      handler: ({ query, principal }) => listAtRisk(ctx, requireWorkspace(principal).workspaceId, query),
    }),
  ];
}

import {
  ZMaturityAnswersBody,
  ZMaturityAssessment,
  ZMaturityComparison,
  ZMaturityOverview,
  ZPageQuery,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { compareAssessments, createAssessment, listAssessments, maturityOverview } from './maturity.service';

export function maturityRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/maturity',
      tag: 'Maturity',
      summary:
        'The CXM maturity questionnaire (7 competencies × 2 questions, answers 1..5, EN and VI), the evidence measured from this workspace’s data over the last 90 days (loop closure, time to first action, automations live, response rate, touchpoints with owners, employee programme) with the level each suggests, and the latest assessment',
      access: 'workspace.read',
      responses: { 200: ZMaturityOverview },
      handler: ({ principal }) => maturityOverview(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/maturity/assessments',
      tag: 'Maturity',
      summary:
        'Answer the maturity questionnaire (every question, 1..5; the answerer’s role is recorded). Competency score = mean of its answers; overall level = floor of the mean of the competency scores, capped at the weakest competency’s level + 1. Unknown question ids, values outside 1..5 or missing answers answer 400 with invalidParams',
      access: 'workspace.read',
      body: ZMaturityAnswersBody,
      responses: { 201: ZMaturityAssessment },
      handler: ({ body, principal }) => createAssessment(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/maturity/assessments',
      tag: 'Maturity',
      summary: 'Past assessments of this workspace, newest first (progress over time)',
      access: 'workspace.read',
      query: ZPageQuery,
      responses: { 200: zPage(ZMaturityAssessment) },
      handler: ({ query, principal }) => listAssessments(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/maturity/comparison',
      tag: 'Maturity',
      summary:
        'The latest assessment of each person, compared per competency: every person’s score, the lowest, the highest and the spread (highest − lowest)',
      access: 'workspace.read',
      responses: { 200: ZMaturityComparison },
      handler: ({ principal }) => compareAssessments(ctx, requireWorkspace(principal).workspaceId),
    }),
  ];
}

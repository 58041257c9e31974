import { MATURITY_QUESTIONS } from '@touchpoint/core';
import { PERMISSIONS, ROLES, type TRole } from '@touchpoint/schemas';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStoredItems } from '../src/modules/text/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, apiKeyClient, signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// The access suite: for EVERY route in the registry, another workspace's session and API key must not
// read or change workspace A's data, and every role without the permission is refused. A new route
// without a fixture here fails the first test, so nobody can add an endpoint that skips this suite.

let touchpoint: Touchpoint;
let app: FastifyInstance;

interface WorkspaceA {
  admin: TestClient;
  workspaceId: string;
  teamId: string;
  memberId: string;
  apiKeyId: string;
  invitationId: string;
  journeyId: string;
  touchpointId: string;
  surveyId: string;
  responseId: string;
  contactId: string;
  reviewId: string;
  topicId: string;
  webhookId: string;
  webhookDeliveryId: string;
  annotationId: string;
  automationRuleId: string;
  couponPoolId: string;
  alertRuleId: string;
  caseId: string;
  actionPlanId: string;
  accountId: string;
  articleId: string;
  intentId: string;
  conversationId: string;
  cannedReplyId: string;
  segmentId: string;
  nbaRuleId: string;
  emailTemplateId: string;
  campaignId: string;
  maturityAssessmentId: string;
  suggestionId: string;
  sessionId: string;
  channelId: string;
  privacyErasureId: string;
  consentId: string;
}
let a: WorkspaceA;
let outsiders: { label: string; client: TestClient }[];
let bTeamId: string;

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};

type Fixture = {
  method: string;
  url: string;
  body?: unknown;
  kind: 'targets-a' | 'list' | 'create' | 'self';
};

function fixtures(): Record<string, Fixture> {
  return {
    'POST /api/v1/auth/switch-workspace': {
      method: 'POST',
      url: '/api/v1/auth/switch-workspace',
      body: { workspaceId: a.workspaceId },
      kind: 'targets-a',
    },
    'GET /api/v1/me': { method: 'GET', url: '/api/v1/me', kind: 'list' },
    'PATCH /api/v1/me': { method: 'PATCH', url: '/api/v1/me', body: { name: 'Renamed' }, kind: 'self' },
    'GET /api/v1/me/2fa': { method: 'GET', url: '/api/v1/me/2fa', kind: 'self' },
    'POST /api/v1/me/2fa/setup': {
      method: 'POST',
      url: '/api/v1/me/2fa/setup',
      body: { password: 'not the password' },
      kind: 'self',
    },
    'POST /api/v1/me/2fa/enable': {
      method: 'POST',
      url: '/api/v1/me/2fa/enable',
      body: { code: '123456' },
      kind: 'self',
    },
    'POST /api/v1/me/2fa/disable': {
      method: 'POST',
      url: '/api/v1/me/2fa/disable',
      body: { code: '123456' },
      kind: 'self',
    },
    'POST /api/v1/me/2fa/recovery-codes': {
      method: 'POST',
      url: '/api/v1/me/2fa/recovery-codes',
      body: { code: '123456' },
      kind: 'self',
    },
    'GET /api/v1/me/sessions': { method: 'GET', url: '/api/v1/me/sessions', kind: 'self' },
    'DELETE /api/v1/me/sessions/:id': {
      method: 'DELETE',
      url: `/api/v1/me/sessions/${a.sessionId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/auth/sign-out-everywhere': {
      method: 'POST',
      url: '/api/v1/auth/sign-out-everywhere',
      kind: 'self',
    },
    'POST /api/v1/me/password': {
      method: 'POST',
      url: '/api/v1/me/password',
      body: { currentPassword: 'wrong', newPassword: 'a long enough new passphrase' },
      kind: 'self',
    },
    'POST /api/v1/predictions/churn/train': {
      method: 'POST',
      url: '/api/v1/predictions/churn/train',
      body: { label: { attribute: 'churned' } },
      kind: 'self',
    },
    'GET /api/v1/predictions/churn': { method: 'GET', url: '/api/v1/predictions/churn', kind: 'list' },
    'GET /api/v1/text/sentiment-calibration': {
      method: 'GET',
      url: '/api/v1/text/sentiment-calibration',
      kind: 'list',
    },
    'POST /api/v1/text/sentiment-calibration/train': {
      method: 'POST',
      url: '/api/v1/text/sentiment-calibration/train',
      kind: 'self',
    },
    'PATCH /api/v1/text/sentiment-calibration/:version': {
      method: 'PATCH',
      url: '/api/v1/text/sentiment-calibration/1',
      body: { active: false },
      kind: 'targets-a',
    },
    'GET /api/v1/predictions/churn/at-risk': {
      method: 'GET',
      url: '/api/v1/predictions/churn/at-risk',
      kind: 'list',
    },
    'GET /api/v1/conversations/metrics': {
      method: 'GET',
      url: '/api/v1/conversations/metrics',
      kind: 'list',
    },
    'GET /api/v1/channels': { method: 'GET', url: '/api/v1/channels', kind: 'list' },
    'POST /api/v1/channels': {
      method: 'POST',
      url: '/api/v1/channels',
      body: { name: 'Bridge', kind: 'email' },
      kind: 'create',
    },
    'GET /api/v1/channels/:id': { method: 'GET', url: `/api/v1/channels/${a.channelId}`, kind: 'targets-a' },
    'DELETE /api/v1/channels/:id': {
      method: 'DELETE',
      url: `/api/v1/channels/${a.channelId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/workspace/security': { method: 'GET', url: '/api/v1/workspace/security', kind: 'list' },
    'GET /api/v1/workspace/sso': { method: 'GET', url: '/api/v1/workspace/sso', kind: 'list' },
    'PUT /api/v1/workspace/sso': {
      method: 'PUT',
      url: '/api/v1/workspace/sso',
      body: {
        issuerUrl: 'https://idp.hijack.example',
        clientId: 'hijack',
        clientSecret: 'hijack-secret',
        allowedDomains: ['hijack.example'],
      },
      kind: 'self',
    },
    'PATCH /api/v1/workspace/security': {
      method: 'PATCH',
      url: '/api/v1/workspace/security',
      body: { embedOrigins: ['https://hijack.example'] },
      kind: 'self',
    },
    'GET /api/v1/workspace': { method: 'GET', url: '/api/v1/workspace', kind: 'list' },
    'PATCH /api/v1/workspace': {
      method: 'PATCH',
      url: '/api/v1/workspace',
      body: { brandColor: '#112233' },
      kind: 'self',
    },
    'GET /api/v1/workspace/identity-secret': {
      method: 'GET',
      url: '/api/v1/workspace/identity-secret',
      kind: 'self',
    },
    'POST /api/v1/workspace/identity-secret': {
      method: 'POST',
      url: '/api/v1/workspace/identity-secret',
      kind: 'self',
    },
    'PUT /api/v1/workspace/logo': {
      method: 'PUT',
      url: '/api/v1/workspace/logo',
      body: { contentType: 'image/png', data: 'iVBORw0KGgo=' },
      kind: 'self',
    },
    'POST /api/v1/workspaces': {
      method: 'POST',
      url: '/api/v1/workspaces',
      body: { name: 'Another' },
      kind: 'create',
    },
    'GET /api/v1/members': { method: 'GET', url: '/api/v1/members', kind: 'list' },
    'PATCH /api/v1/members/:userId': {
      method: 'PATCH',
      url: `/api/v1/members/${a.memberId}`,
      body: { role: 'admin' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/members/:userId': {
      method: 'DELETE',
      url: `/api/v1/members/${a.memberId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/invitations': { method: 'GET', url: '/api/v1/invitations', kind: 'list' },
    'POST /api/v1/invitations': {
      method: 'POST',
      url: '/api/v1/invitations',
      body: { email: 'new@example.com', role: 'viewer' },
      kind: 'create',
    },
    'DELETE /api/v1/invitations/:id': {
      method: 'DELETE',
      url: `/api/v1/invitations/${a.invitationId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/api-keys': { method: 'GET', url: '/api/v1/api-keys', kind: 'list' },
    'POST /api/v1/api-keys': {
      method: 'POST',
      url: '/api/v1/api-keys',
      body: { name: 'k', role: 'viewer' },
      kind: 'create',
    },
    'DELETE /api/v1/api-keys/:id': {
      method: 'DELETE',
      url: `/api/v1/api-keys/${a.apiKeyId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/teams': { method: 'GET', url: '/api/v1/teams', kind: 'list' },
    'POST /api/v1/employees/import': {
      method: 'POST',
      url: '/api/v1/employees/import',
      body: { items: [{ email: 'b-person@b.example', name: 'B person', department: 'Ops' }] },
      kind: 'self',
    },
    'GET /api/v1/employees': { method: 'GET', url: '/api/v1/employees', kind: 'list' },
    'GET /api/v1/employees/org-chart': { method: 'GET', url: '/api/v1/employees/org-chart', kind: 'list' },
    'POST /api/v1/teams': {
      method: 'POST',
      url: '/api/v1/teams',
      body: { name: `Team ${Math.random()}` },
      kind: 'create',
    },
    'PATCH /api/v1/teams/:id': {
      method: 'PATCH',
      url: `/api/v1/teams/${a.teamId}`,
      body: { name: 'Hijacked' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/teams/:id': { method: 'DELETE', url: `/api/v1/teams/${a.teamId}`, kind: 'targets-a' },
    'POST /api/v1/teams/:id/members': {
      method: 'POST',
      url: `/api/v1/teams/${a.teamId}/members`,
      body: { userId: a.memberId },
      kind: 'targets-a',
    },
    'DELETE /api/v1/teams/:id/members/:userId': {
      method: 'DELETE',
      url: `/api/v1/teams/${a.teamId}/members/${a.memberId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/audit-log': { method: 'GET', url: '/api/v1/audit-log', kind: 'list' },
    'GET /api/v1/journeys': { method: 'GET', url: '/api/v1/journeys', kind: 'list' },
    'POST /api/v1/journeys': { method: 'POST', url: '/api/v1/journeys', body: { name: 'J' }, kind: 'create' },
    'GET /api/v1/journeys/:id': { method: 'GET', url: `/api/v1/journeys/${a.journeyId}`, kind: 'targets-a' },
    'PUT /api/v1/journeys/:id': {
      method: 'PUT',
      url: `/api/v1/journeys/${a.journeyId}`,
      body: { name: 'Hijacked', stages: [] },
      kind: 'targets-a',
    },
    'DELETE /api/v1/journeys/:id': {
      method: 'DELETE',
      url: `/api/v1/journeys/${a.journeyId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/touchpoints': { method: 'GET', url: '/api/v1/touchpoints', kind: 'list' },
    'GET /api/v1/surveys': { method: 'GET', url: '/api/v1/surveys', kind: 'list' },
    'POST /api/v1/surveys': { method: 'POST', url: '/api/v1/surveys', body: SURVEY, kind: 'create' },
    'GET /api/v1/surveys/:id': { method: 'GET', url: `/api/v1/surveys/${a.surveyId}`, kind: 'targets-a' },
    'PATCH /api/v1/surveys/:id': {
      method: 'PATCH',
      url: `/api/v1/surveys/${a.surveyId}`,
      body: { name: 'Hijacked' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/surveys/:id': {
      method: 'DELETE',
      url: `/api/v1/surveys/${a.surveyId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/surveys/:id/publish': {
      method: 'POST',
      url: `/api/v1/surveys/${a.surveyId}/publish`,
      kind: 'targets-a',
    },
    'POST /api/v1/surveys/:id/close': {
      method: 'POST',
      url: `/api/v1/surveys/${a.surveyId}/close`,
      kind: 'targets-a',
    },
    'GET /api/v1/survey-templates': { method: 'GET', url: '/api/v1/survey-templates', kind: 'list' },
    'GET /api/v1/surveys/:id/qr': {
      method: 'GET',
      url: `/api/v1/surveys/${a.surveyId}/qr`,
      kind: 'targets-a',
    },
    'POST /api/v1/surveys/:id/links': {
      method: 'POST',
      url: `/api/v1/surveys/${a.surveyId}/links`,
      body: {},
      kind: 'targets-a',
    },
    'GET /api/v1/responses': { method: 'GET', url: '/api/v1/responses', kind: 'list' },
    'GET /api/v1/responses/export.csv': { method: 'GET', url: '/api/v1/responses/export.csv', kind: 'list' },
    'GET /api/v1/responses/:id': {
      method: 'GET',
      url: `/api/v1/responses/${a.responseId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/contacts/identify': {
      method: 'POST',
      url: '/api/v1/contacts/identify',
      body: { email: 'shared@example.com' },
      kind: 'create',
    },
    'POST /api/v1/contacts/track': {
      method: 'POST',
      url: '/api/v1/contacts/track',
      body: { contact: { email: 'shared@example.com' }, event: 'x' },
      kind: 'create',
    },
    'GET /api/v1/contacts': { method: 'GET', url: '/api/v1/contacts', kind: 'list' },
    'GET /api/v1/contacts/:id': { method: 'GET', url: `/api/v1/contacts/${a.contactId}`, kind: 'targets-a' },
    'GET /api/v1/contacts/:id/timeline': {
      method: 'GET',
      url: `/api/v1/contacts/${a.contactId}/timeline`,
      kind: 'targets-a',
    },
    'GET /api/v1/contacts/:id/export': {
      method: 'GET',
      url: `/api/v1/contacts/${a.contactId}/export`,
      kind: 'targets-a',
    },
    'DELETE /api/v1/contacts/:id': {
      method: 'DELETE',
      url: `/api/v1/contacts/${a.contactId}`,
      kind: 'targets-a',
    },
    'DELETE /api/v1/contacts': {
      method: 'DELETE',
      url: '/api/v1/contacts?email=shared%40example.com',
      kind: 'targets-a',
    },
    'GET /api/v1/privacy/erasures/:id': {
      method: 'GET',
      url: `/api/v1/privacy/erasures/${a.privacyErasureId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/contacts/:id/consents': {
      method: 'GET',
      url: `/api/v1/contacts/${a.contactId}/consents`,
      kind: 'targets-a',
    },
    'POST /api/v1/contacts/:id/consents': {
      method: 'POST',
      url: `/api/v1/contacts/${a.contactId}/consents`,
      body: { channel: 'email', purpose: 'marketing' },
      kind: 'targets-a',
    },
    'POST /api/v1/contacts/:id/consents/:consentId/withdraw': {
      method: 'POST',
      url: `/api/v1/contacts/${a.contactId}/consents/${a.consentId}/withdraw`,
      kind: 'targets-a',
    },
    'GET /api/v1/privacy/settings': { method: 'GET', url: '/api/v1/privacy/settings', kind: 'self' },
    'PATCH /api/v1/privacy/settings': {
      method: 'PATCH',
      url: '/api/v1/privacy/settings',
      body: { eventsDays: 3650 },
      kind: 'self',
    },
    'POST /api/v1/privacy/retention/preview': {
      method: 'POST',
      url: '/api/v1/privacy/retention/preview',
      body: { responsesDays: 1 },
      kind: 'list',
    },
    'POST /api/v1/privacy/retention/run': {
      method: 'POST',
      url: '/api/v1/privacy/retention/run',
      kind: 'self',
    },
    'POST /api/v1/contacts/:id/merge': {
      method: 'POST',
      url: `/api/v1/contacts/${a.contactId}/merge`,
      body: { contactId: '00000000-0000-7000-8000-000000000001' },
      kind: 'targets-a',
    },
    'GET /api/v1/contacts/:id/profile': {
      method: 'GET',
      url: `/api/v1/contacts/${a.contactId}/profile`,
      kind: 'targets-a',
    },
    'POST /api/v1/accounts': {
      method: 'POST',
      url: '/api/v1/accounts',
      body: { name: 'B Co' },
      kind: 'create',
    },
    'GET /api/v1/accounts': { method: 'GET', url: '/api/v1/accounts', kind: 'list' },
    'GET /api/v1/accounts/:id': { method: 'GET', url: `/api/v1/accounts/${a.accountId}`, kind: 'targets-a' },
    'PATCH /api/v1/accounts/:id': {
      method: 'PATCH',
      url: `/api/v1/accounts/${a.accountId}`,
      body: { name: 'Taken over' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/accounts/:id': {
      method: 'DELETE',
      url: `/api/v1/accounts/${a.accountId}`,
      kind: 'targets-a',
    },
    'PUT /api/v1/accounts/:id/contacts/:contactId': {
      method: 'PUT',
      url: `/api/v1/accounts/${a.accountId}/contacts/${a.contactId}`,
      body: { role: 'user' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/accounts/:id/contacts/:contactId': {
      method: 'DELETE',
      url: `/api/v1/accounts/${a.accountId}/contacts/${a.contactId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/account-role-weights': { method: 'GET', url: '/api/v1/account-role-weights', kind: 'list' },
    'POST /api/v1/segments': {
      method: 'POST',
      url: '/api/v1/segments',
      body: { name: 'B segment', condition: { field: 'contact.tier', op: 'eq', value: 'gold' } },
      kind: 'create',
    },
    // The same condition as A's segment: B's count and sample never include A's gold contact.
    'POST /api/v1/segments/preview': {
      method: 'POST',
      url: '/api/v1/segments/preview',
      body: { condition: { field: 'contact.tier', op: 'eq', value: 'gold' } },
      kind: 'list',
    },
    'GET /api/v1/segments': { method: 'GET', url: '/api/v1/segments', kind: 'list' },
    'GET /api/v1/segments/:id': { method: 'GET', url: `/api/v1/segments/${a.segmentId}`, kind: 'targets-a' },
    'PATCH /api/v1/segments/:id': {
      method: 'PATCH',
      url: `/api/v1/segments/${a.segmentId}`,
      body: { name: 'Taken over' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/segments/:id': {
      method: 'DELETE',
      url: `/api/v1/segments/${a.segmentId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/segments/:id/contacts': {
      method: 'GET',
      url: `/api/v1/segments/${a.segmentId}/contacts`,
      kind: 'targets-a',
    },
    'GET /api/v1/contacts/:id/next-best-actions': {
      method: 'GET',
      url: `/api/v1/contacts/${a.contactId}/next-best-actions`,
      kind: 'targets-a',
    },
    'GET /api/v1/accounts/:id/next-best-actions': {
      method: 'GET',
      url: `/api/v1/accounts/${a.accountId}/next-best-actions`,
      kind: 'targets-a',
    },
    'POST /api/v1/next-best-actions/take': {
      method: 'POST',
      url: '/api/v1/next-best-actions/take',
      body: { ruleId: a.nbaRuleId, contactId: a.contactId },
      kind: 'targets-a',
    },
    'GET /api/v1/next-best-action/rules': {
      method: 'GET',
      url: '/api/v1/next-best-action/rules',
      kind: 'list',
    },
    'POST /api/v1/next-best-action/rules': {
      method: 'POST',
      url: '/api/v1/next-best-action/rules',
      body: {
        name: 'B rule',
        condition: { field: 'npsBand', op: 'eq', value: 'detractor' },
        action: { kind: 'create_case', title: 'Call' },
      },
      kind: 'create',
    },
    'GET /api/v1/next-best-action/rules/:id': {
      method: 'GET',
      url: `/api/v1/next-best-action/rules/${a.nbaRuleId}`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/next-best-action/rules/:id': {
      method: 'PATCH',
      url: `/api/v1/next-best-action/rules/${a.nbaRuleId}`,
      body: { active: false },
      kind: 'targets-a',
    },
    'DELETE /api/v1/next-best-action/rules/:id': {
      method: 'DELETE',
      url: `/api/v1/next-best-action/rules/${a.nbaRuleId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/campaigns': {
      method: 'POST',
      url: '/api/v1/campaigns',
      body: { name: 'B campaign', segmentId: a.segmentId, survey: { surveyId: a.surveyId } },
      kind: 'create',
    },
    'GET /api/v1/campaigns': { method: 'GET', url: '/api/v1/campaigns', kind: 'list' },
    'GET /api/v1/campaigns/:id': {
      method: 'GET',
      url: `/api/v1/campaigns/${a.campaignId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/campaigns/:id/send': {
      method: 'POST',
      url: `/api/v1/campaigns/${a.campaignId}/send`,
      kind: 'targets-a',
    },
    'GET /api/v1/campaigns/:id/recipients': {
      method: 'GET',
      url: `/api/v1/campaigns/${a.campaignId}/recipients`,
      kind: 'targets-a',
    },
    'GET /api/v1/email-templates': { method: 'GET', url: '/api/v1/email-templates', kind: 'list' },
    'POST /api/v1/email-templates': {
      method: 'POST',
      url: '/api/v1/email-templates',
      body: { name: 'B template', content: { en: { subject: 'Hi', body: 'Hello' } } },
      kind: 'create',
    },
    'GET /api/v1/email-templates/:id': {
      method: 'GET',
      url: `/api/v1/email-templates/${a.emailTemplateId}`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/email-templates/:id': {
      method: 'PATCH',
      url: `/api/v1/email-templates/${a.emailTemplateId}`,
      body: { name: 'Taken over' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/email-templates/:id': {
      method: 'DELETE',
      url: `/api/v1/email-templates/${a.emailTemplateId}`,
      kind: 'targets-a',
    },
    // B's overview (latest assessment, evidence), history and comparison never show A's assessment.
    'GET /api/v1/maturity': { method: 'GET', url: '/api/v1/maturity', kind: 'list' },
    'POST /api/v1/maturity/assessments': {
      method: 'POST',
      url: '/api/v1/maturity/assessments',
      body: { answers: Object.fromEntries(MATURITY_QUESTIONS.map((q) => [q.id, 2])) },
      kind: 'create',
    },
    'GET /api/v1/maturity/assessments': { method: 'GET', url: '/api/v1/maturity/assessments', kind: 'list' },
    'GET /api/v1/maturity/comparison': { method: 'GET', url: '/api/v1/maturity/comparison', kind: 'list' },
    // EX–CX and coaching: B sees none of A's teams or people; A's member and team answer 404 to B.
    'GET /api/v1/ex-cx': { method: 'GET', url: '/api/v1/ex-cx', kind: 'list' },
    'GET /api/v1/coaching/agents': { method: 'GET', url: '/api/v1/coaching/agents', kind: 'list' },
    'GET /api/v1/coaching/agents/:userId': {
      method: 'GET',
      url: `/api/v1/coaching/agents/${a.memberId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/coaching/agents/:userId/notes': {
      method: 'POST',
      url: `/api/v1/coaching/agents/${a.memberId}/notes`,
      body: { text: 'Coached from outside' },
      kind: 'targets-a',
    },
    'GET /api/v1/coaching/teams/:teamId': {
      method: 'GET',
      url: `/api/v1/coaching/teams/${a.teamId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/surveys/:id/anonymous-results.csv': {
      method: 'GET',
      url: `/api/v1/surveys/${a.surveyId}/anonymous-results.csv`,
      kind: 'targets-a',
    },
    'GET /api/v1/suggestions': { method: 'GET', url: '/api/v1/suggestions', kind: 'list' },
    'POST /api/v1/suggestions': {
      method: 'POST',
      url: '/api/v1/suggestions',
      body: { title: 'B idea', anonymous: true },
      kind: 'create',
    },
    'POST /api/v1/suggestions/:id/votes': {
      method: 'POST',
      url: `/api/v1/suggestions/${a.suggestionId}/votes`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/suggestions/:id': {
      method: 'PATCH',
      url: `/api/v1/suggestions/${a.suggestionId}`,
      body: { status: 'done', answer: 'Hijacked answer' },
      kind: 'targets-a',
    },
    'GET /api/v1/knowledge/articles': {
      method: 'GET',
      url: '/api/v1/knowledge/articles?q=refunds',
      kind: 'list',
    },
    'POST /api/v1/knowledge/articles': {
      method: 'POST',
      url: '/api/v1/knowledge/articles',
      body: { title: { en: 'New' }, body: { en: 'Text' } },
      kind: 'create',
    },
    'GET /api/v1/knowledge/articles/:id': {
      method: 'GET',
      url: `/api/v1/knowledge/articles/${a.articleId}`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/knowledge/articles/:id': {
      method: 'PATCH',
      url: `/api/v1/knowledge/articles/${a.articleId}`,
      body: { status: 'draft' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/knowledge/articles/:id': {
      method: 'DELETE',
      url: `/api/v1/knowledge/articles/${a.articleId}`,
      kind: 'targets-a',
    },
    // The bot answers only from its own workspace's articles and intents: A's never show up for B.
    'POST /api/v1/bot/answer': {
      method: 'POST',
      url: '/api/v1/bot/answer',
      body: { text: 'how long do A-only refunds take' },
      kind: 'list',
    },
    'GET /api/v1/bot/settings': { method: 'GET', url: '/api/v1/bot/settings', kind: 'list' },
    'PUT /api/v1/bot/settings': {
      method: 'PUT',
      url: '/api/v1/bot/settings',
      body: { enabled: false },
      kind: 'self',
    },
    'GET /api/v1/bot/intents': { method: 'GET', url: '/api/v1/bot/intents', kind: 'list' },
    'POST /api/v1/bot/intents': {
      method: 'POST',
      url: '/api/v1/bot/intents',
      body: { name: `intent ${Math.random()}`, examples: ['x'], reply: { en: 'y' } },
      kind: 'create',
    },
    'GET /api/v1/bot/intents/:id': {
      method: 'GET',
      url: `/api/v1/bot/intents/${a.intentId}`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/bot/intents/:id': {
      method: 'PATCH',
      url: `/api/v1/bot/intents/${a.intentId}`,
      body: { name: 'Hijacked' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/bot/intents/:id': {
      method: 'DELETE',
      url: `/api/v1/bot/intents/${a.intentId}`,
      kind: 'targets-a',
    },
    // Conversations: B's session and key never read, answer, move or resolve A's conversation.
    'GET /api/v1/conversations': { method: 'GET', url: '/api/v1/conversations?q=A-only', kind: 'list' },
    // A stream never ends, so the suite never opens it: 'self' is only called by roles without the
    // permission (there are none for conversations.read); the stream is tested in conversations.test.ts.
    'GET /api/v1/conversations/stream': { method: 'GET', url: '/api/v1/conversations/stream', kind: 'self' },
    'GET /api/v1/conversations/settings': {
      method: 'GET',
      url: '/api/v1/conversations/settings',
      kind: 'list',
    },
    'PUT /api/v1/conversations/settings': {
      method: 'PUT',
      url: '/api/v1/conversations/settings',
      body: { routing: [] },
      kind: 'self',
    },
    'GET /api/v1/conversations/:id': {
      method: 'GET',
      url: `/api/v1/conversations/${a.conversationId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/conversations/:id/messages': {
      method: 'POST',
      url: `/api/v1/conversations/${a.conversationId}/messages`,
      body: { text: 'Hijacked reply' },
      kind: 'targets-a',
    },
    'PATCH /api/v1/conversations/:id': {
      method: 'PATCH',
      url: `/api/v1/conversations/${a.conversationId}`,
      body: { status: 'resolved' },
      kind: 'targets-a',
    },
    'POST /api/v1/conversations/:id/hand-back': {
      method: 'POST',
      url: `/api/v1/conversations/${a.conversationId}/hand-back`,
      kind: 'targets-a',
    },
    'POST /api/v1/conversations/:id/case': {
      method: 'POST',
      url: `/api/v1/conversations/${a.conversationId}/case`,
      kind: 'targets-a',
    },
    'GET /api/v1/conversations/:id/suggestions': {
      method: 'GET',
      url: `/api/v1/conversations/${a.conversationId}/suggestions`,
      kind: 'targets-a',
    },
    'PUT /api/v1/me/presence': {
      method: 'PUT',
      url: '/api/v1/me/presence',
      body: { status: 'offline' },
      kind: 'self',
    },
    'GET /api/v1/agents': { method: 'GET', url: '/api/v1/agents', kind: 'list' },
    'PATCH /api/v1/agents/:userId': {
      method: 'PATCH',
      url: `/api/v1/agents/${a.memberId}`,
      body: { capacity: 3 },
      kind: 'targets-a',
    },
    'GET /api/v1/canned-replies': { method: 'GET', url: '/api/v1/canned-replies', kind: 'list' },
    'POST /api/v1/canned-replies': {
      method: 'POST',
      url: '/api/v1/canned-replies',
      body: { shortcut: `s${Math.random().toString(36).slice(2, 8)}`, title: 'New', text: { en: 'Hi' } },
      kind: 'create',
    },
    'PATCH /api/v1/canned-replies/:id': {
      method: 'PATCH',
      url: `/api/v1/canned-replies/${a.cannedReplyId}`,
      body: { title: 'Hijacked' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/canned-replies/:id': {
      method: 'DELETE',
      url: `/api/v1/canned-replies/${a.cannedReplyId}`,
      kind: 'targets-a',
    },
    'PUT /api/v1/account-role-weights': {
      method: 'PUT',
      url: '/api/v1/account-role-weights',
      body: { weights: { decision_maker: 3 } },
      kind: 'self',
    },
    'POST /api/v1/reviews': {
      method: 'POST',
      url: '/api/v1/reviews',
      body: { items: [{ source: 'google', externalId: 'r-1', text: 'x', postedAt: '2026-11-01T00:00:00Z' }] },
      kind: 'create',
    },
    'GET /api/v1/reviews': { method: 'GET', url: '/api/v1/reviews', kind: 'list' },
    'GET /api/v1/metrics': {
      method: 'GET',
      url: '/api/v1/metrics?metric=nps&groupBy=touchpoint',
      kind: 'list',
    },
    'GET /api/v1/response-rates': {
      method: 'GET',
      url: '/api/v1/response-rates?groupBy=survey',
      kind: 'list',
    },
    'GET /api/v1/drivers': {
      method: 'GET',
      url: `/api/v1/drivers?surveyId=${a.surveyId}&outcome=q1`,
      kind: 'targets-a',
    },
    'GET /api/v1/settings/contact-budget': {
      method: 'GET',
      url: '/api/v1/settings/contact-budget',
      kind: 'list',
    },
    'PUT /api/v1/settings/contact-budget': {
      method: 'PUT',
      url: '/api/v1/settings/contact-budget',
      body: { maxSurveys: 2, perDays: 30 },
      kind: 'self',
    },
    'DELETE /api/v1/settings/contact-budget': {
      method: 'DELETE',
      url: '/api/v1/settings/contact-budget',
      kind: 'self',
    },
    'GET /api/v1/surveys/:id/comments': {
      method: 'GET',
      url: `/api/v1/surveys/${a.surveyId}/comments`,
      kind: 'targets-a',
    },
    'GET /api/v1/surveys/:id/schedule': {
      method: 'GET',
      url: `/api/v1/surveys/${a.surveyId}/schedule`,
      kind: 'targets-a',
    },
    'PUT /api/v1/surveys/:id/schedule': {
      method: 'PUT',
      url: `/api/v1/surveys/${a.surveyId}/schedule`,
      body: { cadence: 'monthly' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/surveys/:id/schedule': {
      method: 'DELETE',
      url: `/api/v1/surveys/${a.surveyId}/schedule`,
      kind: 'targets-a',
    },
    'GET /api/v1/settings/confidentiality': {
      method: 'GET',
      url: '/api/v1/settings/confidentiality',
      kind: 'list',
    },
    'PUT /api/v1/settings/confidentiality': {
      method: 'PUT',
      url: '/api/v1/settings/confidentiality',
      body: { minGroupSize: 6 },
      kind: 'self',
    },
    'GET /api/v1/settings/employee-survey-budget': {
      method: 'GET',
      url: '/api/v1/settings/employee-survey-budget',
      kind: 'list',
    },
    'PUT /api/v1/settings/employee-survey-budget': {
      method: 'PUT',
      url: '/api/v1/settings/employee-survey-budget',
      body: { maxSurveys: 2, perDays: 30 },
      kind: 'self',
    },
    'DELETE /api/v1/settings/employee-survey-budget': {
      method: 'DELETE',
      url: '/api/v1/settings/employee-survey-budget',
      kind: 'self',
    },
    'POST /api/v1/text/analyze': {
      method: 'POST',
      url: '/api/v1/text/analyze',
      body: { texts: [{ text: 'Delivery was late' }] },
      kind: 'create',
    },
    'GET /api/v1/topics': { method: 'GET', url: '/api/v1/topics', kind: 'list' },
    'POST /api/v1/topics': {
      method: 'POST',
      url: '/api/v1/topics',
      body: { name: 'Refunds', query: 'refund*' },
      kind: 'create',
    },
    'POST /api/v1/topics/preview': {
      method: 'POST',
      url: '/api/v1/topics/preview',
      body: { query: 'delivery' },
      kind: 'list',
    },
    'GET /api/v1/topics/model': { method: 'GET', url: '/api/v1/topics/model', kind: 'list' },
    'POST /api/v1/topics/model/train': { method: 'POST', url: '/api/v1/topics/model/train', kind: 'self' },
    'GET /api/v1/topics/:id': { method: 'GET', url: `/api/v1/topics/${a.topicId}`, kind: 'targets-a' },
    'PATCH /api/v1/topics/:id': {
      method: 'PATCH',
      url: `/api/v1/topics/${a.topicId}`,
      body: { name: 'Renamed' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/topics/:id': { method: 'DELETE', url: `/api/v1/topics/${a.topicId}`, kind: 'targets-a' },
    'GET /api/v1/topics/:id/examples': {
      method: 'GET',
      url: `/api/v1/topics/${a.topicId}/examples`,
      kind: 'targets-a',
    },
    'POST /api/v1/topics/:id/examples': {
      method: 'POST',
      url: `/api/v1/topics/${a.topicId}/examples`,
      body: { itemKind: 'response', itemId: a.responseId, field: 'q2', positive: true },
      kind: 'targets-a',
    },
    'DELETE /api/v1/topics/:id/examples/:exampleId': {
      method: 'DELETE',
      url: `/api/v1/topics/${a.topicId}/examples/${a.responseId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/insights/topics': { method: 'GET', url: '/api/v1/insights/topics', kind: 'list' },
    'GET /api/v1/insights/pain-points': { method: 'GET', url: '/api/v1/insights/pain-points', kind: 'list' },
    'GET /api/v1/insights/themes': { method: 'GET', url: '/api/v1/insights/themes', kind: 'list' },
    'GET /api/v1/insights/comments': { method: 'GET', url: '/api/v1/insights/comments', kind: 'list' },
    'GET /api/v1/loyalty': { method: 'GET', url: '/api/v1/loyalty?by=touchpoint', kind: 'list' },
    'GET /api/v1/annotations': { method: 'GET', url: '/api/v1/annotations', kind: 'list' },
    'POST /api/v1/annotations': {
      method: 'POST',
      url: '/api/v1/annotations',
      body: { day: '2026-11-01', text: 'New app released' },
      kind: 'create',
    },
    'DELETE /api/v1/annotations/:id': {
      method: 'DELETE',
      url: `/api/v1/annotations/${a.annotationId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/webhooks': { method: 'GET', url: '/api/v1/webhooks', kind: 'list' },
    'POST /api/v1/webhooks': {
      method: 'POST',
      url: '/api/v1/webhooks',
      body: { url: 'https://hooks.example.com/never-called', events: ['case.created'] },
      kind: 'create',
    },
    'GET /api/v1/webhooks/:id': { method: 'GET', url: `/api/v1/webhooks/${a.webhookId}`, kind: 'targets-a' },
    'PATCH /api/v1/webhooks/:id': {
      method: 'PATCH',
      url: `/api/v1/webhooks/${a.webhookId}`,
      body: { active: false },
      kind: 'targets-a',
    },
    'DELETE /api/v1/webhooks/:id': {
      method: 'DELETE',
      url: `/api/v1/webhooks/${a.webhookId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/webhooks/:id/rotate-secret': {
      method: 'POST',
      url: `/api/v1/webhooks/${a.webhookId}/rotate-secret`,
      kind: 'targets-a',
    },
    'GET /api/v1/webhooks/:id/deliveries': {
      method: 'GET',
      url: `/api/v1/webhooks/${a.webhookId}/deliveries`,
      kind: 'targets-a',
    },
    'POST /api/v1/webhooks/:id/deliveries/:deliveryId/redeliver': {
      method: 'POST',
      url: `/api/v1/webhooks/${a.webhookId}/deliveries/${a.webhookDeliveryId}/redeliver`,
      kind: 'targets-a',
    },
    'POST /api/v1/webhooks/:id/test': {
      method: 'POST',
      url: `/api/v1/webhooks/${a.webhookId}/test`,
      kind: 'targets-a',
    },
    'GET /api/v1/automation-rules': { method: 'GET', url: '/api/v1/automation-rules', kind: 'list' },
    'POST /api/v1/automation-rules': {
      method: 'POST',
      url: '/api/v1/automation-rules',
      body: { name: 'R', trigger: { type: 'response.received' }, actions: [{ type: 'tag', tag: 'x' }] },
      kind: 'create',
    },
    'POST /api/v1/automation-rules/dry-run': {
      method: 'POST',
      url: '/api/v1/automation-rules/dry-run',
      body: { trigger: { type: 'score.band', metric: 'nps', band: 'detractor' }, days: 30 },
      kind: 'list',
    },
    'GET /api/v1/automation-rules/:id': {
      method: 'GET',
      url: `/api/v1/automation-rules/${a.automationRuleId}`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/automation-rules/:id': {
      method: 'PATCH',
      url: `/api/v1/automation-rules/${a.automationRuleId}`,
      body: { name: 'Hijacked', active: true },
      kind: 'targets-a',
    },
    'DELETE /api/v1/automation-rules/:id': {
      method: 'DELETE',
      url: `/api/v1/automation-rules/${a.automationRuleId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/automation-rules/:id/dry-run': {
      method: 'POST',
      url: `/api/v1/automation-rules/${a.automationRuleId}/dry-run`,
      body: { days: 7 },
      kind: 'targets-a',
    },
    'GET /api/v1/automation-rules/:id/runs': {
      method: 'GET',
      url: `/api/v1/automation-rules/${a.automationRuleId}/runs`,
      kind: 'targets-a',
    },
    'GET /api/v1/coupon-pools': { method: 'GET', url: '/api/v1/coupon-pools', kind: 'list' },
    'POST /api/v1/coupon-pools': {
      method: 'POST',
      url: '/api/v1/coupon-pools',
      body: { name: 'Pool' },
      kind: 'create',
    },
    'GET /api/v1/coupon-pools/:id': {
      method: 'GET',
      url: `/api/v1/coupon-pools/${a.couponPoolId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/coupon-pools/:id/codes': {
      method: 'POST',
      url: `/api/v1/coupon-pools/${a.couponPoolId}/codes`,
      body: { codes: ['HIJACK-1'] },
      kind: 'targets-a',
    },
    'GET /api/v1/alert-rules': { method: 'GET', url: '/api/v1/alert-rules', kind: 'list' },
    'POST /api/v1/alert-rules': {
      method: 'POST',
      url: '/api/v1/alert-rules',
      body: { name: 'Detractors', condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] } },
      kind: 'create',
    },
    'POST /api/v1/alert-rules/test': {
      method: 'POST',
      url: '/api/v1/alert-rules/test',
      body: { condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] } },
      kind: 'list',
    },
    'GET /api/v1/alert-rules/:id': {
      method: 'GET',
      url: `/api/v1/alert-rules/${a.alertRuleId}`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/alert-rules/:id': {
      method: 'PATCH',
      url: `/api/v1/alert-rules/${a.alertRuleId}`,
      body: { name: 'Hijacked' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/alert-rules/:id': {
      method: 'DELETE',
      url: `/api/v1/alert-rules/${a.alertRuleId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/cases': { method: 'GET', url: '/api/v1/cases', kind: 'list' },
    'POST /api/v1/cases': {
      method: 'POST',
      url: '/api/v1/cases',
      body: { title: 'Call the customer back' },
      kind: 'create',
    },
    'GET /api/v1/cases/:id': { method: 'GET', url: `/api/v1/cases/${a.caseId}`, kind: 'targets-a' },
    'PATCH /api/v1/cases/:id': {
      method: 'PATCH',
      url: `/api/v1/cases/${a.caseId}`,
      body: { title: 'Hijacked' },
      kind: 'targets-a',
    },
    'POST /api/v1/cases/:id/notes': {
      method: 'POST',
      url: `/api/v1/cases/${a.caseId}/notes`,
      body: { body: 'Hijacked' },
      kind: 'targets-a',
    },
    'GET /api/v1/cases/:id/follow-ups/preview': {
      method: 'GET',
      url: `/api/v1/cases/${a.caseId}/follow-ups/preview?template=apology`,
      kind: 'targets-a',
    },
    'POST /api/v1/cases/:id/follow-ups': {
      method: 'POST',
      url: `/api/v1/cases/${a.caseId}/follow-ups`,
      body: { template: 'apology' },
      kind: 'targets-a',
    },
    'GET /api/v1/notifications': { method: 'GET', url: '/api/v1/notifications', kind: 'self' },
    'GET /api/v1/notifications/unread-count': {
      method: 'GET',
      url: '/api/v1/notifications/unread-count',
      kind: 'self',
    },
    'POST /api/v1/notifications/read': {
      method: 'POST',
      url: '/api/v1/notifications/read',
      body: { all: true },
      kind: 'self',
    },
    'GET /api/v1/me/notification-settings': {
      method: 'GET',
      url: '/api/v1/me/notification-settings',
      kind: 'self',
    },
    'PATCH /api/v1/me/notification-settings': {
      method: 'PATCH',
      url: '/api/v1/me/notification-settings',
      body: { digest: 'daily' },
      kind: 'self',
    },
    'GET /api/v1/action-plans': { method: 'GET', url: '/api/v1/action-plans', kind: 'list' },
    'POST /api/v1/action-plans': {
      method: 'POST',
      url: '/api/v1/action-plans',
      body: { title: 'Another plan' },
      kind: 'create',
    },
    'GET /api/v1/action-plans/:id': {
      method: 'GET',
      url: `/api/v1/action-plans/${a.actionPlanId}`,
      kind: 'targets-a',
    },
    'PATCH /api/v1/action-plans/:id': {
      method: 'PATCH',
      url: `/api/v1/action-plans/${a.actionPlanId}`,
      body: { title: 'Hijacked' },
      kind: 'targets-a',
    },
    'DELETE /api/v1/action-plans/:id': {
      method: 'DELETE',
      url: `/api/v1/action-plans/${a.actionPlanId}`,
      kind: 'targets-a',
    },
    'POST /api/v1/action-plans/:id/cases': {
      method: 'POST',
      url: `/api/v1/action-plans/${a.actionPlanId}/cases`,
      body: { caseIds: [a.caseId] },
      kind: 'targets-a',
    },
    'DELETE /api/v1/action-plans/:id/cases/:caseId': {
      method: 'DELETE',
      url: `/api/v1/action-plans/${a.actionPlanId}/cases/${a.caseId}`,
      kind: 'targets-a',
    },
    'GET /api/v1/programme-health': { method: 'GET', url: '/api/v1/programme-health', kind: 'list' },
    'POST /api/v1/surveys/:id/invitations': {
      method: 'POST',
      url: `/api/v1/surveys/${a.surveyId}/invitations`,
      body: { channel: 'email', recipients: [{ email: 'x@example.com' }] },
      kind: 'targets-a',
    },
    'GET /api/v1/surveys/:id/invitations': {
      method: 'GET',
      url: `/api/v1/surveys/${a.surveyId}/invitations`,
      kind: 'targets-a',
    },
  };
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  const signedUp = await signUp(app, 'Workspace A');
  const admin = signedUp.client;
  const member = await addMember(admin, 'analyst');
  const team = await admin.post('/api/v1/teams', { name: 'Support', description: 'A-only' });
  await admin.post(`/api/v1/teams/${team.body.id}/members`, { userId: member.userId });
  const key = await apiKeyClient(admin, 'viewer');
  const invitation = await admin.post('/api/v1/invitations', { email: 'pending@example.com', role: 'agent' });
  const journey = await admin.post('/api/v1/journeys', {
    name: 'Retail',
    stages: [{ name: 'Delivery', touchpoints: [{ name: 'Courier', channels: ['sms'] }] }],
  });
  const touchpointId = journey.body.stages[0].touchpoints[0].id;
  const survey = await admin.post('/api/v1/surveys', { ...SURVEY, touchpointId });
  await admin.post(`/api/v1/surveys/${survey.body.id}/publish`);
  const contact = await admin.post('/api/v1/contacts/identify', {
    email: 'shared@example.com',
    attributes: { tier: 'gold' },
  });
  const response = await admin.request('POST', `/api/v1/public/surveys/${survey.body.id}/responses`, {
    answers: { q1: 3, q2: 'The delivery was late again' },
    finished: true,
    contact: { email: 'shared@example.com' },
  });
  const review = await admin.post('/api/v1/reviews', {
    items: [{ source: 'google', externalId: 'r-1', text: 'A only', postedAt: '2026-11-01T00:00:00Z' }],
  });
  // Analysed now rather than by the background job, so the lists below have A's comment in them for sure.
  await analyzeStoredItems(touchpoint.ctx, signedUp.me.workspace.id, 'response', [response.body.id]);
  const topic = await admin.post('/api/v1/topics', { name: 'Delivery', query: 'delivery OR late' });
  expect(topic.status).toBe(201);
  expect(topic.body.mentions).toBe(1);
  const annotation = await admin.post('/api/v1/annotations', {
    day: '2026-11-02',
    text: 'A-only release',
    touchpointId,
  });
  expect(annotation.status).toBe(201);
  // Loopback is allowed in test touchpoints; port 9 (discard) refuses, so A's test delivery just fails.
  const webhook = await admin.post('/api/v1/webhooks', {
    url: 'http://127.0.0.1:9/a-only',
    events: ['response.completed'],
  });
  expect(webhook.status).toBe(201);
  const webhookTest = await admin.post(`/api/v1/webhooks/${webhook.body.id}/test`);
  expect(webhookTest.status).toBe(202);
  const couponPool = await admin.post('/api/v1/coupon-pools', { name: 'A-only pool' });
  expect(couponPool.status).toBe(201);
  const automationRule = await admin.post('/api/v1/automation-rules', {
    name: 'A-only rule',
    trigger: { type: 'score.band', metric: 'nps', band: 'detractor', surveyId: survey.body.id },
    actions: [
      { type: 'send_email', subject: 'Sorry', body: 'Take {{coupon}}', couponPoolId: couponPool.body.id },
    ],
  });
  expect(automationRule.status).toBe(201);
  const alertRule = await admin.post('/api/v1/alert-rules', {
    name: 'A-only detractors',
    surveyId: survey.body.id,
    condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
    active: false,
  });
  expect(alertRule.status).toBe(201);
  const aCase = await admin.post('/api/v1/cases', {
    title: 'A-only case',
    contactId: contact.body.contact.id,
    items: [{ kind: 'response', id: response.body.id }],
  });
  expect(aCase.status).toBe(201);
  const actionPlan = await admin.post('/api/v1/action-plans', { title: 'A-only plan', touchpointId });
  expect(actionPlan.status).toBe(201);
  const planLink = await admin.post(`/api/v1/action-plans/${actionPlan.body.id}/cases`, {
    caseIds: [aCase.body.id],
  });
  expect(planLink.status).toBe(200);
  const account = await admin.post('/api/v1/accounts', { name: 'A-only Co', externalId: 'a-co' });
  expect(account.status).toBe(201);
  const membership = await admin.request(
    'PUT',
    `/api/v1/accounts/${account.body.id}/contacts/${contact.body.contact.id}`,
    { role: 'decision_maker' },
  );
  expect(membership.status).toBe(200);
  const segment = await admin.post('/api/v1/segments', {
    name: 'A-only gold',
    condition: { field: 'contact.tier', op: 'eq', value: 'gold' },
  });
  expect(segment.status).toBe(201);
  expect(segment.body.count).toBe(1);
  const nbaRule = await admin.post('/api/v1/next-best-action/rules', {
    name: 'A-only gold call',
    condition: { field: 'contact.tier', op: 'eq', value: 'gold' },
    action: { kind: 'create_case', title: 'Call gold' },
  });
  expect(nbaRule.status).toBe(201);
  const emailTemplate = await admin.post('/api/v1/email-templates', {
    name: 'A-only template',
    content: { en: { subject: 'A-only', body: 'A-only body' } },
  });
  expect(emailTemplate.status).toBe(201);
  const campaign = await admin.post('/api/v1/campaigns', {
    name: 'A-only campaign',
    segmentId: segment.body.id,
    survey: { surveyId: survey.body.id },
  });
  expect(campaign.status).toBe(201);
  const assessment = await admin.post('/api/v1/maturity/assessments', {
    answers: Object.fromEntries(MATURITY_QUESTIONS.map((q) => [q.id, 3])),
  });
  expect(assessment.status).toBe(201);
  const suggestion = await admin.post('/api/v1/suggestions', { title: 'A-only idea' });
  expect(suggestion.status).toBe(201);
  const article = await admin.post('/api/v1/knowledge/articles', {
    title: { en: 'A-only refunds' },
    body: { en: 'A-only refunds take five days.' },
    questions: ['how long do A-only refunds take'],
  });
  expect(article.status).toBe(201);
  const intent = await admin.post('/api/v1/bot/intents', {
    name: 'A-only hours',
    examples: ['when is A-only open'],
    reply: { en: 'A-only opens at nine.' },
  });
  expect(intent.status).toBe(201);
  const conversation = await app.inject({
    method: 'POST',
    url: '/api/v1/public/conversations',
    payload: { workspaceId: signedUp.me.workspace.id, language: 'en' },
  });
  expect(conversation.statusCode).toBe(201);
  const channel = await admin.post('/api/v1/channels', { name: 'A-only bridge', kind: 'email' });
  expect(channel.status).toBe(201);
  const cannedReply = await admin.post('/api/v1/canned-replies', {
    shortcut: 'a-only',
    title: 'A-only greeting',
    text: { en: 'Hello {{contact.name}}' },
  });
  expect(cannedReply.status).toBe(201);
  const erasedContact = await admin.post('/api/v1/contacts/identify', { email: 'erased-a@example.com' });
  const privacyErasure = await admin.delete(`/api/v1/contacts/${erasedContact.body.contact.id}`);
  expect(privacyErasure.status).toBe(202);
  const consent = await admin.post(`/api/v1/contacts/${contact.body.contact.id}/consents`, {
    channel: 'email',
    purpose: 'A-only newsletter',
  });
  expect(consent.status).toBe(201);
  a = {
    admin,
    workspaceId: signedUp.me.workspace.id,
    teamId: team.body.id,
    memberId: member.userId,
    apiKeyId: key.id,
    invitationId: invitation.body.id,
    journeyId: journey.body.id,
    touchpointId,
    surveyId: survey.body.id,
    responseId: response.body.id,
    contactId: contact.body.contact.id,
    reviewId: review.body.items[0].id,
    topicId: topic.body.id,
    webhookId: webhook.body.id,
    webhookDeliveryId: webhookTest.body.id,
    annotationId: annotation.body.id,
    automationRuleId: automationRule.body.id,
    couponPoolId: couponPool.body.id,
    alertRuleId: alertRule.body.id,
    caseId: aCase.body.id,
    actionPlanId: actionPlan.body.id,
    accountId: account.body.id,
    segmentId: segment.body.id,
    nbaRuleId: nbaRule.body.id,
    emailTemplateId: emailTemplate.body.id,
    campaignId: campaign.body.id,
    maturityAssessmentId: assessment.body.id,
    suggestionId: suggestion.body.id,
    articleId: article.body.id,
    intentId: intent.body.id,
    conversationId: conversation.json().id,
    cannedReplyId: cannedReply.body.id,
    sessionId: (await admin.get('/api/v1/me/sessions')).body.items[0].id,
    channelId: channel.body.id,
    privacyErasureId: privacyErasure.body.id,
    consentId: consent.body.id,
  };

  const b = await signUp(app, 'Workspace B');
  bTeamId = (await b.client.post('/api/v1/teams', { name: 'B team' })).body.id;
  outsiders = [
    { label: 'B admin session', client: b.client },
    { label: 'B admin API key', client: (await apiKeyClient(b.client, 'admin')).client },
  ];
});
afterAll(() => touchpoint.stop());

const routeKey = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const personOnlyRoutes = () => new Set(touchpoint.routes.filter((r) => r.access === 'user').map(routeKey));

describe('access suite', () => {
  it('has a fixture for every authenticated route in the registry', () => {
    const authenticated = touchpoint.routes.filter((r) => r.access !== 'public').map(routeKey);
    expect(authenticated.length).toBeGreaterThan(15);
    expect(authenticated.filter((key) => !(key in fixtures()))).toEqual([]);
  });

  it("another workspace's session and API key get 404 for A's resources, exactly like missing ones", async () => {
    for (const { label, client } of outsiders) {
      for (const [key, fixture] of Object.entries(fixtures()).filter(([, f]) => f.kind === 'targets-a')) {
        // Person-only routes refuse every API key (checked below); an outsider's session is what matters here.
        if (client.credentials && 'apiKey' in client.credentials && personOnlyRoutes().has(key)) continue;
        const response = await client.request(fixture.method as 'GET', fixture.url, fixture.body);
        expect(response.status, `${label}: ${key}`).toBe(404);
        expect(response.body.code, `${label}: ${key}`).toBe('NOT_FOUND');
        // A missing resource of the same kind answers the same way.
        const missing = await client.request(
          fixture.method as 'GET',
          fixture.url.replace(/[0-9a-f-]{36}/g, '00000000-0000-7000-8000-000000000000'),
          fixture.body,
        );
        expect(missing.status, `${label}: ${key} (missing)`).toBe(404);
        expect(missing.body.title).toBe(response.body.title);
      }
      // Nor can B pull A's member into B's own team.
      const pull = await client.post(`/api/v1/teams/${bTeamId}/members`, { userId: a.memberId });
      expect(pull.status, label).toBe(404);
    }
  });

  it("lists seen by another workspace never contain A's data", async () => {
    const aIds = () => [
      a.workspaceId,
      a.teamId,
      a.memberId,
      a.apiKeyId,
      a.invitationId,
      a.journeyId,
      a.touchpointId,
      a.surveyId,
      a.responseId,
      a.contactId,
      a.reviewId,
      a.topicId,
      a.webhookId,
      a.webhookDeliveryId,
      a.annotationId,
      a.automationRuleId,
      a.couponPoolId,
      a.alertRuleId,
      a.caseId,
      a.actionPlanId,
      a.accountId,
      a.articleId,
      a.intentId,
      a.conversationId,
      a.cannedReplyId,
      a.segmentId,
      a.nbaRuleId,
      a.emailTemplateId,
      a.campaignId,
      a.maturityAssessmentId,
      a.suggestionId,
    ];
    for (const { label, client } of outsiders) {
      for (const [key, fixture] of Object.entries(fixtures()).filter(([, f]) => f.kind === 'list')) {
        const response = await client.request(fixture.method as 'GET', fixture.url, fixture.body);
        expect(response.status, `${label}: ${key}`).toBe(200);
        const text = JSON.stringify(response.body);
        for (const id of aIds()) expect(text, `${label}: ${key} leaks ${id}`).not.toContain(id);
      }
    }
  });

  it("A's data is unchanged after every attempt", async () => {
    const teams = await a.admin.get('/api/v1/teams');
    expect(teams.body.items).toEqual([
      expect.objectContaining({ id: a.teamId, name: 'Support', memberIds: [a.memberId] }),
    ]);
    const members = await a.admin.get('/api/v1/members');
    expect(members.body.items.find((m: { userId: string }) => m.userId === a.memberId)?.role).toBe('analyst');
    const keys = await a.admin.get('/api/v1/api-keys');
    expect(keys.body.items.find((k: { id: string }) => k.id === a.apiKeyId)?.revokedAt).toBeNull();
    const invitations = await a.admin.get('/api/v1/invitations');
    expect(invitations.body.items.find((i: { id: string }) => i.id === a.invitationId)?.revokedAt).toBeNull();
    const journey = await a.admin.get(`/api/v1/journeys/${a.journeyId}`);
    expect(journey.body.name).toBe('Retail');
    const survey = await a.admin.get(`/api/v1/surveys/${a.surveyId}`);
    expect(survey.body).toMatchObject({ name: 'Delivery NPS', status: 'published', responseCount: 1 });
    const contact = await a.admin.get(`/api/v1/contacts/${a.contactId}`);
    expect(contact.body.attributes).toEqual({ tier: 'gold' });
    expect(contact.body.account).toEqual({ id: a.accountId, name: 'A-only Co', role: 'decision_maker' });
    const topic = await a.admin.get(`/api/v1/topics/${a.topicId}`);
    expect(topic.body).toMatchObject({ name: 'Delivery', query: 'delivery OR late', mentions: 1 });
    const webhook = await a.admin.get(`/api/v1/webhooks/${a.webhookId}`);
    expect(webhook.body).toMatchObject({ url: 'http://127.0.0.1:9/a-only', active: true });
    const annotations = await a.admin.get('/api/v1/annotations');
    expect(annotations.body.items.map((x: { id: string }) => x.id)).toEqual([a.annotationId]);
    const rule = await a.admin.get(`/api/v1/automation-rules/${a.automationRuleId}`);
    expect(rule.body).toMatchObject({ name: 'A-only rule', active: false });
    const pool = await a.admin.get(`/api/v1/coupon-pools/${a.couponPoolId}`);
    expect(pool.body).toMatchObject({ name: 'A-only pool', total: 0 });
    const alertRule = await a.admin.get(`/api/v1/alert-rules/${a.alertRuleId}`);
    expect(alertRule.body).toMatchObject({ name: 'A-only detractors', active: false });
    const aCase = await a.admin.get(`/api/v1/cases/${a.caseId}`);
    expect(aCase.body).toMatchObject({ title: 'A-only case', status: 'new' });
    const plan = await a.admin.get(`/api/v1/action-plans/${a.actionPlanId}`);
    expect(plan.body).toMatchObject({ title: 'A-only plan', caseCount: 1 });
    expect(aCase.body.activities.filter((x: { kind: string }) => x.kind === 'note')).toEqual([]);
    expect(aCase.body.followUps).toEqual([]);
    const conversation = await a.admin.get(`/api/v1/conversations/${a.conversationId}`);
    expect(conversation.body.conversation.status).toBe('bot');
    expect(conversation.body.messages.map((m: { text: string }) => m.text)).not.toContain('Hijacked reply');
    const segment = await a.admin.get(`/api/v1/segments/${a.segmentId}`);
    expect(segment.body).toMatchObject({ name: 'A-only gold', count: 1 });
    const nbaRule = await a.admin.get(`/api/v1/next-best-action/rules/${a.nbaRuleId}`);
    expect(nbaRule.body).toMatchObject({ name: 'A-only gold call', active: true });
    const template = await a.admin.get(`/api/v1/email-templates/${a.emailTemplateId}`);
    expect(template.body.name).toBe('A-only template');
    const campaign = await a.admin.get(`/api/v1/campaigns/${a.campaignId}`);
    expect(campaign.body).toMatchObject({ name: 'A-only campaign', status: 'draft' });
    const ideas = await a.admin.get('/api/v1/suggestions');
    expect(ideas.body.items).toEqual([
      expect.objectContaining({ id: a.suggestionId, votes: 0, status: 'open', answer: null }),
    ]);
    const canned = await a.admin.get('/api/v1/canned-replies');
    expect(canned.body.items).toEqual([
      expect.objectContaining({ id: a.cannedReplyId, title: 'A-only greeting' }),
    ]);
  });

  it('the same email in another workspace is another person: identify never reaches across', async () => {
    for (const { client } of outsiders) {
      const identified = await client.post('/api/v1/contacts/identify', { email: 'shared@example.com' });
      expect(identified.status).toBe(200);
      expect(identified.body.contact.id).not.toBe(a.contactId);
      expect(identified.body.mergedContactIds).toEqual([]);
    }
  });

  it('every role without the permission is refused with 403, by session and by API key', async () => {
    const sessions = new Map<TRole, TestClient>();
    const keys = new Map<TRole, TestClient>();
    for (const role of ROLES) {
      sessions.set(role, role === 'admin' ? a.admin : (await addMember(a.admin, role)).client);
      keys.set(role, (await apiKeyClient(a.admin, role)).client);
    }
    let checked = 0;
    for (const route of touchpoint.routes) {
      if (route.access === 'public' || route.access === 'user') continue;
      const allowed = PERMISSIONS[route.access] as readonly TRole[];
      const fixture = fixtures()[routeKey(route)] as Fixture;
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        for (const [via, client] of [
          ['session', sessions.get(role)],
          ['key', keys.get(role)],
        ] as const) {
          const response = await (client as TestClient).request(
            fixture.method as 'GET',
            fixture.url,
            fixture.body,
          );
          expect(response.status, `${role} via ${via}: ${routeKey(route)}`).toBe(403);
          expect(response.body.code).toBe('FORBIDDEN');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    // Person-only routes refuse API keys.
    for (const route of touchpoint.routes.filter((r) => r.access === 'user')) {
      const fixture = fixtures()[routeKey(route)] as Fixture;
      const response = await (keys.get('admin') as TestClient).request(
        fixture.method as 'GET',
        fixture.url,
        fixture.body,
      );
      expect(response.status, `API key: ${routeKey(route)}`).toBe(403);
    }
    // And nothing was changed by the refused calls.
    const teams = await a.admin.get('/api/v1/teams');
    expect(teams.body.items.map((t: { name: string }) => t.name)).toEqual(['Support']);
  });
});

import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoadingState } from '../components/loading';
import { AREAS } from '../features/areas/areas';
import { ComingSoonPage } from '../features/areas/coming-soon-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { PublicOnly, RequireAuth } from './guards';
import { AppShell } from './layout/app-shell';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { RouteError } from './routes/route-error';

/**
 * Every area is its own chunk, loaded when first visited: the first screen (sign-in, or the home page in
 * the app shell) does not download the charts, the editors or the settings.
 */
function lazyPage<TName extends string>(load: () => Promise<Record<TName, ComponentType>>, name: TName) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

function Lazy({ page: Page }: { page: ComponentType }) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

const ApiReferencePage = lazyPage(
  () => import('../features/api-reference/api-reference-page'),
  'ApiReferencePage',
);
const AcceptInvitationPage = lazyPage(
  () => import('../features/auth/accept-invitation-page'),
  'AcceptInvitationPage',
);
const SignUpPage = lazyPage(() => import('../features/auth/sign-up-page'), 'SignUpPage');
const AutomationsPage = lazyPage(() => import('../features/automations/automations-page'), 'AutomationsPage');
const CouponPoolsPage = lazyPage(
  () => import('../features/automations/coupon-pools-page'),
  'CouponPoolsPage',
);
const RuleEditorPage = lazyPage(() => import('../features/automations/rule-editor-page'), 'RuleEditorPage');
const AlertRulesPage = lazyPage(() => import('../features/cases/alert-rules-page'), 'AlertRulesPage');
const CasePage = lazyPage(() => import('../features/cases/case-page'), 'CasePage');
const CasesInboxPage = lazyPage(() => import('../features/cases/cases-inbox-page'), 'CasesInboxPage');
const FollowUpReplyPage = lazyPage(
  () => import('../features/cases/follow-up-reply-page'),
  'FollowUpReplyPage',
);
const HealthPage = lazyPage(() => import('../features/cases/health-page'), 'HealthPage');
const PlanDetailPage = lazyPage(() => import('../features/cases/plans-detail'), 'PlanDetailPage');
const PlansPage = lazyPage(() => import('../features/cases/plans-page'), 'PlansPage');
const AccountPage = lazyPage(() => import('../features/accounts/account-page'), 'AccountPage');
const AccountsPage = lazyPage(() => import('../features/accounts/accounts-page'), 'AccountsPage');
const ContactPage = lazyPage(() => import('../features/customers/contact-page'), 'ContactPage');
const CustomersPage = lazyPage(() => import('../features/customers/customers-page'), 'CustomersPage');
const AtRiskPage = lazyPage(() => import('../features/predictions/at-risk-page'), 'AtRiskPage');
const SegmentsPage = lazyPage(() => import('../features/segments/segments-page'), 'SegmentsPage');
const CampaignsPage = lazyPage(() => import('../features/campaigns/campaigns-page'), 'CampaignsPage');
const CampaignPage = lazyPage(() => import('../features/campaigns/campaign-page'), 'CampaignPage');
const EmailTemplatesPage = lazyPage(
  () => import('../features/campaigns/email-templates-page'),
  'EmailTemplatesPage',
);
const NbaRulesPage = lazyPage(() => import('../features/campaigns/nba-rules-page'), 'NbaRulesPage');
const MaturityPage = lazyPage(() => import('../features/maturity/maturity-page'), 'MaturityPage');
const EmployeesPage = lazyPage(() => import('../features/employees/employees-page'), 'EmployeesPage');
const ExCxPage = lazyPage(() => import('../features/ex-cx/ex-cx-page'), 'ExCxPage');
const CoachingPage = lazyPage(() => import('../features/coaching/coaching-page'), 'CoachingPage');
const AgentCoachingPage = lazyPage(() => import('../features/coaching/coaching-page'), 'AgentCoachingPage');
const SuggestionsPage = lazyPage(() => import('../features/suggestions/suggestions-page'), 'SuggestionsPage');
const ProgrammeResultsPage = lazyPage(
  () => import('../features/employees/programme-results-page'),
  'ProgrammeResultsPage',
);
const SegmentEditorPage = lazyPage(
  () => import('../features/segments/segment-editor-page'),
  'SegmentEditorPage',
);
const ContactBudgetTab = lazyPage(
  () => import('../features/distribution/contact-budget-tab'),
  'ContactBudgetTab',
);
const UnsubscribePage = lazyPage(
  () => import('../features/distribution/unsubscribe-page'),
  'UnsubscribePage',
);
const JourneyEditorPage = lazyPage(
  () => import('../features/journeys/journey-editor-page'),
  'JourneyEditorPage',
);
const JourneysPage = lazyPage(() => import('../features/journeys/journeys-page'), 'JourneysPage');
const ResponsesPage = lazyPage(() => import('../features/responses/responses-page'), 'ResponsesPage');
const ReviewsPage = lazyPage(() => import('../features/reviews/reviews-page'), 'ReviewsPage');
const ApiKeysTab = lazyPage(() => import('../features/settings/api-keys-tab'), 'ApiKeysTab');
const AuditLogTab = lazyPage(() => import('../features/settings/audit-log-tab'), 'AuditLogTab');
const MembersTab = lazyPage(() => import('../features/settings/members-tab'), 'MembersTab');
const SettingsPage = lazyPage(() => import('../features/settings/settings-page'), 'SettingsPage');
const TeamsTab = lazyPage(() => import('../features/settings/teams-tab'), 'TeamsTab');
const WebhooksTab = lazyPage(() => import('../features/settings/webhooks-tab'), 'WebhooksTab');
const PrivacyTab = lazyPage(() => import('../features/privacy/privacy-tab'), 'PrivacyTab');
const SecurityTab = lazyPage(() => import('../features/security/security-tab'), 'SecurityTab');
const WorkspaceTab = lazyPage(() => import('../features/settings/workspace-tab'), 'WorkspaceTab');
const ForgotPasswordPage = lazyPage(
  () => import('../features/security/password-reset-pages'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(
  () => import('../features/security/password-reset-pages'),
  'ResetPasswordPage',
);
const SurveyEditorPage = lazyPage(
  () => import('../features/surveys/editor/survey-editor-page'),
  'SurveyEditorPage',
);
const SurveysPage = lazyPage(() => import('../features/surveys/surveys-page'), 'SurveysPage');
const TrendPage = lazyPage(() => import('../features/insights/trend-page'), 'TrendPage');
const DriversPage = lazyPage(() => import('../features/insights/drivers-page'), 'DriversPage');
const LoyaltyPage = lazyPage(() => import('../features/insights/loyalty-page'), 'LoyaltyPage');
const TopicsPage = lazyPage(() => import('../features/insights/text/topics-page'), 'TopicsPage');
const TopicEditorPage = lazyPage(
  () => import('../features/insights/text/topic-editor-page'),
  'TopicEditorPage',
);
const PainPointsPage = lazyPage(() => import('../features/insights/text/pain-points-page'), 'PainPointsPage');
const ThemesPage = lazyPage(() => import('../features/insights/text/themes-page'), 'ThemesPage');
const CommentsPage = lazyPage(() => import('../features/insights/text/comments-page'), 'CommentsPage');
const JourneyMapPage = lazyPage(() => import('../features/journeys/journey-map-page'), 'JourneyMapPage');
const InboxPage = lazyPage(() => import('../features/inbox/inbox-page'), 'InboxPage');
const KnowledgePage = lazyPage(() => import('../features/knowledge/knowledge-page'), 'KnowledgePage');
const ArticleEditorPage = lazyPage(
  () => import('../features/knowledge/article-editor-page'),
  'ArticleEditorPage',
);
const BotPage = lazyPage(() => import('../features/bot/bot-page'), 'BotPage');

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          { path: '/sign-up', element: <Lazy page={SignUpPage} /> },
        ],
      },
      { path: '/invite', element: <Lazy page={AcceptInvitationPage} /> },
      // Reachable signed in or not: a reset link may be opened in a browser with another session.
      { path: '/forgot-password', element: <Lazy page={ForgotPasswordPage} /> },
      { path: '/reset-password', element: <Lazy page={ResetPasswordPage} /> },
      // Respondents: outside the app shell, no sign-in. The hosted survey page (`/s/:surveyId`) is not
      // part of this app: the server renders it (apps/server/src/modules/hosted-survey).
      { path: '/u/:token', element: <Lazy page={UnsubscribePage} /> },
      { path: '/f/:token', element: <Lazy page={FollowUpReplyPage} /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomePage /> },
              { path: '/journeys', element: <Lazy page={JourneysPage} /> },
              { path: '/journeys/:journeyId', element: <Lazy page={JourneyEditorPage} /> },
              {
                path: '/journeys/:journeyId/map',
                element: <Lazy page={JourneyMapPage} />,
              },
              { path: '/surveys', element: <Lazy page={SurveysPage} /> },
              { path: '/surveys/:surveyId', element: <Lazy page={SurveyEditorPage} /> },
              { path: '/responses', element: <Lazy page={ResponsesPage} /> },
              { path: '/responses/reviews', element: <Lazy page={ReviewsPage} /> },
              { path: '/customers', element: <Lazy page={CustomersPage} /> },
              { path: '/customers/:contactId', element: <Lazy page={ContactPage} /> },
              { path: '/at-risk', element: <Lazy page={AtRiskPage} /> },
              { path: '/segments', element: <Lazy page={SegmentsPage} /> },
              { path: '/maturity', element: <Lazy page={MaturityPage} /> },
              { path: '/segments/:segmentId', element: <Lazy page={SegmentEditorPage} /> },
              { path: '/accounts', element: <Lazy page={AccountsPage} /> },
              { path: '/accounts/:accountId', element: <Lazy page={AccountPage} /> },
              { path: '/campaigns', element: <Lazy page={CampaignsPage} /> },
              { path: '/campaigns/templates', element: <Lazy page={EmailTemplatesPage} /> },
              { path: '/campaigns/next-best-action', element: <Lazy page={NbaRulesPage} /> },
              { path: '/campaigns/:campaignId', element: <Lazy page={CampaignPage} /> },
              { path: '/insights', element: <Navigate to="/insights/trend" replace /> },
              {
                path: '/insights/trend',
                element: <Lazy page={TrendPage} />,
              },
              {
                path: '/insights/drivers',
                element: <Lazy page={DriversPage} />,
              },
              {
                path: '/insights/loyalty',
                element: <Lazy page={LoyaltyPage} />,
              },
              {
                path: '/insights/topics',
                element: <Lazy page={TopicsPage} />,
              },
              {
                path: '/insights/topics/new',
                element: <Lazy page={TopicEditorPage} />,
              },
              {
                path: '/insights/topics/:topicId',
                element: <Lazy page={TopicEditorPage} />,
              },
              {
                path: '/insights/pain-points',
                element: <Lazy page={PainPointsPage} />,
              },
              {
                path: '/insights/themes',
                element: <Lazy page={ThemesPage} />,
              },
              {
                path: '/insights/comments',
                element: <Lazy page={CommentsPage} />,
              },
              { path: '/cases/automations', element: <Lazy page={AutomationsPage} /> },
              { path: '/cases/automations/coupons', element: <Lazy page={CouponPoolsPage} /> },
              { path: '/cases/automations/new', element: <Lazy page={RuleEditorPage} /> },
              { path: '/cases/automations/:ruleId', element: <Lazy page={RuleEditorPage} /> },
              { path: '/cases', element: <Lazy page={CasesInboxPage} /> },
              { path: '/cases/alert-rules', element: <Lazy page={AlertRulesPage} /> },
              { path: '/cases/plans', element: <Lazy page={PlansPage} /> },
              { path: '/cases/plans/:planId', element: <Lazy page={PlanDetailPage} /> },
              { path: '/cases/health', element: <Lazy page={HealthPage} /> },
              { path: '/cases/:caseId', element: <Lazy page={CasePage} /> },
              { path: '/inbox/knowledge', element: <Lazy page={KnowledgePage} /> },
              { path: '/inbox/knowledge/new', element: <Lazy page={ArticleEditorPage} /> },
              { path: '/inbox/knowledge/:articleId', element: <Lazy page={ArticleEditorPage} /> },
              { path: '/inbox/bot', element: <Lazy page={BotPage} /> },
              // One route for the list and the open conversation, so opening one keeps the list as it is.
              { path: '/inbox/:conversationId?', element: <Lazy page={InboxPage} /> },
              { path: '/employees', element: <Lazy page={EmployeesPage} /> },
              { path: '/ex-cx', element: <Lazy page={ExCxPage} /> },
              { path: '/coaching', element: <Lazy page={CoachingPage} /> },
              { path: '/coaching/:userId', element: <Lazy page={AgentCoachingPage} /> },
              { path: '/suggestions', element: <Lazy page={SuggestionsPage} /> },
              { path: '/employees/results', element: <Lazy page={ProgrammeResultsPage} /> },
              ...AREAS.filter(
                (area) => area !== 'insights' && area !== 'cases' && area !== 'inbox' && area !== 'employees',
              ).map((area) => ({
                path: `/${area}`,
                element: <ComingSoonPage area={area} />,
              })),
              {
                path: '/settings',
                element: <Lazy page={SettingsPage} />,
                children: [
                  { index: true, element: <Navigate to="members" replace /> },
                  { path: 'members', element: <Lazy page={MembersTab} /> },
                  { path: 'teams', element: <Lazy page={TeamsTab} /> },
                  { path: 'contact-budget', element: <Lazy page={ContactBudgetTab} /> },
                  { path: 'api-keys', element: <Lazy page={ApiKeysTab} /> },
                  { path: 'webhooks', element: <Lazy page={WebhooksTab} /> },
                  { path: 'audit-log', element: <Lazy page={AuditLogTab} /> },
                  { path: 'security', element: <Lazy page={SecurityTab} /> },
                  { path: 'privacy', element: <Lazy page={PrivacyTab} /> },
                  { path: 'workspace', element: <Lazy page={WorkspaceTab} /> },
                ],
              },
              { path: '/api-reference', element: <Lazy page={ApiReferencePage} /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

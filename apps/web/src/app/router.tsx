import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoadingState } from '../components/loading';
import { ApiReferencePage } from '../features/api-reference/api-reference-page';
import { AREAS } from '../features/areas/areas';
import { ComingSoonPage } from '../features/areas/coming-soon-page';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { AutomationsPage } from '../features/automations/automations-page';
import { CouponPoolsPage } from '../features/automations/coupon-pools-page';
import { RuleEditorPage } from '../features/automations/rule-editor-page';
import { AlertRulesPage } from '../features/cases/alert-rules-page';
import { CasePage } from '../features/cases/case-page';
import { CasesInboxPage } from '../features/cases/cases-inbox-page';
import { FollowUpReplyPage } from '../features/cases/follow-up-reply-page';
import { HealthPage } from '../features/cases/health-page';
import { PlanDetailPage } from '../features/cases/plans-detail';
import { PlansPage } from '../features/cases/plans-page';
import { ContactPage } from '../features/customers/contact-page';
import { CustomersPage } from '../features/customers/customers-page';
import { ContactBudgetTab } from '../features/distribution/contact-budget-tab';
import { UnsubscribePage } from '../features/distribution/unsubscribe-page';
import { JourneyEditorPage } from '../features/journeys/journey-editor-page';
import { JourneysPage } from '../features/journeys/journeys-page';
import { ResponsesPage } from '../features/responses/responses-page';
import { ReviewsPage } from '../features/reviews/reviews-page';
import { ApiKeysTab } from '../features/settings/api-keys-tab';
import { AuditLogTab } from '../features/settings/audit-log-tab';
import { MembersTab } from '../features/settings/members-tab';
import { SettingsPage } from '../features/settings/settings-page';
import { TeamsTab } from '../features/settings/teams-tab';
import { WebhooksTab } from '../features/settings/webhooks-tab';
import { HostedSurveyPage } from '../features/survey-runtime/hosted-survey-page';
import { SurveyEditorPage } from '../features/surveys/editor/survey-editor-page';
import { SurveysPage } from '../features/surveys/surveys-page';
import { PublicOnly, RequireAuth } from './guards';
import { AppShell } from './layout/app-shell';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { RouteError } from './routes/route-error';

// The analytics views load their charting library on demand: not in the bundle of other pages.
const TrendPage = lazy(() =>
  import('../features/insights/trend-page').then((module) => ({ default: module.TrendPage })),
);
const DriversPage = lazy(() =>
  import('../features/insights/drivers-page').then((module) => ({ default: module.DriversPage })),
);
const LoyaltyPage = lazy(() =>
  import('../features/insights/loyalty-page').then((module) => ({ default: module.LoyaltyPage })),
);
const TopicsPage = lazy(() =>
  import('../features/insights/text/topics-page').then((module) => ({ default: module.TopicsPage })),
);
const TopicEditorPage = lazy(() =>
  import('../features/insights/text/topic-editor-page').then((module) => ({
    default: module.TopicEditorPage,
  })),
);
const PainPointsPage = lazy(() =>
  import('../features/insights/text/pain-points-page').then((module) => ({ default: module.PainPointsPage })),
);
const ThemesPage = lazy(() =>
  import('../features/insights/text/themes-page').then((module) => ({ default: module.ThemesPage })),
);
const CommentsPage = lazy(() =>
  import('../features/insights/text/comments-page').then((module) => ({ default: module.CommentsPage })),
);
const JourneyMapPage = lazy(() =>
  import('../features/journeys/journey-map-page').then((module) => ({ default: module.JourneyMapPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          { path: '/sign-up', element: <SignUpPage /> },
        ],
      },
      { path: '/invite', element: <AcceptInvitationPage /> },
      // Respondents: outside the app shell, no sign-in.
      { path: '/s/:surveyId', element: <HostedSurveyPage /> },
      { path: '/u/:token', element: <UnsubscribePage /> },
      { path: '/f/:token', element: <FollowUpReplyPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomePage /> },
              { path: '/journeys', element: <JourneysPage /> },
              { path: '/journeys/:journeyId', element: <JourneyEditorPage /> },
              {
                path: '/journeys/:journeyId/map',
                element: (
                  <Lazy>
                    <JourneyMapPage />
                  </Lazy>
                ),
              },
              { path: '/surveys', element: <SurveysPage /> },
              { path: '/surveys/:surveyId', element: <SurveyEditorPage /> },
              { path: '/responses', element: <ResponsesPage /> },
              { path: '/responses/reviews', element: <ReviewsPage /> },
              { path: '/customers', element: <CustomersPage /> },
              { path: '/customers/:contactId', element: <ContactPage /> },
              { path: '/insights', element: <Navigate to="/insights/trend" replace /> },
              {
                path: '/insights/trend',
                element: (
                  <Lazy>
                    <TrendPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/drivers',
                element: (
                  <Lazy>
                    <DriversPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/loyalty',
                element: (
                  <Lazy>
                    <LoyaltyPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/topics',
                element: (
                  <Lazy>
                    <TopicsPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/topics/new',
                element: (
                  <Lazy>
                    <TopicEditorPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/topics/:topicId',
                element: (
                  <Lazy>
                    <TopicEditorPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/pain-points',
                element: (
                  <Lazy>
                    <PainPointsPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/themes',
                element: (
                  <Lazy>
                    <ThemesPage />
                  </Lazy>
                ),
              },
              {
                path: '/insights/comments',
                element: (
                  <Lazy>
                    <CommentsPage />
                  </Lazy>
                ),
              },
              { path: '/cases/automations', element: <AutomationsPage /> },
              { path: '/cases/automations/coupons', element: <CouponPoolsPage /> },
              { path: '/cases/automations/new', element: <RuleEditorPage /> },
              { path: '/cases/automations/:ruleId', element: <RuleEditorPage /> },
              { path: '/cases', element: <CasesInboxPage /> },
              { path: '/cases/alert-rules', element: <AlertRulesPage /> },
              { path: '/cases/plans', element: <PlansPage /> },
              { path: '/cases/plans/:planId', element: <PlanDetailPage /> },
              { path: '/cases/health', element: <HealthPage /> },
              { path: '/cases/:caseId', element: <CasePage /> },
              ...AREAS.filter((area) => area !== 'insights' && area !== 'cases').map((area) => ({
                path: `/${area}`,
                element: <ComingSoonPage area={area} />,
              })),
              {
                path: '/settings',
                element: <SettingsPage />,
                children: [
                  { index: true, element: <Navigate to="members" replace /> },
                  { path: 'members', element: <MembersTab /> },
                  { path: 'teams', element: <TeamsTab /> },
                  { path: 'contact-budget', element: <ContactBudgetTab /> },
                  { path: 'api-keys', element: <ApiKeysTab /> },
                  { path: 'webhooks', element: <WebhooksTab /> },
                  { path: 'audit-log', element: <AuditLogTab /> },
                ],
              },
              { path: '/api-reference', element: <ApiReferencePage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

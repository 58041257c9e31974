import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useSignedInMe } from '../../features/auth/auth.api';
import { ProgrammeHealthCard } from '../../features/cases/health-card';

const KeyMetrics = lazy(() =>
  import('../../features/insights/key-metrics').then((module) => ({ default: module.KeyMetrics })),
);

const LOOP = ['listen', 'understand', 'act', 'improve'] as const;

/** The workspace's front page: the CX loop and what can be set up today. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const permissions = new Set(me.permissions);
  const firstName = me.user?.name.trim().split(/\s+/)[0] ?? '';

  const steps = [
    { id: 'journeys', to: '/journeys', isAvailable: permissions.has('journeys.manage') },
    { id: 'surveys', to: '/surveys', isAvailable: permissions.has('surveys.manage') },
    { id: 'responses', to: '/responses', isAvailable: permissions.has('responses.read') },
    {
      id: 'invite',
      to: '/settings/members',
      isAvailable: permissions.has('invitations.manage'),
    },
    { id: 'teams', to: '/settings/teams', isAvailable: permissions.has('teams.manage') },
    { id: 'apiKeys', to: '/settings/api-keys', isAvailable: permissions.has('apiKeys.manage') },
    { id: 'apiReference', to: '/api-reference', isAvailable: true },
  ].filter((step) => step.isAvailable);

  return (
    <div className="page" data-testid="home-page">
      <PageHeader
        title={firstName ? t('home.greeting', { name: firstName }) : t('home.title')}
        description={t('home.lead', { workspace: me.workspace.name })}
      />
      {permissions.has('responses.read') && (
        <Suspense fallback={<LoadingState />}>
          <KeyMetrics />
        </Suspense>
      )}
      {permissions.has('cases.read') && <ProgrammeHealthCard />}
      <section className="card" aria-labelledby="loop-title">
        <h2 id="loop-title" className="section-title">
          {t('home.loopTitle')}
        </h2>
        <ol className="loop">
          {LOOP.map((step, index) => (
            <li key={step} className="loop-step">
              <span className="loop-number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <p className="loop-name">{t(`home.loop.${step}.name`)}</p>
                <p className="loop-text">{t(`home.loop.${step}.text`)}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title" className="section-title">
          {t('home.startTitle')}
        </h2>
        <p className="muted">{t('home.startLead')}</p>
        <ul className="start-list">
          {steps.map((step) => (
            <li key={step.id}>
              <Link to={step.to} className="start-link">
                <span className="start-link-title">{t(`home.steps.${step.id}.title`)}</span>
                <span className="start-link-text">{t(`home.steps.${step.id}.text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

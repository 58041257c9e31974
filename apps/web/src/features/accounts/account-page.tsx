import type { TAccountDetail } from '@touchpoint/schemas/browser';
import { ACCOUNT_ROLES } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { NextBestActionsPanel } from '../campaigns/next-best-actions-panel';
import { contactTitle, NoContactsAccess } from '../customers/customers-page';
import { formatPercent, formatSigned, useAccount } from './accounts.api';

type TPerson = TAccountDetail['people'][number];

/** A role's name: the built-in ones translated, a workspace's own shown as written. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string) =>
    (ACCOUNT_ROLES as readonly string[]).includes(role)
      ? t(`accounts.roles.${role}`)
      : role.replaceAll('_', ' ');
}

/** `/accounts/:accountId`: an account's health, coverage, people with their roles and scores, open cases. */
export function AccountPage() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const canRead = useCan('contacts.read');
  const account = useAccount(accountId);
  const back = (
    <Link to="/accounts" className="btn btn-secondary btn-small">
      <Icon name="arrow-left" size={16} />
      {t('accounts.back')}
    </Link>
  );
  if (!canRead) {
    return (
      <div className="page">
        <PageHeader title={t('nav.accounts')} actions={back} />
        <NoContactsAccess />
      </div>
    );
  }
  if (account.isPending) return <LoadingState />;
  if (account.error) {
    return (
      <div className="page">
        <PageHeader title={t('nav.accounts')} actions={back} />
        {isApiError(account.error) && (account.error.status === 404 || account.error.status === 400) ? (
          <div className="alert alert-info" role="status" data-testid="account-not-found">
            <p>{t('accounts.notFound')}</p>
          </div>
        ) : (
          <ErrorState error={account.error} onRetry={() => void account.refetch()} />
        )}
      </div>
    );
  }
  return <AccountDetail account={account.data} back={back} />;
}

function AccountDetail({ account, back }: { account: TAccountDetail; back: React.ReactNode }) {
  const { t } = useTranslation();
  const attributes = account.attributes;
  const facts: [string, string][] = [
    [t('accounts.fields.domain'), account.domain ?? '—'],
    [t('accounts.fields.externalId'), account.externalId ?? '—'],
    [t('accounts.fields.plan'), typeof attributes.plan === 'string' ? attributes.plan : '—'],
    [t('accounts.fields.industry'), typeof attributes.industry === 'string' ? attributes.industry : '—'],
    [t('accounts.fields.arr'), typeof attributes.arr === 'number' ? attributes.arr.toLocaleString() : '—'],
    [t('accounts.fields.renewal'), account.health.renewalDate ? formatDate(account.health.renewalDate) : '—'],
  ];
  return (
    <div className="page page-wide" data-testid="account-page">
      <PageHeader title={account.name} description={t('accounts.detailLead')} actions={back} />
      <div className="stack-lg">
        <section className="card" aria-labelledby="account-facts-title">
          <h2 id="account-facts-title" className="section-title">
            {t('accounts.facts')}
          </h2>
          <dl className="facts" data-testid="account-facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd className="break">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <HealthTiles account={account} />
        <NextBestActionsPanel subject={{ kind: 'account', id: account.id }} />
        <People account={account} />
        <OpenCases account={account} />
      </div>
    </div>
  );
}

function interval(ci: [number, number] | null, signed: boolean) {
  if (!ci) return '—';
  const f = signed ? formatSigned : formatPercent;
  return `${f(ci[0])} … ${f(ci[1])}`;
}

function HealthTiles({ account }: { account: TAccountDetail }) {
  const { t } = useTranslation();
  const { health } = account;
  const change = health.trend.nps.change;
  return (
    <section className="card" aria-labelledby="account-health-title">
      <h2 id="account-health-title" className="section-title">
        {t('accounts.health.title', { days: health.windowDays })}
      </h2>
      <p className="muted">{t('accounts.health.lead')}</p>
      <ul className="metric-cards" data-testid="account-health">
        <li>
          <div className="metric-card" data-testid="health-nps">
            <h3 className="metric-name">{t('accounts.health.nps')}</h3>
            <p className="metric-value">{formatSigned(health.nps.value)}</p>
            <p className="metric-meta">
              <span data-testid="health-nps-n">{t('accounts.n', { count: health.nps.n })}</span>
              <span>{t('accounts.health.ci', { interval: interval(health.nps.ci, true) })}</span>
            </p>
            {health.nps.n > 0 && (
              <p className="metric-meta">
                {t('accounts.health.effectiveN', { value: health.nps.effectiveN.toFixed(1) })}
              </p>
            )}
          </div>
        </li>
        <li>
          <div className="metric-card" data-testid="health-csat">
            <h3 className="metric-name">{t('accounts.health.csat')}</h3>
            <p className="metric-value">{formatPercent(health.csat.value)}</p>
            <p className="metric-meta">
              <span>{t('accounts.n', { count: health.csat.n })}</span>
              <span>{t('accounts.health.ci', { interval: interval(health.csat.ci, false) })}</span>
            </p>
          </div>
        </li>
        <li>
          <div className="metric-card" data-testid="health-coverage">
            <h3 className="metric-name">{t('accounts.health.coverage')}</h3>
            <p className="metric-value">
              {health.coverage.decisionMakers.answered}/{health.coverage.decisionMakers.total}
            </p>
            <p className="metric-meta" data-testid="coverage-text">
              {health.coverage.decisionMakers.total === 0
                ? t('accounts.health.noDecisionMakers')
                : t('accounts.health.coverageText', {
                    answered: health.coverage.decisionMakers.answered,
                    count: health.coverage.decisionMakers.total,
                    days: health.windowDays,
                  })}
            </p>
            <p className="metric-meta">
              {t('accounts.health.peopleAnswered', {
                answered: health.coverage.people.answered,
                count: health.coverage.people.total,
              })}
            </p>
          </div>
        </li>
        <li>
          <div className="metric-card" data-testid="health-trend">
            <h3 className="metric-name">{t('accounts.health.trend')}</h3>
            <p className="metric-value">{change === null ? '—' : formatSigned(change)}</p>
            <p className="metric-meta">
              {t('accounts.health.trendText', {
                previous: formatSigned(health.trend.nps.previous),
                current: formatSigned(health.trend.nps.current),
              })}
            </p>
          </div>
        </li>
        <li>
          <div className="metric-card" data-testid="health-risk">
            <h3 className="metric-name">{t('accounts.health.churnRisk')}</h3>
            <p className="metric-value">
              {health.churnRisk ? `${Math.round(health.churnRisk.score * 100)}%` : '—'}
            </p>
            <p className="metric-meta">
              {health.churnRisk
                ? t('accounts.health.riskWeighted', { value: Math.round(health.churnRisk.weighted * 100) })
                : t('accounts.health.noRisk')}
            </p>
          </div>
        </li>
        <li>
          <div className="metric-card" data-testid="health-sentiment">
            <h3 className="metric-name">{t('accounts.health.sentiment')}</h3>
            <p className="metric-value">
              {health.sentiment.score === null ? '—' : health.sentiment.score.toFixed(2)}
            </p>
            <p className="metric-meta">
              {t('accounts.health.sentimentText', {
                count: health.sentiment.n,
                negative: health.sentiment.negative,
                positive: health.sentiment.positive,
              })}
            </p>
          </div>
        </li>
        <li>
          <div className="metric-card" data-testid="health-cases">
            <h3 className="metric-name">{t('accounts.health.openCases')}</h3>
            <p className="metric-value">{health.openCases}</p>
            <p className="metric-meta">
              {health.renewalDate
                ? t('accounts.health.renews', { date: formatDate(health.renewalDate) })
                : t('accounts.health.noRenewal')}
            </p>
          </div>
        </li>
      </ul>
    </section>
  );
}

function ScoreCell({
  score,
  kind,
}: {
  score: { value: number; at: string } | null;
  kind: 'nps' | 'csat' | 'ces';
}) {
  if (!score) return <span className="muted">—</span>;
  return (
    <span data-testid={`person-${kind}`}>
      <span className="strong">{score.value}</span>{' '}
      <span className="muted small">{formatDate(score.at)}</span>
    </span>
  );
}

function People({ account }: { account: TAccountDetail }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const query = { items: account.people, isPending: false, error: null, refetch: () => undefined };
  return (
    <section className="card" aria-labelledby="account-people-title">
      <h2 id="account-people-title" className="section-title">
        {t('accounts.people.title')}
      </h2>
      <DataTable
        query={query}
        label={t('accounts.people.title')}
        testId="account-people"
        className="table-top"
        isStacked
        rowKey={(person: TPerson) => person.id}
        rowProps={(person) => ({ 'data-testid': 'account-person', 'data-role': person.accountRole })}
        empty={
          <EmptyState title={t('accounts.people.empty')} testId="account-people-empty">
            <p>{t('accounts.people.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          {
            id: 'person',
            header: t('accounts.people.person'),
            cell: (person) => (
              <Link to={`/customers/${person.id}`} className="strong break">
                {contactTitle(person, t('customers.unnamed'))}
              </Link>
            ),
          },
          {
            id: 'role',
            header: t('accounts.people.role'),
            cell: (person) => (
              <span>
                {roleLabel(person.accountRole)}{' '}
                <span className="muted small">{t('accounts.people.weight', { weight: person.weight })}</span>
              </span>
            ),
          },
          {
            id: 'nps',
            header: t('accounts.people.nps'),
            className: 'nowrap',
            cell: (person) => <ScoreCell score={person.latestScores.nps} kind="nps" />,
          },
          {
            id: 'csat',
            header: t('accounts.people.csat'),
            className: 'nowrap',
            cell: (person) => <ScoreCell score={person.latestScores.csat} kind="csat" />,
          },
          {
            id: 'ces',
            header: t('accounts.people.ces'),
            className: 'nowrap',
            cell: (person) => <ScoreCell score={person.latestScores.ces} kind="ces" />,
          },
          {
            id: 'last',
            header: t('accounts.people.lastAnswered'),
            className: 'nowrap',
            cell: (person) =>
              person.lastAnsweredAt ? (
                formatDate(person.lastAnsweredAt)
              ) : (
                <span className="badge badge-warning">{t('accounts.people.never')}</span>
              ),
          },
        ]}
      />
    </section>
  );
}

function OpenCases({ account }: { account: TAccountDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="account-cases-title">
      <h2 id="account-cases-title" className="section-title">
        {t('accounts.cases.title')}
      </h2>
      {account.openCases.length === 0 ? (
        <p className="muted">{t('accounts.cases.none')}</p>
      ) : (
        <ul className="plain-list" data-testid="account-cases">
          {account.openCases.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${c.id}`}>
                #{c.number} {c.title}
              </Link>{' '}
              <span className="muted small">
                {t(`cases.status.${c.status}`, { defaultValue: c.status })} · {formatDate(c.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

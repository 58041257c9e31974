import type { TProgrammeHealth } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { FilterBar, useUrlFilters } from '../../components/filter-bar';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useTeams } from '../settings/settings.api';
import { CasesTabs } from './cases-tabs';
import { useProgrammeHealth } from './health-api';
import { formatDuration, formatRate, formatRateInterval, healthPeriod } from './health-format';
import './cases.css';
import './plans-styles.css';

const PERIODS = [7, 30, 90, 365] as const;

/** The units of a duration in the UI language. */
export function useDurationUnits() {
  const { t } = useTranslation();
  return { day: t('act.duration.day'), hour: t('act.duration.hour'), minute: t('act.duration.minute') };
}

const HEALTH_FILTERS = ['days', 'teamId'] as const;

/** Is the loop being closed? Loop closure, response times, SLA breaches and the backlog per team. */
export function HealthPage() {
  const { t } = useTranslation();
  const { filters, isFiltered, setFilter: setParam } = useUrlFilters(HEALTH_FILTERS);
  const days = Number(filters.days) || 30;
  const teamId = filters.teamId;
  const teams = useTeams();
  const health = useProgrammeHealth({ ...healthPeriod(days), teamId });

  return (
    <div className="page page-wide" data-testid="health-page">
      <PageHeader title={t('nav.cases')} description={t('act.health.lead')} />
      <CasesTabs />
      <FilterBar title={t('act.health.filters')} isFiltered={isFiltered}>
        <SelectField
          label={t('act.health.period')}
          value={String(days)}
          onChange={(event) => setParam('days', event.target.value === '30' ? '' : event.target.value)}
          data-testid="health-period"
        >
          {PERIODS.map((n) => (
            <option key={n} value={n}>
              {t('act.health.lastDays', { count: n })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('act.health.team')}
          value={teamId}
          onChange={(event) => setParam('teamId', event.target.value)}
          data-testid="health-team"
        >
          <option value="">{t('act.health.allTeams')}</option>
          {teams.items.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      {health.isPending ? (
        <LoadingState />
      ) : health.error ? (
        <ErrorState error={health.error} onRetry={() => void health.refetch()} />
      ) : (
        <HealthFigures health={health.data} />
      )}
    </div>
  );
}

export function HealthCards({ health }: { health: TProgrammeHealth }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const units = useDurationUnits();
  const cards = [
    {
      id: 'loop-closure',
      title: t('act.health.loopClosure'),
      value: formatRate(health.loopClosure.rate, locale),
      meta: [
        t('act.health.ofDetractors', {
          closed: health.loopClosure.closed,
          count: health.loopClosure.detractors,
        }),
        health.loopClosure.ci95
          ? t('insights.ci', { interval: formatRateInterval(health.loopClosure.ci95, locale) })
          : null,
      ],
      hint: t('act.health.loopClosureHint'),
    },
    {
      id: 'first-action',
      title: t('act.health.timeToFirstAction'),
      value: formatDuration(health.timeToFirstAction.medianMinutes, units),
      meta: [t('act.health.medianOfCases', { count: health.timeToFirstAction.n })],
      hint: null,
    },
    {
      id: 'resolve',
      title: t('act.health.timeToResolve'),
      value: formatDuration(health.timeToResolve.medianMinutes, units),
      meta: [t('act.health.medianOfCases', { count: health.timeToResolve.n })],
      hint: null,
    },
    {
      id: 'sla-breach',
      title: t('act.health.slaBreachRate'),
      value: formatRate(health.slaBreachRate.rate, locale),
      meta: [
        t('act.health.breachedOf', {
          breached: health.slaBreachRate.breached,
          count: health.slaBreachRate.n,
        }),
        health.slaBreachRate.ci95
          ? t('insights.ci', { interval: formatRateInterval(health.slaBreachRate.ci95, locale) })
          : null,
      ],
      hint: null,
    },
  ];
  return (
    <ul className="metric-cards health-cards">
      {cards.map((card) => (
        <li key={card.id}>
          <div className="metric-card" data-testid={`health-${card.id}`}>
            <h3 className="health-card-title">{card.title}</h3>
            <p className="metric-value">
              <span data-testid="health-value">{card.value}</span>
            </p>
            <p className="metric-meta">
              {card.meta.filter(Boolean).map((line) => (
                <span key={line}>{line}</span>
              ))}
            </p>
            {card.hint && <p className="metric-meta">{card.hint}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

function HealthFigures({ health }: { health: TProgrammeHealth }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="card" aria-labelledby="health-figures-title">
        <div className="section-header">
          <h2 id="health-figures-title" className="section-title">
            {t('act.health.figuresTitle')}
          </h2>
          <span className="muted">
            {t('act.health.range', { from: formatDate(health.from), to: formatDate(dayBefore(health.to)) })}
          </span>
        </div>
        <HealthCards health={health} />
        <dl className="stat-row health-counts">
          <div className="stat">
            <dt>{t('act.health.casesOpened')}</dt>
            <dd data-testid="health-opened">{health.casesOpened}</dd>
          </div>
          <div className="stat">
            <dt>{t('act.health.casesResolved')}</dt>
            <dd data-testid="health-resolved">{health.casesResolved}</dd>
          </div>
          <div className="stat">
            <dt>{t('act.health.openNow')}</dt>
            <dd>{health.backlog.reduce((sum, row) => sum + row.open, 0)}</dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby="health-backlog-title">
        <h2 id="health-backlog-title" className="section-title">
          {t('act.health.backlogTitle')}
        </h2>
        {health.backlog.length === 0 ? (
          <EmptyState title={t('act.health.noTeams')} testId="health-backlog-empty" />
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="health-backlog">
              <thead>
                <tr>
                  <th scope="col">{t('act.health.columns.team')}</th>
                  <th scope="col" className="numeric">
                    {t('act.health.columns.open')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('act.health.columns.overdue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {health.backlog.map((row) => (
                  <tr key={row.teamId ?? 'none'} data-testid="health-backlog-row">
                    <td>{row.teamName ?? <span className="muted">{t('cases.noTeam')}</span>}</td>
                    <td className="numeric">{row.open}</td>
                    <td className={`numeric${row.overdue > 0 ? ' case-overdue' : ''}`}>{row.overdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return new Date(date.getTime() - 86_400_000).toISOString().slice(0, 10);
}

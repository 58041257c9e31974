import type { TTouchpoint } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import {
  compareResults,
  formatDelta,
  formatMetric,
  KEY_METRICS,
  lastDays,
  type TMetric,
  type TMetricAnswer,
  type TMetricGroup,
  useMetric,
} from '../insights/insights.api';
import { useJourney } from './journeys.api';

const PERIODS = [30, 90] as const;

type TPerformance = 'good' | 'fair' | 'poor' | 'unknown';

/** Where a figure stands: common CX rules of thumb, shown as a word and an icon as well as a colour. */
function performanceOf(metric: TMetric, group: TMetricGroup): TPerformance {
  if (group.value === null || group.smallSample) return 'unknown';
  const [good, fair] = metric === 'nps' ? [30, 0] : metric === 'csat' ? [80, 60] : [5.5, 4];
  return group.value >= good ? 'good' : group.value >= fair ? 'fair' : 'poor';
}

const PERFORMANCE_ICON: Record<TPerformance, string> = { good: '●', fair: '◐', poor: '○', unknown: '?' };

interface TTouchpointFigure {
  metric: TMetric;
  group: TMetricGroup;
  previous: TMetricGroup | undefined;
}

export function JourneyMapPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const days = Number(params.get('days')) === 90 ? 90 : 30;
  const current = lastDays(days);
  const previous = lastDays(days, -days);
  const journey = useJourney(journeyId);
  // One query per metric for the whole workspace, not one per touchpoint.
  const nps = useMetric({ metric: 'nps', ...current, groupBy: 'touchpoint' });
  const csat = useMetric({ metric: 'csat', ...current, groupBy: 'touchpoint' });
  const ces = useMetric({ metric: 'ces', ...current, groupBy: 'touchpoint' });
  const npsBefore = useMetric({ metric: 'nps', ...previous, groupBy: 'touchpoint' });
  const csatBefore = useMetric({ metric: 'csat', ...previous, groupBy: 'touchpoint' });
  const cesBefore = useMetric({ metric: 'ces', ...previous, groupBy: 'touchpoint' });
  const results = { nps, csat, ces };
  const before = { nps: npsBefore, csat: csatBefore, ces: cesBefore };
  const metricsPending = nps.isPending || csat.isPending || ces.isPending;
  const metricsError = nps.error ?? csat.error ?? ces.error;

  const figureOf = (touchpointId: string): TTouchpointFigure | null => {
    for (const metric of KEY_METRICS) {
      const group = results[metric].data?.groups.find((row) => row.key === touchpointId && row.n > 0);
      if (group) {
        const previousGroup = before[metric].data?.groups.find((row) => row.key === touchpointId);
        return { metric, group, previous: previousGroup };
      }
    }
    return null;
  };

  const title = journey.data
    ? t('journeyMap.title', { name: journey.data.name })
    : t('journeyMap.titlePlain');
  return (
    <div className="page page-wide" data-testid="journey-map-page">
      <PageHeader
        title={title}
        description={t('journeyMap.lead')}
        actions={
          <Link className="btn btn-secondary" to={`/journeys/${journeyId}`}>
            {t('journeyMap.edit')}
          </Link>
        }
      />
      <div className="journey-map-toolbar">
        <SelectField
          label={t('journeyMap.period')}
          value={String(days)}
          onChange={(event) =>
            setParams(
              (currentParams) => {
                const next = new URLSearchParams(currentParams);
                if (event.target.value === '30') next.delete('days');
                else next.set('days', event.target.value);
                return next;
              },
              { replace: true },
            )
          }
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {t('journeyMap.lastDays', { count: period })}
            </option>
          ))}
        </SelectField>
        <ul className="journey-map-legend" aria-label={t('journeyMap.legend')}>
          {(['good', 'fair', 'poor', 'unknown'] as const).map((performance) => (
            <li key={performance} className={`perf perf-${performance}`}>
              <span aria-hidden="true">{PERFORMANCE_ICON[performance]}</span>{' '}
              {t(`journeyMap.performance.${performance}`)}
            </li>
          ))}
        </ul>
      </div>
      {journey.isPending ? (
        <LoadingState />
      ) : journey.error ? (
        <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />
      ) : journey.data.stages.length === 0 ? (
        <EmptyState title={t('journeyMap.noStages')}>
          <p>
            <Link to={`/journeys/${journeyId}`}>{t('journeyMap.addStages')}</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          {metricsError && <ErrorState error={metricsError} onRetry={() => void nps.refetch()} />}
          <ol className="journey-map" data-testid="journey-map">
            {[...journey.data.stages]
              .sort((a, b) => a.position - b.position)
              .map((stage, index) => (
                <li key={stage.id} className="journey-map-stage" aria-labelledby={`stage-${stage.id}`}>
                  <h2 id={`stage-${stage.id}`} className="journey-map-stage-title">
                    <span className="journey-map-step" aria-hidden="true">
                      {index + 1}
                    </span>
                    {stage.name}
                  </h2>
                  {stage.touchpoints.length === 0 ? (
                    <p className="muted">{t('journeyMap.noTouchpoints')}</p>
                  ) : (
                    <ul className="journey-map-touchpoints">
                      {[...stage.touchpoints]
                        .sort((a, b) => a.position - b.position)
                        .map((touchpoint) => (
                          <li key={touchpoint.id}>
                            <TouchpointTile
                              touchpoint={touchpoint}
                              figure={figureOf(touchpoint.id)}
                              isPending={metricsPending}
                              days={days}
                            />
                          </li>
                        ))}
                    </ul>
                  )}
                </li>
              ))}
          </ol>
        </>
      )}
    </div>
  );
}

function TouchpointTile({
  touchpoint,
  figure,
  isPending,
  days,
}: {
  touchpoint: TTouchpoint;
  figure: TTouchpointFigure | null;
  isPending: boolean;
  days: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (!figure) {
    return (
      <div className="touchpoint-tile perf-unknown" data-testid="touchpoint-tile" data-name={touchpoint.name}>
        <p className="touchpoint-tile-name">{touchpoint.name}</p>
        <p className="touchpoint-tile-note">{isPending ? t('common.loading') : t('journeyMap.noAnswers')}</p>
      </div>
    );
  }
  const { metric, group, previous } = figure;
  const performance = performanceOf(metric, group);
  const change = compareResults(
    metric,
    previous as TMetricAnswer | undefined,
    group as unknown as TMetricAnswer,
  );
  const direction = !change ? 'none' : !change.significant ? 'flat' : change.delta > 0 ? 'up' : 'down';
  const arrow = { up: '▲', down: '▼', flat: '→', none: '' }[direction];
  const from = lastDays(days).from;
  return (
    <Link
      to={`/insights/trend?metric=${metric}&touchpointId=${touchpoint.id}&from=${from}`}
      className={`touchpoint-tile perf-${performance}`}
      data-testid="touchpoint-tile"
      data-name={touchpoint.name}
      data-metric={metric}
    >
      <span className="touchpoint-tile-name">{touchpoint.name}</span>
      <span className="touchpoint-tile-metric">
        <span className="touchpoint-tile-label">{t(`insights.metrics.${metric}`)}</span>{' '}
        <strong data-testid="touchpoint-value">{formatMetric(metric, group.value, locale)}</strong>
      </span>
      <span className="touchpoint-tile-meta">
        <span data-testid="touchpoint-n">{t('insights.n', { count: group.n })}</span>
        {direction !== 'none' && change && (
          <span
            className={`trend trend-${direction}`}
            title={t('insights.changeTitle', { test: change.test, p: change.pValue.toFixed(3) })}
          >
            <span aria-hidden="true">{arrow}</span>{' '}
            {direction === 'flat'
              ? t('journeyMap.steady')
              : t('journeyMap.change', { delta: formatDelta(metric, change.delta, locale) })}
          </span>
        )}
      </span>
      <span className={`perf perf-${performance}`}>
        <span aria-hidden="true">{PERFORMANCE_ICON[performance]}</span>{' '}
        {group.smallSample ? t('insights.smallSample') : t(`journeyMap.performance.${performance}`)}
      </span>
    </Link>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/error-message';
import { LoadingState } from '../../components/loading';
import {
  compareResults,
  formatDelta,
  formatInterval,
  formatMetric,
  KEY_METRICS,
  lastDays,
  type TMetric,
  type TMetricGroup,
  useMetric,
  useResponseRates,
} from './insights.api';

/** The periods, as of today (recomputed on each render, so a page left open overnight moves on). */
function periods() {
  return { current: lastDays(30), previous: lastDays(30, -30), spark: lastDays(90) };
}

/** The workspace's key metrics for the last 30 days, with their change and a weekly sparkline. */
export function KeyMetrics() {
  const { t } = useTranslation();
  return (
    <div className="stack" data-testid="key-metrics">
      <section className="card" aria-labelledby="key-metrics-title">
        <h2 id="key-metrics-title" className="section-title">
          {t('insights.overview.title')}
        </h2>
        <p className="muted">{t('insights.overview.lead')}</p>
        <ul className="metric-cards">
          {KEY_METRICS.map((metric) => (
            <li key={metric}>
              <MetricCard metric={metric} />
            </li>
          ))}
        </ul>
      </section>
      <ResponseRates />
    </div>
  );
}

function MetricCard({ metric }: { metric: TMetric }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const period = periods();
  const current = useMetric({ metric, ...period.current });
  const previous = useMetric({ metric, ...period.previous });
  const weekly = useMetric({ metric, ...period.spark, groupBy: 'week' });
  const name = t(`insights.metrics.${metric}`);
  const change = compareResults(metric, previous.data, current.data);

  let body: React.ReactNode;
  if (current.isPending) body = <LoadingState />;
  else if (current.error) body = <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  else if (current.data.n === 0) body = <p className="muted">{t('insights.overview.noAnswers')}</p>;
  else {
    const data = current.data;
    body = (
      <>
        <p className="metric-value">
          <span data-testid="metric-value">{formatMetric(metric, data.value, locale)}</span>
          {metric === 'ces' && data.agreePercent !== undefined && (
            <span className="metric-aside">
              {t('insights.overview.agree', { value: formatMetric('csat', data.agreePercent, locale) })}
            </span>
          )}
        </p>
        <p className="metric-meta">
          <span data-testid="metric-n">{t('insights.n', { count: data.n })}</span>
          <span>{t('insights.ci', { interval: formatInterval(metric, data.ci95, locale) })}</span>
        </p>
        {data.smallSample && (
          <p className="badge badge-warning" title={t('insights.smallSampleHint', { floor: 30 })}>
            {t('insights.smallSample')}
          </p>
        )}
        {change ? (
          <p
            className={`metric-change ${change.significant ? (change.delta > 0 ? 'is-up' : 'is-down') : ''}`}
            title={t('insights.changeTitle', {
              test: change.test,
              p: change.pValue.toFixed(3),
            })}
            data-testid="metric-change"
          >
            <span aria-hidden="true">{change.delta > 0 ? '▲' : change.delta < 0 ? '▼' : '■'}</span>{' '}
            {t('insights.overview.change', { delta: formatDelta(metric, change.delta, locale) })}
            {change.significant ? (
              <span className="badge badge-info">{t('insights.significant')}</span>
            ) : (
              <span className="visually-hidden">{t('insights.notSignificant')}</span>
            )}
          </p>
        ) : (
          <p className="metric-change muted">{t('insights.overview.noPrevious')}</p>
        )}
        {weekly.data && <Sparkline metric={metric} groups={weekly.data.groups} label={name} />}
      </>
    );
  }

  return (
    <article
      className="metric-card"
      data-testid={`metric-card-${metric}`}
      aria-labelledby={`metric-${metric}`}
    >
      <h3 id={`metric-${metric}`} className="metric-name">
        <Link to={`/insights/trend?metric=${metric}`}>{name}</Link>
      </h3>
      {body}
    </article>
  );
}

/** A tiny weekly line, for the shape only: the trend view has the chart with its numbers. */
function Sparkline({ metric, groups, label }: { metric: TMetric; groups: TMetricGroup[]; label: string }) {
  const { t } = useTranslation();
  const points = groups.filter((group) => group.value !== null && group.n > 0);
  if (points.length < 2) return null;
  const values = points.map((group) => group.value as number);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const width = 160;
  const height = 36;
  const path = values
    .map((value, index) => {
      const x = (index / (values.length - 1)) * width;
      const y = height - 2 - ((value - min) / span) * (height - 4);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('insights.overview.sparkline', { metric: label, weeks: points.length })}
      data-metric={metric}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

function ResponseRates() {
  const { t, i18n } = useTranslation();
  const rates = useResponseRates({ ...periods().current, groupBy: 'channel' });
  const percent = (value: number | null) =>
    value === null
      ? '–'
      : `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(value)}%`;
  return (
    <section className="card" aria-labelledby="response-rates-title" data-testid="response-rates">
      <h2 id="response-rates-title" className="section-title">
        {t('insights.rates.title')}
      </h2>
      <p className="muted">{t('insights.rates.lead')}</p>
      {rates.isPending ? (
        <LoadingState />
      ) : rates.error ? (
        <ErrorState error={rates.error} onRetry={() => void rates.refetch()} />
      ) : rates.data.length === 0 ? (
        <p className="muted">{t('insights.rates.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('insights.rates.channel')}</th>
                <th scope="col" className="num">
                  {t('insights.rates.displays')}
                </th>
                <th scope="col" className="num">
                  {t('insights.rates.started')}
                </th>
                <th scope="col" className="num">
                  {t('insights.rates.finished')}
                </th>
                <th scope="col" className="num">
                  {t('insights.rates.responseRate')}
                </th>
                <th scope="col" className="num">
                  {t('insights.rates.completionRate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rates.data.map((group) => (
                <tr key={group.key}>
                  <th scope="row" className="row-head">
                    {t(`channels.${group.key}`, { defaultValue: group.label ?? group.key })}
                  </th>
                  <td className="num">{group.displays}</td>
                  <td className="num">{group.started}</td>
                  <td className="num">{group.finished}</td>
                  <td className="num">{percent(group.responseRate)}</td>
                  <td className="num">{percent(group.completionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

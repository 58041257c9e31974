import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-message';
import { LoadingState } from '../../components/loading';
import { lastDays } from '../insights/insights.api';
import { type TInboxMetrics, useInboxMetrics } from './inbox.api';
import { formatDuration, formatPercent, formatPercentInterval } from './inbox-format';

/** The inbox's own figures for the last 30 days, each with its n and (where it has one) its 95% CI. */
export function InboxMetricsStrip() {
  const { t } = useTranslation();
  const metrics = useInboxMetrics(lastDays(30));
  return (
    <section className="card inbox-metrics" aria-labelledby="inbox-metrics-title" data-testid="inbox-metrics">
      <h2 id="inbox-metrics-title" className="section-title">
        {t('inbox.metrics.title')}
      </h2>
      {metrics.isPending ? (
        <LoadingState />
      ) : metrics.error ? (
        <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />
      ) : (
        <MetricTiles data={metrics.data} />
      )}
    </section>
  );
}

function MetricTiles({ data }: { data: TInboxMetrics }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const topReasons = [...(data.handover?.reasons ?? [])].sort((a, b) => b.count - a.count).slice(0, 3);
  return (
    <ul className="metric-cards inbox-metric-cards">
      <li>
        <Tile
          id="containment"
          name={t('inbox.metrics.containment')}
          value={formatPercent(data.containment?.rate, locale)}
          n={data.containment?.n ?? 0}
          ci={formatPercentInterval(data.containment?.ci, locale)}
          aside={t('inbox.metrics.containmentSplit', {
            confirmed: data.containment?.confirmed ?? 0,
            assumed: data.containment?.assumed ?? 0,
            cameBack: data.containment?.cameBack ?? 0,
          })}
        />
      </li>
      <li>
        <Tile
          id="handover"
          name={t('inbox.metrics.handover')}
          value={formatPercent(data.handover?.rate, locale)}
          n={data.handover?.n ?? 0}
          ci={formatPercentInterval(data.handover?.ci, locale)}
          aside={
            topReasons.length > 0 ? (
              <span data-testid="handover-reasons">
                {topReasons
                  .map((reason) => `${t(`inbox.reasons.${reason.reason}`, reason.reason)} ${reason.count}`)
                  .join(' · ')}
              </span>
            ) : null
          }
        />
      </li>
      <li>
        <Tile
          id="first-response"
          name={t('inbox.metrics.firstResponse')}
          value={formatDuration(data.firstResponse?.p50Seconds, t)}
          n={data.firstResponse?.n ?? 0}
          aside={
            data.firstResponse?.p90Seconds != null
              ? t('inbox.metrics.p90', { value: formatDuration(data.firstResponse.p90Seconds, t) })
              : null
          }
        />
      </li>
      <li>
        <Tile
          id="csat"
          name={t('inbox.metrics.csat')}
          value={formatPercent(data.csat?.value, locale)}
          n={data.csat?.n ?? 0}
          ci={formatPercentInterval(data.csat?.ci, locale)}
        />
      </li>
    </ul>
  );
}

interface TileProps {
  id: string;
  name: string;
  value: string;
  n: number;
  ci?: string | null;
  aside?: ReactNode;
}

/** One figure in the shape of the insights metric cards: the value, its n and its interval. */
function Tile({ id, name, value, n, ci, aside }: TileProps) {
  const { t } = useTranslation();
  return (
    <article
      className="metric-card"
      aria-labelledby={`inbox-metric-${id}`}
      data-testid={`inbox-metric-${id}`}
    >
      <h3 id={`inbox-metric-${id}`} className="metric-name">
        {name}
      </h3>
      {n === 0 ? (
        <p className="muted">{t('inbox.metrics.noData')}</p>
      ) : (
        <>
          <p className="metric-value">
            <span data-testid="metric-value">{value}</span>
          </p>
          <p className="metric-meta">
            <span data-testid="metric-n">{t('insights.n', { count: n })}</span>
            {ci && <span>{t('insights.ci', { interval: ci })}</span>}
          </p>
          {n < 30 && (
            <p className="badge badge-warning" title={t('insights.smallSampleHint', { floor: 30 })}>
              {t('insights.smallSample')}
            </p>
          )}
          {aside && <p className="metric-change">{aside}</p>}
        </>
      )}
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-message';
import { LoadingState } from '../../../components/loading';
import { formatMetric } from '../insights.api';
import { useFormatPeriod } from '../trend-page';
import { CommentCard } from './comment-card';
import { type TPainMetric, type TPainPoint, usePainPoints } from './text.api';
import { TrendSparkline } from './text-charts';
import { oneOf, TextFilters, useTextFilterValues } from './text-filters';
import { explorerLink, formatCount, formatSigned } from './text-format';
import { TextPageFrame } from './text-page-frame';

const DEFAULT_DAYS = 90;
const METRICS: readonly TPainMetric[] = ['nps', 'csat'];

export function PainPointsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const filters = useTextFilterValues(DEFAULT_DAYS);
  const metric = oneOf(filters.get('metric') || null, METRICS, 'nps');
  const { lang: _unused, ...query } = filters.query;
  const painPoints = usePainPoints({ ...query, metric });
  const items = painPoints.data?.items ?? [];
  const metricName = t(`insights.metrics.${metric}`);

  return (
    <TextPageFrame testId="pain-points-page">
      <TextFilters
        titleId="pain-filters-title"
        show={['period', 'survey', 'touchpoint']}
        defaultDays={DEFAULT_DAYS}
      />
      <section className="card" aria-labelledby="pain-points-title">
        <div className="chart-header">
          <h2 id="pain-points-title" className="section-title">
            {t('insights.text.pain.title', { metric: metricName })}
          </h2>
          {/* biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field set. */}
          <div className="segmented" role="group" aria-label={t('insights.metric')}>
            {METRICS.map((choice) => (
              <button
                key={choice}
                type="button"
                className={`btn btn-small ${metric === choice ? 'btn-primary' : 'btn-secondary'}`}
                aria-pressed={metric === choice}
                onClick={() => filters.set({ metric: choice === 'nps' ? '' : choice })}
                data-testid={`pain-metric-${choice}`}
              >
                {t(`insights.metrics.${choice}`)}
              </button>
            ))}
          </div>
        </div>
        <p className="muted" data-testid="impact-explainer">
          {t(`insights.text.pain.impactExplained.${metric}`)}
        </p>
        {painPoints.isPending ? (
          <LoadingState />
        ) : painPoints.error ? (
          <ErrorState error={painPoints.error} onRetry={() => void painPoints.refetch()} />
        ) : (
          <>
            <p className="metric-meta" data-testid="pain-overall">
              <span>
                {t('insights.text.pain.overall', {
                  metric: metricName,
                  value: formatMetric(metric, painPoints.data.overall.value, locale),
                })}
              </span>
              <span>{t('insights.n', { count: painPoints.data.overall.n })}</span>
            </p>
            {items.length === 0 ? (
              <EmptyState title={t('insights.text.pain.empty')} testId="pain-points-empty">
                <p>{t('insights.text.pain.emptyHint', { metric: metricName })}</p>
              </EmptyState>
            ) : (
              <ol className="pain-list" data-testid="pain-points">
                {items.map((item, index) => (
                  <li key={item.topicId}>
                    <PainPointCard
                      item={item}
                      rank={index + 1}
                      metric={metric}
                      explorer={explorerLink({
                        topicId: item.topicId,
                        from: filters.from,
                        to: filters.lastDay,
                        surveyId: query.surveyId,
                        touchpointId: query.touchpointId,
                      })}
                    />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </section>
    </TextPageFrame>
  );
}

function PainPointCard({
  item,
  rank,
  metric,
  explorer,
}: {
  item: TPainPoint;
  rank: number;
  metric: TPainMetric;
  explorer: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const formatPeriod = useFormatPeriod();
  const headingId = `pain-${item.topicId}`;
  const unit = t(`insights.text.pain.unit.${metric}`);
  return (
    <article
      className="pain-card"
      aria-labelledby={headingId}
      data-testid="pain-point"
      data-topic={item.name}
    >
      <div className="pain-head">
        <span className="pain-rank" aria-hidden="true">
          {rank}
        </span>
        <h3 id={headingId} className="pain-name">
          <span className="visually-hidden">{t('insights.text.pain.rank', { rank })} </span>
          <Link to={explorer}>{item.name}</Link>
        </h3>
        <p className={`pain-impact${item.impact > 0 ? '' : ' is-none'}`} data-testid="pain-impact">
          <strong>
            {formatSigned(item.impact, locale, 1)} {unit}
          </strong>
          <span className="muted">{t('insights.text.pain.impact')}</span>
        </p>
      </div>
      <dl className="pain-figures">
        <div>
          <dt>{t('insights.text.pain.mentions')}</dt>
          <dd>{formatCount(item.n, locale)}</dd>
        </div>
        <div>
          <dt>{t('insights.text.pain.with', { metric: t(`insights.metrics.${metric}`) })}</dt>
          <dd>{formatMetric(metric, item.valueWith, locale)}</dd>
        </div>
        <div>
          <dt>{t('insights.text.pain.without', { metric: t(`insights.metrics.${metric}`) })}</dt>
          <dd>{formatMetric(metric, item.valueWithout, locale)}</dd>
        </div>
        <div>
          <dt>{t('insights.text.pain.trend')}</dt>
          <dd>
            <TrendSparkline
              values={item.trend.map((point) => point.n)}
              label={t('insights.text.topics.trendLabel', {
                name: item.name,
                from: item.trend[0] ? formatPeriod(item.trend[0].period, 'day') : '',
                counts: item.trend.map((point) => point.n).join(', '),
              })}
            />
          </dd>
        </div>
      </dl>
      {item.examples.length > 0 && (
        <div className="pain-examples">
          <h4 className="pain-examples-title">{t('insights.text.examplesTitle')}</h4>
          <ul className="comment-list">
            {item.examples.slice(0, 3).map((comment) => (
              <li key={`${comment.itemKind}:${comment.itemId}:${comment.field}`}>
                <CommentCard comment={comment} isCompact />
              </li>
            ))}
          </ul>
        </div>
      )}
      <Link to={explorer} className="pain-more">
        {t('insights.text.pain.readAll', { name: item.name })}
      </Link>
    </article>
  );
}

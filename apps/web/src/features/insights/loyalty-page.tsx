import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { useSetSearchParam } from '../../components/filter-bar';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { EChart, type EChartHandle, type TChartOption } from './echart';
import { addDays, formatInterval, formatMetric, lastDays, NO_TOUCHPOINT, NO_VALUE_KEY } from './insights.api';
import { InsightsTabs } from './insights-tabs';
import { type TLoyaltyGrouping, type TLoyaltyRow, useLoyalty } from './loyalty.api';

const GROUPINGS: readonly TLoyaltyGrouping[] = ['touchpoint', 'segment'];
const DEFAULT_RANGE = lastDays(90);
const BRAND = '#0d9488';
const ALERT = '#b42318';
const MUTED = '#9aa3af';

/**
 * Loyalty vs satisfaction: per touchpoint or segment, CSAT next to NPS and next to retention and spend.
 * Satisfied customers are not necessarily loyal ones; the rows where the two disagree are highlighted.
 */
export function LoyaltyPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [params] = useSearchParams();
  const by: TLoyaltyGrouping = params.get('by') === 'segment' ? 'segment' : 'touchpoint';
  const view = params.get('view') === 'table' ? 'table' : 'chart';
  const from = params.get('from') || DEFAULT_RANGE.from;
  const lastDay = params.get('to') || addDays(DEFAULT_RANGE.to, -1);
  const set = useSetSearchParam();
  const loyalty = useLoyalty({ by, from, to: addDays(lastDay, 1) });
  const rows = loyalty.data?.rows ?? [];
  const labelOf = (row: TLoyaltyRow) => {
    if (row.label) return row.label;
    return row.key === NO_TOUCHPOINT ? t('insights.noTouchpoint') : t('insights.breakdown.none');
  };
  const title = t(`insights.loyalty.title.${by}`);
  const disagreeing = rows.filter((row) => row.disagreement);

  return (
    <div className="page page-wide" data-testid="loyalty-page">
      <PageHeader title={t('nav.insights')} description={t('insights.lead')} />
      <InsightsTabs />
      <section className="card" aria-labelledby="loyalty-filters-title">
        <h2 id="loyalty-filters-title" className="visually-hidden">
          {t('insights.filters')}
        </h2>
        <search className="filters" aria-labelledby="loyalty-filters-title">
          <SelectField
            label={t('insights.loyalty.by')}
            value={by}
            onChange={(event) => set('by', event.target.value === 'touchpoint' ? '' : event.target.value)}
            data-testid="loyalty-by"
          >
            {GROUPINGS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`insights.loyalty.groupings.${choice}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            type="date"
            label={t('insights.from')}
            value={from}
            max={lastDay}
            onChange={(event) => set('from', event.target.value)}
          />
          <TextField
            type="date"
            label={t('insights.to')}
            value={lastDay}
            min={from}
            onChange={(event) => set('to', event.target.value)}
          />
        </search>
      </section>

      <section className="card" aria-labelledby="loyalty-title">
        <div className="chart-header">
          <h2 id="loyalty-title" className="section-title" data-testid="loyalty-title">
            {title}
          </h2>
          {/* biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field set. */}
          <div className="segmented" role="group" aria-label={t('insights.view.label')}>
            {(['chart', 'table'] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                className={`btn btn-small ${view === choice ? 'btn-primary' : 'btn-secondary'}`}
                aria-pressed={view === choice}
                onClick={() => set('view', choice === 'chart' ? '' : choice)}
                data-testid={`loyalty-view-${choice}`}
              >
                {t(`insights.view.${choice}`)}
              </button>
            ))}
          </div>
        </div>
        <p className="muted">{t('insights.loyalty.lead')}</p>
        {loyalty.isPending ? (
          <LoadingState />
        ) : loyalty.error ? (
          <ErrorState error={loyalty.error} onRetry={() => void loyalty.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState title={t('insights.empty')} testId="loyalty-empty">
            <p>{t('insights.emptyHint')}</p>
          </EmptyState>
        ) : (
          <>
            {disagreeing.length > 0 && (
              <div className="alert alert-warning" role="note" data-testid="loyalty-disagreement-note">
                <p>
                  <strong>{t('insights.loyalty.disagreementTitle')}</strong>{' '}
                  {t('insights.loyalty.disagreementBody', {
                    groups: disagreeing.map(labelOf).join(', '),
                  })}
                </p>
              </div>
            )}
            {view === 'chart' ? (
              <LoyaltyChart rows={rows} labelOf={labelOf} title={title} />
            ) : (
              <LoyaltyTable rows={rows} labelOf={labelOf} title={title} locale={locale} />
            )}
            <p className="muted chart-note">
              {t('insights.loyalty.rule', {
                retention: loyalty.data.retentionAttribute,
                spend: loyalty.data.spendAttribute,
              })}
            </p>
          </>
        )}
      </section>
    </div>
  );
}

function LoyaltyChart({
  rows,
  labelOf,
  title,
}: {
  rows: TLoyaltyRow[];
  labelOf: (row: TLoyaltyRow) => string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const chartRef = useRef<EChartHandle>(null);
  // A group needs both figures to sit on the plane; the table shows the others.
  const plotted = rows.filter((row) => row.csat.value !== null && row.nps.value !== null);
  const maxN = Math.max(1, ...plotted.map((row) => Math.min(row.nps.n, row.csat.n)));
  const option: TChartOption = {
    animation: false,
    grid: { left: 64, right: 32, top: 32, bottom: 56 },
    tooltip: {
      trigger: 'item',
      formatter: (raw: unknown) => {
        const row = plotted[(raw as { dataIndex: number }).dataIndex];
        if (!row) return '';
        return [
          `<strong>${labelOf(row)}</strong>`,
          `${t('insights.metrics.csat')}: ${formatMetric('csat', row.csat.value, locale)} (${t('insights.n', { count: row.csat.n })})`,
          `${t('insights.metrics.nps')}: ${formatMetric('nps', row.nps.value, locale)} (${t('insights.n', { count: row.nps.n })})`,
          ...(row.disagreement ? [t('insights.loyalty.disagreementShort')] : []),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: t('insights.axis.csat'),
      nameLocation: 'middle',
      nameGap: 32,
      min: 0,
      max: 100,
    },
    yAxis: { type: 'value', name: t('insights.axis.nps'), min: -100, max: 100 },
    series: [
      {
        type: 'scatter',
        name: title,
        // Bubble area grows with the smaller of the two samples: a big bubble is a figure to trust.
        symbolSize: (value: number[]) => 12 + 36 * Math.sqrt((value[2] ?? 0) / maxN),
        data: plotted.map((row) => ({
          value: [row.csat.value as number, row.nps.value as number, Math.min(row.nps.n, row.csat.n)],
          name: labelOf(row),
          itemStyle: {
            color: row.disagreement ? ALERT : row.nps.smallSample || row.csat.smallSample ? MUTED : BRAND,
            opacity: 0.75,
          },
        })),
        label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
        markArea: {
          silent: true,
          itemStyle: { color: ALERT, opacity: 0.06 },
          data: [
            // Where the rule flags disagreement: satisfied but not loyal, loyal but not satisfied.
            [{ coord: [80, -100] }, { coord: [100, 0] }],
            [{ coord: [0, 30] }, { coord: [60, 100] }],
          ],
        },
      },
    ],
  };
  const download = () => {
    const url = chartRef.current?.toPng();
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.png`;
    link.click();
  };
  return (
    <div className="chart-block">
      <EChart
        ref={chartRef}
        option={option}
        label={t('insights.chart.label', { title })}
        testId="loyalty-chart"
      />
      <div className="chart-actions">
        <button type="button" className="btn btn-secondary btn-small" onClick={download}>
          <Icon name="download" size={16} />
          {t('insights.chart.png')}
        </button>
      </div>
    </div>
  );
}

function LoyaltyTable({
  rows,
  labelOf,
  title,
  locale,
}: {
  rows: TLoyaltyRow[];
  labelOf: (row: TLoyaltyRow) => string;
  title: string;
  locale: string;
}) {
  const { t } = useTranslation();
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <div className="table-wrap">
      <table className="table loyalty-table" data-testid="loyalty-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insights.loyalty.group')}</th>
            <th scope="col" className="num">
              {t('insights.metrics.csat')}
            </th>
            <th scope="col" className="num">
              {t('insights.metrics.nps')}
            </th>
            <th scope="col" className="num">
              {t('insights.loyalty.retention')}
            </th>
            <th scope="col" className="num">
              {t('insights.loyalty.spend')}
            </th>
            <th scope="col">{t('insights.loyalty.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-testid="loyalty-row"
              data-key={row.key === NO_VALUE_KEY ? 'none' : row.key}
              data-disagreement={row.disagreement ? 'true' : 'false'}
              className={row.disagreement ? 'row-alert' : undefined}
            >
              <th scope="row" className="row-head">
                {labelOf(row)}
              </th>
              <td className="num" title={formatInterval('csat', row.csat.ci95, locale)}>
                {formatMetric('csat', row.csat.value, locale)}
                <span className="muted"> · {t('insights.n', { count: row.csat.n })}</span>
                {row.csat.smallSample && row.csat.n > 0 && (
                  <span className="badge badge-warning" title={t('insights.smallSampleHint', { floor: 30 })}>
                    {t('insights.smallSampleShort')}
                  </span>
                )}
              </td>
              <td className="num" title={formatInterval('nps', row.nps.ci95, locale)}>
                {formatMetric('nps', row.nps.value, locale)}
                <span className="muted"> · {t('insights.n', { count: row.nps.n })}</span>
                {row.nps.smallSample && row.nps.n > 0 && (
                  <span className="badge badge-warning" title={t('insights.smallSampleHint', { floor: 30 })}>
                    {t('insights.smallSampleShort')}
                  </span>
                )}
              </td>
              <td className="num">
                {row.retention ? `${whole.format(row.retention.value)}%` : '–'}
                {row.retention && (
                  <span className="muted"> · {t('insights.n', { count: row.retention.n })}</span>
                )}
              </td>
              <td className="num">
                {row.spend ? whole.format(row.spend.mean) : '–'}
                {row.spend && <span className="muted"> · {t('insights.n', { count: row.spend.n })}</span>}
              </td>
              <td>
                {row.disagreement ? (
                  <span className="badge badge-danger" data-testid="loyalty-disagreement">
                    {t(
                      (row.csat.value ?? 0) >= 80
                        ? 'insights.loyalty.satisfiedNotLoyal'
                        : 'insights.loyalty.loyalNotSatisfied',
                    )}
                  </span>
                ) : row.csat.value === null || row.nps.value === null ? (
                  <span className="muted">{t('insights.loyalty.oneSided')}</span>
                ) : (
                  <span className="muted">{t('insights.loyalty.agree')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

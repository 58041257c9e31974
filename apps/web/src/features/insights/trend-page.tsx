import type { TAnnotation } from '@touchpoint/schemas/browser';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { useSetSearchParam } from '../../components/filter-bar';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useCan } from '../auth/auth.api';
import { useTouchpoints } from '../journeys/journeys.api';
import { TouchpointSelect } from '../journeys/touchpoint-select';
import { languageName } from '../surveys/survey-draft';
import { EChart, type EChartHandle, type TChartOption } from './echart';
import {
  addDays,
  formatDelta,
  formatInterval,
  formatMetric,
  groupDays,
  lastDays,
  metricRange,
  NO_TOUCHPOINT,
  NO_VALUE_KEY,
  type TBreakdown,
  type TMetric,
  type TMetricGroup,
  type TTimeGrouping,
  useMetric,
  utcDay,
} from './insights.api';
import { InsightsTabs } from './insights-tabs';
import { useAnnotations, useCreateAnnotation, useDeleteAnnotation } from './loyalty.api';

const METRIC_CHOICES: readonly TMetric[] = ['nps', 'csat', 'ces', 'rating'];
const GROUPINGS: readonly TTimeGrouping[] = ['day', 'week', 'month'];
const BREAKDOWNS: readonly TBreakdown[] = ['touchpoint', 'channel', 'language', 'segment', 'account'];
const DEFAULT_RANGE = lastDays(90);

/** The time group (day, Monday of the ISO week, or month) an annotation's day falls in. */
function groupKeyOf(day: string, grouping: TTimeGrouping): string {
  if (grouping === 'day') return day;
  if (grouping === 'month') return day.slice(0, 7);
  const date = new Date(`${day}T00:00:00Z`);
  return addDays(day, -((date.getUTCDay() + 6) % 7));
}

/** Annotation texts by time group key. */
function annotationsByGroup(annotations: readonly TAnnotation[], grouping: TTimeGrouping) {
  const byKey = new Map<string, TAnnotation[]>();
  for (const annotation of annotations) {
    const key = groupKeyOf(annotation.day, grouping);
    byKey.set(key, [...(byKey.get(key) ?? []), annotation]);
  }
  return byKey;
}

function oneOf<T extends string>(value: string | null, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** The Responses page, filtered to a period (days inclusive there) and, when known, a touchpoint. */
export function responsesLink(filters: {
  touchpointId?: string;
  from: string;
  to: string;
  npsBand?: string;
  language?: string;
  surveyId?: string;
}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return `/responses?${params.toString()}`;
}

export function TrendPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const metric = oneOf(params.get('metric'), METRIC_CHOICES, 'nps');
  const grouping = oneOf(params.get('groupBy'), GROUPINGS, 'week');
  const view = params.get('view') === 'table' ? 'table' : 'chart';
  const breakdown = oneOf(params.get('breakdown'), BREAKDOWNS, 'touchpoint');
  const touchpointId = params.get('touchpointId') ?? '';
  const from = params.get('from') || DEFAULT_RANGE.from;
  // The page shows the last day inclusive; the API wants the day after it.
  const lastDay = params.get('to') || addDays(DEFAULT_RANGE.to, -1);
  const to = addDays(lastDay, 1);
  const set = useSetSearchParam();

  const touchpoints = useTouchpoints();
  const touchpoint = touchpoints.data?.find((row) => row.id === touchpointId);
  const series = useMetric({ metric, touchpointId: touchpointId || undefined, from, to, groupBy: grouping });
  const annotations = useAnnotations({ from, to, touchpointId: touchpointId || undefined });
  const metricName = t(`insights.metrics.${metric}`);
  const title = touchpoint
    ? t(`insights.trend.titleFor.${grouping}`, { metric: metricName, touchpoint: touchpoint.name })
    : t(`insights.trend.title.${grouping}`, { metric: metricName });

  const drillDown = (group: TMetricGroup, npsBand?: string) => {
    const days = groupDays(group.key, grouping);
    return responsesLink({
      touchpointId: touchpointId || undefined,
      from: days.first,
      to: days.last,
      npsBand,
    });
  };

  return (
    <div className="page page-wide" data-testid="trend-page">
      <PageHeader title={t('nav.insights')} description={t('insights.lead')} />
      <InsightsTabs />
      <section className="card" aria-labelledby="trend-filters-title">
        <h2 id="trend-filters-title" className="visually-hidden">
          {t('insights.filters')}
        </h2>
        <search className="filters" aria-labelledby="trend-filters-title">
          <SelectField
            label={t('insights.metric')}
            value={metric}
            onChange={(event) => set('metric', event.target.value)}
            data-testid="trend-metric"
          >
            {METRIC_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`insights.metrics.${choice}`)}
              </option>
            ))}
          </SelectField>
          <TouchpointSelect
            label={t('insights.touchpoint')}
            touchpoints={touchpoints.data ?? []}
            value={touchpointId || null}
            onChange={(id) => set('touchpointId', id ?? '')}
            emptyLabel={t('insights.allTouchpoints')}
          />
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
          <SelectField
            label={t('insights.grouping')}
            value={grouping}
            onChange={(event) => set('groupBy', event.target.value)}
            data-testid="trend-grouping"
          >
            {GROUPINGS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`insights.groupings.${choice}`)}
              </option>
            ))}
          </SelectField>
        </search>
      </section>

      <section className="card" aria-labelledby="trend-title">
        <div className="chart-header">
          <h2 id="trend-title" className="section-title" data-testid="trend-title">
            {title}
          </h2>
          <ViewToggle view={view} onChange={(next) => set('view', next === 'chart' ? '' : next)} />
        </div>
        {series.isPending ? (
          <LoadingState />
        ) : series.error ? (
          <ErrorState error={series.error} onRetry={() => void series.refetch()} />
        ) : series.data.n === 0 ? (
          <EmptyState title={t('insights.empty')} testId="trend-empty">
            <p>{t('insights.emptyHint')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="metric-meta">
              <span>
                {t('insights.trend.overall', { value: formatMetric(metric, series.data.value, locale) })}
              </span>
              <span data-testid="trend-n">{t('insights.n', { count: series.data.n })}</span>
              <span>{t('insights.ci', { interval: formatInterval(metric, series.data.ci95, locale) })}</span>
            </p>
            {view === 'chart' ? (
              <TrendChart
                metric={metric}
                grouping={grouping}
                groups={series.data.groups}
                annotations={annotations.data ?? []}
                title={title}
                onPointClick={(group) => void navigate(drillDown(group))}
              />
            ) : (
              <TrendTable
                metric={metric}
                grouping={grouping}
                groups={series.data.groups}
                annotations={annotations.data ?? []}
                title={title}
                drillDown={drillDown}
              />
            )}
            <p className="muted chart-note">{t('insights.trend.drillHint')}</p>
          </>
        )}
      </section>

      <AnnotationsCard
        annotations={annotations.data ?? []}
        touchpointId={touchpointId}
        touchpointName={touchpoint?.name ?? null}
        touchpointNames={new Map((touchpoints.data ?? []).map((row) => [row.id, row.name]))}
      />

      <Breakdowns
        metric={metric}
        breakdown={breakdown}
        onBreakdown={(next) => set('breakdown', next === 'touchpoint' ? '' : next)}
        from={from}
        to={to}
        lastDay={lastDay}
        touchpointId={touchpointId}
      />
    </div>
  );
}

function ViewToggle({
  view,
  onChange,
  testIdPrefix = 'view',
}: {
  view: 'chart' | 'table';
  onChange: (view: 'chart' | 'table') => void;
  testIdPrefix?: string;
}) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field set.
    <div className="segmented" role="group" aria-label={t('insights.view.label')}>
      {(['chart', 'table'] as const).map((choice) => (
        <button
          key={choice}
          type="button"
          className={`btn btn-small ${view === choice ? 'btn-primary' : 'btn-secondary'}`}
          aria-pressed={view === choice}
          onClick={() => onChange(choice)}
          data-testid={`${testIdPrefix}-${choice}`}
        >
          {t(`insights.view.${choice}`)}
        </button>
      ))}
    </div>
  );
}

/** A group key as people read it: a date, the week starting on a date, or a month. */
export function useFormatPeriod() {
  const { i18n } = useTranslation();
  return (key: string, grouping: TTimeGrouping) => {
    const date = new Date(grouping === 'month' ? `${key}-01T00:00:00Z` : `${key}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return key;
    return new Intl.DateTimeFormat(i18n.language, {
      timeZone: 'UTC',
      ...(grouping === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' }),
    }).format(date);
  };
}

function downloadPng(chart: EChartHandle | null, name: string) {
  const url = chart?.toPng();
  if (!url) return;
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.png`;
  link.click();
}

const BRAND = '#0d9488';
const MUTED = '#9aa3af';
const UP = '#067647';
const DOWN = '#b42318';
const EVENT = '#6941c6';

function TrendChart({
  metric,
  grouping,
  groups,
  annotations,
  title,
  onPointClick,
}: {
  metric: TMetric;
  grouping: TTimeGrouping;
  groups: TMetricGroup[];
  annotations: TAnnotation[];
  title: string;
  onPointClick: (group: TMetricGroup) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const chartRef = useRef<EChartHandle>(null);
  const formatPeriod = useFormatPeriod();
  const option = useMemo<TChartOption>(() => {
    const labels = groups.map((group) => formatPeriod(group.key, grouping));
    const range = metricRange(metric);
    const lower = groups.map((group) => group.ci95?.[0] ?? '-');
    const band = groups.map((group) => (group.ci95 ? group.ci95[1] - group.ci95[0] : '-'));
    const marks = groups.flatMap((group, index) =>
      group.changeVsPrevious?.significant && group.value !== null
        ? [
            {
              name: t('insights.significant'),
              coord: [index, group.value],
              value: Number(
                group.changeVsPrevious.delta.toFixed(metric === 'nps' || metric === 'csat' ? 0 : 1),
              ),
              itemStyle: { color: group.changeVsPrevious.delta > 0 ? UP : DOWN },
            },
          ]
        : [],
    );
    // Events people marked on the timeline: a dashed vertical line at their period, with their text.
    const byGroup = annotationsByGroup(annotations, grouping);
    const eventLines = groups.flatMap((group, index) => {
      const events = byGroup.get(group.key);
      return events ? [{ xAxis: index, name: events.map((event) => event.text).join(' · ') }] : [];
    });
    return {
      animation: false,
      grid: { left: 56, right: 24, top: eventLines.length > 0 ? 48 : 32, bottom: 56 },
      tooltip: {
        trigger: 'axis',
        formatter: (raw: unknown) => {
          const items = Array.isArray(raw) ? raw : [raw];
          const index = (items[0] as { dataIndex: number }).dataIndex;
          const group = groups[index];
          if (!group) return '';
          const lines = [
            `<strong>${labels[index]}</strong>`,
            `${t(`insights.metrics.${metric}`)}: ${formatMetric(metric, group.value, locale)}`,
            t('insights.n', { count: group.n }),
            t('insights.ci', { interval: formatInterval(metric, group.ci95, locale) }),
          ];
          if (group.smallSample) lines.push(t('insights.smallSample'));
          if (group.changeVsPrevious?.significant)
            lines.push(
              t('insights.trend.significantChange', {
                delta: formatDelta(metric, group.changeVsPrevious.delta, locale),
                test: group.changeVsPrevious.test,
              }),
            );
          return lines.join('<br/>');
        },
      },
      legend: {
        bottom: 0,
        data: [t(`insights.metrics.${metric}`), t('insights.chart.ciBand'), t('insights.smallSample')],
      },
      xAxis: {
        type: 'category',
        data: labels,
        name: t(`insights.groupings.${grouping}`),
        nameLocation: 'middle',
        nameGap: 28,
        boundaryGap: false,
      },
      yAxis: {
        type: 'value',
        name: t(`insights.axis.${metric}`),
        ...(range ? { min: range.min, max: range.max } : { scale: true }),
      },
      series: [
        {
          name: t('insights.chart.ciLower'),
          type: 'line',
          data: lower,
          stack: 'ci',
          // NPS bands go below zero: stack the width on the lower bound whatever their signs.
          stackStrategy: 'all',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          tooltip: { show: false },
          silent: true,
        },
        {
          name: t('insights.chart.ciBand'),
          type: 'line',
          data: band,
          stack: 'ci',
          // NPS bands go below zero: stack the width on the lower bound whatever their signs.
          stackStrategy: 'all',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: BRAND, opacity: 0.15 },
          itemStyle: { color: BRAND, opacity: 0.3 },
          silent: true,
        },
        {
          name: t(`insights.metrics.${metric}`),
          type: 'line',
          connectNulls: true,
          symbol: 'circle',
          itemStyle: { color: BRAND },
          lineStyle: { width: 2 },
          symbolSize: 8,
          data: groups.map((group) =>
            group.smallSample
              ? {
                  value: group.value ?? '-',
                  symbol: 'emptyCircle',
                  itemStyle: { color: MUTED, borderType: 'dashed' as const },
                }
              : { value: group.value ?? '-' },
          ),
          markPoint: {
            symbol: 'pin',
            symbolSize: 36,
            label: { fontSize: 12, color: '#fff' },
            data: marks,
          },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: EVENT, type: 'dashed', width: 1.5 },
            label: { formatter: '{b}', position: 'end', color: EVENT, fontSize: 11 },
            data: eventLines,
          },
        },
        {
          // Only for the legend: says what the hollow grey points are.
          name: t('insights.smallSample'),
          type: 'scatter',
          data: [],
          symbol: 'emptyCircle',
          itemStyle: { color: MUTED },
        },
      ],
    };
  }, [groups, annotations, grouping, metric, locale, t, formatPeriod]);

  return (
    <div className="chart-block">
      <EChart
        ref={chartRef}
        option={option}
        label={t('insights.chart.label', { title })}
        onPointClick={(index) => {
          const group = groups[index];
          if (group && group.n > 0) onPointClick(group);
        }}
        testId="trend-chart"
      />
      <div className="chart-actions">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => downloadPng(chartRef.current, title)}
        >
          <Icon name="download" size={16} />
          {t('insights.chart.png')}
        </button>
      </div>
    </div>
  );
}

function TrendTable({
  metric,
  grouping,
  groups,
  annotations,
  title,
  drillDown,
}: {
  metric: TMetric;
  grouping: TTimeGrouping;
  groups: TMetricGroup[];
  annotations: TAnnotation[];
  title: string;
  drillDown: (group: TMetricGroup, npsBand?: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const formatPeriod = useFormatPeriod();
  const byGroup = annotationsByGroup(annotations, grouping);
  return (
    <div className="table-wrap">
      <table className="table table-clickable" data-testid="trend-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`insights.groupings.${grouping}`)}</th>
            <th scope="col" className="num">
              {t(`insights.metrics.${metric}`)}
            </th>
            <th scope="col" className="num">
              {t('insights.columns.n')}
            </th>
            <th scope="col">{t('insights.columns.ci')}</th>
            <th scope="col">{t('insights.columns.change')}</th>
            {metric === 'nps' && <th scope="col">{t('insights.columns.detractors')}</th>}
            <th scope="col">{t('insights.annotations.column')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const change = group.changeVsPrevious;
            return (
              <tr
                key={group.key}
                data-testid="trend-row"
                data-key={group.key}
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest('a')) return;
                  if (group.n > 0) void navigate(drillDown(group));
                }}
              >
                <th scope="row" className="row-head">
                  {group.n > 0 ? (
                    <Link to={drillDown(group)} title={t('insights.trend.openResponses')}>
                      {formatPeriod(group.key, grouping)}
                    </Link>
                  ) : (
                    formatPeriod(group.key, grouping)
                  )}
                </th>
                <td className="num">
                  {formatMetric(metric, group.value, locale)}
                  {group.smallSample && group.n > 0 && (
                    <span
                      className="badge badge-warning"
                      title={t('insights.smallSampleHint', { floor: 30 })}
                    >
                      {t('insights.smallSampleShort')}
                    </span>
                  )}
                </td>
                <td className="num">{group.n}</td>
                <td>{formatInterval(metric, group.ci95, locale)}</td>
                <td>
                  {change ? (
                    <span
                      title={t('insights.changeTitle', { test: change.test, p: change.pValue.toFixed(3) })}
                    >
                      {formatDelta(metric, change.delta, locale)}
                      {change.significant && (
                        <span className="badge badge-info">{t('insights.significant')}</span>
                      )}
                    </span>
                  ) : (
                    '–'
                  )}
                </td>
                {metric === 'nps' && (
                  <td>
                    {group.n > 0 && (
                      <Link to={drillDown(group, 'detractor')}>{t('insights.trend.readDetractors')}</Link>
                    )}
                  </td>
                )}
                <td>
                  {(byGroup.get(group.key) ?? []).map((event) => (
                    <span key={event.id} className="badge badge-info" data-testid="trend-annotation">
                      {event.text}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Breakdowns({
  metric,
  breakdown,
  onBreakdown,
  from,
  to,
  lastDay,
  touchpointId,
}: {
  metric: TMetric;
  breakdown: TBreakdown;
  onBreakdown: (breakdown: TBreakdown) => void;
  from: string;
  to: string;
  lastDay: string;
  touchpointId: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const chartRef = useRef<EChartHandle>(null);
  const result = useMetric({ metric, touchpointId: touchpointId || undefined, from, to, groupBy: breakdown });
  const groups = (result.data?.groups ?? []).filter((group) => group.n > 0);
  const labelOf = (group: TMetricGroup) => {
    if (breakdown === 'channel')
      return t(`channels.${group.key}`, { defaultValue: group.label ?? group.key });
    if (breakdown === 'language') return languageName(group.key);
    if (breakdown === 'segment' || breakdown === 'account')
      return group.key === NO_VALUE_KEY ? t('insights.breakdown.none') : (group.label ?? group.key);
    if (group.key === NO_TOUCHPOINT) return t('insights.noTouchpoint');
    return group.label ?? group.key;
  };
  const linkOf = (group: TMetricGroup): string | null => {
    // An account entity (its id is the key) has its own page.
    if (breakdown === 'account' && /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(group.key))
      return `/accounts/${group.key}`;
    // The responses list filters by neither channel nor segment or account.
    if (breakdown === 'channel' || breakdown === 'segment' || breakdown === 'account') return null;
    if (breakdown === 'language')
      return responsesLink({ language: group.key, from, to: lastDay, touchpointId });
    if (group.key === NO_TOUCHPOINT) return null;
    return responsesLink({ touchpointId: group.key, from, to: lastDay });
  };
  const title = t(`insights.breakdown.title.${breakdown}`, { metric: t(`insights.metrics.${metric}`) });
  const [params] = useSearchParams();
  const setParam = useSetSearchParam();
  const view = params.get('breakdownView') === 'table' ? 'table' : 'chart';
  const setView = (next: 'chart' | 'table') => setParam('breakdownView', next === 'table' ? 'table' : '');

  // Rebuilt on each render: cheap, and its inputs are new arrays every time anyway.
  const option: TChartOption = (() => {
    const labels = groups.map(labelOf);
    const range = metricRange(metric);
    return {
      animation: false,
      grid: { left: 56, right: 24, top: 32, bottom: 72, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (raw: unknown) => {
          const group = groups[(raw as { dataIndex: number }).dataIndex];
          if (!group) return '';
          return [
            `<strong>${labelOf(group)}</strong>`,
            `${t(`insights.metrics.${metric}`)}: ${formatMetric(metric, group.value, locale)}`,
            t('insights.n', { count: group.n }),
            t('insights.ci', { interval: formatInterval(metric, group.ci95, locale) }),
            ...(group.smallSample ? [t('insights.smallSample')] : []),
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: labels,
        name: t(`insights.breakdown.axis.${breakdown}`),
        nameLocation: 'middle',
        nameGap: 52,
        axisLabel: { interval: 0, rotate: labels.length > 4 ? 20 : 0 },
      },
      yAxis: {
        type: 'value',
        name: t(`insights.axis.${metric}`),
        ...(range ? { min: range.min, max: range.max } : { scale: true }),
      },
      series: [
        {
          type: 'bar',
          name: t(`insights.metrics.${metric}`),
          barMaxWidth: 48,
          data: groups.map((group) => ({
            value: group.value ?? '-',
            itemStyle: group.smallSample
              ? { color: '#ffffff', borderColor: MUTED, borderWidth: 2, borderType: 'dashed' as const }
              : { color: BRAND },
          })),
        },
        {
          type: 'custom',
          name: t('insights.chart.ci'),
          silent: true,
          tooltip: { show: false },
          data: groups.map((group, index) => [index, group.ci95?.[0] ?? null, group.ci95?.[1] ?? null]),
          renderItem: (_params, api) => {
            const low = api.value(1);
            const high = api.value(2);
            if (typeof low !== 'number' || typeof high !== 'number' || Number.isNaN(low)) return null;
            const index = api.value(0) as number;
            const bottom = api.coord([index, low]) as number[];
            const top = api.coord([index, high]) as number[];
            const x = bottom[0] ?? 0;
            const cap = 6;
            const style = { stroke: '#1f2937', lineWidth: 1.5 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1: x, y1: bottom[1], x2: x, y2: top[1] }, style },
                { type: 'line', shape: { x1: x - cap, y1: bottom[1], x2: x + cap, y2: bottom[1] }, style },
                { type: 'line', shape: { x1: x - cap, y1: top[1], x2: x + cap, y2: top[1] }, style },
              ],
            };
          },
          z: 10,
        },
      ],
    };
  })();

  return (
    <section className="card" aria-labelledby="breakdown-title" data-testid="breakdowns">
      <nav className="tabs" aria-label={t('insights.breakdown.label')}>
        {BREAKDOWNS.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`tab tab-button ${breakdown === choice ? 'active' : ''}`}
            aria-pressed={breakdown === choice}
            onClick={() => onBreakdown(choice)}
            data-testid={`breakdown-${choice}`}
          >
            {t(`insights.breakdown.tabs.${choice}`)}
          </button>
        ))}
      </nav>
      <div className="chart-header">
        <h2 id="breakdown-title" className="section-title">
          {title}
        </h2>
        <ViewToggle view={view} onChange={setView} testIdPrefix="breakdown-view" />
      </div>
      {result.isPending ? (
        <LoadingState />
      ) : result.error ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : groups.length === 0 ? (
        <p className="muted">{t('insights.empty')}</p>
      ) : view === 'chart' ? (
        <div className="chart-block">
          <EChart
            ref={chartRef}
            option={option}
            label={t('insights.chart.label', { title })}
            onPointClick={(index, seriesIndex) => {
              const group = groups[index];
              const link = group && seriesIndex === 0 ? linkOf(group) : null;
              if (link) void navigate(link);
            }}
            testId="breakdown-chart"
          />
          <div className="chart-actions">
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={() => downloadPng(chartRef.current, title)}
            >
              <Icon name="download" size={16} />
              {t('insights.chart.png')}
            </button>
          </div>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="breakdown-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`insights.breakdown.axis.${breakdown}`)}</th>
                <th scope="col" className="num">
                  {t(`insights.metrics.${metric}`)}
                </th>
                <th scope="col" className="num">
                  {t('insights.columns.n')}
                </th>
                <th scope="col">{t('insights.columns.ci')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => {
                const link = linkOf(group);
                return (
                  <tr key={group.key}>
                    <th scope="row" className="row-head">
                      {link ? <Link to={link}>{labelOf(group)}</Link> : labelOf(group)}
                    </th>
                    <td className="num">
                      {formatMetric(metric, group.value, locale)}
                      {group.smallSample && (
                        <span
                          className="badge badge-warning"
                          title={t('insights.smallSampleHint', { floor: 30 })}
                        >
                          {t('insights.smallSampleShort')}
                        </span>
                      )}
                    </td>
                    <td className="num">{group.n}</td>
                    <td>{formatInterval(metric, group.ci95, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The events marked on the timeline of the period shown: add one, read them, remove one. */
function AnnotationsCard({
  annotations,
  touchpointId,
  touchpointName,
  touchpointNames,
}: {
  annotations: TAnnotation[];
  touchpointId: string;
  touchpointName: string | null;
  touchpointNames: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const canManage = useCan('annotations.manage');
  const create = useCreateAnnotation();
  const remove = useDeleteAnnotation();
  const [day, setDay] = useState(() => utcDay());
  const [text, setText] = useState('');
  const [deleting, setDeleting] = useState<TAnnotation | null>(null);
  const formatDay = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { timeZone: 'UTC', dateStyle: 'medium' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    // Marked on the touchpoint being looked at, or on the whole workspace when none is.
    create.mutate(
      { day, text: text.trim(), touchpointId: touchpointId || null },
      { onSuccess: () => setText('') },
    );
  };
  return (
    <section className="card" aria-labelledby="annotations-title" data-testid="annotations">
      <h2 id="annotations-title" className="section-title">
        {t('insights.annotations.title')}
      </h2>
      <p className="muted">{t('insights.annotations.lead')}</p>
      {annotations.length === 0 ? (
        <p className="muted">{t('insights.annotations.empty')}</p>
      ) : (
        <ul className="annotation-list">
          {annotations.map((annotation) => (
            <li key={annotation.id} data-testid="annotation-item">
              <strong>{formatDay(annotation.day)}</strong> {annotation.text}{' '}
              <span className="muted">
                (
                {annotation.touchpointId
                  ? (touchpointNames.get(annotation.touchpointId) ?? t('insights.noTouchpoint'))
                  : t('insights.annotations.everywhere')}
                )
              </span>
              {canManage && (
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  onClick={() => setDeleting(annotation)}
                  aria-label={t('insights.annotations.deleteLabel', { text: annotation.text })}
                  data-testid="annotation-delete"
                >
                  {t('insights.annotations.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form className="filters" onSubmit={submit} data-testid="annotation-form">
          <TextField
            type="date"
            label={t('insights.annotations.day')}
            value={day}
            required
            onChange={(event) => setDay(event.target.value)}
            data-testid="annotation-day"
          />
          <TextField
            label={t('insights.annotations.text')}
            value={text}
            maxLength={200}
            required
            onChange={(event) => setText(event.target.value)}
            data-testid="annotation-text"
          />
          <div>
            <button
              type="submit"
              className="btn btn-primary"
              disabled={create.isPending}
              data-testid="annotation-add"
            >
              {t('insights.annotations.add')}
            </button>
          </div>
          <FormError error={create.error} testId="annotation-error" />
        </form>
      )}
      {canManage && (
        <p className="muted">
          {touchpointName
            ? t('insights.annotations.forTouchpoint', { touchpoint: touchpointName })
            : t('insights.annotations.forAll')}
        </p>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('insights.annotations.deleteTitle')}
        body={<p>{t('insights.annotations.deleteBody', { text: deleting?.text ?? '' })}</p>}
        confirmLabel={t('insights.annotations.delete')}
        isDestructive
        isPending={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </section>
  );
}

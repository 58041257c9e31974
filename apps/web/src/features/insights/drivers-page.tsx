import { resolveText } from '@touchpoint/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../lib/api';
import { useSurvey, useSurveys } from '../surveys/surveys.api';
import { EChart, type TChartOption } from './echart';
import { driverDataShortage, lastDays, type TDriver, type TDriverView, useDrivers } from './insights.api';
import { InsightsTabs } from './insights-tabs';

const SCORED = new Set(['nps', 'csat', 'ces', 'rating']);
const RANGE = lastDays(90);
const QUADRANT_COLOR: Record<TDriver['quadrant'], string> = {
  fix_first: '#b42318',
  keep_up: '#067647',
  low_priority: '#6b7482',
  possible_overkill: '#175cd3',
};
const QUADRANT_SYMBOL: Record<TDriver['quadrant'], string> = {
  fix_first: 'triangle',
  keep_up: 'circle',
  low_priority: 'rect',
  possible_overkill: 'diamond',
};
const VIEWS: readonly TDriverView[] = ['questions', 'touchpoints', 'topics'];

export function DriversPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const by = VIEWS.find((view) => view === params.get('by')) ?? 'questions';
  const surveyId = params.get('surveyId') ?? '';
  const outcome = params.get('outcome') ?? '';
  const surveys = useSurveys({}, { pageSize: 200 });
  const drivers = useDrivers({ by, surveyId, outcome, ...RANGE });
  // The chosen survey, or the one the server chose for touchpoints and topics.
  const survey = useSurvey(surveyId || drivers.data?.surveyId || '');
  const questions =
    (surveyId && survey.data?.questions.filter((question) => SCORED.has(question.type))) || [];
  const across = by !== 'questions';
  const set = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  const percent = (value: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const number = (value: number | null) =>
    value === null ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);

  const items = drivers.data?.drivers ?? [];
  // Rebuilt on each render: cheap, and its inputs are new arrays every time anyway.
  const option: TChartOption = (() => {
    // The server's cut-offs: average importance (1/k) and the drivers' average performance.
    const meanImportance = items.length ? 1 / items.length : 0;
    const performances = items.flatMap((driver) => (driver.performance === null ? [] : [driver.performance]));
    const meanPerformance =
      performances.reduce((sum, value) => sum + value, 0) / Math.max(1, performances.length);
    // Touchpoints and topics zoom into the band the drivers occupy (topic NPS can sit near the bottom);
    // questions keep the full 0–100 scale.
    const yMin =
      by === 'questions'
        ? 0
        : Math.max(0, Math.floor((Math.min(meanPerformance, ...performances) - 10) / 10) * 10);
    const yMax =
      by === 'questions'
        ? 100
        : Math.min(100, Math.ceil((Math.max(meanPerformance, ...performances) + 10) / 10) * 10);
    const xMax = Math.min(
      1,
      Math.ceil((Math.max(meanImportance, ...items.map((driver) => driver.importance)) + 0.05) * 10) / 10,
    );
    return {
      animation: false,
      grid: { left: 64, right: 32, top: 32, bottom: 56 },
      tooltip: {
        trigger: 'item',
        formatter: (raw: unknown) => {
          const driver = items[(raw as { dataIndex: number }).dataIndex];
          if (!driver) return '';
          return [
            `<strong>${driver.label}</strong>`,
            `${t('insights.drivers.importance')}: ${percent(driver.importance)}`,
            `${t('insights.drivers.performance')}: ${number(driver.performance)}`,
            ...(by !== 'questions' && driver.coverage !== undefined
              ? [t(`drivers2.coverageTooltip.${by}`, { count: driver.coverage })]
              : []),
            t(`insights.drivers.quadrants.${driver.quadrant}`),
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'value',
        name: t('insights.drivers.importanceAxis'),
        nameLocation: 'middle',
        nameGap: 32,
        min: 0,
        max: xMax,
        axisLabel: { formatter: (value: number) => percent(value) },
      },
      yAxis: {
        type: 'value',
        name: t('insights.drivers.performanceAxis'),
        nameLocation: 'middle',
        nameGap: 44,
        min: yMin,
        max: yMax,
      },
      series: [
        {
          type: 'scatter',
          symbolSize: 16,
          data: items.map((driver) => ({
            value: [driver.importance, driver.performance ?? 0],
            symbol: QUADRANT_SYMBOL[driver.quadrant],
            itemStyle: { color: QUADRANT_COLOR[driver.quadrant] },
            label: {
              show: true,
              // Labels of drivers on the bottom edge go above them, near the right edge on their left: never
              // drawn over the axis or cut off.
              position:
                (driver.performance ?? 0) - yMin < (yMax - yMin) * 0.05
                  ? ('top' as const)
                  : driver.importance > xMax * 0.6
                    ? ('left' as const)
                    : ('right' as const),
              formatter:
                driver.quadrant === 'fix_first'
                  ? `${driver.label} · ${t('insights.drivers.quadrants.fix_first')}`
                  : driver.label,
              fontWeight: driver.quadrant === 'fix_first' ? ('bold' as const) : ('normal' as const),
            },
          })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#9aa3af' },
            label: { show: false },
            data: [{ xAxis: meanImportance }, { yAxis: meanPerformance }],
          },
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(217, 45, 32, 0.07)' },
            label: { show: true, position: 'insideBottomRight', color: '#b42318', fontWeight: 'bold' },
            data: [
              [
                { name: t('insights.drivers.quadrants.fix_first'), xAxis: meanImportance, yAxis: yMin },
                { xAxis: xMax, yAxis: meanPerformance },
              ],
            ],
          },
        },
      ],
    };
  })();

  const unprocessable = isApiError(drivers.error) && drivers.error.status === 422;
  const insufficient = across ? driverDataShortage(drivers.error) : null;
  const surveyName = (id: string) => surveys.items.find((item) => item.id === id)?.name ?? id;
  const outcomeQuestion = survey.data?.questions.find((question) => question.id === drivers.data?.outcome);
  const excluded = drivers.data?.excluded ?? [];
  return (
    <div className="page page-wide" data-testid="drivers-page">
      <PageHeader title={t('nav.insights')} description={t('insights.lead')} />
      <InsightsTabs />
      <section className="card" aria-labelledby="drivers-filters-title">
        <div className="chart-header">
          <h2 id="drivers-filters-title" className="section-title">
            {t('insights.drivers.title')}
          </h2>
          {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form field set. */}
          <div
            className="segmented"
            role="group"
            aria-label={t('drivers2.switchLabel')}
            data-testid="drivers-by"
          >
            <span className="muted" aria-hidden="true" style={{ alignSelf: 'center' }}>
              {t('drivers2.switchLabel')}:
            </span>
            {VIEWS.map((view) => (
              <button
                key={view}
                type="button"
                className={`btn btn-small ${by === view ? 'btn-primary' : 'btn-secondary'}`}
                aria-pressed={by === view}
                onClick={() => set({ by: view === 'questions' ? '' : view })}
                data-testid={`drivers-by-${view}`}
              >
                {t(`drivers2.by.${view}`)}
              </button>
            ))}
          </div>
        </div>
        <p className="muted">{across ? t(`drivers2.lead.${by}`) : t('insights.drivers.lead')}</p>
        <div className="filters">
          <SelectField
            label={across ? t('drivers2.outcomeSurvey') : t('insights.drivers.survey')}
            value={surveyId}
            onChange={(event) => set({ surveyId: event.target.value, outcome: '' })}
            data-testid="drivers-survey"
          >
            <option value="">{across ? t('drivers2.autoSurvey') : t('insights.drivers.pickSurvey')}</option>
            {surveys.items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('insights.drivers.outcome')}
            value={outcome}
            disabled={!surveyId}
            onChange={(event) => set({ outcome: event.target.value })}
          >
            <option value="">{across ? t('drivers2.autoOutcome') : t('insights.drivers.pickOutcome')}</option>
            {questions.map((question) => (
              <option key={question.id} value={question.id}>
                {resolveText(question.text, locale, survey.data?.defaultLanguage ?? 'en')}
              </option>
            ))}
          </SelectField>
        </div>
      </section>
      <section className="card" aria-labelledby="drivers-title">
        <h2 id="drivers-title" className="section-title">
          {t('insights.drivers.chartTitle')}
        </h2>
        {!across && (!surveyId || !outcome) ? (
          <p className="muted">{t('insights.drivers.choose')}</p>
        ) : drivers.isPending ? (
          <LoadingState />
        ) : insufficient ? (
          <EmptyState title={t('drivers2.insufficient.title')} testId="drivers-insufficient">
            <p data-testid="drivers-insufficient-reason" data-reason={insufficient.reason}>
              {t(
                `drivers2.insufficient.${
                  ['contacts', 'touchpoints', 'responses', 'topics', 'outcomeSurvey'].includes(
                    insufficient.reason,
                  )
                    ? insufficient.reason
                    : 'other'
                }`,
                { found: insufficient.found, needed: insufficient.needed },
              )}
            </p>
          </EmptyState>
        ) : unprocessable ? (
          <EmptyState title={t('insights.drivers.noDrivers')} testId="drivers-empty">
            <p>{t('insights.drivers.noDriversHint')}</p>
          </EmptyState>
        ) : drivers.error ? (
          <ErrorState error={drivers.error} onRetry={() => void drivers.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={t('insights.drivers.noDrivers')} testId="drivers-empty">
            <p>{t('insights.drivers.noDriversHint')}</p>
          </EmptyState>
        ) : (
          <>
            {across && (
              <p className="muted" data-testid="drivers-outcome">
                {t('drivers2.outcomeUsed', {
                  question: outcomeQuestion
                    ? resolveText(outcomeQuestion.text, locale, survey.data?.defaultLanguage ?? 'en')
                    : drivers.data.outcome,
                  survey: surveyName(drivers.data.surveyId),
                })}
              </p>
            )}
            <p className="metric-meta">
              <span data-testid="drivers-n">
                {across
                  ? t(`drivers2.n.${by}`, { count: drivers.data.n })
                  : t('insights.n', { count: drivers.data.n })}
              </span>
              <span>{t('insights.drivers.r2', { value: percent(drivers.data.r2) })}</span>
            </p>
            <EChart
              option={option}
              label={t('insights.drivers.chartTitle')}
              height={380}
              testId="drivers-chart"
            />
            <div className="table-wrap">
              <table className="table" data-testid="drivers-table">
                <caption className="visually-hidden">{t('insights.drivers.chartTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {across ? t(`drivers2.column.${by}`) : t('insights.drivers.question')}
                    </th>
                    <th scope="col" className="num">
                      {t('insights.drivers.importance')}
                    </th>
                    <th scope="col" className="num">
                      {t('insights.drivers.performance')}
                    </th>
                    {across && (
                      <th scope="col" className="num">
                        {t(`drivers2.coverage.${by}`)}
                      </th>
                    )}
                    <th scope="col">{t('insights.drivers.quadrant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...items]
                    .sort((a, b) => b.importance - a.importance)
                    .map((driver) => (
                      <tr
                        key={driver.key}
                        data-testid="driver-row"
                        data-key={driver.key}
                        data-quadrant={driver.quadrant}
                      >
                        <th scope="row" className="row-head">
                          {driver.label}
                        </th>
                        <td className="num">{percent(driver.importance)}</td>
                        <td className="num">{number(driver.performance)}</td>
                        {across && <td className="num">{number(driver.coverage ?? null)}</td>}
                        <td>
                          <span className={`quadrant quadrant-${driver.quadrant}`}>
                            {t(`insights.drivers.quadrants.${driver.quadrant}`)}
                          </span>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
            {across && excluded.length > 0 && (
              <p className="muted chart-note" data-testid="drivers-excluded">
                {t(`drivers2.excluded.${by}`, {
                  min: drivers.data.minCoverage ?? 0,
                  list: excluded.map((item) => `${item.label} (${number(item.coverage)})`).join(', '),
                })}
              </p>
            )}
            {across && (
              <p className="muted chart-note">
                {t(`drivers2.method.${by}`, { min: drivers.data.minCoverage ?? 0 })}
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-message';
import { TextField } from '../../../components/fields';
import { LoadingState } from '../../../components/loading';
import { addDays } from '../insights.api';
import { CommentCard } from './comment-card';
import { type TTheme, useThemes } from './text.api';
import { useUrlFilters } from './text-filters';
import {
  defaultPeriod,
  formatCount,
  formatLift,
  formatPValue,
  formatShare,
  periodQuery,
} from './text-format';
import { TextPageFrame } from './text-page-frame';

// As the server does without dates: the last 28 days against the 28 days before.
const CURRENT_DAYS = 28;

function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

/** What was said lately, against what was said before: the current period and the baseline it is read against. */
function useThemePeriods() {
  const filters = useUrlFilters();
  const current = defaultPeriod(CURRENT_DAYS);
  const from = filters.get('from') || current.from;
  const lastDay = filters.get('to') || current.lastDay;
  // By default the baseline is as long as the current period and ends just before it.
  const baselineLastDay = filters.get('baselineTo') || addDays(from, -1);
  const length = Math.max(1, daysBetween(from, lastDay) || CURRENT_DAYS);
  const baselineFrom = filters.get('baselineFrom') || addDays(baselineLastDay, 1 - length);
  const currentRange = periodQuery(from, lastDay);
  const baselineRange = periodQuery(baselineFrom, baselineLastDay);
  return {
    ...filters,
    from,
    lastDay,
    baselineFrom,
    baselineLastDay,
    query: {
      from: currentRange.from,
      to: currentRange.to,
      baselineFrom: baselineRange.from,
      baselineTo: baselineRange.to,
    },
  };
}

export function ThemesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const periods = useThemePeriods();
  const themes = useThemes(periods.query);
  const items = themes.data?.items ?? [];
  const emerging = items.filter((item) => item.emerging).length;

  return (
    <TextPageFrame testId="themes-page">
      <section className="card" aria-labelledby="themes-filters-title">
        <h2 id="themes-filters-title" className="visually-hidden">
          {t('insights.filters')}
        </h2>
        <search className="filters themes-periods" aria-labelledby="themes-filters-title">
          <fieldset className="period-fieldset">
            <legend>{t('insights.text.themes.currentPeriod')}</legend>
            <TextField
              type="date"
              label={t('insights.from')}
              value={periods.from}
              max={periods.lastDay}
              onChange={(event) => periods.set({ from: event.target.value })}
            />
            <TextField
              type="date"
              label={t('insights.to')}
              value={periods.lastDay}
              min={periods.from}
              onChange={(event) => periods.set({ to: event.target.value })}
            />
          </fieldset>
          <fieldset className="period-fieldset">
            <legend>{t('insights.text.themes.baselinePeriod')}</legend>
            <TextField
              type="date"
              label={t('insights.text.themes.baselineFrom')}
              value={periods.baselineFrom}
              max={periods.baselineLastDay}
              onChange={(event) => periods.set({ baselineFrom: event.target.value })}
            />
            <TextField
              type="date"
              label={t('insights.text.themes.baselineTo')}
              value={periods.baselineLastDay}
              min={periods.baselineFrom}
              onChange={(event) => periods.set({ baselineTo: event.target.value })}
            />
          </fieldset>
        </search>
      </section>

      <section className="card" aria-labelledby="themes-title" data-testid="themes">
        <div className="chart-header">
          <h2 id="themes-title" className="section-title">
            {t('insights.text.themes.title')}
          </h2>
          {themes.data && (
            <span className="muted" data-testid="themes-totals">
              {t('insights.text.themes.totals', {
                current: formatCount(themes.data.current.total, locale),
                baseline: formatCount(themes.data.baseline.total, locale),
              })}
            </span>
          )}
        </div>
        <p className="muted">{t('insights.text.themes.lead')}</p>
        {themes.isPending ? (
          <LoadingState />
        ) : themes.error ? (
          <ErrorState error={themes.error} onRetry={() => void themes.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={t('insights.text.themes.empty')} testId="themes-empty">
            <p>{t('insights.text.themes.emptyHint')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="metric-meta">
              <span data-testid="themes-emerging-count">
                {t('insights.text.themes.emergingCount', { count: emerging })}
              </span>
            </p>
            <ul className="theme-list" data-testid="theme-list">
              {items.map((theme) => (
                <li key={theme.key}>
                  <ThemeCard theme={theme} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </TextPageFrame>
  );
}

function ThemeCard({ theme }: { theme: TTheme }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const headingId = `theme-${theme.key}`;
  const barMax = Math.max(theme.share, theme.baselineShare, 0.0001);
  return (
    <article
      className={`theme-card${theme.emerging ? ' is-emerging' : ''}`}
      aria-labelledby={headingId}
      data-testid="theme"
      data-theme={theme.label}
    >
      <div className="theme-head">
        <h3 id={headingId} className="theme-name">
          {theme.label}
        </h3>
        {theme.emerging && (
          <span
            className="badge badge-emerging"
            title={t('insights.text.themes.emergingHint', { p: formatPValue(theme.pValue, locale) })}
            data-testid="emerging-badge"
          >
            {t('insights.text.themes.emerging')}
          </span>
        )}
      </div>
      {theme.phrases.length > 0 && (
        <ul className="chip-list" aria-label={t('insights.text.themes.phrases')}>
          {theme.phrases.map((phrase) => (
            <li key={phrase} className="chip chip-phrase">
              {phrase}
            </li>
          ))}
        </ul>
      )}
      <dl className="theme-figures">
        <div>
          <dt>{t('insights.text.themes.shareNow')}</dt>
          <dd>
            <span className="share-bar" aria-hidden="true">
              <span className="share-bar-fill is-now" style={{ width: `${(theme.share / barMax) * 100}%` }} />
            </span>
            {formatShare(theme.share, locale)}
            <span className="muted"> ({t('insights.n', { count: theme.n })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('insights.text.themes.shareBaseline')}</dt>
          <dd>
            <span className="share-bar" aria-hidden="true">
              <span
                className="share-bar-fill is-baseline"
                style={{ width: `${(theme.baselineShare / barMax) * 100}%` }}
              />
            </span>
            {formatShare(theme.baselineShare, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('insights.text.themes.lift')}</dt>
          <dd>{formatLift(theme.lift, locale)}</dd>
        </div>
        <div>
          <dt>{t('insights.text.themes.pValue')}</dt>
          <dd>{formatPValue(theme.pValue, locale)}</dd>
        </div>
      </dl>
      {theme.examples.length > 0 && (
        // Open for emerging themes, the ones to read now; the others keep the list short.
        <details className="theme-examples" open={theme.emerging}>
          <summary>
            {t('insights.text.themes.examples', { count: Math.min(3, theme.examples.length) })}
          </summary>
          <ul className="comment-list">
            {theme.examples.slice(0, 3).map((comment) => (
              <li key={`${comment.itemKind}:${comment.itemId}:${comment.field}`}>
                <CommentCard comment={comment} isCompact />
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

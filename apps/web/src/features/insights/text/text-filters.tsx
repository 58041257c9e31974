import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../../components/fields';
import { useTouchpoints } from '../../journeys/journeys.api';
import { TouchpointSelect } from '../../journeys/touchpoint-select';
import { languageName } from '../../surveys/survey-draft';
import { useSurveys } from '../../surveys/surveys.api';
import type { TTimeGrouping } from '../insights.api';
import type { TTextQuery } from './text.api';
import { COMMENT_LANGUAGES, defaultPeriod, periodQuery } from './text-format';

export const INTERVALS: readonly TTimeGrouping[] = ['day', 'week', 'month'];

export function oneOf<T extends string>(value: string | null, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** The page's filters live in its URL (shareable, kept on reload); an empty value removes the parameter. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
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
  return { params, get: (name: string) => params.get(name) ?? '', set };
}

/**
 * The shared filters as the page shows them (days inclusive) and as the API wants them. With `defaultDays`
 * a page without dates in its URL shows that many recent days; without it, all time.
 */
export function useTextFilterValues(defaultDays: number | null) {
  const filters = useUrlFilters();
  const fallback = defaultDays ? defaultPeriod(defaultDays) : { from: '', lastDay: '' };
  const from = filters.get('from') || fallback.from;
  const lastDay = filters.get('to') || fallback.lastDay;
  const query: TTextQuery = {
    ...periodQuery(from, lastDay),
    surveyId: filters.get('surveyId') || undefined,
    touchpointId: filters.get('touchpointId') || undefined,
    lang: filters.get('lang') || undefined,
  };
  return { ...filters, from, lastDay, query };
}

type TFilterName = 'period' | 'interval' | 'survey' | 'touchpoint' | 'language';

/** The filter bar of the text views: which filters show depends on what the page's endpoint accepts. */
export function TextFilters({
  show,
  defaultDays,
  children,
  titleId,
}: {
  show: readonly TFilterName[];
  defaultDays: number | null;
  /** Page-specific filters, after the shared ones. */
  children?: ReactNode;
  titleId: string;
}) {
  const { t } = useTranslation();
  const { get, set, from, lastDay } = useTextFilterValues(defaultDays);
  const surveys = useSurveys({}, { pageSize: 200 });
  const touchpoints = useTouchpoints();
  const has = (name: TFilterName) => show.includes(name);
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {t('insights.filters')}
      </h2>
      <search className="filters" aria-labelledby={titleId}>
        {has('period') && (
          <>
            <TextField
              type="date"
              label={t('insights.from')}
              value={from}
              max={lastDay || undefined}
              onChange={(event) => set({ from: event.target.value })}
            />
            <TextField
              type="date"
              label={t('insights.to')}
              value={lastDay}
              min={from || undefined}
              onChange={(event) => set({ to: event.target.value })}
            />
          </>
        )}
        {has('interval') && (
          <SelectField
            label={t('insights.grouping')}
            value={oneOf(get('interval') || null, INTERVALS, 'week')}
            onChange={(event) => set({ interval: event.target.value === 'week' ? '' : event.target.value })}
          >
            {INTERVALS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`insights.groupings.${choice}`)}
              </option>
            ))}
          </SelectField>
        )}
        {has('survey') && (
          <SelectField
            label={t('insights.text.filters.survey')}
            value={get('surveyId')}
            onChange={(event) => set({ surveyId: event.target.value })}
          >
            <option value="">{t('insights.text.filters.allSurveys')}</option>
            {surveys.items.map((survey) => (
              <option key={survey.id} value={survey.id}>
                {survey.name}
              </option>
            ))}
          </SelectField>
        )}
        {has('touchpoint') && (
          <TouchpointSelect
            label={t('insights.touchpoint')}
            touchpoints={touchpoints.data ?? []}
            value={get('touchpointId') || null}
            onChange={(id) => set({ touchpointId: id ?? '' })}
            emptyLabel={t('insights.allTouchpoints')}
          />
        )}
        {has('language') && <LanguageSelect value={get('lang')} onChange={(lang) => set({ lang })} />}
        {children}
      </search>
    </section>
  );
}

export function commentLanguageName(lang: string, otherLabel: string): string {
  return lang === 'other' ? otherLabel : languageName(lang);
}

function LanguageSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('insights.text.filters.language')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('insights.text.filters.allLanguages')}</option>
      {COMMENT_LANGUAGES.map((lang) => (
        <option key={lang} value={lang}>
          {commentLanguageName(lang, t('insights.text.languages.other'))}
        </option>
      ))}
    </SelectField>
  );
}

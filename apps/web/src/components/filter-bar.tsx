import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TextField } from './fields';

export interface TUrlFilters<TName extends string> {
  /** Each filter's value ('' when unset). */
  filters: Record<TName, string>;
  isFiltered: boolean;
  setFilter: (name: TName, value: string) => void;
  clearFilters: () => void;
}

/** Sets or (with '') removes one query-string parameter, replacing the history entry. */
export function useSetSearchParam(): (name: string, value: string) => void {
  const [, setParams] = useSearchParams();
  return (name, value) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
}

/**
 * Filters kept in the URL's query string, so a filtered list can be linked, reloaded and gone back to;
 * changing one replaces the history entry instead of adding one per keystroke.
 */
export function useUrlFilters<TName extends string>(names: readonly TName[]): TUrlFilters<TName> {
  const [params, setParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const filters = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<
    TName,
    string
  >;
  return {
    filters,
    isFiltered: names.some((name) => params.get(name)),
    setFilter: setParam,
    clearFilters: () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const name of names) next.delete(name);
          return next;
        },
        { replace: true },
      ),
  };
}

interface DateRangeFieldsProps {
  from: string;
  to: string;
  onChange: (name: 'from' | 'to', value: string) => void;
}

/** "From" and "To" date inputs of a filter bar, each bounded by the other. */
export function DateRangeFields({ from, to, onChange }: DateRangeFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        type="date"
        label={t('responses.filters.from')}
        value={from}
        max={to || undefined}
        onChange={(event) => onChange('from', event.target.value)}
      />
      <TextField
        type="date"
        label={t('responses.filters.to')}
        value={to}
        min={from || undefined}
        onChange={(event) => onChange('to', event.target.value)}
      />
    </>
  );
}

interface FilterBarProps {
  /** Names the filters for screen readers (a hidden heading and the search landmark). */
  title: string;
  isFiltered: boolean;
  /** Without it there is no "Clear filters" (filters that always have a value, such as a period). */
  onClear?: () => void;
  clearLabel?: string;
  children: ReactNode;
  testId?: string;
}

/** The filters above a list, as a search landmark with a "Clear filters" button while any is set. */
export function FilterBar({ title, isFiltered, onClear, clearLabel, children, testId }: FilterBarProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId} className="visually-hidden">
        {title}
      </h2>
      <search className="filters" aria-labelledby={titleId}>
        {children}
        {isFiltered && onClear && (
          <button type="button" className="btn btn-secondary filters-clear" onClick={onClear}>
            {clearLabel ?? t('common.clearFilters')}
          </button>
        )}
      </search>
    </section>
  );
}

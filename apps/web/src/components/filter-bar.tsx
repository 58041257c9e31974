import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

export interface TUrlFilters<TName extends string> {
  /** Each filter's value ('' when unset). */
  filters: Record<TName, string>;
  isFiltered: boolean;
  setFilter: (name: TName, value: string) => void;
  clearFilters: () => void;
}

/**
 * Filters kept in the URL's query string, so a filtered list can be linked, reloaded and gone back to;
 * changing one replaces the history entry instead of adding one per keystroke.
 */
export function useUrlFilters<TName extends string>(names: readonly TName[]): TUrlFilters<TName> {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<
    TName,
    string
  >;
  return {
    filters,
    isFiltered: names.some((name) => params.get(name)),
    setFilter: (name, value) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
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

interface FilterBarProps {
  /** Names the filters for screen readers (a hidden heading and the search landmark). */
  title: string;
  isFiltered: boolean;
  onClear: () => void;
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
        {isFiltered && (
          <button type="button" className="btn btn-secondary filters-clear" onClick={onClear}>
            {clearLabel ?? t('common.clearFilters')}
          </button>
        )}
      </search>
    </section>
  );
}

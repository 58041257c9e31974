import { type HTMLAttributes, type ReactNode, useEffect, useRef, useState } from 'react';
import { ErrorState } from './error-message';
import { LoadMore } from './load-more';
import { LoadingState } from './loading';

/** What a list needs from its query: TanStack Query's state plus the flattened items of every page. */
export interface TListQuery<T> {
  items: T[];
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
  /** Cursor pagination (an infinite query); absent for a list that comes in one page. */
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
}

export interface TDataColumn<T> {
  /** Stable key of the column. */
  id: string;
  header: ReactNode;
  /** Hides the header text but keeps it for screen readers (action columns). */
  isHeaderHidden?: boolean;
  cell: (item: T, index: number) => ReactNode;
  /** Class of the body cells (`nowrap`, `cell-actions`, `cell-number`, …). */
  className?: string;
  headerClassName?: string;
  /** The label a stacked table shows before the value on a narrow screen (defaults to the header text). */
  label?: string;
}

type TDataAttributes = HTMLAttributes<HTMLTableRowElement> &
  Record<`data-${string}`, string | boolean | undefined>;

interface DataListProps<T> {
  query: TListQuery<T>;
  /** The rows to show, when the page narrows the query's items (a local filter); defaults to them all. */
  items?: T[];
  /** Shown when there is nothing to list. */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}

/**
 * The states every list goes through: loading, failed (with retry), empty, the items, and "Load more"
 * for cursor pagination.
 */
export function DataList<T>({ query, items = query.items, empty, children }: DataListProps<T>) {
  return (
    <>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        empty
      ) : (
        children(items)
      )}
      {query.fetchNextPage && (
        <LoadMore
          hasNextPage={Boolean(query.hasNextPage)}
          isFetchingNextPage={Boolean(query.isFetchingNextPage)}
          onLoadMore={() => void query.fetchNextPage?.()}
        />
      )}
    </>
  );
}

interface TableScrollProps {
  /** Names the scrollable region for keyboard and screen-reader users. */
  label: string;
  children: ReactNode;
}

/**
 * A wide table scrolls sideways inside the page instead of being cut off; when it does, the region
 * takes focus so the keyboard can scroll it too.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [isScrollable, setIsScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setIsScrollable(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-wrap"
      {...(isScrollable ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}

interface DataTableProps<T> extends Omit<DataListProps<T>, 'children'> {
  columns: (TDataColumn<T> | false | null | undefined)[];
  rowKey: (item: T) => string | number;
  /** Attributes of each row (test ids, data attributes, a class). */
  rowProps?: (item: T) => TDataAttributes;
  /** Names the table (and its scroll region). */
  label: string;
  testId?: string;
  className?: string;
  /** On a narrow screen each row becomes a card of label–value pairs. */
  isStacked?: boolean;
  /** The rows shown are about to be replaced (placeholder data while a new search loads). */
  isBusy?: boolean;
}

/** A list shown as a table: loading, error, empty and pagination from `DataList`, overflow handled. */
export function DataTable<T>({
  columns,
  rowKey,
  rowProps,
  label,
  testId,
  className,
  isStacked = false,
  isBusy = false,
  ...list
}: DataTableProps<T>) {
  const visible = columns.filter((column): column is TDataColumn<T> => Boolean(column));
  const classes = ['table', isStacked ? 'table-stack' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <DataList {...list}>
      {(items) => (
        <TableScroll label={label}>
          <table className={classes} data-testid={testId} aria-label={label} aria-busy={isBusy || undefined}>
            <thead>
              <tr>
                {visible.map((column) => (
                  <th key={column.id} scope="col" className={column.headerClassName}>
                    {column.isHeaderHidden ? (
                      <span className="visually-hidden">{column.header}</span>
                    ) : (
                      column.header
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={rowKey(item)} {...rowProps?.(item)}>
                  {visible.map((column) => (
                    <td
                      key={column.id}
                      className={column.className}
                      data-label={
                        isStacked && !column.isHeaderHidden
                          ? (column.label ?? (typeof column.header === 'string' ? column.header : undefined))
                          : undefined
                      }
                    >
                      {column.cell(item, index)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </DataList>
  );
}

import type { TReview } from '@touchpoint/schemas/browser';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { type TTouchpointRow, useTouchpoints } from '../journeys/journeys.api';
import { TouchpointSelect, touchpointLabel } from '../journeys/touchpoint-select';
import { ResponsesTabs } from '../responses/responses-tabs';
import { languageName } from '../surveys/survey-draft';
import { ImportReviewsDialog } from './import-reviews-dialog';
import { REVIEW_FILTER_NAMES, type TReviewFilters, useReviews } from './reviews.api';
import { Stars } from './stars';

/** Only links a browser may open safely: http(s), nothing else (no `javascript:`). */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Responses → Reviews: reviews and social posts imported from passive sources, newest first. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const ids = useId();
  const canImport = useCan('reviews.write');
  const [params, setParams] = useSearchParams();
  const [isImporting, setIsImporting] = useState(false);
  const filters = Object.fromEntries(
    REVIEW_FILTER_NAMES.map((name) => [name, params.get(name) ?? '']),
  ) as unknown as TReviewFilters;
  const isFiltered = REVIEW_FILTER_NAMES.some((name) => params.get(name));
  const setFilter = (name: keyof TReviewFilters, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  // The source is typed: the list follows once typing pauses.
  const [source, setSource] = useState(filters.source);
  const pendingSource = source.trim() === filters.source ? null : source.trim();
  // biome-ignore lint/correctness/useExhaustiveDependencies: setFilter is a fresh closure each render; the value decides
  useEffect(() => {
    if (pendingSource === null) return;
    const timer = window.setTimeout(() => setFilter('source', pendingSource), 350);
    return () => window.clearTimeout(timer);
  }, [pendingSource]);

  const touchpoints = useTouchpoints();
  const reviews = useReviews(filters);
  const sources = [...new Set(reviews.items.map((review) => review.source))].sort();

  return (
    <div className="page page-wide" data-testid="reviews-page">
      <PageHeader
        title={t('nav.responses')}
        description={t('reviews.lead')}
        actions={
          canImport && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setIsImporting(true)}
              data-testid="import-reviews"
            >
              <Icon name="plus" size={16} />
              {t('reviews.import')}
            </button>
          )
        }
      />
      <ResponsesTabs />
      <section className="card" aria-labelledby="review-filters-title">
        <h2 id="review-filters-title" className="visually-hidden">
          {t('reviews.filters.title')}
        </h2>
        <search className="filters" aria-labelledby="review-filters-title">
          <TextField
            label={t('reviews.filters.source')}
            value={source}
            list={`${ids}-sources`}
            maxLength={100}
            placeholder={t('reviews.filters.allSources')}
            onChange={(event) => setSource(event.target.value)}
            data-testid="review-source-filter"
          />
          <datalist id={`${ids}-sources`}>
            {sources.map((item) => (
              <option key={item} value={item} />
            ))}
          </datalist>
          <TouchpointSelect
            label={t('responses.filters.touchpoint')}
            touchpoints={touchpoints.data ?? []}
            value={filters.touchpointId || null}
            onChange={(id) => setFilter('touchpointId', id ?? '')}
            emptyLabel={t('responses.filters.allTouchpoints')}
          />
          <TextField
            type="date"
            label={t('responses.filters.from')}
            value={filters.from}
            max={filters.to || undefined}
            onChange={(event) => setFilter('from', event.target.value)}
          />
          <TextField
            type="date"
            label={t('responses.filters.to')}
            value={filters.to}
            min={filters.from || undefined}
            onChange={(event) => setFilter('to', event.target.value)}
          />
          {isFiltered && (
            <button
              type="button"
              className="btn btn-secondary filters-clear"
              onClick={() => {
                setSource('');
                setParams({}, { replace: true });
              }}
            >
              {t('responses.filters.clear')}
            </button>
          )}
        </search>
      </section>

      <section className="card" aria-labelledby="reviews-title">
        <div className="section-header">
          <h2 id="reviews-title" className="section-title">
            {t('reviews.listTitle')}
          </h2>
          {reviews.items.length > 0 && (
            <span className="muted" aria-live="polite">
              {reviews.hasNextPage
                ? t('reviews.shownMore', { count: reviews.items.length })
                : t('reviews.shown', { count: reviews.items.length })}
            </span>
          )}
        </div>
        {reviews.isPending ? (
          <LoadingState />
        ) : reviews.error ? (
          <ErrorState error={reviews.error} onRetry={() => void reviews.refetch()} />
        ) : reviews.items.length === 0 ? (
          <EmptyState
            title={isFiltered ? t('reviews.emptyFiltered') : t('reviews.empty')}
            testId="reviews-empty"
            action={
              canImport &&
              !isFiltered && (
                <button type="button" className="btn btn-primary" onClick={() => setIsImporting(true)}>
                  {t('reviews.import')}
                </button>
              )
            }
          >
            <p>{isFiltered ? t('responses.emptyFilteredHint') : t('reviews.emptyHint')}</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table table-top table-stack" data-testid="reviews-table">
              <thead>
                <tr>
                  <th scope="col">{t('reviews.columns.posted')}</th>
                  <th scope="col">{t('reviews.columns.rating')}</th>
                  <th scope="col">{t('reviews.columns.author')}</th>
                  <th scope="col">{t('reviews.columns.review')}</th>
                </tr>
              </thead>
              <tbody>
                {reviews.items.map((review) => (
                  <ReviewRow key={review.id} review={review} touchpoints={touchpoints.data} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore
          hasNextPage={reviews.hasNextPage}
          isFetchingNextPage={reviews.isFetchingNextPage}
          onLoadMore={() => void reviews.fetchNextPage()}
        />
      </section>
      <ImportReviewsDialog open={isImporting} onClose={() => setIsImporting(false)} />
    </div>
  );
}

function ReviewRow({ review, touchpoints }: { review: TReview; touchpoints: TTouchpointRow[] | undefined }) {
  const { t } = useTranslation();
  const url = safeUrl(review.url);
  const touchpoint = touchpointLabel(touchpoints, review.touchpointId);
  return (
    <tr data-testid="review-row" data-source={review.source} data-external-id={review.externalId}>
      <td data-label={t('reviews.columns.posted')} className="nowrap">
        <span className="person">
          <time dateTime={review.postedAt} title={formatDateTime(review.postedAt)}>
            {formatDate(review.postedAt)}
          </time>
          <span className="person-email">
            <span className="badge badge-neutral">{review.source}</span>
          </span>
          {touchpoint && <span className="person-email">{touchpoint}</span>}
        </span>
      </td>
      <td data-label={t('reviews.columns.rating')}>
        {review.rating !== null ? (
          <Stars rating={review.rating} scale={review.ratingScale} />
        ) : (
          <span className="muted">{t('reviews.noRating')}</span>
        )}
      </td>
      <td data-label={t('reviews.columns.author')}>
        {review.author ?? <span className="muted">{t('reviews.anonymous')}</span>}
      </td>
      <td data-label={t('reviews.columns.review')} className="cell-review">
        {review.title && <p className="strong">{review.title}</p>}
        {review.text ? (
          <p className="prewrap" lang={review.language ?? undefined}>
            {review.text}
          </p>
        ) : (
          <p className="muted">{t('reviews.noText')}</p>
        )}
        <p className="review-meta">
          {review.language && <span>{languageName(review.language)}</span>}
          {url && (
            <a href={url} target="_blank" rel="noreferrer noopener" className="review-link">
              {t('reviews.open', { source: review.source })}
              <Icon name="external" size={14} />
            </a>
          )}
        </p>
      </td>
    </tr>
  );
}

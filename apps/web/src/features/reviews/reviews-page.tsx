import type { TReview } from '@touchpoint/schemas/browser';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { TextField } from '../../components/fields';
import { DateRangeFields, FilterBar, useUrlFilters } from '../../components/filter-bar';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { useTouchpoints } from '../journeys/journeys.api';
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
  const [isImporting, setIsImporting] = useState(false);
  const { filters: raw, isFiltered, setFilter, clearFilters } = useUrlFilters(REVIEW_FILTER_NAMES);
  const filters = raw as TReviewFilters;

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
      <FilterBar
        title={t('reviews.filters.title')}
        isFiltered={isFiltered}
        onClear={() => {
          setSource('');
          clearFilters();
        }}
        clearLabel={t('responses.filters.clear')}
      >
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
        <DateRangeFields from={filters.from} to={filters.to} onChange={setFilter} />
      </FilterBar>

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
        <DataTable
          query={reviews}
          label={t('reviews.listTitle')}
          testId="reviews-table"
          className="table-top"
          isStacked
          rowKey={(review) => review.id}
          rowProps={(review) => ({
            'data-testid': 'review-row',
            'data-source': review.source,
            'data-external-id': review.externalId,
          })}
          empty={
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
          }
          columns={[
            {
              id: 'posted',
              header: t('reviews.columns.posted'),
              className: 'nowrap',
              cell: (review) => {
                const touchpoint = touchpointLabel(touchpoints.data, review.touchpointId);
                return (
                  <span className="person">
                    <time dateTime={review.postedAt} title={formatDateTime(review.postedAt)}>
                      {formatDate(review.postedAt)}
                    </time>
                    <span className="person-email">
                      <span className="badge badge-neutral">{review.source}</span>
                    </span>
                    {touchpoint && <span className="person-email">{touchpoint}</span>}
                  </span>
                );
              },
            },
            {
              id: 'rating',
              header: t('reviews.columns.rating'),
              cell: (review) =>
                review.rating !== null ? (
                  <Stars rating={review.rating} scale={review.ratingScale} />
                ) : (
                  <span className="muted">{t('reviews.noRating')}</span>
                ),
            },
            {
              id: 'author',
              header: t('reviews.columns.author'),
              cell: (review) => review.author ?? <span className="muted">{t('reviews.anonymous')}</span>,
            },
            {
              id: 'review',
              header: t('reviews.columns.review'),
              className: 'cell-review',
              cell: (review) => <ReviewText review={review} />,
            },
          ]}
        />
      </section>
      <ImportReviewsDialog open={isImporting} onClose={() => setIsImporting(false)} />
    </div>
  );
}

/** The review itself: title, text in its language, and a link to it where it was posted. */
function ReviewText({ review }: { review: TReview }) {
  const { t } = useTranslation();
  const url = safeUrl(review.url);
  return (
    <>
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
    </>
  );
}

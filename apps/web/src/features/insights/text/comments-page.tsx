import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-message';
import { SelectField } from '../../../components/fields';
import { LoadMore } from '../../../components/load-more';
import { LoadingState } from '../../../components/loading';
import { CommentCard } from './comment-card';
import { SearchField } from './search-field';
import { useComments, useTopics } from './text.api';
import { TextFilters, useTextFilterValues } from './text-filters';
import { SENTIMENT_LABELS } from './text-format';
import { TextPageFrame } from './text-page-frame';

const FILTER_NAMES = ['topicId', 'sentiment', 'lang', 'q', 'surveyId', 'touchpointId', 'from', 'to'];

export function CommentsPage() {
  const { t } = useTranslation();
  const filters = useTextFilterValues(null);
  const topics = useTopics();
  const topicId = filters.get('topicId');
  const sentiment = filters.get('sentiment');
  const q = filters.get('q');
  const comments = useComments({
    ...filters.query,
    topicId: topicId || undefined,
    sentiment: sentiment || undefined,
    q: q || undefined,
  });
  const isFiltered = FILTER_NAMES.some((name) => filters.get(name));
  const topic = topics.data?.find((item) => item.id === topicId);

  return (
    <TextPageFrame testId="comments-page">
      <TextFilters
        titleId="comment-filters-title"
        show={['period', 'survey', 'touchpoint', 'language']}
        defaultDays={null}
      >
        <SelectField
          label={t('insights.text.filters.topic')}
          value={topicId}
          onChange={(event) => filters.set({ topicId: event.target.value })}
        >
          <option value="">{t('insights.text.filters.allTopics')}</option>
          {(topics.data ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
          {topicId && !topic && <option value={topicId}>…</option>}
        </SelectField>
        <SelectField
          label={t('insights.text.filters.sentiment')}
          value={sentiment}
          onChange={(event) => filters.set({ sentiment: event.target.value })}
        >
          <option value="">{t('insights.text.filters.allSentiments')}</option>
          {SENTIMENT_LABELS.map((label) => (
            <option key={label} value={label}>
              {t(`insights.text.sentiments.${label}`)}
            </option>
          ))}
        </SelectField>
        <SearchField value={q} onChange={(value) => filters.set({ q: value })} />
        {isFiltered && (
          <button
            type="button"
            className="btn btn-secondary filters-clear"
            onClick={() => filters.set(Object.fromEntries(FILTER_NAMES.map((name) => [name, ''])))}
          >
            {t('insights.text.filters.clear')}
          </button>
        )}
      </TextFilters>

      <section className="card" aria-labelledby="comments-title">
        <div className="section-header">
          <h2 id="comments-title" className="section-title">
            {topic
              ? t('insights.text.comments.titleFor', { name: topic.name })
              : t('insights.text.comments.title')}
          </h2>
          {comments.items.length > 0 && (
            <span className="muted" aria-live="polite" data-testid="comments-shown">
              {comments.hasNextPage
                ? t('insights.text.comments.shownMore', { count: comments.items.length })
                : t('insights.text.comments.shown', { count: comments.items.length })}
            </span>
          )}
        </div>
        <p className="muted">{t('insights.text.comments.lead')}</p>
        {comments.isPending ? (
          <LoadingState />
        ) : comments.error ? (
          <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
        ) : comments.items.length === 0 ? (
          <EmptyState
            title={isFiltered ? t('insights.text.comments.emptyFiltered') : t('insights.text.comments.empty')}
            testId="comments-empty"
          >
            <p>
              {isFiltered
                ? t('insights.text.comments.emptyFilteredHint')
                : t('insights.text.comments.emptyHint')}
            </p>
          </EmptyState>
        ) : (
          <ul className="comment-list" data-testid="comment-list">
            {comments.items.map((comment) => (
              <li key={`${comment.itemKind}:${comment.itemId}:${comment.field}`}>
                <CommentCard comment={comment} />
              </li>
            ))}
          </ul>
        )}
        <LoadMore
          hasNextPage={comments.hasNextPage}
          isFetchingNextPage={comments.isFetchingNextPage}
          onLoadMore={() => void comments.fetchNextPage()}
        />
      </section>
    </TextPageFrame>
  );
}

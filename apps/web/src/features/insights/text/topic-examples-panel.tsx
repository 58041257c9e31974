import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState, FormError } from '../../../components/error-message';
import { LoadMore } from '../../../components/load-more';
import { LoadingState } from '../../../components/loading';
import { formatDateTime } from '../../../lib/format';
import { CommentCard } from './comment-card';
import { SearchField } from './search-field';
import {
  type TComment,
  type TTopic,
  type TTopicExample,
  useAddTopicExample,
  useComments,
  useRemoveTopicExample,
  useTopicExamples,
} from './text.api';

const SEARCH_PAGE = 10;

function keyOf(item: { itemKind: string; itemId: string; field: string }): string {
  return `${item.itemKind}:${item.itemId}:${item.field}`;
}

/**
 * Comments tagged as belonging to the topic or not: what the classifier learns from. Tagging is a pair of
 * toggle buttons per comment; pressing the pressed one again removes the tag.
 */
export function TopicExamplesPanel({ topic, canManage }: { topic: TTopic; canManage: boolean }) {
  const { t } = useTranslation();
  const examples = useTopicExamples(topic.id);
  const add = useAddTopicExample(topic.id);
  const remove = useRemoveTopicExample(topic.id);
  const [q, setQ] = useState('');
  const search = useComments({ q }, { enabled: canManage && q.length > 0, limit: SEARCH_PAGE });
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const byKey = new Map((examples.data ?? []).map((example) => [keyOf(example), example]));
  const tagged = examples.data ?? [];

  const tag = async (comment: TComment, positive: boolean) => {
    const key = keyOf(comment);
    const existing = byKey.get(key);
    setBusyKey(key);
    add.reset();
    remove.reset();
    try {
      if (existing) await remove.mutateAsync(existing.id);
      if (existing?.positive === positive) {
        setAnnouncement(t('insights.text.examples.untagged'));
        return;
      }
      await add.mutateAsync({
        itemKind: comment.itemKind,
        itemId: comment.itemId,
        field: comment.field,
        positive,
      });
      setAnnouncement(
        positive ? t('insights.text.examples.taggedIn') : t('insights.text.examples.taggedOut'),
      );
    } catch {
      // The mutation keeps the error; FormError below shows it.
    } finally {
      setBusyKey(null);
    }
  };

  const untag = (example: TTopicExample) => {
    add.reset();
    remove.mutate(example.id, { onSuccess: () => setAnnouncement(t('insights.text.examples.untagged')) });
  };

  return (
    <section className="card" aria-labelledby="topic-examples-title" data-testid="topic-examples">
      <div className="section-header">
        <h2 id="topic-examples-title" className="section-title">
          {t('insights.text.examples.title')}
        </h2>
        <span className="muted" data-testid="example-counts">
          {t('insights.text.examples.counts', {
            positive: tagged.filter((example) => example.positive).length,
            negative: tagged.filter((example) => !example.positive).length,
          })}
        </span>
      </div>
      <p className="muted">{t('insights.text.examples.lead')}</p>
      <FormError error={add.error ?? remove.error} testId="example-error" />
      <div className="examples-layout">
        <section aria-labelledby="tagged-examples-title" className="stack">
          <h3 id="tagged-examples-title" className="subsection-title">
            {t('insights.text.examples.tagged')}
          </h3>
          {examples.isPending ? (
            <LoadingState />
          ) : examples.error ? (
            <ErrorState error={examples.error} onRetry={() => void examples.refetch()} />
          ) : tagged.length === 0 ? (
            <EmptyState title={t('insights.text.examples.none')} testId="examples-empty">
              <p>
                {canManage ? t('insights.text.examples.noneHint') : t('insights.text.examples.noneReadOnly')}
              </p>
            </EmptyState>
          ) : (
            <ul className="example-list" data-testid="example-list">
              {tagged.map((example) => (
                <li
                  key={example.id}
                  className={`example ${example.positive ? 'is-positive' : 'is-negative'}`}
                  data-testid="example"
                >
                  <span className={`badge ${example.positive ? 'badge-belongs' : 'badge-not-belongs'}`}>
                    <span aria-hidden="true">{example.positive ? '✓' : '✗'}</span>{' '}
                    {example.positive
                      ? t('insights.text.examples.belongs')
                      : t('insights.text.examples.notBelongs')}
                  </span>
                  <p className="example-text prewrap">{example.text}</p>
                  <span className="muted small">{formatDateTime(example.createdAt)}</span>
                  {canManage && (
                    <button
                      type="button"
                      className="btn btn-ghost-danger btn-small"
                      onClick={() => untag(example)}
                      disabled={remove.isPending}
                      aria-label={t('insights.text.examples.removeNamed', { text: excerpt(example.text) })}
                    >
                      {t('insights.text.examples.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        {canManage && (
          <section aria-labelledby="find-examples-title" className="stack">
            <h3 id="find-examples-title" className="subsection-title">
              {t('insights.text.examples.find')}
            </h3>
            <SearchField
              id="example-search"
              value={q}
              onChange={setQ}
              label={t('insights.text.examples.searchLabel')}
            />
            {!q ? (
              <p className="muted">{t('insights.text.examples.searchHint')}</p>
            ) : search.isPending ? (
              <LoadingState />
            ) : search.error ? (
              <ErrorState error={search.error} onRetry={() => void search.refetch()} />
            ) : search.items.length === 0 ? (
              <p className="muted" data-testid="example-search-empty">
                {t('insights.text.examples.noResults')}
              </p>
            ) : (
              <ul className="comment-list" data-testid="example-search-results">
                {search.items.map((comment) => {
                  const key = keyOf(comment);
                  const existing = byKey.get(key);
                  const isBusy = busyKey === key;
                  return (
                    <li key={key}>
                      <CommentCard
                        comment={comment}
                        isCompact
                        actions={
                          // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field set.
                          <div
                            className="button-row"
                            role="group"
                            aria-label={t('insights.text.examples.tagGroup')}
                          >
                            <button
                              type="button"
                              className={`btn btn-small ${existing?.positive === true ? 'btn-belongs' : 'btn-secondary'}`}
                              aria-pressed={existing?.positive === true}
                              disabled={isBusy}
                              onClick={() => void tag(comment, true)}
                            >
                              <span aria-hidden="true">✓</span>
                              {t('insights.text.examples.belongs')}
                            </button>
                            <button
                              type="button"
                              className={`btn btn-small ${existing?.positive === false ? 'btn-not-belongs' : 'btn-secondary'}`}
                              aria-pressed={existing?.positive === false}
                              disabled={isBusy}
                              onClick={() => void tag(comment, false)}
                            >
                              <span aria-hidden="true">✗</span>
                              {t('insights.text.examples.notBelongs')}
                            </button>
                          </div>
                        }
                      />
                    </li>
                  );
                })}
              </ul>
            )}
            <LoadMore
              hasNextPage={search.hasNextPage}
              isFetchingNextPage={search.isFetchingNextPage}
              onLoadMore={() => void search.fetchNextPage()}
            />
          </section>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="example-announcer">
        {announcement}
      </p>
    </section>
  );
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

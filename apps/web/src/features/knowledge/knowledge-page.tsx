import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { FilterBar, useUrlFilters } from '../../components/filter-bar';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import { formatDateTime } from '../../lib/format';
import { useSignedInMe } from '../auth/auth.api';
import { InboxTabs } from '../inbox/inbox-tabs';
import { useDebouncedValue } from '../insights/text/use-debounced-value';
import {
  localized,
  type TArticle,
  useArticles,
  useCanManageKnowledge,
  useCreateArticle,
  useDeleteArticle,
  useUpdateArticle,
} from './knowledge.api';
import '../inbox/inbox.css';

const FILTERS = ['q', 'status', 'tag'] as const;

export function ArticleStatusBadge({ status }: { status: TArticle['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge kb-status-${status}`}>{t(`knowledge.status.${status}`)}</span>;
}

/** The knowledge base the bot answers from and the help center shows: search, filters, publish, delete. */
export function KnowledgePage() {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const canManage = useCanManageKnowledge();
  const { filters, isFiltered, setFilter, clearFilters } = useUrlFilters(FILTERS);
  const q = useDebouncedValue(filters.q, 300);
  const tag = useDebouncedValue(filters.tag, 300);
  const articles = useArticles({ q: q.trim(), status: filters.status, tag: tag.trim() });
  const update = useUpdateArticle();
  const remove = useDeleteArticle();
  const restore = useCreateArticle();
  const [deleted, setDeleted] = useState<TArticle | null>(null);
  const helpCenter = `/help/${me.workspace.id}`;

  const undo = () => {
    if (!deleted) return;
    const { title, body, questions, tags, status } = deleted;
    restore.mutate({ title, body, questions, tags, status }, { onSuccess: () => setDeleted(null) });
  };

  return (
    <div className="page page-wide" data-testid="knowledge">
      <PageHeader
        title={t('knowledge.title')}
        description={t('knowledge.lead')}
        actions={
          <>
            <a
              className="btn btn-secondary"
              href={helpCenter}
              target="_blank"
              rel="noreferrer"
              data-testid="help-center-link"
            >
              <Icon name="external" size={16} />
              {t('knowledge.helpCenter')}
            </a>
            {canManage && (
              <Link to="/inbox/knowledge/new" className="btn btn-primary" data-testid="new-article">
                <Icon name="plus" size={16} />
                {t('knowledge.new')}
              </Link>
            )}
          </>
        }
      />
      <InboxTabs />
      {deleted && (
        <div className="alert alert-info" role="status" data-testid="article-deleted">
          <p>{t('knowledge.deleted', { title: localized(deleted.title, i18n.language) || '—' })}</p>
          <div className="button-row">
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={undo}
              disabled={restore.isPending}
              data-testid="undo-delete"
            >
              {restore.isPending ? t('common.working') : t('knowledge.undo')}
            </button>
            <button type="button" className="btn-link" onClick={() => setDeleted(null)}>
              {t('knowledge.dismiss')}
            </button>
          </div>
          <FormError error={restore.error} />
        </div>
      )}
      <FilterBar title={t('knowledge.filters.title')} isFiltered={isFiltered} onClear={clearFilters}>
        <TextField
          type="search"
          label={t('knowledge.filters.search')}
          value={filters.q}
          onChange={(event) => setFilter('q', event.target.value)}
          data-testid="knowledge-search"
        />
        <SelectField
          label={t('knowledge.filters.status')}
          value={filters.status}
          onChange={(event) => setFilter('status', event.target.value)}
          data-testid="knowledge-filter-status"
        >
          <option value="">{t('knowledge.filters.anyStatus')}</option>
          <option value="published">{t('knowledge.status.published')}</option>
          <option value="draft">{t('knowledge.status.draft')}</option>
        </SelectField>
        <TextField
          label={t('knowledge.filters.tag')}
          value={filters.tag}
          onChange={(event) => setFilter('tag', event.target.value)}
          data-testid="knowledge-filter-tag"
        />
      </FilterBar>
      <FormError error={update.error ?? remove.error} />
      <section className="card" aria-labelledby="knowledge-list-title">
        <h2 id="knowledge-list-title" className="section-title">
          {t('knowledge.listTitle')}
        </h2>
        <DataTable
          query={articles}
          label={t('knowledge.listTitle')}
          testId="articles-table"
          isStacked
          isBusy={articles.isPlaceholderData}
          rowKey={(item) => item.id}
          rowProps={(item) => ({ 'data-testid': 'article-row', 'data-article-id': item.id })}
          empty={
            <EmptyState
              title={isFiltered ? t('knowledge.emptyFiltered') : t('knowledge.empty')}
              testId="articles-empty"
            >
              <p>{isFiltered ? t('knowledge.emptyFilteredHint') : t('knowledge.emptyHint')}</p>
            </EmptyState>
          }
          columns={[
            {
              id: 'title',
              header: t('knowledge.columns.title'),
              cell: (item) => {
                const title = localized(item.title, i18n.language) || t('knowledge.untitled');
                return (
                  <div className="stack-sm">
                    <Link to={`/inbox/knowledge/${item.id}`} className="strong" data-testid="article-link">
                      {title}
                    </Link>
                    <span className="muted small">
                      {[item.title.en ? 'EN' : null, item.title.vi ? 'VI' : null].filter(Boolean).join(' · ')}
                    </span>
                  </div>
                );
              },
            },
            {
              id: 'status',
              header: t('knowledge.columns.status'),
              cell: (item) => <ArticleStatusBadge status={item.status} />,
            },
            {
              id: 'tags',
              header: t('knowledge.columns.tags'),
              cell: (item) =>
                item.tags.length > 0 ? (
                  <span className="kb-tags">
                    {item.tags.map((name) => (
                      <button
                        key={name}
                        type="button"
                        className="chip"
                        onClick={() => setFilter('tag', name)}
                        aria-label={t('knowledge.filterByTag', { tag: name })}
                      >
                        {name}
                      </button>
                    ))}
                  </span>
                ) : (
                  <span className="muted">—</span>
                ),
            },
            {
              id: 'questions',
              header: t('knowledge.columns.questions'),
              className: 'num',
              cell: (item) => item.questions.length,
            },
            {
              id: 'updated',
              header: t('knowledge.columns.updated'),
              className: 'nowrap',
              cell: (item) => formatDateTime(item.updatedAt ?? item.createdAt ?? null),
            },
            canManage && {
              id: 'actions',
              header: t('common.actions'),
              isHeaderHidden: true,
              className: 'cell-actions',
              cell: (item) => {
                const title = localized(item.title, i18n.language) || t('knowledge.untitled');
                return (
                  <RowActions
                    actions={[
                      {
                        id: 'publish',
                        label:
                          item.status === 'published' ? t('knowledge.unpublish') : t('knowledge.publish'),
                        ariaLabel: `${item.status === 'published' ? t('knowledge.unpublish') : t('knowledge.publish')} ${title}`,
                        testId: 'toggle-publish',
                        onSelect: () =>
                          update.mutate({
                            id: item.id,
                            status: item.status === 'published' ? 'draft' : 'published',
                          }),
                      },
                      {
                        id: 'delete',
                        label: t('knowledge.delete'),
                        ariaLabel: `${t('knowledge.delete')} ${title}`,
                        variant: 'danger',
                        icon: 'trash',
                        testId: 'delete-article',
                        confirm: {
                          title: t('knowledge.deleteTitle'),
                          body: <p>{t('knowledge.deleteBody', { title })}</p>,
                          confirmLabel: t('knowledge.delete'),
                        },
                        onSelect: async () => {
                          await remove.mutateAsync(item.id);
                          setDeleted(item);
                        },
                      },
                    ]}
                  />
                );
              },
            },
          ]}
        />
      </section>
    </div>
  );
}

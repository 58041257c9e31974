import type { TSegment } from '@touchpoint/schemas/browser';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { NoContactsAccess } from '../customers/customers-page';
import { useDeleteSegment, useSegments } from './segments.api';

/** `/segments`: the workspace's segments, searchable, each opening its editor and member list. */
export function SegmentsPage() {
  const { t } = useTranslation();
  const canRead = useCan('contacts.read');
  const canWrite = useCan('contacts.write');
  return (
    <div className="page page-wide" data-testid="segments-page">
      <PageHeader
        title={t('segments.title')}
        description={t('segments.lead')}
        actions={
          canWrite && (
            <Link to="/segments/new" className="btn btn-primary" data-testid="new-segment">
              <Icon name="plus" size={16} />
              {t('segments.new')}
            </Link>
          )
        }
      />
      {canRead ? <SegmentsList canWrite={canWrite} /> : <NoContactsAccess />}
    </div>
  );
}

function SegmentsList({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const committed = params.get('q') ?? '';
  const [search, setSearch] = useState(committed);
  const pending = search.trim() === committed ? null : search.trim();
  // biome-ignore lint/correctness/useExhaustiveDependencies: setParams is stable enough; the value decides
  useEffect(() => {
    if (pending === null) return;
    const timer = window.setTimeout(() => setParams(pending ? { q: pending } : {}, { replace: true }), 300);
    return () => window.clearTimeout(timer);
  }, [pending]);
  const segments = useSegments(committed);
  const remove = useDeleteSegment();

  return (
    <section className="card" aria-labelledby="segments-list-title">
      <div className="section-header">
        <h2 id="segments-list-title" className="section-title">
          {t('segments.listTitle')}
        </h2>
      </div>
      <search className="filters" aria-label={t('segments.searchLabel')}>
        <TextField
          type="search"
          label={t('segments.search')}
          value={search}
          maxLength={200}
          onChange={(event) => setSearch(event.target.value)}
          className="filters-wide"
          data-testid="segment-search"
        />
      </search>
      <DataTable
        query={segments}
        label={t('segments.listTitle')}
        testId="segments-table"
        className="table-top"
        isStacked
        isBusy={segments.isPlaceholderData}
        rowKey={(segment: TSegment) => segment.id}
        rowProps={(segment) => ({ 'data-testid': 'segment-row', 'data-name': segment.name })}
        empty={
          <EmptyState
            title={committed ? t('segments.emptySearch', { q: committed }) : t('segments.empty')}
            testId="segments-empty"
          >
            <p>{t('segments.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          {
            id: 'name',
            header: t('segments.columns.name'),
            cell: (segment) => (
              <div>
                <Link to={`/segments/${segment.id}`} className="strong break">
                  {segment.name}
                </Link>
                {segment.description && <p className="muted small">{segment.description}</p>}
              </div>
            ),
          },
          {
            id: 'kind',
            header: t('segments.columns.kind'),
            cell: (segment) => t(`segments.kinds.${segment.kind}`),
          },
          {
            id: 'updated',
            header: t('segments.columns.updated'),
            className: 'nowrap',
            cell: (segment) => formatDate(segment.updatedAt),
          },
          {
            id: 'actions',
            header: t('segments.columns.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (segment) => (
              <RowActions
                actions={[
                  {
                    id: 'open',
                    label: t('segments.open'),
                    ariaLabel: t('segments.openNamed', { name: segment.name }),
                    to: `/segments/${segment.id}`,
                    variant: 'secondary',
                  },
                  {
                    id: 'delete',
                    label: t('segments.delete'),
                    ariaLabel: t('segments.deleteNamed', { name: segment.name }),
                    variant: 'danger',
                    icon: 'trash',
                    isHidden: !canWrite,
                    testId: 'segment-delete',
                    confirm: {
                      title: t('segments.deleteTitle', { name: segment.name }),
                      body: t('segments.deleteBody'),
                      confirmLabel: t('segments.delete'),
                    },
                    onSelect: () => remove.mutateAsync(segment.id),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </section>
  );
}

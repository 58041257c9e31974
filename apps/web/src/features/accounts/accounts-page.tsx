import type { TAccountListItem } from '@touchpoint/schemas/browser';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { SelectField, TextField } from '../../components/fields';
import { FilterBar, useUrlFilters } from '../../components/filter-bar';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { NoContactsAccess } from '../customers/customers-page';
import { ACCOUNT_SORT_OPTIONS, formatSigned, type TAccountSort, useAccounts } from './accounts.api';

const FILTERS = ['q', 'sort'] as const;

/** `/accounts`: B2B accounts with their health, risk, spend and renewal, sortable by each. */
export function AccountsPage() {
  const { t } = useTranslation();
  const canRead = useCan('contacts.read');
  return (
    <div className="page page-wide" data-testid="accounts-page">
      <PageHeader title={t('nav.accounts')} description={t('accounts.lead')} />
      {canRead ? <AccountsList /> : <NoContactsAccess />}
    </div>
  );
}

function AccountsList() {
  const { t } = useTranslation();
  const { filters, isFiltered, setFilter, clearFilters } = useUrlFilters(FILTERS);
  const sort = (ACCOUNT_SORT_OPTIONS as readonly string[]).includes(filters.sort)
    ? (filters.sort as TAccountSort)
    : 'name';
  const [search, setSearch] = useState(filters.q);
  const pending = search.trim() === filters.q ? null : search.trim();
  // biome-ignore lint/correctness/useExhaustiveDependencies: setFilter is a fresh closure each render; the value decides
  useEffect(() => {
    if (pending === null) return;
    const timer = window.setTimeout(() => setFilter('q', pending), 300);
    return () => window.clearTimeout(timer);
  }, [pending]);
  const accounts = useAccounts(sort, filters.q);

  return (
    <>
      <FilterBar
        title={t('accounts.filters.title')}
        isFiltered={isFiltered}
        onClear={() => {
          setSearch('');
          clearFilters();
        }}
        testId="accounts-filters"
      >
        <TextField
          type="search"
          label={t('accounts.filters.search')}
          value={search}
          maxLength={200}
          placeholder={t('accounts.filters.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
          className="filters-wide"
          data-testid="account-search"
        />
        <SelectField
          label={t('accounts.filters.sort')}
          value={sort}
          onChange={(event) => setFilter('sort', event.target.value === 'name' ? '' : event.target.value)}
          data-testid="account-sort"
        >
          {ACCOUNT_SORT_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {t(`accounts.sort.${option}`)}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      <section className="card" aria-labelledby="accounts-title">
        <div className="section-header">
          <h2 id="accounts-title" className="section-title">
            {t('accounts.listTitle')}
          </h2>
          {accounts.items.length > 0 && (
            <span className="muted" aria-live="polite">
              {t('accounts.shown', { count: accounts.items.length })}
            </span>
          )}
        </div>
        <DataTable
          query={accounts}
          label={t('accounts.listTitle')}
          testId="accounts-table"
          className="table-top"
          isStacked
          isBusy={accounts.isPlaceholderData}
          rowKey={(account) => account.id}
          rowProps={(account) => ({ 'data-testid': 'account-row', 'data-name': account.name })}
          empty={
            <EmptyState
              title={filters.q ? t('accounts.emptySearch', { q: filters.q }) : t('accounts.empty')}
              testId="accounts-empty"
            >
              <p>{t('accounts.emptyHint')}</p>
            </EmptyState>
          }
          columns={[
            {
              id: 'name',
              header: t('accounts.columns.account'),
              cell: (account) => (
                <div className="stack-sm">
                  <Link to={`/accounts/${account.id}`} className="strong break">
                    {account.name}
                  </Link>
                  {account.domain && <span className="muted small">{account.domain}</span>}
                </div>
              ),
            },
            {
              id: 'people',
              header: t('accounts.columns.people'),
              className: 'cell-number',
              cell: (account) => account.people,
            },
            {
              id: 'health',
              header: t('accounts.columns.health'),
              className: 'nowrap',
              cell: (account) => <HealthCell account={account} />,
            },
            {
              id: 'risk',
              header: t('accounts.columns.risk'),
              className: 'cell-number',
              cell: (account) => (account.risk === null ? '—' : `${Math.round(account.risk * 100)}%`),
            },
            {
              id: 'spend',
              header: t('accounts.columns.spend'),
              className: 'cell-number',
              cell: (account) => (account.spend === null ? '—' : account.spend.toLocaleString()),
            },
            {
              id: 'renewal',
              header: t('accounts.columns.renewal'),
              className: 'nowrap',
              cell: (account) => (account.renewalDate ? formatDate(account.renewalDate) : '—'),
            },
          ]}
        />
      </section>
    </>
  );
}

function HealthCell({ account }: { account: TAccountListItem }) {
  const { t } = useTranslation();
  if (account.health === null) return <span className="muted">{t('accounts.noAnswers')}</span>;
  return (
    <span data-testid="account-health">
      <span className="strong">{t('accounts.npsValue', { value: formatSigned(account.health) })}</span>{' '}
      <span className="muted small">{t('accounts.n', { count: account.healthN })}</span>
    </span>
  );
}

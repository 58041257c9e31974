import type { TContact } from '@touchpoint/schemas/browser';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useCan, useSignedInMe } from '../auth/auth.api';
import { useContacts } from './customers.api';

const SHOWN_ATTRIBUTES = 3;

/** The name a person is known by: their `name` attribute, else an identifier. */
export function contactTitle(contact: TContact, fallback: string): string {
  const name = contact.attributes.name;
  if (typeof name === 'string' && name.trim()) return name.trim();
  return contact.email ?? contact.phone ?? contact.externalId ?? fallback;
}

/** An attribute value as text: strings as they are, everything else as JSON. */
export function attributeText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function CustomersPage() {
  const { t } = useTranslation();
  const canRead = useCan('contacts.read');
  return (
    <div className="page page-wide" data-testid="customers-page">
      <PageHeader title={t('nav.customers')} description={t('customers.lead')} />
      {canRead ? <CustomersList /> : <NoContactsAccess />}
    </div>
  );
}

export function NoContactsAccess() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <div className="alert alert-info" role="status" data-testid="no-access">
      <p>{t('customers.noAccess', { role: t(`roles.${me.role}`) })}</p>
    </div>
  );
}

function CustomersList() {
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
  const contacts = useContacts(committed);

  return (
    <section className="card" aria-labelledby="customers-title">
      <div className="section-header">
        <h2 id="customers-title" className="section-title">
          {t('customers.listTitle')}
        </h2>
        {contacts.items.length > 0 && (
          <span className="muted" aria-live="polite">
            {contacts.hasNextPage
              ? t('customers.shownMore', { count: contacts.items.length })
              : t('customers.shown', { count: contacts.items.length })}
          </span>
        )}
      </div>
      <search className="filters" aria-label={t('customers.searchLabel')}>
        <TextField
          type="search"
          label={t('customers.search')}
          value={search}
          maxLength={200}
          placeholder={t('customers.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
          className="filters-wide"
          data-testid="customer-search"
        />
      </search>
      <DataTable
        query={contacts}
        label={t('customers.listTitle')}
        testId="customers-table"
        className="table-top"
        isStacked
        isBusy={contacts.isPlaceholderData}
        rowKey={(contact) => contact.id}
        rowProps={(contact) => ({ 'data-testid': 'customer-row', 'data-email': contact.email ?? '' })}
        empty={
          <EmptyState
            title={committed ? t('customers.emptySearch', { q: committed }) : t('customers.empty')}
            testId="customers-empty"
          >
            <p>{committed ? t('customers.emptySearchHint') : t('customers.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          {
            id: 'customer',
            header: t('customers.columns.customer'),
            cell: (contact) => (
              <Link to={`/customers/${contact.id}`} className="strong break">
                {contactTitle(contact, t('customers.unnamed'))}
              </Link>
            ),
          },
          {
            id: 'identifiers',
            header: t('customers.columns.identifiers'),
            cell: (contact) => <Identifiers contact={contact} />,
          },
          {
            id: 'attributes',
            header: t('customers.columns.attributes'),
            cell: (contact) => <AttributeChips contact={contact} />,
          },
          {
            id: 'since',
            header: t('customers.columns.since'),
            className: 'nowrap',
            cell: (contact) => formatDate(contact.createdAt),
          },
        ]}
      />
    </section>
  );
}

function Identifiers({ contact }: { contact: TContact }) {
  const { t } = useTranslation();
  return (
    <dl className="identifiers">
      {contact.email && (
        <div>
          <dt>{t('customers.fields.email')}</dt>
          <dd className="break">{contact.email}</dd>
        </div>
      )}
      {contact.phone && (
        <div>
          <dt>{t('customers.fields.phone')}</dt>
          <dd>{contact.phone}</dd>
        </div>
      )}
      {contact.externalId && (
        <div>
          <dt>{t('customers.fields.externalId')}</dt>
          <dd className="mono break">{contact.externalId}</dd>
        </div>
      )}
    </dl>
  );
}

function AttributeChips({ contact }: { contact: TContact }) {
  const { t } = useTranslation();
  const attributes = Object.entries(contact.attributes).filter(([key]) => key !== 'name');
  if (attributes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="attribute-chips">
      {attributes.slice(0, SHOWN_ATTRIBUTES).map(([key, value]) => (
        <li key={key} className="chip">
          <span className="muted">{key}:</span> {attributeText(value)}
        </li>
      ))}
      {attributes.length > SHOWN_ATTRIBUTES && (
        <li className="muted small">
          {t('customers.moreAttributes', { count: attributes.length - SHOWN_ATTRIBUTES })}
        </li>
      )}
    </ul>
  );
}

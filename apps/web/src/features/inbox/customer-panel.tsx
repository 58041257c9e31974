import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import type { TCustomerPanel } from './inbox.api';
import type { TConversationSummary } from './inbox-model';

type TUnverifiedIdentity = {
  externalId: string | null;
  email: string | null;
  name: string | null;
};

/** An attribute value as text: lists joined, objects as JSON, booleans as yes/no. */
function attributeText(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.map((item) => attributeText(item, yes, no)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The customer 360 beside the conversation: who they are, what they said in surveys, open cases. */
export function CustomerPanel({
  customer,
  contact,
  unverifiedIdentity,
}: {
  customer: TCustomerPanel | null;
  contact: TConversationSummary['contact'];
  /** What the chat page claimed about the visitor without proof (not linked to any contact). */
  unverifiedIdentity?: TUnverifiedIdentity | null;
}) {
  const { t } = useTranslation();
  const person = customer?.contact ?? contact;
  const attributes = Object.entries(customer?.attributes ?? {}).slice(0, 20);
  const responses = customer?.recentResponses ?? [];
  const cases = customer?.openCases ?? [];
  return (
    <aside
      className="card customer-panel"
      aria-labelledby="customer-panel-title"
      data-testid="customer-panel"
    >
      <h2 id="customer-panel-title" className="section-title">
        {t('inbox.customer.title')}
      </h2>
      {unverifiedIdentity && (
        <div className="stack-sm" role="note" data-testid="unverified-identity">
          <p className="strong">
            {[unverifiedIdentity.name, unverifiedIdentity.email, unverifiedIdentity.externalId]
              .filter(Boolean)
              .join(' · ')}{' '}
            <span className="badge badge-warning">{t('inbox.customer.unverified')}</span>
          </p>
          <p className="muted small">{t('inbox.customer.unverifiedHint')}</p>
        </div>
      )}
      {!person ? (
        !unverifiedIdentity && <p className="muted">{t('inbox.customer.anonymous')}</p>
      ) : (
        <div className="stack-sm">
          <p className="strong">
            {person.id ? (
              <Link to={`/customers/${person.id}`}>
                {person.name || person.email || t('inbox.anonymous')}
              </Link>
            ) : (
              person.name || person.email
            )}
          </p>
          {person.email && <p className="muted small">{person.email}</p>}
        </div>
      )}
      {attributes.length > 0 && (
        <section aria-labelledby="customer-attributes">
          <h3 id="customer-attributes" className="customer-panel-heading">
            {t('inbox.customer.attributes')}
          </h3>
          <dl className="customer-attributes" data-testid="customer-attributes">
            {attributes.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{attributeText(value, t('common.yes'), t('common.no'))}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="customer-responses">
        <h3 id="customer-responses" className="customer-panel-heading">
          {t('inbox.customer.responses')}
        </h3>
        {responses.length === 0 ? (
          <p className="muted small">{t('inbox.customer.noResponses')}</p>
        ) : (
          <ul className="customer-list" data-testid="customer-responses">
            {responses.slice(0, 5).map((response) => (
              <li key={response.id}>
                <p>
                  {response.score !== null && response.score !== undefined ? (
                    <span className="badge badge-info">
                      {t('inbox.customer.score', { score: response.score })}
                    </span>
                  ) : (
                    <span className="badge badge-neutral">{t('inbox.customer.noScore')}</span>
                  )}{' '}
                  {response.surveyName && <span className="small">{response.surveyName}</span>}
                </p>
                {response.comment && <p className="small">“{response.comment}”</p>}
                <p className="muted small">{formatDate(response.createdAt ?? null)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="customer-cases">
        <h3 id="customer-cases" className="customer-panel-heading">
          {t('inbox.customer.cases')}
        </h3>
        {cases.length === 0 ? (
          <p className="muted small">{t('inbox.customer.noCases')}</p>
        ) : (
          <ul className="customer-list" data-testid="customer-cases">
            {cases.map((item) => (
              <li key={item.id}>
                <Link to={`/cases/${item.id}`}>
                  {item.number ? `#${item.number} ` : ''}
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}

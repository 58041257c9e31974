import type { TContact, TSkipReason } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { Icon } from '../../components/icons';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../lib/api';
import type { TTimelineItem } from '../../lib/contracts';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { useContact, useTimeline } from './customers.api';
import { attributeText, contactTitle, NoContactsAccess } from './customers-page';

/** `/customers/:contactId`: one person's identifiers, attributes and timeline. */
export function ContactPage() {
  const { t } = useTranslation();
  const { contactId = '' } = useParams();
  const canRead = useCan('contacts.read');
  const contact = useContact(contactId);

  const back = (
    <Link to="/customers" className="btn btn-secondary btn-small">
      <Icon name="arrow-left" size={16} />
      {t('customers.back')}
    </Link>
  );
  if (!canRead) {
    return (
      <div className="page">
        <PageHeader title={t('nav.customers')} actions={back} />
        <NoContactsAccess />
      </div>
    );
  }
  if (contact.isPending) return <LoadingState />;
  if (contact.error) {
    return (
      <div className="page">
        <PageHeader title={t('nav.customers')} actions={back} />
        {isApiError(contact.error) && (contact.error.status === 404 || contact.error.status === 400) ? (
          <div className="alert alert-info" role="status" data-testid="contact-not-found">
            <p>{t('customers.notFound')}</p>
          </div>
        ) : (
          <ErrorState error={contact.error} onRetry={() => void contact.refetch()} />
        )}
      </div>
    );
  }
  return <ContactProfile contact={contact.data} back={back} />;
}

function ContactProfile({ contact, back }: { contact: TContact; back: React.ReactNode }) {
  const { t } = useTranslation();
  const title = contactTitle(contact, t('customers.unnamed'));
  const attributes = Object.entries(contact.attributes).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="page page-wide" data-testid="contact-page">
      <PageHeader title={title} description={t('customers.profileLead')} actions={back} />
      <div className="contact-layout">
        <div className="stack-lg">
          <section className="card" aria-labelledby="identifiers-title">
            <h2 id="identifiers-title" className="section-title">
              {t('customers.identifiers')}
            </h2>
            <dl className="facts facts-stacked" data-testid="contact-identifiers">
              <div>
                <dt>{t('customers.fields.email')}</dt>
                <dd className="break">{contact.email ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('customers.fields.phone')}</dt>
                <dd>{contact.phone ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('customers.fields.externalId')}</dt>
                <dd className="mono break">{contact.externalId ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('customers.fields.created')}</dt>
                <dd>{formatDateTime(contact.createdAt)}</dd>
              </div>
              <div>
                <dt>{t('customers.fields.updated')}</dt>
                <dd>{formatDateTime(contact.updatedAt)}</dd>
              </div>
              <div>
                <dt>{t('customers.fields.id')}</dt>
                <dd className="mono break small">{contact.id}</dd>
              </div>
            </dl>
          </section>
          <section className="card" aria-labelledby="attributes-title">
            <h2 id="attributes-title" className="section-title">
              {t('customers.attributes')}
            </h2>
            {attributes.length === 0 ? (
              <p className="muted">{t('customers.noAttributes')}</p>
            ) : (
              <dl className="facts facts-stacked" data-testid="contact-attributes">
                {attributes.map(([key, value]) => (
                  <div key={key}>
                    <dt className="mono">{key}</dt>
                    <dd className="break">{attributeText(value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </div>
        <Timeline contactId={contact.id} />
      </div>
    </div>
  );
}

const KIND_ICON = { event: 'journeys', response: 'responses', invitation: 'surveys', case: 'cases' } as const;

function Timeline({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(contactId, true);
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('customers.timeline.title')}
      </h2>
      {timeline.isPending ? (
        <LoadingState />
      ) : timeline.error ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.items.length === 0 ? (
        <EmptyState title={t('customers.timeline.empty')} testId="timeline-empty">
          <p>{t('customers.timeline.emptyHint')}</p>
        </EmptyState>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {timeline.items.map((item) => (
            <li
              key={`${item.kind}-${item.id}`}
              className={`timeline-item timeline-${item.kind}`}
              data-testid="timeline-item"
              data-kind={item.kind}
            >
              <span className="timeline-icon" aria-hidden="true">
                <Icon name={KIND_ICON[item.kind]} size={16} />
              </span>
              <div className="timeline-body">
                <p className="timeline-head">
                  <span className="timeline-kind">{t(`customers.timeline.kinds.${item.kind}`)}</span>
                  <time dateTime={item.occurredAt} className="muted small">
                    {formatDateTime(item.occurredAt)}
                  </time>
                </p>
                <TimelineDetail item={item} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <LoadMore
        hasNextPage={timeline.hasNextPage}
        isFetchingNextPage={timeline.isFetchingNextPage}
        onLoadMore={() => void timeline.fetchNextPage()}
      />
    </section>
  );
}

const INVITATION_BADGE: Record<string, string> = {
  queued: 'badge-status-pending',
  sent: 'badge-status-accepted',
  failed: 'badge-status-revoked',
  skipped: 'badge-neutral',
};

function TimelineDetail({ item }: { item: TTimelineItem }) {
  const { t } = useTranslation();
  const data = item.data;
  if (item.kind === 'invitation') {
    const status = String(data.status ?? '');
    const skipReason = typeof data.skipReason === 'string' ? (data.skipReason as TSkipReason) : null;
    const detail = typeof data.detail === 'string' ? data.detail : null;
    const trigger = typeof data.trigger === 'string' ? data.trigger : null;
    const channel = typeof data.channel === 'string' ? data.channel : 'email';
    return (
      <div className="stack-sm">
        <p>
          <span className="strong">{item.name}</span>{' '}
          <span className="muted">· {t(`channels.${channel}`, { defaultValue: channel })}</span>
          {trigger && <span className="muted"> · {t('surveyInvitations.byEvent', { event: trigger })}</span>}
        </p>
        <p>
          <span
            className={`badge ${INVITATION_BADGE[status] ?? 'badge-neutral'}`}
            data-testid="timeline-status"
          >
            {t(`surveyInvitations.status.${status}`, { defaultValue: status })}
          </span>
          {skipReason && (
            <span className="timeline-reason" data-testid="timeline-skip-reason">
              {' '}
              {t(`skipReasons.${skipReason}`)}
            </span>
          )}
        </p>
        {detail && <p className="muted small">{detail}</p>}
      </div>
    );
  }
  if (item.kind === 'response') {
    const score = typeof data.npsScore === 'number' ? data.npsScore : null;
    const answers = data.answers && typeof data.answers === 'object' ? Object.keys(data.answers).length : 0;
    return (
      <div className="stack-sm">
        <p>
          <span className="strong">{item.name}</span>
        </p>
        <p className="muted small">
          {data.finished ? t('responses.finished') : t('responses.partial')} ·{' '}
          {t('customers.timeline.answers', { count: answers })}
          {score !== null && <> · {t('customers.timeline.nps', { score })}</>}
        </p>
      </div>
    );
  }
  const properties = Object.entries(data);
  return (
    <div className="stack-sm">
      <p>
        <code className="inline-code">{item.name}</code>
      </p>
      {properties.length > 0 && (
        <dl className="properties">
          {properties.slice(0, 8).map(([key, value]) => (
            <div key={key}>
              <dt className="mono">{key}</dt>
              <dd className="break">{attributeText(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

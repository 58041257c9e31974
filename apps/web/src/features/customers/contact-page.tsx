import type { TContact, TContactProfile, TSkipReason } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../lib/api';
import type { TTimelineItem } from '../../lib/contracts';
import { formatDate, formatDateTime } from '../../lib/format';
import { useRoleLabel } from '../accounts/account-page';
import { useContactProfile } from '../accounts/accounts.api';
import { useCan } from '../auth/auth.api';
import { NextBestActionsPanel } from '../campaigns/next-best-actions-panel';
import { ChurnRiskPanel } from '../predictions/churn-risk-panel';
import { ConsentPanel, ContactPrivacyActions } from '../privacy/contact-privacy';
import { useContact, useContacts, useMergeContacts, useTimeline } from './customers.api';
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
  const canMerge = useCan('contacts.write');
  const [merging, setMerging] = useState(false);
  const profile = useContactProfile(contact.id);
  return (
    <div className="page page-wide" data-testid="contact-page">
      <PageHeader
        title={title}
        description={t('customers.profileLead')}
        actions={
          <>
            {canMerge && (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => setMerging(true)}
                data-testid="merge-open"
              >
                {t('customers.merge.open')}
              </button>
            )}
            <ContactPrivacyActions contactId={contact.id} name={title} />
            {back}
          </>
        }
      />
      {merging && <MergeDialog contact={contact} onClose={() => setMerging(false)} />}
      <div className="contact-layout">
        <div className="stack-lg">
          <ProfileSummary contact={contact} profile={profile.data} />
          <ChurnRiskPanel contact={contact} />
          <NextBestActionsPanel subject={{ kind: 'contact', id: contact.id }} />
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
          <ConsentPanel contactId={contact.id} />
        </div>
        <Timeline contactId={contact.id} />
      </div>
    </div>
  );
}

const KIND_ICON = { event: 'journeys', response: 'responses', invitation: 'surveys', case: 'cases' } as const;
const TIMELINE_KINDS = ['response', 'event', 'invitation', 'case'] as const;

function Timeline({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<string[]>([]);
  const timeline = useTimeline(contactId, true, kinds);
  const toggle = (kind: string) =>
    setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('customers.timeline.title')}
      </h2>
      <fieldset className="filters" data-testid="timeline-filters">
        <legend className="visually-hidden">{t('customers.timeline.filter')}</legend>
        {TIMELINE_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={() => toggle(kind)}
              data-testid={`timeline-filter-${kind}`}
            />
            {t(`customers.timeline.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
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
  if (item.kind === 'case') {
    return (
      <div className="stack-sm">
        <p>
          <Link to={`/cases/${item.id}`} className="strong">
            #{String(data.number ?? '')} {item.name}
          </Link>
        </p>
        <p className="muted small">
          {t(`cases.status.${String(data.status)}`, { defaultValue: String(data.status) })} ·{' '}
          {t(`cases.priority.${String(data.priority)}`, { defaultValue: String(data.priority) })}
        </p>
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

/** Account and role, latest scores with dates, sentiment by month and open cases. */
function ProfileSummary({ contact, profile }: { contact: TContact; profile: TContactProfile | undefined }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const accounts = profile?.accounts ?? (contact.account ? [contact.account] : []);
  const scores = profile?.latestScores;
  return (
    <>
      <section className="card" aria-labelledby="contact-account-title">
        <h2 id="contact-account-title" className="section-title">
          {t('customers.account.title')}
        </h2>
        {accounts.length === 0 ? (
          <p className="muted" data-testid="contact-no-account">
            {t('customers.account.none')}
          </p>
        ) : (
          <ul className="plain-list" data-testid="contact-accounts">
            {accounts.map((account) => (
              <li key={account.id}>
                <Link to={`/accounts/${account.id}`} className="strong">
                  {account.name}
                </Link>{' '}
                <span className="muted">· {roleLabel(account.role)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="contact-scores-title">
        <h2 id="contact-scores-title" className="section-title">
          {t('customers.scores.title')}
        </h2>
        <dl className="stat-row" data-testid="contact-scores">
          {(['nps', 'csat', 'ces'] as const).map((kind) => {
            const score = scores?.[kind] ?? null;
            return (
              <div key={kind} className="stat" data-testid={`contact-score-${kind}`}>
                <dt>{t(`customers.scores.${kind}`)}</dt>
                <dd>{score ? score.value : '—'}</dd>
                <dd className="stat-note">{score ? formatDate(score.at) : t('customers.scores.never')}</dd>
              </div>
            );
          })}
        </dl>
      </section>
      <section className="card" aria-labelledby="contact-sentiment-title">
        <h2 id="contact-sentiment-title" className="section-title">
          {t('customers.sentiment.title')}
        </h2>
        {!profile || profile.sentimentTrend.length === 0 ? (
          <p className="muted">{t('customers.sentiment.none')}</p>
        ) : (
          <ul className="plain-list" data-testid="contact-sentiment">
            {profile.sentimentTrend.map((month) => (
              <li key={month.month}>
                <span className="mono">{month.month}</span> <span>{month.score.toFixed(2)}</span>{' '}
                <span className="muted small">{t('customers.sentiment.comments', { count: month.n })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="contact-cases-title">
        <h2 id="contact-cases-title" className="section-title">
          {t('customers.openCases.title')}
        </h2>
        {!profile || profile.openCases.length === 0 ? (
          <p className="muted">{t('customers.openCases.none')}</p>
        ) : (
          <ul className="plain-list" data-testid="contact-open-cases">
            {profile.openCases.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>
                  #{c.number} {c.title}
                </Link>{' '}
                <span className="muted small">
                  {t(`cases.status.${c.status}`, { defaultValue: c.status })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type TIdKind = 'externalId' | 'email' | 'phone';
const ID_KINDS: readonly TIdKind[] = ['externalId', 'email', 'phone'];

/**
 * What a merge does with two profiles (the same rules as the server's identity resolution): the older
 * survives, its identifiers and attributes win, the other fills gaps.
 */
export function mergePlan(a: TContact, b: TContact) {
  const older = a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id) ? a : b;
  const newer = older === a ? b : a;
  return {
    survivor: older,
    merged: newer,
    identifiers: {
      externalId: older.externalId ?? newer.externalId,
      email: older.email ?? newer.email,
      phone: older.phone ?? newer.phone,
    },
    attributes: { ...newer.attributes, ...older.attributes },
  };
}

function MergeDialog({ contact, onClose }: { contact: TContact; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [other, setOther] = useState<TContact | null>(null);
  const candidates = useContacts(search);
  const merge = useMergeContacts(contact.id);
  const plan = other ? mergePlan(contact, other) : null;
  const title = (c: TContact) => contactTitle(c, t('customers.unnamed'));
  return (
    <Dialog open title={t('customers.merge.title')} onClose={onClose} testId="merge-dialog">
      <div className="dialog-body stack">
        {!other ? (
          <>
            <p>{t('customers.merge.lead', { name: title(contact) })}</p>
            <TextFieldSearch value={search} onChange={setSearch} />
            <ul className="plain-list" data-testid="merge-candidates">
              {candidates.items
                .filter((c) => c.id !== contact.id)
                .slice(0, 8)
                .map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className="btn btn-link"
                      onClick={() => setOther(c)}
                      data-testid="merge-candidate"
                    >
                      {title(c)}
                    </button>{' '}
                    <span className="muted small">
                      {[c.email, c.phone, c.externalId].filter(Boolean).join(' · ')}
                    </span>
                  </li>
                ))}
            </ul>
          </>
        ) : (
          plan && (
            <div className="stack" data-testid="merge-preview">
              <p>
                {t('customers.merge.preview', { survivor: title(plan.survivor), merged: title(plan.merged) })}
              </p>
              <dl className="facts facts-stacked">
                {ID_KINDS.map((kind) => (
                  <div key={kind}>
                    <dt>{t(`customers.fields.${kind}`)}</dt>
                    <dd className="break">{plan.identifiers[kind] ?? '—'}</dd>
                  </div>
                ))}
                <div>
                  <dt>{t('customers.attributes')}</dt>
                  <dd className="break">
                    {Object.entries(plan.attributes)
                      .map(([key, value]) => `${key}: ${attributeText(value)}`)
                      .join(', ') || '—'}
                  </dd>
                </div>
              </dl>
              <p className="muted small">{t('customers.merge.history')}</p>
              {merge.error ? <ErrorState error={merge.error} /> : null}
            </div>
          )
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={other ? () => setOther(null) : onClose}>
          {other ? t('customers.merge.back') : t('common.cancel')}
        </button>
        {plan && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={merge.isPending}
            data-testid="merge-confirm"
            onClick={() =>
              merge.mutate(plan.merged.id, {
                onSuccess: (result) => {
                  onClose();
                  void navigate(`/customers/${result.contact.id}`);
                },
              })
            }
          >
            {t('customers.merge.confirm')}
          </button>
        )}
      </div>
    </Dialog>
  );
}

function TextFieldSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextField
      type="search"
      label={t('customers.merge.search')}
      value={value}
      maxLength={200}
      placeholder={t('customers.searchPlaceholder')}
      onChange={(event) => onChange(event.target.value)}
      data-testid="merge-search"
    />
  );
}

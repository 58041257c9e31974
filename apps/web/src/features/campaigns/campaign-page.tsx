import type { TCampaign, TCampaignRecipient } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { useCampaign, useCampaignRecipients, useSendCampaign } from './campaigns.api';
import { CampaignStatus } from './campaigns-page';

/** `/campaigns/:campaignId`: progress, results (sent, skipped by reason, opened, answered) and the people. */
export function CampaignPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  const back = (
    <Link to="/campaigns" className="btn btn-secondary btn-small">
      <Icon name="arrow-left" size={16} />
      {t('campaigns.back')}
    </Link>
  );
  if (campaign.isPending) return <LoadingState />;
  if (campaign.error) {
    return (
      <div className="page">
        <PageHeader title={t('campaigns.title')} actions={back} />
        {isApiError(campaign.error) && (campaign.error.status === 404 || campaign.error.status === 400) ? (
          <div className="alert alert-info" role="status" data-testid="campaign-not-found">
            <p>{t('campaigns.notFound')}</p>
          </div>
        ) : (
          <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
        )}
      </div>
    );
  }
  return <CampaignDetail campaign={campaign.data} back={back} />;
}

function CampaignDetail({ campaign, back }: { campaign: TCampaign; back: React.ReactNode }) {
  const { t } = useTranslation();
  const canSend = useCan('invitations.send');
  const send = useSendCampaign();
  const results = campaign.results;
  const tiles: [string, number, string][] = results
    ? [
        ['recipients', results.recipients, t('campaigns.results.recipients')],
        ['sent', results.sent, t('campaigns.results.sent')],
        ['skipped', results.skipped, t('campaigns.results.skipped')],
        ['opened', results.opened, t('campaigns.results.opened')],
        ...(campaign.kind === 'survey'
          ? ([['answered', results.answered, t('campaigns.results.answered')]] as [string, number, string][])
          : []),
        ...(results.failed > 0
          ? ([['failed', results.failed, t('campaigns.results.failed')]] as [string, number, string][])
          : []),
      ]
    : [];
  const canStart = campaign.status === 'draft' || campaign.status === 'failed';
  return (
    <div className="page page-wide" data-testid="campaign-page" data-status={campaign.status}>
      <PageHeader
        title={campaign.name}
        description={t('campaigns.detailLead', {
          kind: t(`campaigns.kinds.${campaign.kind}`),
          segment: campaign.segmentName,
        })}
        actions={
          <>
            {canSend && canStart && (
              <button
                type="button"
                className="btn btn-primary btn-small"
                disabled={send.isPending}
                onClick={() => send.mutate(campaign.id)}
                data-testid="campaign-start"
              >
                {t(campaign.status === 'failed' ? 'campaigns.resume' : 'campaigns.sendNow')}
              </button>
            )}
            {back}
          </>
        }
      />
      <div className="stack-lg">
        <FormError error={send.error} />
        <section className="card" aria-labelledby="campaign-progress-title">
          <h2 id="campaign-progress-title" className="section-title">
            {t('campaigns.progress')}
          </h2>
          <p>
            <CampaignStatus campaign={campaign} />{' '}
            <span className="muted small">
              {campaign.finishedAt
                ? t('campaigns.finishedAt', { date: formatDateTime(campaign.finishedAt) })
                : campaign.startedAt
                  ? t('campaigns.startedAt', { date: formatDateTime(campaign.startedAt) })
                  : t('campaigns.notSent')}
            </span>
          </p>
          {campaign.status === 'sending' && (
            <progress
              max={Math.max(1, campaign.progress.total)}
              value={campaign.progress.processed}
              aria-label={t('campaigns.progress')}
            />
          )}
          {campaign.error && <p className="field-error">{campaign.error}</p>}
          <ul className="metric-cards" data-testid="campaign-results">
            {tiles.map(([id, value, label]) => (
              <li key={id}>
                <div className="metric-card" data-testid={`campaign-${id}`}>
                  <h3 className="metric-name">{label}</h3>
                  <p className="metric-value">{value}</p>
                </div>
              </li>
            ))}
          </ul>
          {results && results.skipped > 0 && (
            <>
              <h3 className="small muted">{t('campaigns.skipReasonsTitle')}</h3>
              <ul data-testid="campaign-skip-reasons">
                {Object.entries(results.skippedByReason).map(([reason, n]) => (
                  <li key={reason} data-reason={reason}>
                    {t(`skipReasons.${reason}`, { defaultValue: reason })}: {n}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <Recipients campaign={campaign} />
      </div>
    </div>
  );
}

function Recipients({ campaign }: { campaign: TCampaign }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const recipients = useCampaignRecipients(campaign.id, status);
  return (
    <section className="card" aria-labelledby="campaign-people-title">
      <h2 id="campaign-people-title" className="section-title">
        {t('campaigns.people')}
      </h2>
      <div className="filters">
        <SelectField
          label={t('campaigns.filterStatus')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          data-testid="campaign-status-filter"
        >
          <option value="">{t('campaigns.allStatuses')}</option>
          {(['sent', 'queued', 'skipped', 'failed'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`campaigns.recipientStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <DataTable
        query={recipients}
        label={t('campaigns.people')}
        testId="campaign-recipients"
        isStacked
        rowKey={(r: TCampaignRecipient) => r.contactId}
        rowProps={(r) => ({ 'data-testid': 'campaign-recipient', 'data-status': r.status })}
        empty={<EmptyState title={t('campaigns.noPeople')} />}
        columns={[
          {
            id: 'person',
            header: t('campaigns.columns.person'),
            cell: (r) => (
              <Link to={`/customers/${r.contactId}`} className="break">
                {r.email ?? t('customers.unnamed')}
              </Link>
            ),
          },
          {
            id: 'status',
            header: t('campaigns.columns.status'),
            cell: (r) => t(`campaigns.recipientStatus.${r.status}`),
          },
          {
            id: 'why',
            header: t('campaigns.columns.why'),
            cell: (r) =>
              r.skipReason ? (
                <span data-testid="skip-reason" data-reason={r.skipReason}>
                  <strong>{t(`skipReasons.${r.skipReason}`, { defaultValue: r.skipReason })}</strong>
                  {r.detail ? <span className="muted small"> — {r.detail}</span> : null}
                </span>
              ) : (
                '—'
              ),
          },
          { id: 'language', header: t('campaigns.columns.language'), cell: (r) => r.language ?? '—' },
          {
            id: 'engagement',
            header: t('campaigns.columns.engagement'),
            cell: (r) =>
              r.answered ? t('campaigns.results.answered') : r.opened ? t('campaigns.results.opened') : '—',
          },
        ]}
      />
    </section>
  );
}

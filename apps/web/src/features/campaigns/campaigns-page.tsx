import type { TCampaign } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { NoContactsAccess } from '../customers/customers-page';
import { SegmentSelect } from '../segments/segment-select';
import { useSurveys } from '../surveys/surveys.api';
import { useCampaigns, useCreateCampaign, useEmailTemplates } from './campaigns.api';
import { CampaignsTabs } from './campaigns-tabs';

/** `/campaigns`: campaigns sent to segments, newest first, with their progress and results. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const canRead = useCan('contacts.read');
  const canSend = useCan('invitations.send');
  const [creating, setCreating] = useState(false);
  return (
    <div className="page page-wide" data-testid="campaigns-page">
      <PageHeader
        title={t('campaigns.title')}
        description={t('campaigns.lead')}
        actions={
          canSend && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setCreating(true)}
              data-testid="new-campaign"
            >
              <Icon name="plus" size={16} />
              {t('campaigns.new')}
            </button>
          )
        }
      />
      <CampaignsTabs />
      {canRead ? <CampaignList /> : <NoContactsAccess />}
      {creating && <NewCampaignDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

/** A campaign's status as a badge; sending shows how far it got. */
export function CampaignStatus({ campaign }: { campaign: TCampaign }) {
  const { t } = useTranslation();
  const { total, processed } = campaign.progress;
  return (
    <span className="badge badge-neutral" data-testid="campaign-status" data-status={campaign.status}>
      {t(`campaigns.status.${campaign.status}`)}
      {campaign.status === 'sending' ? ` ${processed}/${total}` : ''}
    </span>
  );
}

function CampaignList() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  return (
    <section className="card" aria-labelledby="campaigns-list-title">
      <h2 id="campaigns-list-title" className="section-title">
        {t('campaigns.listTitle')}
      </h2>
      <DataTable
        query={campaigns}
        label={t('campaigns.listTitle')}
        testId="campaigns-table"
        className="table-top"
        isStacked
        rowKey={(c: TCampaign) => c.id}
        rowProps={(c) => ({ 'data-testid': 'campaign-row', 'data-name': c.name })}
        empty={
          <EmptyState title={t('campaigns.empty')} testId="campaigns-empty">
            <p>{t('campaigns.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          {
            id: 'name',
            header: t('campaigns.columns.name'),
            cell: (c) => (
              <div>
                <Link to={`/campaigns/${c.id}`} className="strong break">
                  {c.name}
                </Link>
                <p className="muted small">
                  {t(`campaigns.kinds.${c.kind}`)} · {c.segmentName}
                </p>
              </div>
            ),
          },
          {
            id: 'status',
            header: t('campaigns.columns.status'),
            cell: (c) => <CampaignStatus campaign={c} />,
          },
          {
            id: 'sent',
            header: t('campaigns.columns.sent'),
            className: 'num',
            cell: (c) => c.results?.sent ?? 0,
          },
          {
            id: 'skipped',
            header: t('campaigns.columns.skipped'),
            className: 'num',
            cell: (c) => c.results?.skipped ?? 0,
          },
          {
            id: 'opened',
            header: t('campaigns.columns.opened'),
            className: 'num',
            cell: (c) => c.results?.opened ?? 0,
          },
          {
            id: 'created',
            header: t('campaigns.columns.created'),
            className: 'nowrap',
            cell: (c) => formatDateTime(c.createdAt),
          },
          {
            id: 'actions',
            header: t('campaigns.columns.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (c) => (
              <RowActions
                actions={[
                  {
                    id: 'open',
                    label: t('campaigns.open'),
                    ariaLabel: t('campaigns.openNamed', { name: c.name }),
                    to: `/campaigns/${c.id}`,
                    variant: 'secondary',
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

function NewCampaignDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const surveys = useSurveys({ status: 'published' }, { pageSize: 100 });
  const templates = useEmailTemplates();
  const [name, setName] = useState('');
  const [segmentId, setSegmentId] = useState('');
  const [kind, setKind] = useState<'survey' | 'email'>('survey');
  const [surveyId, setSurveyId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [priority, setPriority] = useState<'high' | 'normal' | 'low'>('normal');
  const ready = name.trim() && segmentId && (kind === 'survey' ? surveyId : templateId);
  return (
    <Dialog open title={t('campaigns.create.title')} onClose={onClose} testId="campaign-dialog">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          create.mutate(
            {
              name: name.trim(),
              segmentId,
              ...(kind === 'survey' ? { survey: { surveyId } } : { email: { templateId, priority } }),
              send: true,
            },
            { onSuccess: (campaign) => navigate(`/campaigns/${campaign.id}`) },
          );
        }}
      >
        <TextField
          label={t('campaigns.create.name')}
          value={name}
          maxLength={120}
          required
          onChange={(event) => setName(event.target.value)}
          data-testid="campaign-name"
        />
        <SegmentSelect
          label={t('campaigns.create.segment')}
          value={segmentId}
          onChange={setSegmentId}
          testId="campaign-segment"
        />
        <SelectField
          label={t('campaigns.create.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as 'survey' | 'email')}
          data-testid="campaign-kind"
        >
          <option value="survey">{t('campaigns.kinds.survey')}</option>
          <option value="email">{t('campaigns.kinds.email')}</option>
        </SelectField>
        {kind === 'survey' ? (
          <SelectField
            label={t('campaigns.create.survey')}
            value={surveyId}
            onChange={(event) => setSurveyId(event.target.value)}
            data-testid="campaign-survey"
          >
            <option value="">{t('campaigns.create.pick')}</option>
            {surveys.items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <SelectField
              label={t('campaigns.create.template')}
              value={templateId}
              onChange={(event) => setTemplateId(event.target.value)}
              data-testid="campaign-template"
            >
              <option value="">{t('campaigns.create.pick')}</option>
              {(templates.data?.items ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('campaigns.create.priority')}
              value={priority}
              onChange={(event) => setPriority(event.target.value as 'high' | 'normal' | 'low')}
            >
              {(['high', 'normal', 'low'] as const).map((p) => (
                <option key={p} value={p}>
                  {t(`campaigns.priority.${p}`)}
                </option>
              ))}
            </SelectField>
          </>
        )}
        <p className="muted small">{t('campaigns.create.hint')}</p>
        <FormError error={create.error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={!ready || create.isPending}
            data-testid="campaign-send"
          >
            {t('campaigns.create.send')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

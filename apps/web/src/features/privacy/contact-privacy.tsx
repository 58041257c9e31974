import { useQueryClient } from '@tanstack/react-query';
import type { TConsent } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { formatDateTime } from '../../lib/format';
import { useCan, useWorkspaceKey } from '../auth/auth.api';
import {
  contactExportZipUrl,
  useConsents,
  useEraseContact,
  useErasure,
  useRecordConsent,
  useWithdrawConsent,
} from './privacy.api';

const CHANNELS: TConsent['channel'][] = ['email', 'sms', 'phone', 'web', 'in_app', 'chat', 'any'];

/** Header actions of the customer 360 page: download everything held (ZIP) and erase the person. */
export function ContactPrivacyActions({ contactId, name }: { contactId: string; name: string }) {
  const { t } = useTranslation();
  const canManage = useCan('contacts.write');
  const [erasing, setErasing] = useState(false);
  if (!canManage) return null;
  return (
    <>
      <a
        className="btn btn-secondary btn-small"
        href={contactExportZipUrl(contactId)}
        download
        data-testid="privacy-export"
      >
        <Icon name="download" size={16} />
        {t('privacy.export')}
      </a>
      <button
        type="button"
        className="btn btn-danger btn-small"
        onClick={() => setErasing(true)}
        data-testid="privacy-erase-open"
      >
        {t('privacy.erase.open')}
      </button>
      {erasing && <EraseDialog contactId={contactId} name={name} onClose={() => setErasing(false)} />}
    </>
  );
}

function EraseDialog({ contactId, name, onClose }: { contactId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  const [typed, setTyped] = useState('');
  const erase = useEraseContact(contactId);
  const job = useErasure(erase.data?.id ?? null);
  const word = t('privacy.erase.word');
  const status = job.data?.status ?? erase.data?.status;
  const isDone = status === 'done';
  const close = () => {
    if (isDone) {
      void client.invalidateQueries({ queryKey: [...workspaceKey, 'contacts'] });
      void navigate('/customers');
    }
    onClose();
  };
  return (
    <Dialog open title={t('privacy.erase.title', { name })} onClose={close} testId="erase-dialog">
      <div className="dialog-body stack">
        {!erase.data ? (
          <>
            <p>{t('privacy.erase.lead')}</p>
            <p className="muted small">{t('privacy.erase.kept')}</p>
            <TextField
              label={t('privacy.erase.typeToConfirm', { word })}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              data-testid="erase-confirm-input"
            />
            <FormError error={erase.error} />
          </>
        ) : (
          <div className="stack" role="status" aria-live="polite" data-testid="erase-progress">
            <progress
              max={job.data?.stepsTotal ?? erase.data.stepsTotal}
              value={job.data?.stepsDone ?? erase.data.stepsDone}
              aria-label={t('privacy.erase.progress')}
            />
            <p data-testid="erase-status" data-status={status}>
              {t(`privacy.erase.status.${status ?? 'queued'}`)}
            </p>
            {job.error ? <ErrorState error={job.error} /> : null}
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={close} data-testid="erase-close">
          {isDone ? t('privacy.erase.close') : t('common.cancel')}
        </button>
        {!erase.data && (
          <button
            type="button"
            className="btn btn-danger"
            disabled={typed.trim() !== word || erase.isPending}
            onClick={() => erase.mutate()}
            data-testid="erase-confirm"
          >
            {erase.isPending ? t('common.working') : t('privacy.erase.confirm')}
          </button>
        )}
      </div>
    </Dialog>
  );
}

/** Consent records on the 360 page: what the person agreed to, where and when, and withdrawals. */
export function ConsentPanel({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const consents = useConsents(contactId);
  const canManage = useCan('contacts.write');
  const withdraw = useWithdrawConsent(contactId);
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="consents-title" data-testid="consents">
      <div className="team-card-header">
        <h2 id="consents-title" className="section-title">
          {t('privacy.consents.title')}
        </h2>
        {canManage && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setAdding(true)}
            data-testid="consent-add"
          >
            {t('privacy.consents.add')}
          </button>
        )}
      </div>
      {consents.isPending ? (
        <LoadingState />
      ) : consents.error ? (
        <ErrorState error={consents.error} onRetry={() => void consents.refetch()} />
      ) : consents.data.items.length === 0 ? (
        <EmptyState title={t('privacy.consents.empty')} testId="consents-empty">
          <p>{t('privacy.consents.emptyHint')}</p>
        </EmptyState>
      ) : (
        <ul className="plain-list stack" data-testid="consent-list">
          {consents.data.items.map((consent) => (
            <li key={consent.id} data-testid="consent-item">
              <strong>
                {t(`privacy.consents.channels.${consent.channel}`)} · {consent.purpose}
              </strong>{' '}
              <span
                className={consent.granted && !consent.withdrawnAt ? 'badge badge-status-accepted' : 'badge'}
              >
                {consent.withdrawnAt
                  ? t('privacy.consents.withdrawn')
                  : consent.granted
                    ? t('privacy.consents.granted')
                    : t('privacy.consents.refused')}
              </span>
              <p className="muted small">
                {t('privacy.consents.recorded', {
                  when: formatDateTime(consent.recordedAt),
                  source: consent.source,
                })}
                {consent.withdrawnAt
                  ? ` · ${t('privacy.consents.withdrawnAt', { when: formatDateTime(consent.withdrawnAt) })}`
                  : ''}
              </p>
              {canManage && consent.granted && !consent.withdrawnAt && (
                <button
                  type="button"
                  className="btn btn-link btn-small"
                  onClick={() => withdraw.mutate(consent.id)}
                  disabled={withdraw.isPending}
                  data-testid="consent-withdraw"
                >
                  {t('privacy.consents.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={withdraw.error} />
      {adding && <ConsentDialog contactId={contactId} onClose={() => setAdding(false)} />}
    </section>
  );
}

function ConsentDialog({ contactId, onClose }: { contactId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordConsent(contactId);
  const [channel, setChannel] = useState<TConsent['channel']>('email');
  const [purpose, setPurpose] = useState('');
  const [source, setSource] = useState('');
  const [granted, setGranted] = useState(true);
  return (
    <Dialog open title={t('privacy.consents.add')} onClose={onClose} testId="consent-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate(
            { channel, purpose: purpose.trim(), granted, source: source.trim() || 'manual' },
            { onSuccess: onClose },
          );
        }}
      >
        <div className="dialog-body stack">
          <SelectField
            label={t('privacy.consents.channel')}
            value={channel}
            onChange={(event) => setChannel(event.target.value as TConsent['channel'])}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`privacy.consents.channels.${c}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('privacy.consents.purpose')}
            value={purpose}
            onChange={(event) => setPurpose(event.target.value)}
            required
            maxLength={100}
          />
          <TextField
            label={t('privacy.consents.source')}
            hint={t('privacy.consents.sourceHint')}
            value={source}
            onChange={(event) => setSource(event.target.value)}
            maxLength={100}
          />
          <label className="checkbox">
            <input type="checkbox" checked={granted} onChange={(event) => setGranted(event.target.checked)} />
            {t('privacy.consents.grantedLabel')}
          </label>
          <FormError error={record.error} fields={['channel', 'purpose', 'source']} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={record.isPending || !purpose.trim()}>
            {record.isPending ? t('common.working') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import {
  type TCreatedWebhook,
  type TWebhook,
  type TWebhookDeliveryStatus,
  type TWebhookEventType,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
} from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { RowActions } from '../../components/row-actions';
import { fieldErrorsOf } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { NoAccess } from './settings-page';
import {
  useCreateWebhook,
  useDeleteWebhook,
  useRedeliver,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useUpdateWebhook,
  useWebhookDeliveries,
  useWebhooks,
} from './webhooks.api';

export function WebhooksTab() {
  const canManage = useCan('webhooks.manage');
  const [secret, setSecret] = useState<TCreatedWebhook | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  if (!canManage) return <NoAccess />;
  return (
    <div className="stack-lg">
      <CreateWebhookForm onCreated={setSecret} />
      {secret && <SecretOnce webhook={secret} onDismiss={() => setSecret(null)} />}
      <WebhooksList selected={selected} onSelect={setSelected} onSecret={setSecret} />
      {selected && <DeliveriesTable webhookId={selected} />}
    </div>
  );
}

/** The signing secret, shown once right after it was created or rotated. */
function SecretOnce({ webhook, onDismiss }: { webhook: TCreatedWebhook; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" role="status" data-testid="webhook-secret">
      <p>
        <strong>{t('webhooks.secret.title', { url: webhook.url })}</strong>
      </p>
      <p>{t('webhooks.secret.warning')}</p>
      <CopyField label={t('webhooks.secret.label')} value={webhook.secret} testId="webhook-secret-value" />
      <p className="field-hint">
        {t('webhooks.secret.usage')} <code className="mono">Touchpoint-Signature: t=…,v1=…</code>
      </p>
      <button type="button" className="btn btn-secondary btn-small" onClick={onDismiss}>
        {t('webhooks.secret.dismiss')}
      </button>
    </div>
  );
}

function EventChecks({
  value,
  onChange,
  error,
}: {
  value: TWebhookEventType[];
  onChange: (events: TWebhookEventType[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="chip-fieldset">
      <legend>{t('webhooks.fields.events')}</legend>
      <div className="chip-checks">
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="chip-check" title={t(`webhooks.eventHints.${type.replace('.', '_')}`)}>
            <input
              type="checkbox"
              name={`event-${type}`}
              checked={value.includes(type)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, type] : value.filter((v) => v !== type))
              }
            />
            <span className="mono">{type}</span>
          </label>
        ))}
      </div>
      <p className="field-hint">{t('webhooks.fields.eventsHint')}</p>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

function CreateWebhookForm({ onCreated }: { onCreated: (webhook: TCreatedWebhook) => void }) {
  const { t } = useTranslation();
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<TWebhookEventType[]>(['response.completed']);
  const [localErrors, setLocalErrors] = useState<{ url?: string; events?: string }>({});
  const serverErrors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      ...(url.trim() ? {} : { url: t('validation.required') }),
      ...(events.length > 0 ? {} : { events: t('webhooks.fields.eventsRequired') }),
    };
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(
      { url: url.trim(), events, description: description.trim() },
      {
        onSuccess: (webhook) => {
          onCreated(webhook);
          setUrl('');
          setDescription('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="create-webhook-title">
      <h2 id="create-webhook-title" className="section-title">
        {t('webhooks.create.title')}
      </h2>
      <p className="muted">{t('webhooks.create.lead')}</p>
      <form className="stack" onSubmit={submit} noValidate data-testid="create-webhook-form">
        <TextField
          label={t('webhooks.fields.url')}
          name="webhookUrl"
          type="url"
          value={url}
          maxLength={2000}
          placeholder="https://example.com/touchpoint-webhook"
          onChange={(event) => setUrl(event.target.value)}
          error={localErrors.url ?? serverErrors.url}
        />
        <TextField
          label={t('webhooks.fields.description')}
          name="webhookDescription"
          value={description}
          maxLength={500}
          placeholder={t('webhooks.fields.descriptionPlaceholder')}
          onChange={(event) => setDescription(event.target.value)}
          error={serverErrors.description}
        />
        <EventChecks value={events} onChange={setEvents} error={localErrors.events ?? serverErrors.events} />
        <div>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t('common.working') : t('webhooks.create.submit')}
          </button>
        </div>
      </form>
      <FormError
        error={create.error}
        fields={['url', 'events', 'description']}
        testId="create-webhook-error"
      />
    </section>
  );
}

function WebhooksList({
  selected,
  onSelect,
  onSecret,
}: {
  selected: string | null;
  onSelect: (id: string | null) => void;
  onSecret: (webhook: TCreatedWebhook) => void;
}) {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const remove = useDeleteWebhook();
  const sendTest = useSendTestWebhook();
  const rotate = useRotateWebhookSecret();
  const [toEdit, setToEdit] = useState<TWebhook | null>(null);

  return (
    <section className="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title" className="section-title">
        {t('webhooks.title')}
      </h2>
      {sendTest.isSuccess && (
        <p className="alert alert-info" role="status" data-testid="webhook-test-sent">
          {t('webhooks.testSent')}
        </p>
      )}
      <FormError error={sendTest.error} />
      <DataTable
        query={webhooks}
        label={t('webhooks.title')}
        testId="webhooks-table"
        rowKey={(webhook) => webhook.id}
        rowProps={(webhook) => ({ 'data-testid': 'webhook-row', 'aria-selected': selected === webhook.id })}
        empty={
          <EmptyState title={t('webhooks.empty')} testId="webhooks-empty">
            <p>{t('webhooks.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          {
            id: 'url',
            header: t('webhooks.columns.url'),
            cell: (webhook) => (
              <>
                <code className="mono">{webhook.url}</code>
                {webhook.description && <div className="muted">{webhook.description}</div>}
              </>
            ),
          },
          {
            id: 'events',
            header: t('webhooks.columns.events'),
            cell: (webhook) =>
              webhook.events.map((type) => (
                <div key={type} className="mono">
                  {type}
                </div>
              )),
          },
          {
            id: 'status',
            header: t('webhooks.columns.status'),
            cell: (webhook) => (
              <span className={`badge ${webhook.active ? 'badge-status-accepted' : 'badge-status-revoked'}`}>
                {webhook.active ? t('webhooks.active') : t('webhooks.paused')}
              </span>
            ),
          },
          {
            id: 'created',
            header: t('webhooks.columns.created'),
            className: 'nowrap',
            cell: (webhook) => formatDate(webhook.createdAt),
          },
          {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (webhook) => (
              <RowActions
                actions={[
                  {
                    id: 'deliveries',
                    label: t('webhooks.deliveries'),
                    isPressed: selected === webhook.id,
                    onSelect: () => onSelect(selected === webhook.id ? null : webhook.id),
                  },
                  {
                    id: 'test',
                    label: t('webhooks.sendTest'),
                    isDisabled: sendTest.isPending,
                    onSelect: () => sendTest.mutate(webhook.id, { onSuccess: () => onSelect(webhook.id) }),
                  },
                  { id: 'edit', label: t('webhooks.edit'), onSelect: () => setToEdit(webhook) },
                  {
                    id: 'rotate',
                    label: t('webhooks.rotate'),
                    confirm: {
                      title: t('webhooks.rotateTitle'),
                      body: <p>{t('webhooks.rotateBody', { url: webhook.url })}</p>,
                      confirmLabel: t('webhooks.rotate'),
                    },
                    onSelect: async () => onSecret(await rotate.mutateAsync(webhook.id)),
                  },
                  {
                    id: 'delete',
                    label: t('webhooks.delete'),
                    ariaLabel: t('webhooks.deleteNamed', { url: webhook.url }),
                    variant: 'danger',
                    confirm: {
                      title: t('webhooks.deleteTitle'),
                      body: <p>{t('webhooks.deleteBody', { url: webhook.url })}</p>,
                      confirmLabel: t('webhooks.delete'),
                    },
                    onSelect: async () => {
                      await remove.mutateAsync(webhook.id);
                      if (selected === webhook.id) onSelect(null);
                    },
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {toEdit && <EditWebhookDialog webhook={toEdit} onClose={() => setToEdit(null)} />}
    </section>
  );
}

function EditWebhookDialog({ webhook, onClose }: { webhook: TWebhook; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateWebhook();
  const [url, setUrl] = useState(webhook.url);
  const [description, setDescription] = useState(webhook.description);
  const [events, setEvents] = useState<TWebhookEventType[]>(webhook.events);
  const [active, setActive] = useState(webhook.active);
  const serverErrors = fieldErrorsOf(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (events.length === 0) return;
    update.mutate(
      { id: webhook.id, url: url.trim(), description: description.trim(), events, active },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog
      open
      title={t('webhooks.editTitle')}
      onClose={onClose}
      testId="edit-webhook-dialog"
      className="dialog-wide"
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('webhooks.fields.url')}
          name="editWebhookUrl"
          type="url"
          value={url}
          maxLength={2000}
          onChange={(event) => setUrl(event.target.value)}
          error={serverErrors.url}
        />
        <TextField
          label={t('webhooks.fields.description')}
          name="editWebhookDescription"
          value={description}
          maxLength={500}
          onChange={(event) => setDescription(event.target.value)}
          error={serverErrors.description}
        />
        <EventChecks
          value={events}
          onChange={setEvents}
          error={events.length === 0 ? t('webhooks.fields.eventsRequired') : serverErrors.events}
        />
        <label className="checkbox">
          <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          {t('webhooks.fields.active')}
        </label>
        <FormError error={update.error} fields={['url', 'events', 'description']} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={update.isPending}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={update.isPending || events.length === 0}
          >
            {update.isPending ? t('common.working') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const STATUS_BADGE: Record<TWebhookDeliveryStatus, string> = {
  pending: 'badge-status-pending',
  delivered: 'badge-status-accepted',
  failed: 'badge-status-pending',
  dead: 'badge-status-revoked',
};

function DeliveriesTable({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const url = webhooks.items.find((w) => w.id === webhookId)?.url ?? '';
  const [status, setStatus] = useState<TWebhookDeliveryStatus | ''>('');
  const deliveries = useWebhookDeliveries(webhookId, status);
  const redeliver = useRedeliver();

  return (
    <section className="card" aria-labelledby="deliveries-title" data-testid="webhook-deliveries">
      <div className="section-header">
        <h2 id="deliveries-title" className="section-title">
          {t('webhooks.deliveriesTitle', { url })}
        </h2>
        <SelectField
          label={t('webhooks.columns.status')}
          name="deliveryStatus"
          value={status}
          onChange={(event) => setStatus(event.target.value as TWebhookDeliveryStatus | '')}
        >
          <option value="">{t('webhooks.allStatuses')}</option>
          {WEBHOOK_DELIVERY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`webhooks.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="muted">{t('webhooks.deliveriesLead')}</p>
      <FormError error={redeliver.error} />
      <DataTable
        query={deliveries}
        label={t('webhooks.deliveriesTitle', { url })}
        testId="webhook-deliveries-table"
        rowKey={(delivery) => delivery.id}
        rowProps={(delivery) => ({ 'data-testid': 'webhook-delivery-row', 'data-status': delivery.status })}
        empty={<EmptyState title={t('webhooks.noDeliveries')} testId="webhook-deliveries-empty" />}
        columns={[
          {
            id: 'event',
            header: t('webhooks.columns.event'),
            cell: (delivery) => <code className="mono">{delivery.eventType}</code>,
          },
          {
            id: 'status',
            header: t('webhooks.columns.status'),
            cell: (delivery) => (
              <span className={`badge ${STATUS_BADGE[delivery.status]}`}>
                {t(`webhooks.status.${delivery.status}`)}
              </span>
            ),
          },
          {
            id: 'attempts',
            header: t('webhooks.columns.attempts'),
            className: 'cell-number',
            headerClassName: 'cell-number',
            cell: (delivery) => delivery.attempts,
          },
          {
            id: 'lastResult',
            header: t('webhooks.columns.lastResult'),
            cell: (delivery) => (
              <>
                {delivery.lastStatusCode !== null && <code className="mono">{delivery.lastStatusCode} </code>}
                {delivery.lastError && <span className="muted">{delivery.lastError}</span>}
              </>
            ),
          },
          {
            id: 'when',
            header: t('webhooks.columns.when'),
            className: 'nowrap',
            cell: (delivery) => (
              <>
                <div>{t('webhooks.createdAt', { date: formatDateTime(delivery.createdAt) })}</div>
                {delivery.deliveredAt && (
                  <div className="muted">
                    {t('webhooks.deliveredAt', { date: formatDateTime(delivery.deliveredAt) })}
                  </div>
                )}
                {delivery.nextAttemptAt && delivery.status !== 'delivered' && (
                  <div className="muted">
                    {t('webhooks.nextAttemptAt', { date: formatDateTime(delivery.nextAttemptAt) })}
                  </div>
                )}
              </>
            ),
          },
          {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (delivery) => (
              <RowActions
                actions={[
                  {
                    id: 'redeliver',
                    label: t('webhooks.redeliver'),
                    isDisabled: redeliver.isPending,
                    onSelect: () => redeliver.mutate({ webhookId, deliveryId: delivery.id }),
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

import type { TRole } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyField } from '../../components/copy-field';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { RoleBadge, RoleOptions, SelectField, TextField } from '../../components/fields';
import { RowActions } from '../../components/row-actions';
import { fieldErrorsOf } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import type { TCreatedApiKey } from '../../lib/types';
import { useCan } from '../auth/auth.api';
import { ApiKeyCreator } from './api-key-creator';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from './settings.api';
import { NoAccess } from './settings-page';

export function ApiKeysTab() {
  const canManage = useCan('apiKeys.manage');
  if (!canManage) return <NoAccess />;
  return (
    <div className="stack-lg">
      <CreateApiKeyForm />
      <ApiKeysList />
    </div>
  );
}

function CreateApiKeyForm() {
  const { t } = useTranslation();
  const createKey = useCreateApiKey();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TRole>('viewer');
  const [localError, setLocalError] = useState<string | undefined>();
  const [created, setCreated] = useState<TCreatedApiKey | null>(null);
  const serverErrors = fieldErrorsOf(createKey.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    setCreated(null);
    createKey.mutate(
      { name: name.trim(), role },
      {
        onSuccess: (key) => {
          setCreated(key);
          setName('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="create-key-title">
      <h2 id="create-key-title" className="section-title">
        {t('apiKeys.create.title')}
      </h2>
      <p className="muted">
        {t('apiKeys.create.lead')} <Link to="/api-reference">{t('apiKeys.create.reference')}</Link>
      </p>
      <form className="inline-form" onSubmit={submit} noValidate data-testid="create-api-key-form">
        <TextField
          label={t('apiKeys.fields.name')}
          name="apiKeyName"
          value={name}
          maxLength={80}
          placeholder={t('apiKeys.fields.namePlaceholder')}
          onChange={(event) => setName(event.target.value)}
          error={localError ?? serverErrors.name}
          className="grow"
        />
        <SelectField
          label={t('apiKeys.fields.role')}
          name="apiKeyRole"
          value={role}
          onChange={(event) => setRole(event.target.value as TRole)}
          error={serverErrors.role}
        >
          <RoleOptions />
        </SelectField>
        <button type="submit" className="btn btn-primary" disabled={createKey.isPending}>
          {createKey.isPending ? t('common.working') : t('apiKeys.create.submit')}
        </button>
      </form>
      <FormError error={createKey.error} fields={['name', 'role']} testId="create-api-key-error" />
      {created && (
        <div className="alert alert-warning" role="status" data-testid="api-key-created">
          <p>
            <strong>{t('apiKeys.created.title', { name: created.name })}</strong>
          </p>
          <p>{t('apiKeys.created.warning')}</p>
          <CopyField label={t('apiKeys.created.key')} value={created.key} testId="api-key-value" />
          <p className="field-hint">
            {t('apiKeys.created.usage')} <code className="mono">Authorization: Bearer …</code>
          </p>
          <button type="button" className="btn btn-secondary btn-small" onClick={() => setCreated(null)}>
            {t('apiKeys.created.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}

function ApiKeysList() {
  const { t } = useTranslation();
  const keys = useApiKeys(true);
  const revoke = useRevokeApiKey();

  return (
    <section className="card" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title" className="section-title">
        {t('apiKeys.title')}
      </h2>
      <p className="section-lead">{t('apiKeys.lead')}</p>
      <DataTable
        query={keys}
        label={t('apiKeys.title')}
        testId="api-keys-table"
        rowKey={(key) => key.id}
        rowProps={(key) => ({ 'data-testid': 'api-key-row', 'data-name': key.name })}
        empty={
          <EmptyState title={t('apiKeys.empty')} testId="api-keys-empty">
            <p>{t('apiKeys.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          { id: 'name', header: t('apiKeys.columns.name'), className: 'strong', cell: (key) => key.name },
          {
            id: 'prefix',
            header: t('apiKeys.columns.prefix'),
            cell: (key) => <code className="mono">{key.prefix}…</code>,
          },
          { id: 'role', header: t('apiKeys.columns.role'), cell: (key) => <RoleBadge role={key.role} /> },
          {
            id: 'createdBy',
            header: t('apiKeys.columns.createdBy'),
            cell: (key) => <ApiKeyCreator apiKey={key} />,
          },
          {
            id: 'created',
            header: t('apiKeys.columns.created'),
            className: 'nowrap',
            cell: (key) => formatDate(key.createdAt),
          },
          {
            id: 'lastUsed',
            header: t('apiKeys.columns.lastUsed'),
            className: 'nowrap',
            cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.neverUsed')),
          },
          {
            id: 'status',
            header: t('apiKeys.columns.status'),
            cell: (key) =>
              key.revokedAt ? (
                <span className="badge badge-status-revoked" title={formatDateTime(key.revokedAt)}>
                  {t('apiKeys.revokedOn', { date: formatDate(key.revokedAt) })}
                </span>
              ) : (
                <span className="badge badge-status-accepted">{t('apiKeys.active')}</span>
              ),
          },
          {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (key) => (
              <RowActions
                actions={[
                  {
                    id: 'revoke',
                    label: t('apiKeys.revoke'),
                    ariaLabel: t('apiKeys.revokeNamed', { name: key.name }),
                    variant: 'danger',
                    isHidden: Boolean(key.revokedAt),
                    confirm: {
                      title: t('apiKeys.revokeTitle'),
                      body: <p>{t('apiKeys.revokeBody', { name: key.name })}</p>,
                      confirmLabel: t('apiKeys.revoke'),
                    },
                    onSelect: () => revoke.mutateAsync(key.id),
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

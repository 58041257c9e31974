import type { TCouponPool } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import { formatDate } from '../../lib/format';
import { CasesTabs } from '../cases/cases-tabs';
import { useAddCouponCodes, useCouponPools, useCreateCouponPool } from './automations.api';
import { AutomationsNav, AutomationsNoAccess, useCanManageAutomations } from './automations-nav';
import { splitCodes } from './rule-draft';

/** Cases → Automations → Coupon pools: unique codes that recovery emails hand out, one per customer. */
export function CouponPoolsPage() {
  const { t } = useTranslation();
  const canManage = useCanManageAutomations();
  return (
    <div className="page page-wide" data-testid="coupon-pools-page">
      <PageHeader title={t('automations.title')} description={t('automations.pools.lead')} />
      <CasesTabs />
      <AutomationsNav />
      {canManage ? (
        <div className="stack-lg">
          <CreatePoolForm />
          <PoolsTable />
        </div>
      ) : (
        <AutomationsNoAccess />
      )}
    </div>
  );
}

function CreatePoolForm() {
  const { t } = useTranslation();
  const create = useCreateCouponPool();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('validation.required'));
      return;
    }
    setNameError(undefined);
    create.mutate(
      { name: name.trim(), description: description.trim() },
      {
        onSuccess: () => {
          setName('');
          setDescription('');
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="create-pool-title">
      <h2 id="create-pool-title" className="section-title">
        {t('automations.pools.create')}
      </h2>
      <form className="stack" onSubmit={submit} noValidate data-testid="create-pool-form">
        <div className="form-grid">
          <TextField
            label={t('automations.pools.name')}
            name="poolName"
            value={name}
            maxLength={120}
            placeholder={t('automations.pools.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            error={nameError}
          />
          <TextField
            label={t('automations.pools.description')}
            name="poolDescription"
            value={description}
            maxLength={1000}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t('common.working') : t('automations.pools.createSubmit')}
          </button>
        </div>
      </form>
      <FormError error={create.error} fields={['name', 'description']} />
    </section>
  );
}

function PoolsTable() {
  const { t } = useTranslation();
  const pools = useCouponPools();
  const [adding, setAdding] = useState<TCouponPool | null>(null);
  return (
    <section className="card" aria-labelledby="pools-title">
      <h2 id="pools-title" className="section-title">
        {t('automations.pools.title')}
      </h2>
      <DataTable
        query={pools}
        label={t('automations.pools.title')}
        testId="pools-table"
        rowKey={(pool) => pool.id}
        rowProps={() => ({ 'data-testid': 'pool-row' })}
        empty={
          <EmptyState title={t('automations.pools.empty')} testId="pools-empty">
            <p>{t('automations.pools.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          {
            id: 'name',
            header: t('automations.pools.name'),
            cell: (pool) => (
              <>
                <span className="strong">{pool.name}</span>
                {pool.description && <div className="muted">{pool.description}</div>}
              </>
            ),
          },
          {
            id: 'free',
            header: t('automations.pools.free'),
            className: 'cell-number',
            headerClassName: 'cell-number',
            cell: (pool) => (pool.free === 0 ? <span className="badge badge-danger">0</span> : pool.free),
          },
          {
            id: 'assigned',
            header: t('automations.pools.assigned'),
            className: 'cell-number',
            headerClassName: 'cell-number',
            cell: (pool) => pool.assigned,
          },
          {
            id: 'total',
            header: t('automations.pools.total'),
            className: 'cell-number',
            headerClassName: 'cell-number',
            cell: (pool) => pool.total,
          },
          {
            id: 'created',
            header: t('automations.pools.created'),
            className: 'nowrap',
            cell: (pool) => formatDate(pool.createdAt),
          },
          {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (pool) => (
              <RowActions
                actions={[
                  {
                    id: 'add-codes',
                    label: t('automations.pools.addCodes'),
                    ariaLabel: t('automations.pools.addCodesNamed', { name: pool.name }),
                    onSelect: () => setAdding(pool),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {adding && <AddCodesDialog pool={adding} onClose={() => setAdding(null)} />}
    </section>
  );
}

/** Paste codes (one per line, or separated by commas); large lists go up in batches of 10,000. */
function AddCodesDialog({ pool, onClose }: { pool: TCouponPool; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddCouponCodes();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ added: number; duplicates: number } | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const parsed = splitCodes(text);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (parsed.codes.length === 0) return;
    setIsWorking(true);
    let added = 0;
    let duplicates = parsed.repeated;
    try {
      for (const batch of parsed.batches) {
        const result = await add.mutateAsync({ poolId: pool.id, codes: batch });
        added += result.added;
        duplicates += result.duplicates;
      }
      setOutcome({ added, duplicates });
      setText('');
    } catch {
      // Shown by FormError below; the batches before the failure stay added.
      setOutcome(added > 0 ? { added, duplicates } : null);
    } finally {
      setIsWorking(false);
    }
  };
  return (
    <Dialog
      open
      title={t('automations.pools.addCodesTitle', { name: pool.name })}
      onClose={onClose}
      testId="add-codes-dialog"
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="coupon-codes">{t('automations.pools.codes')}</label>
          <textarea
            id="coupon-codes"
            rows={10}
            value={text}
            spellCheck={false}
            className="mono"
            aria-describedby="coupon-codes-hint"
            onChange={(event) => setText(event.target.value)}
            data-testid="coupon-codes"
          />
          <p className="field-hint" id="coupon-codes-hint">
            {t('automations.pools.codesHint', { count: parsed.codes.length })}
          </p>
        </div>
        {outcome && (
          <p className="alert alert-success" role="status" data-testid="codes-added">
            {t('automations.pools.added', { count: outcome.added, duplicates: outcome.duplicates })}
          </p>
        )}
        <FormError error={add.error} fields={['codes']} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={isWorking}>
            {t('common.done')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={isWorking || parsed.codes.length === 0}>
            {isWorking ? t('common.working') : t('automations.pools.addSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

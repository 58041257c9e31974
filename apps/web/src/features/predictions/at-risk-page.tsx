import type { TAtRiskCustomer, TChurnModelSummary } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { FilterBar, useUrlFilters } from '../../components/filter-bar';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { NoContactsAccess } from '../customers/customers-page';
import { type TAtRiskBand, useAtRisk, useChurnOverview, useTrainChurn } from './churn.api';
import { ChurnBandBadge, ChurnReasonList, formatScore } from './churn-reason';

const BANDS: TAtRiskBand[] = ['medium_or_high', 'high', 'medium', 'low'];

export function AtRiskPage() {
  const { t } = useTranslation();
  const canRead = useCan('contacts.read');
  return (
    <div className="page page-wide" data-testid="at-risk-page">
      <PageHeader title={t('churn.title')} description={t('churn.lead')} />
      {canRead ? (
        <div className="stack-lg">
          <ModelCard />
          <AtRiskList />
        </div>
      ) : (
        <NoContactsAccess />
      )}
    </div>
  );
}

function ModelCard() {
  const { t } = useTranslation();
  const overview = useChurnOverview();
  const canTrain = useCan('contacts.write');
  const train = useTrainChurn();
  const [kind, setKind] = useState<'attribute' | 'event'>('attribute');
  const [name, setName] = useState('churned');
  const latest = overview.data?.models[0] ?? null;
  const current = overview.data?.current ?? null;
  const isTraining = latest?.status === 'training';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = name.trim();
    if (!value) return;
    train.mutate(kind === 'attribute' ? { attribute: value } : { event: value });
  };

  return (
    <section className="card" aria-labelledby="churn-model-title" data-testid="churn-model">
      <h2 id="churn-model-title" className="section-title">
        {t('churn.model.title')}
      </h2>
      {overview.isPending ? (
        <LoadingState />
      ) : (
        <>
          {current ? (
            <ModelFigures model={current} />
          ) : (
            <p className="muted" data-testid="churn-no-model">
              {t('churn.model.none')}
            </p>
          )}
          {latest && latest.status !== 'ready' && (
            <div role="status" aria-live="polite" data-testid="churn-training-status">
              {latest.status === 'training' ? (
                <label className="stack-sm">
                  <span>
                    {t('churn.model.training', {
                      version: latest.version,
                      stage: t(`churn.stage.${latest.stage}`, latest.stage),
                    })}
                  </span>
                  <progress max={1} value={latest.progress} data-testid="churn-progress" />
                </label>
              ) : (
                <p className="alert alert-error">{t('churn.model.failed', { error: latest.error ?? '' })}</p>
              )}
            </div>
          )}
          {overview.data && <p className="muted small">{t('churn.model.rescoring')}</p>}
          {canTrain && (
            <form className="filters" onSubmit={submit} aria-label={t('churn.train.label')}>
              <SelectField
                label={t('churn.train.kind')}
                value={kind}
                onChange={(event) => {
                  const next = event.target.value as 'attribute' | 'event';
                  setKind(next);
                  setName(next === 'attribute' ? 'churned' : 'subscription.cancelled');
                }}
                data-testid="churn-label-kind"
              >
                <option value="attribute">{t('churn.train.attribute')}</option>
                <option value="event">{t('churn.train.event')}</option>
              </SelectField>
              <TextField
                label={kind === 'attribute' ? t('churn.train.attributeName') : t('churn.train.eventName')}
                value={name}
                maxLength={200}
                onChange={(event) => setName(event.target.value)}
                data-testid="churn-label-name"
              />
              <button
                type="submit"
                className="btn btn-primary"
                disabled={train.isPending || isTraining || !name.trim()}
                data-testid="churn-train"
              >
                {isTraining ? t('churn.train.running') : t('churn.train.submit')}
              </button>
            </form>
          )}
          {train.error && <FormError error={train.error} />}
        </>
      )}
    </section>
  );
}

function ModelFigures({ model }: { model: TChurnModelSummary }) {
  const { t } = useTranslation();
  const metrics = model.metrics;
  const label = 'attribute' in model.label ? model.label.attribute : model.label.event;
  const figure = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : value.toFixed(3);
  return (
    <div data-testid="churn-model-figures">
      <p>
        {t('churn.model.summary', {
          version: model.version,
          label,
          date: formatDateTime(model.trainedAt),
          count: model.contactsScored,
        })}
      </p>
      {metrics && (
        <table className="table">
          <caption className="muted small">
            {t('churn.metrics.caption', { n: metrics.model.n, trained: metrics.trainedOn })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('churn.metrics.model')}</th>
              <th scope="col">ROC AUC</th>
              <th scope="col">PR AUC</th>
              <th scope="col">Brier</th>
              <th scope="col">F1</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['churn.metrics.product', metrics.model],
                ['churn.metrics.baseline', metrics.logisticRegression],
              ] as const
            ).map(([key, m]) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                <td className="cell-number">{figure(m.rocAuc)}</td>
                <td className="cell-number">{figure(m.prAuc)}</td>
                <td className="cell-number">{figure(m.brier)}</td>
                <td className="cell-number">{figure(m.f1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function AtRiskList() {
  const { t } = useTranslation();
  const { filters, isFiltered, setFilter, clearFilters } = useUrlFilters(['band'] as const);
  const band = (BANDS.includes(filters.band as TAtRiskBand) ? filters.band : 'medium_or_high') as TAtRiskBand;
  const list = useAtRisk(band);
  return (
    <>
      <FilterBar
        title={t('churn.filters.title')}
        isFiltered={isFiltered}
        onClear={clearFilters}
        clearLabel={t('churn.filters.clear')}
      >
        <SelectField
          label={t('churn.filters.band')}
          value={band}
          onChange={(event) =>
            setFilter('band', event.target.value === 'medium_or_high' ? '' : event.target.value)
          }
          data-testid="churn-filter-band"
        >
          {BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`churn.filters.${b}`)}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      <section className="card" aria-labelledby="at-risk-title">
        <h2 id="at-risk-title" className="section-title">
          {t('churn.listTitle')}
        </h2>
        <DataTable
          query={list}
          label={t('churn.listTitle')}
          testId="at-risk-table"
          className="table-top"
          isStacked
          rowKey={(row: TAtRiskCustomer) => row.contactId}
          rowProps={(row) => ({ 'data-testid': 'at-risk-row', 'data-band': row.band })}
          empty={
            <EmptyState title={t('churn.empty')} testId="at-risk-empty">
              <p>{t('churn.emptyHint')}</p>
            </EmptyState>
          }
          columns={[
            {
              id: 'customer',
              header: t('churn.columns.customer'),
              cell: (row) => (
                <Link to={`/customers/${row.contactId}`} className="strong break">
                  {row.name ?? row.email ?? row.externalId ?? t('customers.unnamed')}
                </Link>
              ),
            },
            {
              id: 'score',
              header: t('churn.columns.score'),
              className: 'cell-number nowrap',
              cell: (row) => formatScore(row.score),
            },
            {
              id: 'band',
              header: t('churn.columns.band'),
              cell: (row) => <ChurnBandBadge band={row.band} />,
            },
            {
              id: 'reasons',
              header: t('churn.columns.reasons'),
              cell: (row) => <ChurnReasonList reasons={row.reasons} />,
            },
          ]}
        />
      </section>
    </>
  );
}

import type { TAutomationRule, TAutomationRunStatus } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { CasesTabs } from '../cases/cases-tabs';
import { useAutomationRules, useUpdateRule } from './automations.api';
import {
  AutomationsNav,
  AutomationsNoAccess,
  useCanManageAutomations,
  useTriggerSummary,
} from './automations-nav';

export const RUN_STATUS_BADGE: Record<TAutomationRunStatus, string> = {
  running: 'badge-status-pending',
  succeeded: 'badge-status-accepted',
  failed: 'badge-status-revoked',
  skipped: 'badge-neutral',
};

/** Cases → Automations: every rule with its trigger, whether it is on, and how it has been running. */
export function AutomationsPage() {
  const { t } = useTranslation();
  const canManage = useCanManageAutomations();
  return (
    <div className="page page-wide" data-testid="automations-page">
      <PageHeader
        title={t('automations.title')}
        description={t('automations.lead')}
        actions={
          canManage && (
            <Link to="/cases/automations/new" className="btn btn-primary" data-testid="new-automation">
              {t('automations.newRule')}
            </Link>
          )
        }
      />
      <CasesTabs />
      <AutomationsNav />
      {canManage ? <RulesTable /> : <AutomationsNoAccess />}
    </div>
  );
}

function RulesTable() {
  const { t } = useTranslation();
  const rules = useAutomationRules();
  const update = useUpdateRule();
  const summary = useTriggerSummary();

  if (rules.isPending) return <LoadingState />;
  if (rules.error) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  if (rules.items.length === 0) {
    return (
      <EmptyState
        title={t('automations.empty')}
        testId="automations-empty"
        action={
          <Link to="/cases/automations/new" className="btn btn-primary">
            {t('automations.newRule')}
          </Link>
        }
      >
        <p>{t('automations.emptyHint')}</p>
      </EmptyState>
    );
  }
  const toggle = (rule: TAutomationRule) => update.mutate({ id: rule.id, active: !rule.active });
  return (
    <section className="card" aria-labelledby="automation-rules-title">
      <h2 id="automation-rules-title" className="visually-hidden">
        {t('automations.nav.rules')}
      </h2>
      <FormError error={update.error} />
      <div className="table-wrap">
        <table className="table" data-testid="automations-table">
          <thead>
            <tr>
              <th scope="col">{t('automations.columns.name')}</th>
              <th scope="col">{t('automations.columns.trigger')}</th>
              <th scope="col">{t('automations.columns.active')}</th>
              <th scope="col">{t('automations.columns.lastRun')}</th>
              <th scope="col" className="cell-number">
                {t('automations.columns.runs')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.items.map((rule) => (
              <tr key={rule.id} data-testid="automation-row" data-active={rule.active}>
                <td>
                  <Link to={`/cases/automations/${rule.id}`} className="strong">
                    {rule.name}
                  </Link>
                  {rule.description && <div className="muted">{rule.description}</div>}
                </td>
                <td>
                  {summary(rule.trigger)}
                  <div className="muted small">
                    {t('automations.actionCount', { count: rule.actions.length })}
                  </div>
                </td>
                <td>
                  <label className="checkbox switch">
                    <input
                      type="checkbox"
                      checked={rule.active}
                      disabled={update.isPending}
                      onChange={() => toggle(rule)}
                      aria-label={t('automations.toggleNamed', { name: rule.name })}
                      data-testid="automation-active"
                    />
                    {rule.active ? t('automations.on') : t('automations.off')}
                  </label>
                </td>
                <td className="nowrap">
                  {rule.lastRunAt && rule.lastRunStatus ? (
                    <>
                      <div>{formatDateTime(rule.lastRunAt)}</div>
                      <span className={`badge ${RUN_STATUS_BADGE[rule.lastRunStatus]}`}>
                        {t(`automations.runStatus.${rule.lastRunStatus}`)}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('automations.neverRan')}</span>
                  )}
                </td>
                <td className="cell-number">{rule.runCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore
        hasNextPage={rules.hasNextPage}
        isFetchingNextPage={rules.isFetchingNextPage}
        onLoadMore={() => void rules.fetchNextPage()}
      />
    </section>
  );
}

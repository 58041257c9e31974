import type { TAutomationRule, TAutomationRunStatus } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
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

  const toggle = (rule: TAutomationRule) => update.mutate({ id: rule.id, active: !rule.active });
  return (
    <section className="card" aria-labelledby="automation-rules-title">
      <h2 id="automation-rules-title" className="visually-hidden">
        {t('automations.nav.rules')}
      </h2>
      <FormError error={update.error} />
      <DataTable
        query={rules}
        label={t('automations.nav.rules')}
        testId="automations-table"
        rowKey={(rule) => rule.id}
        rowProps={(rule) => ({ 'data-testid': 'automation-row', 'data-active': rule.active })}
        empty={
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
        }
        columns={[
          {
            id: 'name',
            header: t('automations.columns.name'),
            cell: (rule) => (
              <>
                <Link to={`/cases/automations/${rule.id}`} className="strong">
                  {rule.name}
                </Link>
                {rule.description && <div className="muted">{rule.description}</div>}
              </>
            ),
          },
          {
            id: 'trigger',
            header: t('automations.columns.trigger'),
            cell: (rule) => (
              <>
                {summary(rule.trigger)}
                <div className="muted small">
                  {t('automations.actionCount', { count: rule.actions.length })}
                </div>
              </>
            ),
          },
          {
            id: 'active',
            header: t('automations.columns.active'),
            cell: (rule) => (
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
            ),
          },
          {
            id: 'lastRun',
            header: t('automations.columns.lastRun'),
            className: 'nowrap',
            cell: (rule) =>
              rule.lastRunAt && rule.lastRunStatus ? (
                <>
                  <div>{formatDateTime(rule.lastRunAt)}</div>
                  <span className={`badge ${RUN_STATUS_BADGE[rule.lastRunStatus]}`}>
                    {t(`automations.runStatus.${rule.lastRunStatus}`)}
                  </span>
                </>
              ) : (
                <span className="muted">{t('automations.neverRan')}</span>
              ),
          },
          {
            id: 'runs',
            header: t('automations.columns.runs'),
            className: 'cell-number',
            headerClassName: 'cell-number',
            cell: (rule) => rule.runCount,
          },
        ]}
      />
    </section>
  );
}

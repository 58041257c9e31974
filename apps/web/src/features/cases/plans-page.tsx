import { ACTION_PLAN_STATUSES, type TActionPlanStatus } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { useUrlFilters } from '../../components/filter-bar';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { fieldErrorsOf } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { useTeams } from '../settings/settings.api';
import { CasesTabs } from './cases-tabs';
import { useActionPlans, useCreateActionPlan } from './plans-api';
import { EMPTY_PLAN_DRAFT, PlanFields, planBodyOf, type TPlanDraft } from './plans-form';
import './cases.css';
import './plans-styles.css';

export function PlanStatusBadge({ status }: { status: TActionPlanStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge plan-status plan-status-${status}`} data-status={status}>
      {t(`act.plans.status.${status}`)}
    </span>
  );
}

const PLAN_FILTERS = ['status'] as const;

/** The outer loop: action plans that fix root causes across many cases, newest first. */
export function PlansPage() {
  const { t } = useTranslation();
  const { filters, setFilter } = useUrlFilters(PLAN_FILTERS);
  const status = filters.status;
  const canManage = useCan('actionPlans.manage');
  const [isCreating, setIsCreating] = useState(false);
  const plans = useActionPlans(status);
  const teams = useTeams();
  const teamName = (id: string | null) => teams.items.find((team) => team.id === id)?.name;

  return (
    <div className="page page-wide" data-testid="plans-page">
      <PageHeader
        title={t('nav.cases')}
        description={t('act.plans.lead')}
        actions={
          canManage && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setIsCreating(true)}
              data-testid="new-plan"
            >
              <Icon name="plus" size={16} />
              {t('act.plans.new')}
            </button>
          )
        }
      />
      <CasesTabs />
      <section className="card" aria-labelledby="plans-title">
        <div className="section-header">
          <h2 id="plans-title" className="section-title">
            {t('act.plans.title')}
          </h2>
          <SelectField
            label={t('act.plans.filterStatus')}
            value={status}
            onChange={(event) => setFilter('status', event.target.value)}
            data-testid="plans-filter-status"
          >
            <option value="">{t('act.plans.allStatuses')}</option>
            {ACTION_PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`act.plans.status.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <DataTable
          query={plans}
          label={t('act.plans.title')}
          testId="plans-table"
          isStacked
          rowKey={(plan) => plan.id}
          rowProps={(plan) => ({ 'data-testid': 'plan-row', 'data-plan-id': plan.id })}
          empty={
            <EmptyState
              title={status ? t('act.plans.emptyFiltered') : t('act.plans.empty')}
              testId="plans-empty"
            >
              <p>{t('act.plans.emptyHint')}</p>
            </EmptyState>
          }
          columns={[
            {
              id: 'title',
              header: t('act.plans.columns.title'),
              cell: (plan) => (
                <Link to={`/cases/plans/${plan.id}`} className="strong" data-testid="plan-link">
                  {plan.title}
                </Link>
              ),
            },
            {
              id: 'status',
              header: t('act.plans.columns.status'),
              cell: (plan) => <PlanStatusBadge status={plan.status} />,
            },
            {
              id: 'owner',
              header: t('act.plans.columns.owner'),
              cell: (plan) =>
                teamName(plan.ownerTeamId) ?? <span className="muted">{t('act.plans.noTeam')}</span>,
            },
            {
              id: 'cases',
              header: t('act.plans.columns.cases'),
              className: 'numeric',
              cell: (plan) => plan.caseCount,
            },
            {
              id: 'metric',
              header: t('act.plans.columns.metric'),
              cell: (plan) => (
                <>
                  {t(`act.plans.metric.${plan.metric}`)}
                  {plan.expectedEffect !== null && (
                    <span className="muted">
                      {' '}
                      ({t('act.plans.expected', { value: plan.expectedEffect })})
                    </span>
                  )}
                </>
              ),
            },
            {
              id: 'due',
              header: t('act.plans.columns.due'),
              className: 'nowrap',
              cell: (plan) => (plan.dueDate ? formatDate(plan.dueDate) : <span className="muted">—</span>),
            },
          ]}
        />
      </section>
      {isCreating && <NewPlanDialog onClose={() => setIsCreating(false)} />}
    </div>
  );
}

function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateActionPlan();
  const [draft, setDraft] = useState<TPlanDraft>(EMPTY_PLAN_DRAFT);
  const [localErrors, setLocalErrors] = useState<Record<string, string | undefined>>({});
  const serverErrors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = planBodyOf(draft);
    if ('invalid' in parsed) {
      setLocalErrors({
        [parsed.invalid]:
          parsed.invalid === 'title' ? t('validation.required') : t('act.plans.invalidNumber'),
      });
      return;
    }
    setLocalErrors({});
    create.mutate(parsed.body as { title: string }, {
      onSuccess: (plan) => {
        if (plan) void navigate(`/cases/plans/${plan.id}`);
      },
    });
  };

  return (
    <Dialog
      open
      title={t('act.plans.newTitle')}
      onClose={onClose}
      testId="new-plan-dialog"
      className="dialog-wide"
    >
      <form className="stack" onSubmit={submit} noValidate>
        <PlanFields
          draft={draft}
          onChange={setDraft}
          errors={{ ...serverErrors, ...localErrors }}
          disabled={create.isPending}
        />
        <FormError
          error={create.error}
          fields={['title', 'topicId', 'touchpointId', 'ownerTeamId', 'dueDate', 'expectedEffect']}
        />
        <div className="button-row">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={create.isPending}
            data-testid="create-plan"
          >
            {create.isPending ? t('common.working') : t('act.plans.create')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { ACTION_PLAN_STATUSES, type TActionPlanStatus } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
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

/** The outer loop: action plans that fix root causes across many cases, newest first. */
export function PlansPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
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
            onChange={(event) =>
              setParams(event.target.value ? { status: event.target.value } : {}, { replace: true })
            }
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
        {plans.isPending ? (
          <LoadingState />
        ) : plans.error ? (
          <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
        ) : plans.items.length === 0 ? (
          <EmptyState
            title={status ? t('act.plans.emptyFiltered') : t('act.plans.empty')}
            testId="plans-empty"
          >
            <p>{t('act.plans.emptyHint')}</p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table table-stack" data-testid="plans-table">
              <thead>
                <tr>
                  <th scope="col">{t('act.plans.columns.title')}</th>
                  <th scope="col">{t('act.plans.columns.status')}</th>
                  <th scope="col">{t('act.plans.columns.owner')}</th>
                  <th scope="col">{t('act.plans.columns.cases')}</th>
                  <th scope="col">{t('act.plans.columns.metric')}</th>
                  <th scope="col">{t('act.plans.columns.due')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.items.map((plan) => (
                  <tr key={plan.id} data-testid="plan-row" data-plan-id={plan.id}>
                    <td data-label={t('act.plans.columns.title')}>
                      <Link to={`/cases/plans/${plan.id}`} className="strong" data-testid="plan-link">
                        {plan.title}
                      </Link>
                    </td>
                    <td data-label={t('act.plans.columns.status')}>
                      <PlanStatusBadge status={plan.status} />
                    </td>
                    <td data-label={t('act.plans.columns.owner')}>
                      {teamName(plan.ownerTeamId) ?? <span className="muted">{t('act.plans.noTeam')}</span>}
                    </td>
                    <td data-label={t('act.plans.columns.cases')} className="numeric">
                      {plan.caseCount}
                    </td>
                    <td data-label={t('act.plans.columns.metric')}>
                      {t(`act.plans.metric.${plan.metric}`)}
                      {plan.expectedEffect !== null && (
                        <span className="muted">
                          {' '}
                          ({t('act.plans.expected', { value: plan.expectedEffect })})
                        </span>
                      )}
                    </td>
                    <td data-label={t('act.plans.columns.due')} className="nowrap">
                      {plan.dueDate ? formatDate(plan.dueDate) : <span className="muted">—</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore
          hasNextPage={plans.hasNextPage}
          isFetchingNextPage={plans.isFetchingNextPage}
          onLoadMore={() => void plans.fetchNextPage()}
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

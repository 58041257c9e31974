import type { TActionPlanDetail, TCasePriority, TCaseStatus } from '@touchpoint/schemas/browser';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { fieldErrorsOf, isApiError } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { formatInterval, formatMetric } from '../insights/insights.api';
import { PriorityBadge, StatusBadge } from './cases-inbox-page';
import { CasesTabs } from './cases-tabs';
import {
  parseCaseNumbers,
  useActionPlan,
  useDeleteActionPlan,
  useLinkPlanCases,
  useUnlinkPlanCase,
  useUpdateActionPlan,
} from './plans-api';
import { PlanFields, planBodyOf, type TPlanDraft } from './plans-form';
import { PlanStatusBadge } from './plans-page';
import './cases.css';
import './plans-styles.css';

function draftOf(plan: TActionPlanDetail): TPlanDraft {
  return {
    title: plan.title,
    description: plan.description,
    topicId: plan.topicId,
    touchpointId: plan.touchpointId,
    ownerTeamId: plan.ownerTeamId,
    dueDate: plan.dueDate ?? '',
    status: plan.status,
    metric: plan.metric,
    expectedEffect: plan.expectedEffect === null ? '' : String(plan.expectedEffect),
  };
}

/** One action plan: its fields, its cases, its metric before and after, and "you said, we did". */
export function PlanDetailPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const plan = useActionPlan(planId);

  if (plan.isPending) return <LoadingState />;
  if (plan.error) {
    if (isApiError(plan.error) && plan.error.status === 404) {
      return (
        <div className="page">
          <EmptyState title={t('act.plans.notFound')} testId="plan-not-found">
            <p>
              <Link to="/cases/plans">{t('act.plans.backToList')}</Link>
            </p>
          </EmptyState>
        </div>
      );
    }
    return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  return <PlanDetail plan={plan.data} />;
}

function PlanDetail({ plan }: { plan: TActionPlanDetail }) {
  const { t } = useTranslation();
  const canManage = useCan('actionPlans.manage');
  return (
    <div className="page page-wide" data-testid="plan-detail" data-plan-id={plan.id}>
      <PageHeader
        title={plan.title}
        description={
          <>
            <Link to="/cases/plans" className="back-link">
              <Icon name="arrow-left" size={14} /> {t('act.plans.backToList')}
            </Link>{' '}
            <PlanStatusBadge status={plan.status} />
          </>
        }
      />
      <CasesTabs />
      <div className="plan-layout">
        <div className="stack-lg">
          <PlanEditor key={plan.updatedAt} plan={plan} canManage={canManage} />
          <PlanCases plan={plan} canManage={canManage} />
        </div>
        <div className="stack-lg">
          <PlanImpact plan={plan} />
          <Announcement key={`${plan.id}:${plan.updatedAt}`} plan={plan} canManage={canManage} />
        </div>
      </div>
    </div>
  );
}

function PlanEditor({ plan, canManage }: { plan: TActionPlanDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateActionPlan(plan.id);
  const remove = useDeleteActionPlan();
  const [draft, setDraft] = useState<TPlanDraft>(() => draftOf(plan));
  const [localErrors, setLocalErrors] = useState<Record<string, string | undefined>>({});
  const [isDeleting, setIsDeleting] = useState(false);
  const serverErrors = fieldErrorsOf(update.error);

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
    update.mutate(parsed.body);
  };

  return (
    <section className="card" aria-labelledby="plan-fields-title">
      <h2 id="plan-fields-title" className="section-title">
        {t('act.plans.detailsTitle')}
      </h2>
      <p className="muted">
        {t('act.plans.createdAt', { date: formatDateTime(plan.createdAt) })}
        {plan.completedAt && <> · {t('act.plans.completedAt', { date: formatDateTime(plan.completedAt) })}</>}
        {plan.dueDate && <> · {t('act.plans.dueOn', { date: formatDate(plan.dueDate) })}</>}
      </p>
      <form className="stack" onSubmit={submit} noValidate data-testid="plan-form">
        <PlanFields
          draft={draft}
          onChange={setDraft}
          errors={{ ...serverErrors, ...localErrors }}
          disabled={!canManage || update.isPending}
        />
        {draft.status === 'done' && plan.status !== 'done' && plan.announcementSubject && (
          <p className="alert alert-info" data-testid="plan-done-hint">
            {t('act.plans.doneSendsNotices')}
          </p>
        )}
        <FormError
          error={update.error}
          fields={['title', 'topicId', 'touchpointId', 'ownerTeamId', 'dueDate', 'expectedEffect']}
        />
        {canManage && (
          <div className="button-row">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={update.isPending}
              data-testid="save-plan"
            >
              {update.isPending ? t('common.working') : t('common.save')}
            </button>
            <button type="button" className="btn btn-ghost-danger" onClick={() => setIsDeleting(true)}>
              {t('act.plans.delete')}
            </button>
          </div>
        )}
      </form>
      <ConfirmDialog
        open={isDeleting}
        title={t('act.plans.deleteTitle')}
        body={<p>{t('act.plans.deleteBody', { title: plan.title })}</p>}
        confirmLabel={t('act.plans.delete')}
        isPending={remove.isPending}
        error={remove.error}
        isDestructive
        onCancel={() => {
          setIsDeleting(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(plan.id, { onSuccess: () => void navigate('/cases/plans') })}
      />
    </section>
  );
}

function PlanCases({ plan, canManage }: { plan: TActionPlanDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const link = useLinkPlanCases(plan.id);
  const unlink = useUnlinkPlanCase(plan.id);
  const [numbers, setNumbers] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCaseNumbers(numbers);
    if (!parsed) {
      setLocalError(t('act.plans.caseNumbersInvalid'));
      return;
    }
    setLocalError(undefined);
    link.mutate({ caseNumbers: parsed }, { onSuccess: () => setNumbers('') });
  };

  return (
    <section className="card" aria-labelledby="plan-cases-title" data-testid="plan-cases">
      <h2 id="plan-cases-title" className="section-title">
        {t('act.plans.casesTitle', { count: plan.cases.length })}
      </h2>
      {canManage && (
        <form className="inline-form" onSubmit={submit} noValidate>
          <TextField
            label={t('act.plans.linkByNumber')}
            value={numbers}
            onChange={(event) => setNumbers(event.target.value)}
            placeholder="12, 15, 20"
            error={localError ?? fieldErrorsOf(link.error).caseNumbers}
            className="grow"
            data-testid="plan-link-numbers"
          />
          <button
            type="submit"
            className="btn btn-secondary"
            disabled={link.isPending}
            data-testid="plan-link-submit"
          >
            {link.isPending ? t('common.working') : t('act.plans.link')}
          </button>
        </form>
      )}
      <FormError error={link.error} fields={['caseNumbers']} />
      <FormError error={unlink.error} />
      {plan.cases.length === 0 ? (
        <p className="muted" data-testid="plan-cases-empty">
          {t('act.plans.noCases')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table table-stack">
            <thead>
              <tr>
                <th scope="col">{t('cases.columns.number')}</th>
                <th scope="col">{t('cases.columns.title')}</th>
                <th scope="col">{t('cases.columns.priority')}</th>
                <th scope="col">{t('cases.columns.status')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {plan.cases.map((item) => (
                <tr key={item.id} data-testid="plan-case-row">
                  <td data-label={t('cases.columns.number')} className="nowrap mono">
                    #{item.number}
                  </td>
                  <td data-label={t('cases.columns.title')}>
                    <Link to={`/cases/${item.id}`}>{item.title}</Link>
                  </td>
                  <td data-label={t('cases.columns.priority')}>
                    <PriorityBadge priority={item.priority as TCasePriority} />
                  </td>
                  <td data-label={t('cases.columns.status')}>
                    <StatusBadge status={item.status as TCaseStatus} />
                  </td>
                  {canManage && (
                    <td className="nowrap">
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        disabled={unlink.isPending}
                        onClick={() => unlink.mutate(item.id)}
                        aria-label={t('act.plans.unlinkNamed', { number: item.number })}
                      >
                        {t('act.plans.unlink')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PlanImpact({ plan }: { plan: TActionPlanDetail }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const impact = plan.impact;
  return (
    <section className="card" aria-labelledby="plan-impact-title" data-testid="plan-impact">
      <h2 id="plan-impact-title" className="section-title">
        {t('act.plans.impactTitle', { metric: t(`act.plans.metric.${plan.metric}`) })}
      </h2>
      {!impact ? (
        <p className="muted">{t('act.plans.impactNone')}</p>
      ) : (
        <>
          <p className="muted">
            {impact.scope === 'touchpoint' ? t('act.plans.scopeTouchpoint') : t('act.plans.scopeTopic')}
          </p>
          <ul className="metric-cards">
            {(['before', 'after'] as const).map((which) => {
              const window = impact[which];
              return (
                <li key={which}>
                  <div className="metric-card" data-testid={`plan-impact-${which}`}>
                    <h3 className="metric-card-title">
                      {which === 'before'
                        ? t('act.plans.before')
                        : impact.afterSince === 'completion'
                          ? t('act.plans.afterCompletion')
                          : t('act.plans.afterCreation')}
                    </h3>
                    <p className="metric-value">
                      <span data-testid="plan-impact-value">
                        {formatMetric(impact.metric, window.value, locale)}
                      </span>
                    </p>
                    <p className="metric-meta">
                      <span data-testid="plan-impact-n">{t('insights.n', { count: window.n })}</span>
                      <span>
                        {t('insights.ci', { interval: formatInterval(impact.metric, window.ci95, locale) })}
                      </span>
                    </p>
                    <p className="metric-meta">
                      {t('act.plans.window', { from: formatDate(window.from), to: formatDate(window.to) })}
                    </p>
                    {window.smallSample && window.n > 0 && (
                      <p className="badge badge-warning">{t('insights.smallSample')}</p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {plan.expectedEffect !== null && (
            <p className="muted">{t('act.plans.expectedLine', { value: plan.expectedEffect })}</p>
          )}
        </>
      )}
    </section>
  );
}

function Announcement({ plan, canManage }: { plan: TActionPlanDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateActionPlan(plan.id);
  const bodyId = useId();
  const [subject, setSubject] = useState(plan.announcementSubject ?? '');
  const [body, setBody] = useState(plan.announcementBody ?? '');
  const serverErrors = fieldErrorsOf(update.error);
  const notices = plan.notices;
  const skipped = notices.skipped.unsubscribed + notices.skipped.budget + notices.skipped.noEmail;

  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      announcementSubject: subject.trim() || null,
      announcementBody: body.trim() || null,
    });
  };

  return (
    <section className="card" aria-labelledby="plan-announcement-title" data-testid="plan-announcement">
      <h2 id="plan-announcement-title" className="section-title">
        {t('act.plans.announcementTitle')}
      </h2>
      <p className="muted">{t('act.plans.announcementLead')}</p>
      <form className="stack" onSubmit={save} noValidate>
        <fieldset className="stack plan-fields" disabled={!canManage || update.isPending}>
          <TextField
            label={t('act.plans.fields.announcementSubject')}
            value={subject}
            maxLength={200}
            onChange={(event) => setSubject(event.target.value)}
            error={serverErrors.announcementSubject}
            data-testid="plan-announcement-subject"
          />
          <div className="field">
            <label htmlFor={bodyId}>{t('act.plans.fields.announcementBody')}</label>
            <textarea
              id={bodyId}
              rows={6}
              maxLength={10_000}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              aria-invalid={serverErrors.announcementBody ? true : undefined}
              data-testid="plan-announcement-body"
            />
            {serverErrors.announcementBody && <p className="field-error">{serverErrors.announcementBody}</p>}
          </div>
        </fieldset>
        <FormError error={update.error} fields={['announcementSubject', 'announcementBody']} />
        {canManage && (
          <div className="button-row">
            <button
              type="submit"
              className="btn btn-secondary"
              disabled={update.isPending}
              data-testid="save-announcement"
            >
              {update.isPending ? t('common.working') : t('act.plans.saveAnnouncement')}
            </button>
          </div>
        )}
      </form>
      <p className="muted">
        {plan.status === 'done'
          ? plan.announcedAt
            ? t('act.plans.announcedAt', { date: formatDateTime(plan.announcedAt) })
            : plan.announcementSubject
              ? t('act.plans.announcing')
              : t('act.plans.noAnnouncement')
          : t('act.plans.sentWhenDone')}
      </p>
      <dl className="stat-row plan-notices" data-testid="plan-notices">
        <div className="stat">
          <dt>{t('act.plans.notices.sent')}</dt>
          <dd data-testid="plan-notices-sent">{notices.sent}</dd>
        </div>
        <div className="stat">
          <dt>{t('act.plans.notices.skipped')}</dt>
          <dd data-testid="plan-notices-skipped">{skipped}</dd>
        </div>
        <div className="stat">
          <dt>{t('act.plans.notices.failed')}</dt>
          <dd>{notices.failed}</dd>
        </div>
      </dl>
      {skipped > 0 && (
        <ul className="plain-list muted" data-testid="plan-notices-reasons">
          {notices.skipped.unsubscribed > 0 && (
            <li>{t('act.plans.notices.unsubscribed', { count: notices.skipped.unsubscribed })}</li>
          )}
          {notices.skipped.budget > 0 && (
            <li>{t('act.plans.notices.budget', { count: notices.skipped.budget })}</li>
          )}
          {notices.skipped.noEmail > 0 && (
            <li>{t('act.plans.notices.noEmail', { count: notices.skipped.noEmail })}</li>
          )}
        </ul>
      )}
    </section>
  );
}

import type { TContactBudget } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/dialog';
import { ErrorState, FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { fieldErrorsOf } from '../../lib/api';
import { useCan } from '../auth/auth.api';
import { NoAccess } from '../settings/settings-page';
import { useContactBudget, useSetContactBudget } from './distribution.api';
import { parseInteger } from './distribution-draft';

const LIMITS = { maxSurveys: { min: 1, max: 50 }, perDays: { min: 1, max: 365 } } as const;

/** Settings → Contact budget: how many surveys one person may get, across every survey and channel. */
export function ContactBudgetTab() {
  const canManage = useCan('settings.manage');
  const { t } = useTranslation();
  const budget = useContactBudget();
  if (!canManage) return <NoAccess />;
  return (
    <div className="stack-lg" data-testid="contact-budget-tab">
      <section className="card" aria-labelledby="budget-title">
        <h2 id="budget-title" className="section-title">
          {t('contactBudget.title')}
        </h2>
        <p className="muted">{t('contactBudget.lead')}</p>
        {budget.isPending ? (
          <LoadingState />
        ) : budget.error ? (
          <ErrorState error={budget.error} onRetry={() => void budget.refetch()} />
        ) : (
          <BudgetForm current={budget.data.contactBudget} />
        )}
      </section>
      <section className="card" aria-labelledby="budget-how-title">
        <h2 id="budget-how-title" className="section-title">
          {t('contactBudget.how.title')}
        </h2>
        <ul className="checklist">
          <li>{t('contactBudget.how.channels')}</li>
          <li>{t('contactBudget.how.priority')}</li>
          <li>{t('contactBudget.how.default')}</li>
          <li>{t('contactBudget.how.order')}</li>
          <li>{t('contactBudget.how.skipped')}</li>
        </ul>
      </section>
    </div>
  );
}

function BudgetForm({ current }: { current: TContactBudget | null }) {
  const { t } = useTranslation();
  const save = useSetContactBudget();
  const [maxSurveys, setMaxSurveys] = useState(String(current?.maxSurveys ?? 1));
  const [perDays, setPerDays] = useState(String(current?.perDays ?? 7));
  const [errors, setErrors] = useState<{ maxSurveys?: string; perDays?: string }>({});
  const [notice, setNotice] = useState<'saved' | 'removed' | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const serverErrors = fieldErrorsOf(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const max = parseInteger(maxSurveys);
    const days = parseInteger(perDays);
    const next: typeof errors = {};
    if (!(max >= LIMITS.maxSurveys.min && max <= LIMITS.maxSurveys.max)) {
      next.maxSurveys = t('contactBudget.errors.maxSurveys');
    }
    if (!(days >= LIMITS.perDays.min && days <= LIMITS.perDays.max)) {
      next.perDays = t('contactBudget.errors.perDays');
    }
    setErrors(next);
    setNotice(null);
    if (next.maxSurveys || next.perDays) return;
    save.mutate({ maxSurveys: max, perDays: days }, { onSuccess: () => setNotice('saved') });
  };

  return (
    <div className="stack">
      <p className="budget-status" data-testid="budget-status">
        {current
          ? t('contactBudget.current', { count: current.maxSurveys, days: current.perDays })
          : t('contactBudget.none')}
      </p>
      <form className="inline-form" onSubmit={submit} noValidate data-testid="contact-budget-form">
        <TextField
          label={t('contactBudget.fields.maxSurveys')}
          type="number"
          inputMode="numeric"
          min={LIMITS.maxSurveys.min}
          max={LIMITS.maxSurveys.max}
          value={maxSurveys}
          onChange={(event) => setMaxSurveys(event.target.value)}
          error={errors.maxSurveys ?? serverErrors.maxSurveys}
        />
        <TextField
          label={t('contactBudget.fields.perDays')}
          type="number"
          inputMode="numeric"
          min={LIMITS.perDays.min}
          max={LIMITS.perDays.max}
          value={perDays}
          onChange={(event) => setPerDays(event.target.value)}
          error={errors.perDays ?? serverErrors.perDays}
        />
        <button type="submit" className="btn btn-primary" disabled={save.isPending} data-testid="save-budget">
          {save.isPending && !isRemoving
            ? t('common.working')
            : current
              ? t('common.save')
              : t('contactBudget.set')}
        </button>
        {current && (
          <button
            type="button"
            className="btn btn-ghost-danger"
            onClick={() => setIsRemoving(true)}
            data-testid="remove-budget"
          >
            {t('contactBudget.remove')}
          </button>
        )}
      </form>
      <p className="field-hint">{t('contactBudget.example')}</p>
      {!isRemoving && (
        <FormError error={save.error} fields={['maxSurveys', 'perDays']} testId="budget-error" />
      )}
      {notice && (
        <p className="alert alert-success" role="status" data-testid="budget-notice">
          {notice === 'saved' ? t('contactBudget.saved') : t('contactBudget.removed')}
        </p>
      )}
      <ConfirmDialog
        open={isRemoving}
        title={t('contactBudget.removeTitle')}
        body={<p>{t('contactBudget.removeBody')}</p>}
        confirmLabel={t('contactBudget.remove')}
        isPending={save.isPending}
        error={save.error}
        onCancel={() => {
          setIsRemoving(false);
          save.reset();
        }}
        onConfirm={() =>
          save.mutate(null, {
            onSuccess: () => {
              setIsRemoving(false);
              setNotice('removed');
            },
          })
        }
      />
    </div>
  );
}

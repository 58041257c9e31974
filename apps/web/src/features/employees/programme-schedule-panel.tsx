import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TProgrammeSchedule, TSurvey } from '@touchpoint/schemas/browser';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useCan, useWorkspaceKey } from '../auth/auth.api';
import { parseDepartments } from './invite-employees-dialog';

type TScheduleResult = { schedule: TProgrammeSchedule | null };

function useSchedule(surveyId: string) {
  const key = [...useWorkspaceKey(), 'programme-schedule', surveyId];
  const client = useQueryClient();
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      api<TScheduleResult>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/schedule`, { signal }),
  });
  const save = useMutation({
    mutationFn: (body: Record<string, unknown> | null) =>
      api<TScheduleResult>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/schedule`, {
        method: body ? 'PUT' : 'DELETE',
        ...(body ? { body } : {}),
      }),
    onSuccess: (result) => client.setQueryData(key, result),
  });
  return { query, save };
}

/** An employee programme's schedule: how often a new wave goes out, to whom, and the waves so far. */
export function ProgrammeSchedulePanel({ survey }: { survey: TSurvey }) {
  const { t } = useTranslation();
  const canManage = useCan('surveys.manage');
  const { query, save } = useSchedule(survey.id);
  const schedule = query.data?.schedule ?? null;
  const [cadence, setCadence] = useState('monthly');
  const [scope, setScope] = useState('everyone');
  const [departments, setDepartments] = useState('');
  const [reminder, setReminder] = useState('3');
  const [closeAfter, setCloseAfter] = useState('14');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!schedule) return;
    setCadence(schedule.cadence);
    setScope(schedule.scope);
    setDepartments(schedule.departments.join(', '));
    setReminder(schedule.remindAfterDays ? String(schedule.remindAfterDays) : '');
    setCloseAfter(String(schedule.closeAfterDays));
  }, [schedule]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    save.mutate(
      {
        cadence,
        scope,
        departments: parseDepartments(departments),
        remindAfterDays: reminder ? Number(reminder) : null,
        closeAfterDays: Number(closeAfter) || 14,
      },
      { onSuccess: () => setNotice(t('programmeSchedule.saved')) },
    );
  };

  return (
    <section className="card" aria-labelledby="schedule-title" data-testid="programme-schedule">
      <h2 id="schedule-title" className="section-title">
        {t('programmeSchedule.title')}
      </h2>
      <p className="muted section-lead">{t('programmeSchedule.lead')}</p>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="stack">
          <p data-testid="schedule-status">
            {schedule
              ? t('programmeSchedule.current', {
                  cadence: t(`programmeSchedule.cadences.${schedule.cadence}`),
                  next: formatDateTime(schedule.nextRunAt),
                })
              : t('programmeSchedule.none')}
          </p>
          {schedule?.lastError && (
            <p className="alert alert-error" role="alert">
              {t('programmeSchedule.lastError', { error: schedule.lastError })}
            </p>
          )}
          {canManage && (
            <form className="stack" onSubmit={submit} noValidate data-testid="schedule-form">
              <div className="form-grid">
                <SelectField
                  label={t('programmeSchedule.cadence')}
                  value={cadence}
                  onChange={(event) => setCadence(event.target.value)}
                  data-testid="schedule-cadence"
                >
                  {(['weekly', 'monthly', 'quarterly'] as const).map((c) => (
                    <option key={c} value={c}>
                      {t(`programmeSchedule.cadences.${c}`)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={t('programmeSchedule.scope')}
                  value={scope}
                  onChange={(event) => setScope(event.target.value)}
                  data-testid="schedule-scope"
                >
                  <option value="everyone">{t('programmeSchedule.scopes.everyone')}</option>
                  <option value="per_department">{t('programmeSchedule.scopes.per_department')}</option>
                </SelectField>
                <TextField
                  label={t('employeeInvitations.departments')}
                  hint={t('employeeInvitations.departmentsHint')}
                  value={departments}
                  onChange={(event) => setDepartments(event.target.value)}
                />
                <SelectField
                  label={t('sendEmail.reminder.label')}
                  value={reminder}
                  onChange={(event) => setReminder(event.target.value)}
                >
                  <option value="">{t('sendEmail.reminder.none')}</option>
                  {Array.from({ length: 14 }, (_, i) => i + 1).map((days) => (
                    <option key={days} value={days}>
                      {t('sendEmail.reminder.after', { count: days })}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t('programmeSchedule.closeAfter')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={90}
                  value={closeAfter}
                  onChange={(event) => setCloseAfter(event.target.value)}
                />
              </div>
              <FormError error={save.error} testId="schedule-error" />
              <div className="button-row">
                <button
                  type="submit"
                  className="btn btn-primary"
                  disabled={save.isPending}
                  data-testid="schedule-save"
                >
                  {save.isPending ? t('common.working') : t('programmeSchedule.save')}
                </button>
                {schedule && (
                  <button
                    type="button"
                    className="btn btn-ghost-danger"
                    disabled={save.isPending}
                    onClick={() =>
                      save.mutate(null, { onSuccess: () => setNotice(t('programmeSchedule.stopped')) })
                    }
                    data-testid="schedule-stop"
                  >
                    {t('programmeSchedule.stop')}
                  </button>
                )}
              </div>
              {notice && (
                <p className="alert alert-success" role="status">
                  {notice}
                </p>
              )}
            </form>
          )}
          {schedule && schedule.waves.length > 0 && (
            <div className="table-wrap">
              <table className="table" data-testid="schedule-waves">
                <caption className="sr-only">{t('programmeSchedule.waves')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('programmeSchedule.wave')}</th>
                    <th scope="col">{t('programmeSchedule.status')}</th>
                    <th scope="col">{t('programmeSchedule.closes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {schedule.waves.map((wave) => (
                    <tr key={wave.surveyId}>
                      <td>
                        <Link to={`/surveys/${wave.surveyId}`}>{wave.name}</Link>
                      </td>
                      <td>{t(`surveys.status.${wave.status}`, { defaultValue: wave.status })}</td>
                      <td>{formatDateTime(wave.closeAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

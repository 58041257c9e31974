import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSurvey } from '@touchpoint/schemas/browser';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { api } from '../../lib/api';
import type { TSendInvitationsResult } from '../../lib/contracts';
import { useWorkspaceKey } from '../auth/auth.api';

const REMINDER_DAYS = Array.from({ length: 14 }, (_, i) => i + 1);

interface InviteEmployeesDialogProps {
  survey: TSurvey | null;
  onClose: () => void;
  onShowInvitations: () => void;
}

/** "Invite employees": everyone active in the directory (or some departments) gets a personal link. */
export function InviteEmployeesDialog({ survey, onClose, onShowInvitations }: InviteEmployeesDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={survey !== null}
      title={survey ? t('employeeInvitations.title', { name: survey.name }) : ''}
      onClose={onClose}
      testId="invite-employees-dialog"
      className="dialog-wide"
    >
      {survey && (
        <InviteEmployeesForm survey={survey} onClose={onClose} onShowInvitations={onShowInvitations} />
      )}
    </Dialog>
  );
}

/** Department names typed as a comma- or line-separated list; empty means everyone. */
export function parseDepartments(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function InviteEmployeesForm({
  survey,
  onClose,
  onShowInvitations,
}: {
  survey: TSurvey;
  onClose: () => void;
  onShowInvitations: () => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const client = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  const [departments, setDepartments] = useState('');
  const [reminder, setReminder] = useState('3');
  const [result, setResult] = useState<TSendInvitationsResult | null>(null);
  const send = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<TSendInvitationsResult>(`/api/v1/surveys/${encodeURIComponent(survey.id)}/invitations`, {
        method: 'POST',
        body,
      }),
    onSuccess: async (sent) => {
      setResult(sent);
      await client.invalidateQueries({ queryKey: [...workspaceKey, 'survey-invitations', survey.id] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = parseDepartments(departments);
    send.mutate({
      channel: 'email',
      audience: 'employees',
      ...(chosen.length > 0 ? { departments: chosen } : {}),
      remindAfterDays: reminder ? Number(reminder) : null,
    });
  };

  if (result) {
    const reasons = new Map<string, number>();
    for (const skip of result.skipped) reasons.set(skip.reason, (reasons.get(skip.reason) ?? 0) + 1);
    return (
      <div className="stack" data-testid="invite-employees-result">
        <div className={`alert ${result.sent.length > 0 ? 'alert-success' : 'alert-warning'}`} role="status">
          <p>
            <strong data-testid="invite-employees-sent">
              {t('employeeInvitations.sent', { count: result.sent.length })}
            </strong>
          </p>
          {[...reasons].map(([reason, count]) => (
            <p key={reason} data-testid="invite-employees-skipped" data-reason={reason}>
              {t('employeeInvitations.skipped', {
                count,
                reason: t(`employeeInvitations.reasons.${reason}`),
              })}
            </p>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onShowInvitations}>
            {t('sendEmail.result.viewInvitations')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={onClose}
            data-testid="invite-employees-done"
          >
            {t('common.done')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="stack" data-testid="invite-employees-form">
      <p className="muted">{t('employeeInvitations.lead')}</p>
      {survey.anonymous && (
        <div className="alert alert-info" data-testid="invite-employees-anonymous">
          <p>{t('employeeInvitations.anonymous')}</p>
        </div>
      )}
      <TextField
        id={`${ids}-departments`}
        label={t('employeeInvitations.departments')}
        hint={t('employeeInvitations.departmentsHint')}
        value={departments}
        onChange={(event) => setDepartments(event.target.value)}
        data-testid="invite-employees-departments"
      />
      <SelectField
        label={t('sendEmail.reminder.label')}
        value={reminder}
        onChange={(event) => setReminder(event.target.value)}
        data-testid="invite-employees-reminder"
      >
        <option value="">{t('sendEmail.reminder.none')}</option>
        {REMINDER_DAYS.map((days) => (
          <option key={days} value={days}>
            {t('sendEmail.reminder.after', { count: days })}
          </option>
        ))}
      </SelectField>
      <p className="field-hint">{t('employeeInvitations.skipsNote')}</p>
      <FormError error={send.error} testId="invite-employees-error" />
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={send.isPending}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={send.isPending}
          data-testid="invite-employees-send"
        >
          {send.isPending ? t('sendEmail.sending') : t('employeeInvitations.send')}
        </button>
      </div>
    </form>
  );
}

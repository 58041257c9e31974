import type { TSurvey } from '@touchpoint/schemas/browser';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { isApiError } from '../../lib/api';
import type { TSendInvitationsResult } from '../../lib/contracts';
import { parseCsv, readFileText } from '../../lib/csv';
import { languageName } from '../surveys/survey-draft';
import { useSendInvitations } from './distribution.api';
import {
  MAX_RECIPIENTS,
  parseRecipientLines,
  recipientsFromCsv,
  type TParsedRecipients,
  type TRecipientProblem,
} from './recipients';

const REMINDER_DAYS = Array.from({ length: 14 }, (_, i) => i + 1);
const SHOWN_PROBLEMS = 10;

interface SendInvitationsDialogProps {
  survey: TSurvey | null;
  onClose: () => void;
  /** Shows the survey's invitations (the editor's tab, or the editor from the list). */
  onShowInvitations: () => void;
}

/** "Send by email": recipients pasted or uploaded, an optional reminder, then what was sent and skipped. */
export function SendInvitationsDialog({ survey, onClose, onShowInvitations }: SendInvitationsDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={survey !== null}
      title={survey ? t('sendEmail.title', { name: survey.name }) : ''}
      onClose={onClose}
      testId="send-email-dialog"
      className="dialog-wide"
    >
      {survey && (
        <SendInvitationsForm survey={survey} onClose={onClose} onShowInvitations={onShowInvitations} />
      )}
    </Dialog>
  );
}

interface TUpload {
  fileName: string;
  parsed: TParsedRecipients;
}

function SendInvitationsForm({
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
  const send = useSendInvitations(survey.id);
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [upload, setUpload] = useState<TUpload | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);
  const [reminder, setReminder] = useState('');
  const [showEmpty, setShowEmpty] = useState(false);
  const [result, setResult] = useState<TSendInvitationsResult | null>(null);

  const pasted = useMemo(() => parseRecipientLines(text), [text]);
  const recipients = [...pasted.recipients, ...(upload?.parsed.recipients ?? [])];
  const problems: (TRecipientProblem & { source: string })[] = [
    ...pasted.problems.map((problem) => ({ ...problem, source: '' })),
    ...(upload?.parsed.problems ?? []).map((problem) => ({ ...problem, source: upload?.fileName ?? '' })),
  ];
  const isTooMany = recipients.length > MAX_RECIPIENTS;
  const canSend = recipients.length > 0 && problems.length === 0 && !isTooMany && !isReading;

  const readFile = async (file: File) => {
    setUploadError(null);
    setIsReading(true);
    try {
      const parsed = recipientsFromCsv(await parseCsv(await readFileText(file)));
      if (!parsed.hasEmailColumn) setUploadError(t('sendEmail.upload.noEmailColumn'));
      else setUpload({ fileName: file.name, parsed });
    } catch (error) {
      setUploadError(
        t('sendEmail.upload.unreadable', { detail: error instanceof Error ? error.message : '' }),
      );
    } finally {
      setIsReading(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (recipients.length === 0) {
      setShowEmpty(true);
      return;
    }
    if (!canSend) return;
    send.mutate(
      {
        channel: 'email',
        recipients: recipients.map(({ line: _line, ...recipient }) => recipient),
        remindAfterDays: reminder ? Number(reminder) : null,
      },
      { onSuccess: setResult },
    );
  };

  if (result) {
    return (
      <SendResult
        result={result}
        remindAfterDays={reminder ? Number(reminder) : null}
        onSendMore={() => {
          setResult(null);
          setText('');
          setUpload(null);
          send.reset();
        }}
        onShowInvitations={onShowInvitations}
        onClose={onClose}
      />
    );
  }

  const failure = send.error;
  const isNotPublished = isApiError(failure) && failure.status === 409;
  const isMailMissing = isApiError(failure) && failure.status === 422;

  return (
    <form onSubmit={submit} noValidate className="stack" data-testid="send-email-form">
      <p className="muted">
        {t('sendEmail.lead', {
          languages: survey.languages.map(languageName).join(', '),
          defaultLanguage: languageName(survey.defaultLanguage),
        })}
      </p>
      <div className="field">
        <label htmlFor={`${ids}-recipients`}>{t('sendEmail.recipients')}</label>
        <textarea
          id={`${ids}-recipients`}
          rows={7}
          value={text}
          spellCheck={false}
          className="mono"
          placeholder={'ana@example.com, Ana Lima, en\nbinh@example.com, Trần Bình, vi'}
          aria-describedby={`${ids}-recipients-hint${showEmpty && recipients.length === 0 ? ` ${ids}-recipients-error` : ''}`}
          aria-invalid={(showEmpty && recipients.length === 0) || undefined}
          onChange={(event) => {
            setText(event.target.value);
            setShowEmpty(false);
          }}
          data-testid="recipients-input"
        />
        <p className="field-hint" id={`${ids}-recipients-hint`}>
          {t('sendEmail.recipientsHint')}
        </p>
        {showEmpty && recipients.length === 0 && (
          <p className="field-error" id={`${ids}-recipients-error`}>
            {t('sendEmail.noRecipients')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${ids}-file`}>{t('sendEmail.upload.label')}</label>
        {upload ? (
          <div className="file-chip" data-testid="recipients-file">
            <span>
              {t('sendEmail.upload.loaded', {
                name: upload.fileName,
                count: upload.parsed.recipients.length,
              })}
            </span>
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={() => {
                setUpload(null);
                fileRef.current?.focus();
              }}
              data-testid="recipients-file-remove"
            >
              {t('sendEmail.upload.remove')}
            </button>
          </div>
        ) : null}
        <input
          id={`${ids}-file`}
          ref={fileRef}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${ids}-file-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
          }}
          data-testid="recipients-file-input"
        />
        <p className="field-hint" id={`${ids}-file-hint`}>
          {isReading ? t('common.loading') : t('sendEmail.upload.hint')}
        </p>
        {uploadError && (
          <p className="field-error" role="alert">
            {uploadError}
          </p>
        )}
      </div>

      {problems.length > 0 && (
        <div className="alert alert-error" role="alert" data-testid="recipient-problems">
          <p>
            <strong>{t('sendEmail.problems.title', { count: problems.length })}</strong>
          </p>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
              <li key={`${problem.source}:${problem.line}`}>
                {problem.source
                  ? t('sendEmail.problems.fileLine', { file: problem.source, line: problem.line })
                  : t('sendEmail.problems.line', { line: problem.line })}{' '}
                <code className="inline-code">{problem.text}</code> —{' '}
                {t(`sendEmail.problems.${problem.problem}`)}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && (
            <p>{t('sendEmail.problems.more', { count: problems.length - SHOWN_PROBLEMS })}</p>
          )}
        </div>
      )}
      {isTooMany && (
        <p className="alert alert-error" role="alert">
          {t('sendEmail.tooMany', { count: recipients.length, max: MAX_RECIPIENTS })}
        </p>
      )}

      <SelectField
        label={t('sendEmail.reminder.label')}
        value={reminder}
        onChange={(event) => setReminder(event.target.value)}
        data-testid="reminder-select"
      >
        <option value="">{t('sendEmail.reminder.none')}</option>
        {REMINDER_DAYS.map((days) => (
          <option key={days} value={days}>
            {t('sendEmail.reminder.after', { count: days })}
          </option>
        ))}
      </SelectField>
      <p className="field-hint">{t('sendEmail.skipsNote')}</p>

      {isNotPublished ? (
        <p className="alert alert-error" role="alert" data-testid="send-error">
          {t('sendEmail.notPublished')}
        </p>
      ) : isMailMissing ? (
        <div className="alert alert-error" role="alert" data-testid="send-error">
          <p>
            <strong>{t('sendEmail.noSmtp')}</strong>
          </p>
          <p>{failure.problem.detail}</p>
        </div>
      ) : (
        <FormError error={failure} testId="send-error" />
      )}

      <div className="dialog-actions">
        <p className="dialog-actions-status" aria-live="polite" data-testid="recipient-count">
          {recipients.length > 0 ? t('sendEmail.count', { count: recipients.length }) : ''}
        </p>
        <button type="button" className="btn btn-secondary" onClick={onClose} disabled={send.isPending}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={send.isPending || (recipients.length > 0 && !canSend)}
          data-testid="send-invitations"
        >
          {send.isPending
            ? t('sendEmail.sending')
            : recipients.length > 0
              ? t('sendEmail.sendTo', { count: recipients.length })
              : t('sendEmail.send')}
        </button>
      </div>
    </form>
  );
}

interface SendResultProps {
  result: TSendInvitationsResult;
  remindAfterDays: number | null;
  onSendMore: () => void;
  onShowInvitations: () => void;
  onClose: () => void;
}

function SendResult({ result, remindAfterDays, onSendMore, onShowInvitations, onClose }: SendResultProps) {
  const { t } = useTranslation();
  const sent = result.sent.length;
  return (
    <div className="stack" data-testid="send-result">
      <div
        className={`alert ${sent > 0 ? 'alert-success' : 'alert-warning'}`}
        role="status"
        data-testid="send-summary"
      >
        <p>
          <strong>{t('sendEmail.result.sent', { count: sent })}</strong>
        </p>
        {sent > 0 && (
          <p>
            {remindAfterDays
              ? t('sendEmail.result.reminder', { count: remindAfterDays })
              : t('sendEmail.result.noReminder')}
          </p>
        )}
      </div>
      {result.skipped.length > 0 && (
        <section aria-labelledby="skipped-title" className="stack">
          <h3 id="skipped-title" className="subsection-title">
            {t('sendEmail.result.skipped', { count: result.skipped.length })}
          </h3>
          <div className="table-wrap">
            <table className="table table-top table-stack" data-testid="skipped-table">
              <thead>
                <tr>
                  <th scope="col">{t('sendEmail.result.columns.email')}</th>
                  <th scope="col">{t('sendEmail.result.columns.reason')}</th>
                  <th scope="col">{t('sendEmail.result.columns.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {result.skipped.map((skip, index) => (
                  <tr
                    // The same address may be skipped twice (listed twice, then a duplicate).
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id
                    key={`${skip.email}-${index}`}
                    data-testid="skipped-row"
                    data-email={skip.email}
                    data-reason={skip.reason}
                  >
                    <td data-label={t('sendEmail.result.columns.email')} className="break">
                      {skip.email}
                    </td>
                    <td data-label={t('sendEmail.result.columns.reason')}>
                      <span className="badge badge-status-pending">{t(`skipReasons.${skip.reason}`)}</span>
                    </td>
                    <td data-label={t('sendEmail.result.columns.detail')} className="muted">
                      {skip.detail}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onSendMore}>
          {t('sendEmail.result.sendMore')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onShowInvitations}>
          {t('sendEmail.result.viewInvitations')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose} data-testid="send-done">
          {t('common.done')}
        </button>
      </div>
    </div>
  );
}

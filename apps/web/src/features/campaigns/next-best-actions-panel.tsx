import type { TNbaSuggestion, TNbaTaken } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '../../components/dialog';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { Spinner } from '../../components/loading';
import { formatDateTime } from '../../lib/format';
import { useRoleLabel } from '../accounts/account-page';
import { useCan } from '../auth/auth.api';
import { useTeams } from '../settings/settings.api';
import { useSurveys } from '../surveys/surveys.api';
import { useEmailTemplates, useNextBestActions, useTakeNextBestAction } from './campaigns.api';

interface NextBestActionsPanelProps {
  /** The person (360 profile, case page) or the account (account page) to suggest for. */
  subject: { kind: 'contact' | 'account'; id: string };
  /** The case page the panel is on (remembered with the action). */
  caseId?: string;
}

/** What an action still needs chosen when its rule leaves it open. */
function choiceOf(s: TNbaSuggestion): 'survey' | 'template' | 'team' | null {
  const a = s.action;
  if (a.kind === 'send_survey' && !a.surveyId) return 'survey';
  if (a.kind === 'send_email' && !a.templateId) return 'template';
  if (a.kind === 'assign_owner' && !a.teamId) return 'team';
  return null;
}

/**
 * Suggested next best actions with their evidence, each one click to do (or one click and a choice when
 * the rule leaves the survey, template or team open), and what was done recently. The same panel is on the
 * 360 profile, the account page and the case page.
 */
export function NextBestActionsPanel({ subject, caseId }: NextBestActionsPanelProps) {
  const { t } = useTranslation();
  const query = useNextBestActions(subject);
  const canWork = useCan('cases.work');
  const take = useTakeNextBestAction();
  const [choosing, setChoosing] = useState<TNbaSuggestion | null>(null);
  const [done, setDone] = useState<TNbaTaken | null>(null);
  const roleLabel = useRoleLabel();

  const run = (
    s: TNbaSuggestion,
    extra: { surveyId?: string; templateId?: string; teamId?: string } = {},
  ) => {
    take.mutate(
      {
        ruleId: s.ruleId,
        contactId: s.contactId,
        ...(s.accountId && subject.kind === 'account' ? { accountId: s.accountId } : {}),
        ...(caseId ? { caseId } : {}),
        ...extra,
      },
      {
        onSuccess: (taken) => {
          setDone(taken);
          setChoosing(null);
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby={`nba-title-${subject.id}`} data-testid="nba-panel">
      <h2 id={`nba-title-${subject.id}`} className="section-title">
        {t('nba.panel.title')}
      </h2>
      {query.isPending ? (
        <Spinner />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {done && (
            <p className="alert alert-success" role="status" data-testid="nba-done">
              {t(`nba.done.${done.kind}`)}{' '}
              {typeof done.result.caseId === 'string' && (
                <Link to={`/cases/${done.result.caseId}`}>
                  {t('nba.done.openCase', { number: done.result.caseNumber })}
                </Link>
              )}
            </p>
          )}
          {!choosing && <FormError error={take.error} />}
          {query.data.suggestions.length === 0 ? (
            <p className="muted" data-testid="nba-empty">
              {t('nba.panel.empty')}
            </p>
          ) : (
            <ul className="stack" data-testid="nba-suggestions">
              {query.data.suggestions.map((s) => (
                <li
                  key={`${s.ruleId}:${s.contactId}`}
                  className="card card-inset"
                  data-testid="nba-suggestion"
                  data-kind={s.action.kind}
                >
                  <p>
                    <strong>{s.ruleName}</strong>
                    {subject.kind === 'account' && (
                      <span className="muted">
                        {' — '}
                        <Link to={`/customers/${s.contactId}`}>{s.contactLabel}</Link>
                        {s.accountRole ? ` (${roleLabel(s.accountRole)})` : ''}
                      </span>
                    )}
                  </p>
                  <p className="small muted">{t('nba.panel.because')}</p>
                  <ul className="small" data-testid="nba-evidence">
                    {s.evidence.map((e) => (
                      <li key={e.field}>{e.text}</li>
                    ))}
                  </ul>
                  {canWork && (
                    <button
                      type="button"
                      className="btn btn-primary btn-small"
                      disabled={take.isPending}
                      onClick={() => {
                        setDone(null);
                        if (choiceOf(s)) {
                          take.reset();
                          setChoosing(s);
                        } else run(s);
                      }}
                      data-testid="nba-do"
                    >
                      {t(`nba.actions.${s.action.kind}`)}
                      {s.action.kind === 'create_case' ? `: ${s.action.title}` : ''}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {query.data.taken.length > 0 && (
            <>
              <h3 className="small muted">{t('nba.panel.recent')}</h3>
              <ul className="small" data-testid="nba-taken">
                {query.data.taken.slice(0, 5).map((x) => (
                  <li key={x.id}>
                    {x.ruleName} — {t(`nba.actions.${x.kind}`)} · {formatDateTime(x.takenAt)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {choosing && (
        <ChoiceDialog
          suggestion={choosing}
          pending={take.isPending}
          error={take.error}
          onClose={() => setChoosing(null)}
          onChoose={(extra) => run(choosing, extra)}
        />
      )}
    </section>
  );
}

function ChoiceDialog({
  suggestion,
  pending,
  error,
  onClose,
  onChoose,
}: {
  suggestion: TNbaSuggestion;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onChoose: (extra: { surveyId?: string; templateId?: string; teamId?: string }) => void;
}) {
  const { t } = useTranslation();
  const choice = choiceOf(suggestion);
  const surveys = useSurveys({ status: 'published' }, { pageSize: 100 });
  const templates = useEmailTemplates();
  const teams = useTeams();
  const [value, setValue] = useState('');
  const options =
    choice === 'survey'
      ? surveys.items.map((s) => ({ id: s.id, name: s.name }))
      : choice === 'template'
        ? (templates.data?.items ?? []).map((x) => ({ id: x.id, name: x.name }))
        : (teams.items ?? []).map((x) => ({ id: x.id, name: x.name }));
  const key = choice === 'survey' ? 'surveyId' : choice === 'template' ? 'templateId' : 'teamId';
  return (
    <Dialog open title={t(`nba.choose.${choice}`)} onClose={onClose} testId="nba-choose">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (value) onChoose({ [key]: value });
        }}
      >
        <p>{suggestion.ruleName}</p>
        <SelectField
          label={t(`nba.choose.${choice}Label`)}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          required
          data-testid="nba-choice"
        >
          <option value="">{t('nba.choose.pick')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {choice === 'template' && options.length === 0 && (
          <p className="muted">
            {t('nba.choose.noTemplates')}{' '}
            <Link to="/campaigns/templates">{t('nba.choose.createTemplate')}</Link>
          </p>
        )}
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={pending || !value}
            data-testid="nba-confirm"
          >
            {t(`nba.actions.${suggestion.action.kind}`)}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

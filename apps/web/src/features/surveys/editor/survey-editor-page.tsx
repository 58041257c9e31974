import { validateDefinition } from '@touchpoint/core';
import { QUESTION_TYPES, type TQuestionType, type TSurvey } from '@touchpoint/schemas/browser';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { CopyField } from '../../../components/copy-field';
import { ConfirmDialog } from '../../../components/dialog';
import { EditorLoader, EditorSaveBar, useEditorDraft } from '../../../components/editor-shell';
import { FormError } from '../../../components/error-message';
import { SelectField, TextField } from '../../../components/fields';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { useFocusLater } from '../../../components/use-focus-later';
import { useCan } from '../../auth/auth.api';
import { distributionIssues } from '../../distribution/distribution-draft';
import { DistributionEditor } from '../../distribution/distribution-editor';
import { InvitationsPanel } from '../../distribution/invitations-panel';
import { SendInvitationsDialog } from '../../distribution/send-invitations-dialog';
import { InviteEmployeesDialog } from '../../employees/invite-employees-dialog';
import { ProgrammeSchedulePanel } from '../../employees/programme-schedule-panel';
import { move } from '../../journeys/journey-draft';
import { useTouchpoints } from '../../journeys/journeys.api';
import { TouchpointSelect } from '../../journeys/touchpoint-select';
import {
  draftFromSurvey,
  EDITOR_LANGUAGES,
  languageName,
  localIssues,
  newQuestion,
  removeQuestion,
  renameQuestion,
  type TDraftQuestion,
  type TSurveyDraft,
  toDefinition,
  toSurveyBody,
} from '../survey-draft';
import { useSetSurveyStatus, useSurvey, useUpdateSurvey } from '../surveys.api';
import { ShareMenu, StatusBadge } from '../surveys-page';
import { EndingsEditor, HiddenFieldsEditor } from './endings-editor';
import { describeIssue, locateIssue, type TEditorIssue } from './issues';
import { LogicEditor } from './logic-editor';
import { QuestionEditor } from './question-editor';
import { SurveyPreview } from './survey-preview';

export function SurveyEditorPage() {
  const { t } = useTranslation();
  const { surveyId = '' } = useParams();
  const survey = useSurvey(surveyId);
  return (
    <EditorLoader
      query={survey}
      title={t('nav.surveys')}
      notFound={t('surveyEditor.notFound')}
      backTo="/surveys"
      backLabel={t('surveyEditor.backToList')}
    >
      {(loaded) => <SurveyEditor key={loaded.id} survey={loaded} />}
    </EditorLoader>
  );
}

type TNotice = 'saved' | 'published' | 'closed' | null;

export const EDITOR_TABS = ['content', 'distribution', 'invitations'] as const;
export type TEditorTab = (typeof EDITOR_TABS)[number];

function isEditorTab(value: string | null): value is TEditorTab {
  return (EDITOR_TABS as readonly (string | null)[]).includes(value);
}

/** The tab that holds an issue's field. */
function tabOfIssue(name: string): TEditorTab {
  return name.startsWith('distribution.') ? 'distribution' : 'content';
}

function SurveyEditor({ survey: initial }: { survey: TSurvey }) {
  const { t, i18n } = useTranslation();
  const canManage = useCan('surveys.manage');
  const canSend = useCan('invitations.send');
  const canReadInvitations = useCan('responses.read');
  const [params, setParams] = useSearchParams();
  // Held here (not read from the URL on each render) so a switch and a focus move land in the same render.
  const [tab, setTabState] = useState<TEditorTab>(() => {
    const asked = params.get('tab');
    return isEditorTab(asked) ? asked : 'content';
  });
  const [isSending, setIsSending] = useState(false);
  const touchpoints = useTouchpoints();
  const update = useUpdateSurvey(initial.id);
  const setStatus = useSetSurveyStatus();
  const focusLater = useFocusLater();
  const [survey, setSurvey] = useState(initial);
  const { draft, setDraft, isDirty, markSaved, discard } = useEditorDraft<TSurveyDraft>(
    () => draftFromSurvey(initial),
    toSurveyBody,
  );
  const [isIssueShown, setIsIssueShown] = useState(false);
  const [notice, setNotice] = useState<TNotice>(null);
  const [isClosing, setIsClosing] = useState(false);

  const definition = useMemo(() => toDefinition(draft), [draft]);
  const body = useMemo(() => toSurveyBody(draft), [draft]);
  const issues: TEditorIssue[] = useMemo(
    () => [
      ...localIssues(draft),
      ...validateDefinition(definition),
      ...distributionIssues(draft.distribution),
    ],
    [draft, definition],
  );
  const issueNames = new Set(isIssueShown ? issues.map((issue) => issue.name) : []);
  const isBusy = update.isPending || setStatus.isPending;

  const setTab = (next: TEditorTab) => {
    setTabState(next);
    setParams(
      (current) => {
        const search = new URLSearchParams(current);
        if (next === 'content') search.delete('tab');
        else search.set('tab', next);
        return search;
      },
      { replace: true },
    );
  };

  const change = (next: TSurveyDraft) => {
    setDraft(next);
    setNotice(null);
  };
  const setQuestion = (question: TDraftQuestion) =>
    change({ ...draft, questions: draft.questions.map((q) => (q.key === question.key ? question : q)) });

  const applySaved = (saved: TSurvey) => {
    setSurvey(saved);
    markSaved(draftFromSurvey(saved));
  };

  /** Saves when needed (never with known issues), then runs `after`. */
  const persist = (after?: () => void) => {
    setStatus.reset();
    if (issues.length > 0) {
      setIsIssueShown(true);
      if (tab === 'invitations') setTab(tabOfIssue(issues[0]?.name ?? ''));
      focusLater('survey-issues');
      return;
    }
    if (!isDirty) {
      after?.();
      return;
    }
    update.mutate(body, {
      onSuccess: (saved) => {
        applySaved(saved);
        if (after) after();
        else setNotice('saved');
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    persist();
  };

  const publish = () =>
    persist(() =>
      setStatus.mutate(
        { id: survey.id, action: 'publish' },
        {
          onSuccess: (published) => {
            setSurvey(published);
            setNotice('published');
            focusLater('survey-notice');
          },
        },
      ),
    );

  const addQuestion = (type: TQuestionType) => {
    const question = newQuestion(type, draft.questions);
    change({ ...draft, questions: [...draft.questions, question] });
    focusLater(`${question.key}-text-${draft.defaultLanguage}`);
  };

  const toggleLanguage = (language: string, isOn: boolean) =>
    change({
      ...draft,
      languages: isOn
        ? [...draft.languages, language]
        : draft.languages.filter((item) => item !== language || item === draft.defaultLanguage),
    });

  const languageChoices = [...new Set([...EDITOR_LANGUAGES, ...draft.languages])];

  return (
    <div className="page page-wide" data-testid="survey-editor">
      <PageHeader
        title={draft.name.trim() || survey.name}
        description={
          <span className="editor-subtitle">
            <StatusBadge status={survey.status} />
            <span>{t(`surveyEditor.statusLead.${survey.status}`)}</span>
          </span>
        }
        actions={
          <>
            {survey.status === 'published' && canSend && (
              <button
                type="button"
                className="btn btn-primary btn-small"
                onClick={() => setIsSending(true)}
                data-testid={survey.audience === 'employees' ? 'invite-employees' : 'send-email'}
              >
                {survey.audience === 'employees' ? t('employeeInvitations.button') : t('sendEmail.button')}
              </button>
            )}
            {survey.status === 'published' && <ShareMenu survey={survey} />}
            <Link to="/surveys" className="btn btn-secondary btn-small">
              <Icon name="arrow-left" size={16} />
              {t('surveyEditor.backToList')}
            </Link>
          </>
        }
      />
      {notice === 'published' && (
        <div
          className="alert alert-success"
          role="status"
          id="survey-notice"
          tabIndex={-1}
          data-testid="survey-published"
        >
          <p>
            <strong>{t('surveyEditor.published.title')}</strong>
          </p>
          <p>{t('surveyEditor.published.body')}</p>
          <CopyField label={t('surveyEditor.published.link')} value={survey.hostedUrl} testId="hosted-link" />
        </div>
      )}
      {!canManage && (
        <div className="alert alert-info" role="status">
          <p>{t('surveyEditor.readOnly')}</p>
        </div>
      )}
      <nav className="tabs" aria-label={t('surveyEditor.tabs.label')}>
        {EDITOR_TABS.filter((item) => item !== 'invitations' || canReadInvitations).map((item) => (
          <a
            key={item}
            href={item === 'content' ? '?' : `?tab=${item}`}
            className={`tab${tab === item ? ' active' : ''}`}
            aria-current={tab === item ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              setTab(item);
            }}
            data-testid={`editor-tab-${item}`}
          >
            {t(`surveyEditor.tabs.${item}`)}
          </a>
        ))}
      </nav>
      {tab === 'invitations' && survey.audience === 'employees' && <ProgrammeSchedulePanel survey={survey} />}
      {tab === 'invitations' && (
        <InvitationsPanel
          survey={survey}
          onSend={survey.status === 'published' && canSend ? () => setIsSending(true) : null}
        />
      )}
      {/* Hidden, not unmounted: the draft's inputs keep their state while the invitations are shown. */}
      <div hidden={tab === 'invitations'}>
        <div className={tab === 'content' ? 'survey-editor-layout' : 'survey-editor-single'}>
          <form
            className="survey-editor-main"
            onSubmit={submit}
            noValidate
            aria-label={t('surveyEditor.formLabel')}
          >
            <fieldset className="plain-fieldset stack-lg" disabled={!canManage}>
              <div hidden={tab !== 'distribution'}>
                <DistributionEditor
                  draft={draft.distribution}
                  onChange={(distribution) => change({ ...draft, distribution })}
                  issueNames={issueNames}
                  focusLater={focusLater}
                />
              </div>
              <div hidden={tab !== 'content'}>
                <div className="stack-lg">
                  <section className="card" aria-labelledby="settings-title">
                    <h2 id="settings-title" className="section-title">
                      {t('surveyEditor.settings.title')}
                    </h2>
                    <div className="form-grid">
                      <TextField
                        id="survey-name"
                        label={t('surveys.fields.name')}
                        value={draft.name}
                        maxLength={200}
                        onChange={(event) => change({ ...draft, name: event.target.value })}
                        error={issueNames.has('name') ? t('validation.required') : undefined}
                      />
                      <TouchpointSelect
                        label={t('surveys.fields.touchpoint')}
                        touchpoints={touchpoints.data ?? []}
                        value={draft.touchpointId}
                        onChange={(touchpointId) => change({ ...draft, touchpointId })}
                        emptyLabel={t('surveys.noTouchpoint')}
                      />
                      <fieldset className="chip-fieldset" id="survey-languages" tabIndex={-1}>
                        <legend>{t('surveyEditor.settings.languages')}</legend>
                        <div className="chip-checks">
                          {languageChoices.map((language) => (
                            <label key={language} className="chip-check">
                              <input
                                type="checkbox"
                                checked={draft.languages.includes(language)}
                                disabled={language === draft.defaultLanguage}
                                onChange={(event) => toggleLanguage(language, event.target.checked)}
                              />
                              <span lang={language}>{languageName(language)}</span>
                            </label>
                          ))}
                        </div>
                        <p className="field-hint">{t('surveyEditor.settings.languagesHint')}</p>
                      </fieldset>
                      <SelectField
                        label={t('surveyEditor.settings.defaultLanguage')}
                        value={draft.defaultLanguage}
                        onChange={(event) => change({ ...draft, defaultLanguage: event.target.value })}
                      >
                        {draft.languages.map((language) => (
                          <option key={language} value={language}>
                            {languageName(language)}
                          </option>
                        ))}
                      </SelectField>
                    </div>
                  </section>

                  <section aria-labelledby="questions-title" className="stack">
                    <div>
                      <h2 id="questions-title" className="section-title" tabIndex={-1}>
                        {t('surveyEditor.questionsTitle', { count: draft.questions.length })}
                      </h2>
                      <p className="muted">{t('surveyEditor.questionsLead')}</p>
                    </div>
                    <ol className="editor-list">
                      {draft.questions.map((question, index) => (
                        <li key={question.key}>
                          <QuestionEditor
                            question={question}
                            index={index}
                            count={draft.questions.length}
                            languages={draft.languages}
                            defaultLanguage={draft.defaultLanguage}
                            issueNames={issueNames}
                            onChange={setQuestion}
                            onRename={(id) => change(renameQuestion(draft, question.key, id))}
                            onMove={(delta) => {
                              change({ ...draft, questions: move(draft.questions, index, delta) });
                              const [ahead, back] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
                              focusLater(`${question.key}-${ahead}`, `${question.key}-${back}`);
                            }}
                            onRemove={() => {
                              const neighbour = draft.questions[index + 1] ?? draft.questions[index - 1];
                              change(removeQuestion(draft, question.key));
                              focusLater(neighbour ? `${neighbour.key}-card` : 'questions-title');
                            }}
                            focusLater={focusLater}
                          />
                        </li>
                      ))}
                    </ol>
                    <fieldset className="add-question">
                      <legend className="add-question-label">{t('surveyEditor.addQuestion')}</legend>
                      <div className="button-row">
                        {QUESTION_TYPES.map((type) => (
                          <button
                            key={type}
                            type="button"
                            className="btn btn-secondary btn-small"
                            onClick={() => addQuestion(type)}
                            data-testid={`add-question-${type}`}
                          >
                            <Icon name="plus" size={14} />
                            {t(`questionTypes.${type}`)}
                          </button>
                        ))}
                      </div>
                    </fieldset>
                  </section>

                  <section aria-labelledby="logic-title" className="stack">
                    <div>
                      <h2 id="logic-title" className="section-title">
                        {t('surveyEditor.logic.title')}
                      </h2>
                      <p className="muted">{t('surveyEditor.logic.lead')}</p>
                    </div>
                    <LogicEditor
                      draft={draft}
                      issueNames={issueNames}
                      onChange={(logic) => change({ ...draft, logic })}
                      focusLater={focusLater}
                    />
                  </section>

                  <section aria-labelledby="endings-title" className="stack">
                    <div>
                      <h2 id="endings-title" className="section-title">
                        {t('surveyEditor.endings.title')}
                      </h2>
                      <p className="muted">{t('surveyEditor.endings.lead')}</p>
                    </div>
                    <EndingsEditor
                      draft={draft}
                      issueNames={issueNames}
                      onChange={change}
                      focusLater={focusLater}
                    />
                  </section>

                  <section className="card" aria-labelledby="hidden-title">
                    <h2 id="hidden-title" className="section-title">
                      {t('surveyEditor.hidden.title')}
                    </h2>
                    <HiddenFieldsEditor
                      draft={draft}
                      issueNames={issueNames}
                      onChange={change}
                      focusLater={focusLater}
                    />
                  </section>
                </div>
              </div>
            </fieldset>

            {issues.length > 0 && (
              <section
                className={`alert ${isIssueShown ? 'alert-error' : 'alert-warning'} issues-panel`}
                id="survey-issues"
                tabIndex={-1}
                aria-labelledby="issues-title"
                data-testid="survey-issues"
              >
                <h2 id="issues-title" className="issues-title">
                  {t('surveyEditor.issues.title', { count: issues.length })}
                </h2>
                <ul>
                  {issues.slice(0, 20).map((issue) => {
                    const { where, targetId } = locateIssue(issue, draft, t);
                    return (
                      <li key={`${issue.name}:${issue.code}`}>
                        <button
                          type="button"
                          className="btn-link"
                          onClick={() => {
                            setIsIssueShown(true);
                            setTab(tabOfIssue(issue.name));
                            focusLater(targetId);
                          }}
                        >
                          {where}
                        </button>
                        : {describeIssue(issue, t, (key) => i18n.exists(key))}
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
            <FormError error={update.error ?? setStatus.error} testId="survey-save-error" />

            {canManage && (
              <EditorSaveBar
                isDirty={isDirty}
                isSaving={isBusy}
                onDiscard={() => {
                  discard();
                  setIsIssueShown(false);
                  update.reset();
                }}
                savedStatus={notice === 'saved' ? t('surveyEditor.savedAt') : undefined}
                testId="survey-editor-bar"
              >
                <button
                  type="submit"
                  className="btn btn-secondary"
                  disabled={isBusy}
                  data-testid="save-survey"
                >
                  {survey.status === 'draft' ? t('surveyEditor.saveDraft') : t('surveyEditor.saveChanges')}
                </button>
                {survey.status === 'draft' && (
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={publish}
                    disabled={isBusy}
                    data-testid="publish-survey"
                  >
                    {t('surveyEditor.publish')}
                  </button>
                )}
                {survey.status === 'published' && (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => setIsClosing(true)}
                    disabled={isBusy}
                  >
                    {t('surveys.actions.close')}
                  </button>
                )}
              </EditorSaveBar>
            )}
          </form>
          {tab === 'content' && <SurveyPreview def={definition} />}
        </div>
      </div>
      <ConfirmDialog
        open={isClosing}
        title={t('surveys.closeTitle')}
        body={<p>{t('surveys.closeBody', { name: survey.name })}</p>}
        confirmLabel={t('surveys.actions.close')}
        isPending={setStatus.isPending}
        error={setStatus.error}
        onCancel={() => {
          setIsClosing(false);
          setStatus.reset();
        }}
        onConfirm={() =>
          setStatus.mutate(
            { id: survey.id, action: 'close' },
            {
              onSuccess: (closed) => {
                setSurvey(closed);
                setIsClosing(false);
                setNotice('closed');
              },
            },
          )
        }
      />
      <InviteEmployeesDialog
        survey={isSending && survey.audience === 'employees' ? survey : null}
        onClose={() => setIsSending(false)}
        onShowInvitations={() => {
          setIsSending(false);
          setTab('invitations');
        }}
      />
      <SendInvitationsDialog
        survey={isSending && survey.audience !== 'employees' ? survey : null}
        onClose={() => setIsSending(false)}
        onShowInvitations={() => {
          setIsSending(false);
          setTab('invitations');
        }}
      />
    </div>
  );
}

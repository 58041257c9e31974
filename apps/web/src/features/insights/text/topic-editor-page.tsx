import { type FormEvent, type TextareaHTMLAttributes, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { EditorLoader, EditorSaveBar, useEditorDraft } from '../../../components/editor-shell';
import { ErrorState, FormError } from '../../../components/error-message';
import { SelectField, TextField } from '../../../components/fields';
import { Icon } from '../../../components/icons';
import { LoadingState } from '../../../components/loading';
import { fieldErrorsOf, isApiError } from '../../../lib/api';
import { useTeams } from '../../settings/settings.api';
import { CommentCard } from './comment-card';
import {
  type TTopic,
  type TTopicInput,
  useCanManageTopics,
  useCreateTopic,
  useDeleteTopic,
  useTopicPreview,
  useTopics,
  useUpdateTopic,
} from './text.api';
import { formatCount, formatShare } from './text-format';
import { TextPageFrame } from './text-page-frame';
import { TopicExamplesPanel } from './topic-examples-panel';
import { TopicModelPanel } from './topic-model-panel';
import { useDebouncedValue } from './use-debounced-value';

const PREVIEW_EXAMPLES = 5;
const SERVER_FIELDS = ['name', 'description', 'query', 'ownerTeamId'] as const;

export function TopicEditorPage() {
  const { t } = useTranslation();
  const { topicId } = useParams();
  const topics = useTopics();
  if (!topicId) return <TopicEditor topic={null} />;
  return (
    <EditorLoader
      query={{ ...topics, data: topics.data?.find((item) => item.id === topicId) }}
      title={t('insights.text.editor.newTitle')}
      notFound={t('insights.text.editor.notFound')}
      backTo="/insights/topics"
      backLabel={t('insights.text.editor.backToList')}
      frame={(body) => <TextPageFrame testId="topic-editor">{body}</TextPageFrame>}
    >
      {(topic) => <TopicEditor key={topic.id} topic={topic} />}
    </EditorLoader>
  );
}

function draftOf(topic: TTopic | null): TTopicInput {
  return {
    name: topic?.name ?? '',
    description: topic?.description ?? '',
    query: topic?.query ?? '',
    ownerTeamId: topic?.ownerTeamId ?? '',
  };
}

/** The body the API takes: blanks as nulls, so "no rule" and "no owner" are said explicitly. */
function toInput(draft: TTopicInput): TTopicInput {
  return {
    name: draft.name.trim(),
    description: (draft.description ?? '').trim(),
    query: draft.query?.trim() || null,
    ownerTeamId: draft.ownerTeamId || null,
  };
}

/** A parse error of the rule from a 400 problem: the reason given for `query`, else the detail. */
function ruleErrorOf(error: unknown): string | undefined {
  if (!isApiError(error) || error.status !== 400) return undefined;
  const reason = fieldErrorsOf(error).query;
  return reason ?? (error.invalidParams.length === 0 ? error.problem.detail : undefined);
}

function TopicEditor({ topic }: { topic: TTopic | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCanManageTopics();
  const teams = useTeams();
  const create = useCreateTopic();
  const update = useUpdateTopic(topic?.id ?? '');
  const save = topic ? update : create;
  const deleteTopic = useDeleteTopic();
  const {
    draft,
    setDraft,
    isDirty,
    markSaved,
    discard: discardDraft,
    leave,
  } = useEditorDraft<TTopicInput>(() => draftOf(topic), toInput);
  const [isNameMissing, setIsNameMissing] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const settledQuery = useDebouncedValue(draft.query ?? '', 400);
  const preview = useTopicPreview(settledQuery, PREVIEW_EXAMPLES);
  const serverErrors = fieldErrorsOf(save.error);
  const ruleError = serverErrors.query ?? ruleErrorOf(preview.error);
  const change = (changes: Partial<TTopicInput>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setIsNameMissing(true);
      document.getElementById('topic-name')?.focus();
      return;
    }
    setIsNameMissing(false);
    const body = toInput(draft);
    save.mutate(body, {
      onSuccess: (saved) => {
        markSaved(draftOf(saved));
        setAnnouncement(t('insights.text.editor.saved'));
        if (!topic) {
          // The guard must see isDirty turn false before the navigation it would otherwise block.
          leave();
          void navigate(`/insights/topics/${saved.id}`, { replace: true });
        }
      },
    });
  };

  const discard = () => {
    discardDraft();
    setIsNameMissing(false);
    save.reset();
    setAnnouncement(t('insights.text.editor.discarded'));
  };

  const title = draft.name.trim() || topic?.name || t('insights.text.editor.newTitle');
  return (
    <TextPageFrame
      testId="topic-editor"
      actions={
        <Link to="/insights/topics" className="btn btn-secondary btn-small">
          <Icon name="arrow-left" size={16} />
          {t('insights.text.editor.backToList')}
        </Link>
      }
    >
      {!canManage && (
        <div className="alert alert-info" role="status">
          <p>{t('insights.text.editor.readOnly')}</p>
        </div>
      )}
      <form
        onSubmit={submit}
        noValidate
        className="stack-lg"
        aria-label={t('insights.text.editor.formLabel')}
      >
        <fieldset className="plain-fieldset stack-lg" disabled={!canManage}>
          <section className="card" aria-labelledby="topic-details-title">
            <h2 id="topic-details-title" className="section-title" data-testid="topic-title">
              {title}
            </h2>
            {topic && (
              <p className="muted">
                {t('insights.text.editor.mentions', {
                  count: topic.mentions,
                  formatted: formatCount(topic.mentions, i18n.language),
                })}
              </p>
            )}
            <div className="form-grid">
              <TextField
                id="topic-name"
                label={t('insights.text.editor.name')}
                value={draft.name}
                maxLength={120}
                onChange={(event) => change({ name: event.target.value })}
                error={isNameMissing ? t('validation.required') : serverErrors.name}
              />
              <SelectField
                label={t('insights.text.editor.owner')}
                value={draft.ownerTeamId ?? ''}
                onChange={(event) => change({ ownerTeamId: event.target.value })}
                error={serverErrors.ownerTeamId}
              >
                <option value="">{t('insights.text.editor.noOwner')}</option>
                {teams.items.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
                {draft.ownerTeamId && !teams.items.some((team) => team.id === draft.ownerTeamId) && (
                  <option value={draft.ownerTeamId}>…</option>
                )}
              </SelectField>
            </div>
            <div className="form-grid">
              <TextAreaField
                label={t('insights.text.editor.description')}
                value={draft.description ?? ''}
                maxLength={1000}
                rows={2}
                onChange={(event) => change({ description: event.target.value })}
                error={serverErrors.description}
              />
            </div>
            {canManage && topic && (
              <div className="card-footer">
                <button
                  type="button"
                  className="btn btn-ghost-danger btn-small"
                  onClick={() => setIsDeleting(true)}
                  data-testid="delete-topic"
                >
                  <Icon name="trash" size={16} />
                  {t('insights.text.editor.delete')}
                </button>
              </div>
            )}
          </section>

          <section className="card" aria-labelledby="topic-rule-title">
            <h2 id="topic-rule-title" className="section-title">
              {t('insights.text.editor.ruleTitle')}
            </h2>
            <p className="muted">{t('insights.text.editor.ruleLead')}</p>
            <div className="rule-layout">
              <TextAreaField
                id="topic-query"
                className="rule-field"
                label={t('insights.text.editor.query')}
                value={draft.query ?? ''}
                rows={4}
                spellCheck={false}
                maxLength={2000}
                placeholder={t('insights.text.editor.queryPlaceholder')}
                hint={t('insights.text.editor.queryHint')}
                error={ruleError}
                onChange={(event) => change({ query: event.target.value })}
              />
              <RulePreview query={settledQuery} preview={preview} hasError={Boolean(ruleError)} />
            </div>
          </section>
        </fieldset>

        {canManage && (
          <EditorSaveBar
            isDirty={isDirty}
            isSaving={save.isPending}
            onDiscard={discard}
            savedStatus={topic ? undefined : t('insights.text.editor.notCreated')}
            testId="topic-editor-bar"
          >
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {save.isPending
                ? t('common.working')
                : topic
                  ? t('insights.text.editor.save')
                  : t('insights.text.editor.create')}
            </button>
          </EditorSaveBar>
        )}
        <FormError error={save.error} fields={SERVER_FIELDS} />
      </form>

      {topic ? (
        <TopicExamplesPanel topic={topic} canManage={canManage} />
      ) : (
        <section className="card" aria-labelledby="topic-examples-title">
          <h2 id="topic-examples-title" className="section-title">
            {t('insights.text.examples.title')}
          </h2>
          <p className="muted">{t('insights.text.examples.saveFirst')}</p>
        </section>
      )}
      <TopicModelPanel canManage={canManage} />

      <p className="visually-hidden" aria-live="polite" data-testid="topic-announcer">
        {announcement}
      </p>
      {topic && (
        <ConfirmDialog
          open={isDeleting}
          title={t('insights.text.editor.deleteTitle')}
          body={<p>{t('insights.text.editor.deleteBody', { name: topic.name })}</p>}
          confirmLabel={t('insights.text.editor.delete')}
          isPending={deleteTopic.isPending}
          error={deleteTopic.error}
          onCancel={() => {
            setIsDeleting(false);
            deleteTopic.reset();
          }}
          onConfirm={() =>
            deleteTopic.mutate(topic.id, {
              onSuccess: () => {
                leave();
                setIsDeleting(false);
                void navigate('/insights/topics');
              },
            })
          }
        />
      )}
    </TextPageFrame>
  );
}

/** "Matches 37 of 1,000 comments", and a few of them with what the rule matched marked. */
function RulePreview({
  query,
  preview,
  hasError,
}: {
  query: string;
  preview: ReturnType<typeof useTopicPreview>;
  hasError: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  let body: React.ReactNode;
  if (!query.trim()) body = <p className="muted">{t('insights.text.preview.empty')}</p>;
  else if (hasError) body = <p className="muted">{t('insights.text.preview.fixRule')}</p>;
  else if (preview.isPending) body = <LoadingState label={t('insights.text.preview.loading')} />;
  else if (preview.error) body = <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  else {
    const data = preview.data;
    body = (
      <>
        <p className="preview-count" data-testid="preview-count">
          {t('insights.text.preview.matches', {
            matched: formatCount(data.matched, locale),
            total: formatCount(data.total, locale),
            share: formatShare(data.total > 0 ? data.matched / data.total : 0, locale),
          })}
        </p>
        {data.examples.length > 0 ? (
          <ul className="comment-list">
            {data.examples.map((comment) => (
              <li key={`${comment.itemKind}:${comment.itemId}:${comment.field}`}>
                <CommentCard comment={comment} highlight="spans" isCompact />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('insights.text.preview.none')}</p>
        )}
      </>
    );
  }
  return (
    <section className="rule-preview" aria-labelledby="rule-preview-title" aria-busy={preview.isFetching}>
      <h3 id="rule-preview-title" className="rule-preview-title">
        {t('insights.text.preview.title')}
      </h3>
      <div aria-live="polite">{body}</div>
    </section>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string | undefined;
  hint?: string;
}

/** A labelled textarea with its hint and error, wired like the shared TextField. */
function TextAreaField({ label, error, hint, className, id: givenId, ...textarea }: TextAreaFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

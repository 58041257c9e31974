import { type FormEvent, type TextareaHTMLAttributes, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/dialog';
import { EditorLoader, EditorSaveBar, useEditorDraft } from '../../components/editor-shell';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { fieldErrorsOf } from '../../lib/api';
import { useSignedInMe } from '../auth/auth.api';
import { InboxTabs } from '../inbox/inbox-tabs';
import {
  localized,
  type TArticle,
  type TArticleInput,
  type TArticleStatus,
  useArticle,
  useCanManageKnowledge,
  useCreateArticle,
  useDeleteArticle,
  useUpdateArticle,
} from './knowledge.api';
import { ArticleStatusBadge } from './knowledge-page';
import '../inbox/inbox.css';

const LANGUAGES = ['en', 'vi'] as const;
type TLanguage = (typeof LANGUAGES)[number];

interface TDraft {
  title: Record<TLanguage, string>;
  body: Record<TLanguage, string>;
  /** One example question per line. */
  questions: string;
  /** Comma-separated. */
  tags: string;
  status: TArticleStatus;
}

function draftOf(article: TArticle | null): TDraft {
  return {
    title: { en: article?.title.en ?? '', vi: article?.title.vi ?? '' },
    body: { en: article?.body.en ?? '', vi: article?.body.vi ?? '' },
    questions: (article?.questions ?? []).join('\n'),
    tags: (article?.tags ?? []).join(', '),
    status: article?.status ?? 'draft',
  };
}

/** What the API takes: trimmed, languages left empty are not sent, tags and questions de-duplicated. */
export function toArticleInput(draft: TDraft): TArticleInput {
  const pick = (text: Record<TLanguage, string>) => {
    const out: { en?: string; vi?: string } = {};
    for (const language of LANGUAGES) {
      const value = text[language].trim();
      if (value) out[language] = value;
    }
    return out;
  };
  const unique = (items: string[]) => [...new Set(items.map((item) => item.trim()).filter(Boolean))];
  return {
    title: pick(draft.title),
    body: pick(draft.body),
    questions: unique(draft.questions.split('\n')),
    tags: unique(draft.tags.split(',')),
    status: draft.status,
  };
}

export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { articleId } = useParams();
  if (!articleId) return <ArticleEditor article={null} />;
  return <LoadedArticleEditor id={articleId} title={t('knowledge.editor.editTitle')} />;
}

function LoadedArticleEditor({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const query = useArticle(id);
  return (
    <EditorLoader
      query={query}
      title={title}
      notFound={t('knowledge.editor.notFound')}
      backTo="/inbox/knowledge"
      backLabel={t('knowledge.editor.back')}
    >
      {(article) => <ArticleEditor key={article.id} article={article} />}
    </EditorLoader>
  );
}

function ArticleEditor({ article }: { article: TArticle | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const canManage = useCanManageKnowledge();
  const create = useCreateArticle();
  const update = useUpdateArticle();
  const remove = useDeleteArticle();
  const save = article ? update : create;
  const { draft, setDraft, isDirty, markSaved, discard, leave } = useEditorDraft<TDraft>(
    () => draftOf(article),
    toArticleInput,
  );
  const [language, setLanguage] = useState<TLanguage>(i18n.language === 'vi' ? 'vi' : 'en');
  const [problem, setProblem] = useState<string | null>(null);
  const [isDeleting, setIsDeleting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const serverErrors = fieldErrorsOf(save.error);
  const change = (changes: Partial<TDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const changeText = (field: 'title' | 'body', value: string) =>
    setDraft((current) => ({ ...current, [field]: { ...current[field], [language]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = toArticleInput(draft);
    const hasLanguage = LANGUAGES.some((code) => input.title[code] && input.body[code]);
    if (!hasLanguage) {
      setProblem(t('knowledge.editor.needOneLanguage'));
      return;
    }
    setProblem(null);
    const onSuccess = (saved: TArticle) => {
      markSaved(draftOf(saved));
      setAnnouncement(t('knowledge.editor.saved'));
      if (!article) {
        leave();
        void navigate(`/inbox/knowledge/${saved.id}`, { replace: true });
      }
    };
    if (article) update.mutate({ id: article.id, ...input }, { onSuccess });
    else create.mutate(input, { onSuccess });
  };

  const heading =
    localized({ en: draft.title.en, vi: draft.title.vi }, i18n.language) || t('knowledge.editor.newTitle');
  return (
    <div className="page" data-testid="article-editor">
      <PageHeader
        title={heading}
        actions={
          <Link to="/inbox/knowledge" className="btn btn-secondary btn-small">
            <Icon name="arrow-left" size={16} />
            {t('knowledge.editor.back')}
          </Link>
        }
      />
      <InboxTabs />
      {!canManage && (
        <div className="alert alert-info" role="status">
          <p>{t('knowledge.editor.readOnly')}</p>
        </div>
      )}
      <form onSubmit={submit} noValidate className="stack-lg" aria-label={t('knowledge.editor.formLabel')}>
        <fieldset className="plain-fieldset stack-lg" disabled={!canManage}>
          <section className="card stack" aria-labelledby="article-content-title">
            <div className="section-header">
              <h2 id="article-content-title" className="section-title">
                {t('knowledge.editor.content')}
              </h2>
              <ArticleStatusBadge status={draft.status} />
            </div>
            <nav className="tabs kb-language-tabs" aria-label={t('knowledge.editor.languages')}>
              {LANGUAGES.map((code) => (
                <button
                  key={code}
                  type="button"
                  className={`tab tab-button${language === code ? ' active' : ''}`}
                  aria-pressed={language === code}
                  onClick={() => setLanguage(code)}
                  data-testid={`article-language-${code}`}
                >
                  {t(`knowledge.editor.language.${code}`)}
                  {draft.title[code].trim() && draft.body[code].trim() && (
                    <>
                      <span aria-hidden="true"> ✓</span>
                      <span className="visually-hidden"> ({t('knowledge.editor.written')})</span>
                    </>
                  )}
                </button>
              ))}
            </nav>
            <TextField
              id={`article-title-${language}`}
              label={t('knowledge.editor.titleIn', { language: t(`knowledge.editor.language.${language}`) })}
              value={draft.title[language]}
              maxLength={300}
              lang={language}
              onChange={(event) => changeText('title', event.target.value)}
              error={serverErrors.title ?? serverErrors[language]}
              data-testid="article-title"
            />
            <TextAreaField
              id={`article-body-${language}`}
              label={t('knowledge.editor.bodyIn', { language: t(`knowledge.editor.language.${language}`) })}
              value={draft.body[language]}
              rows={10}
              maxLength={20_000}
              lang={language}
              hint={t('knowledge.editor.bodyHint')}
              onChange={(event) => changeText('body', event.target.value)}
              error={serverErrors.body}
              data-testid="article-body"
            />
          </section>
          <section className="card stack" aria-labelledby="article-matching-title">
            <h2 id="article-matching-title" className="section-title">
              {t('knowledge.editor.matching')}
            </h2>
            <TextAreaField
              label={t('knowledge.editor.questions')}
              hint={t('knowledge.editor.questionsHint')}
              value={draft.questions}
              rows={4}
              onChange={(event) => change({ questions: event.target.value })}
              error={serverErrors.questions}
              data-testid="article-questions"
            />
            <TextField
              label={t('knowledge.editor.tags')}
              hint={t('knowledge.editor.tagsHint')}
              value={draft.tags}
              onChange={(event) => change({ tags: event.target.value })}
              error={serverErrors.tags}
              data-testid="article-tags"
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.status === 'published'}
                onChange={(event) => change({ status: event.target.checked ? 'published' : 'draft' })}
                data-testid="article-published"
              />
              {t('knowledge.editor.published')}
            </label>
            <p className="muted small">{t('knowledge.editor.publishedHint')}</p>
            {article && (
              <p className="small">
                <a
                  href={`/help/${me.workspace.id}/articles/${article.id}`}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="article-public-link"
                >
                  {t('knowledge.editor.viewInHelpCenter')}
                </a>
              </p>
            )}
            {canManage && article && (
              <div className="card-footer">
                <button
                  type="button"
                  className="btn btn-ghost-danger btn-small"
                  onClick={() => setIsDeleting(true)}
                  data-testid="delete-article"
                >
                  <Icon name="trash" size={16} />
                  {t('knowledge.delete')}
                </button>
              </div>
            )}
          </section>
        </fieldset>
        {problem && (
          <div className="alert alert-error" role="alert" data-testid="article-problem">
            <p>{problem}</p>
          </div>
        )}
        <FormError error={save.error} fields={['title', 'body', 'questions', 'tags', 'en', 'vi']} />
        {canManage && (
          <EditorSaveBar
            isDirty={isDirty}
            isSaving={save.isPending}
            onDiscard={() => {
              discard();
              setProblem(null);
              save.reset();
            }}
            savedStatus={article ? undefined : t('knowledge.editor.notCreated')}
            testId="article-editor-bar"
          >
            <button
              type="submit"
              className="btn btn-primary"
              disabled={save.isPending}
              data-testid="save-article"
            >
              {save.isPending
                ? t('common.working')
                : article
                  ? t('knowledge.editor.save')
                  : t('knowledge.editor.create')}
            </button>
          </EditorSaveBar>
        )}
      </form>
      <p className="visually-hidden" aria-live="polite" data-testid="article-announcer">
        {announcement}
      </p>
      {article && (
        <ConfirmDialog
          open={isDeleting}
          title={t('knowledge.deleteTitle')}
          body={<p>{t('knowledge.deleteBody', { title: heading })}</p>}
          confirmLabel={t('knowledge.delete')}
          isPending={remove.isPending}
          error={remove.error}
          onCancel={() => {
            setIsDeleting(false);
            remove.reset();
          }}
          onConfirm={() =>
            remove.mutate(article.id, {
              onSuccess: () => {
                leave();
                setIsDeleting(false);
                void navigate('/inbox/knowledge');
              },
            })
          }
        />
      )}
    </div>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string | undefined;
}

function TextAreaField({ label, hint, error, id: givenId, ...textarea }: TextAreaFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...textarea}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

import type { TSuggestion } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import {
  SUGGESTION_STATUSES,
  type TSuggestionStatus,
  useAnswerSuggestion,
  usePostSuggestion,
  useSuggestions,
  useVote,
} from './suggestions.api';

/** `/suggestions`: staff ideas (by name or anonymous), votes, and managers' open answers. */
export function SuggestionsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TSuggestionStatus | ''>('');
  const list = useSuggestions(status);
  return (
    <div className="page page-wide" data-testid="suggestions-page">
      <PageHeader title={t('suggestions.title')} description={t('suggestions.lead')} />
      <PostForm />
      <section className="card" aria-labelledby="suggestions-list">
        <h2 id="suggestions-list" className="section-title">
          {t('suggestions.ideas')}
        </h2>
        <SelectField
          label={t('suggestions.filter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as TSuggestionStatus | '')}
          data-testid="suggestions-filter"
        >
          <option value="">{t('suggestions.all')}</option>
          {SUGGESTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`suggestions.status.${s}`)}
            </option>
          ))}
        </SelectField>
        {list.isPending ? (
          <LoadingState />
        ) : list.error || !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState title={t('suggestions.empty')}>{t('suggestions.emptyHint')}</EmptyState>
        ) : (
          <ul className="plain-list" data-testid="suggestions">
            {list.data.items.map((s) => (
              <Idea key={s.id} suggestion={s} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function PostForm() {
  const { t } = useTranslation();
  const post = usePostSuggestion();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await post.mutateAsync({ title, body, anonymous });
    setTitle('');
    setBody('');
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="suggestions-post" data-testid="suggestion-form">
      <h2 id="suggestions-post" className="section-title">
        {t('suggestions.post')}
      </h2>
      <TextField
        label={t('suggestions.ideaTitle')}
        value={title}
        required
        minLength={3}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="suggestion-title"
      />
      <div className="field">
        <label htmlFor="suggestion-body">{t('suggestions.details')}</label>
        <textarea
          id="suggestion-body"
          rows={3}
          maxLength={4000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          data-testid="suggestion-body"
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
          data-testid="suggestion-anonymous"
        />{' '}
        {t('suggestions.anonymous')}
      </label>
      <p className="muted small">{anonymous ? t('suggestions.anonymousNote') : t('suggestions.namedNote')}</p>
      <FormError error={post.error} />
      <button
        type="submit"
        className="btn btn-primary"
        disabled={post.isPending}
        data-testid="suggestion-submit"
      >
        {t('suggestions.submit')}
      </button>
    </form>
  );
}

function Idea({ suggestion: s }: { suggestion: TSuggestion }) {
  const { t } = useTranslation();
  const vote = useVote();
  const canAnswer = useCan('employees.manage');
  return (
    <li className="card" data-testid="suggestion" data-id={s.id}>
      <h3 className="subsection-title">{s.title}</h3>
      {s.body && <p>{s.body}</p>}
      <p className="muted small">
        {s.author ? t('suggestions.by', { name: s.author.name }) : t('suggestions.byAnonymous')} ·{' '}
        {formatDate(s.createdAt)} · <span className="badge">{t(`suggestions.status.${s.status}`)}</span> ·{' '}
        {t(`suggestions.sentiment.${s.sentiment.label}`, { defaultValue: s.sentiment.label })}
        {s.topics.length > 0 && <> · {s.topics.map((topic) => topic.name).join(', ')}</>}
      </p>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        disabled={s.votedByMe || vote.isPending}
        aria-pressed={s.votedByMe}
        onClick={() => vote.mutate(s.id)}
        data-testid="suggestion-vote"
      >
        {s.votedByMe ? t('suggestions.voted', { n: s.votes }) : t('suggestions.vote', { n: s.votes })}
      </button>
      <FormError error={vote.error} />
      {s.answer && (
        <blockquote data-testid="suggestion-answer">
          <p>{s.answer}</p>
          <p className="muted small">{t('suggestions.answeredBy', { name: s.answeredBy?.name ?? '' })}</p>
        </blockquote>
      )}
      {canAnswer && <AnswerForm suggestion={s} />}
    </li>
  );
}

function AnswerForm({ suggestion }: { suggestion: TSuggestion }) {
  const { t } = useTranslation();
  const answer = useAnswerSuggestion();
  const [text, setText] = useState(suggestion.answer ?? '');
  const [status, setStatus] = useState<TSuggestionStatus>(suggestion.status);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate({ id: suggestion.id, status, ...(text.trim() ? { answer: text.trim() } : {}) });
  };
  const answerId = `suggestion-answer-${suggestion.id}`;
  return (
    <form onSubmit={submit} data-testid="suggestion-answer-form">
      <div className="field">
        <label htmlFor={answerId}>{t('suggestions.answer')}</label>
        <textarea
          id={answerId}
          rows={2}
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <SelectField
        label={t('suggestions.setStatus')}
        value={status}
        onChange={(e) => setStatus(e.target.value as TSuggestionStatus)}
      >
        {SUGGESTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`suggestions.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <FormError error={answer.error} />
      <button type="submit" className="btn btn-primary btn-small" disabled={answer.isPending}>
        {t('suggestions.saveAnswer')}
      </button>
    </form>
  );
}

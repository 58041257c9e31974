import { type FormEvent, type KeyboardEvent, type Ref, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/error-message';
import { useSignedInMe } from '../auth/auth.api';
import { type TCannedReply, useCannedReplies, useSendMessage, useSuggestions } from './inbox.api';
import { fillVariables, replaceShortcut, shortcutAt } from './inbox-model';

interface ComposerProps {
  ref?: Ref<HTMLTextAreaElement>;
  conversationId: string;
  language: string | null;
  contactName: string | null;
  isResolved: boolean;
}

type TMode = 'reply' | 'note';

/** The canned replies matching what follows the "/" (shortcut first, then title), at most eight. */
export function matchCanned(replies: readonly TCannedReply[], query: string): TCannedReply[] {
  const q = query.toLocaleLowerCase();
  const starts = replies.filter((reply) => reply.shortcut.toLocaleLowerCase().startsWith(q));
  const others = replies.filter(
    (reply) => !starts.includes(reply) && reply.title.toLocaleLowerCase().includes(q),
  );
  return [...starts, ...others].slice(0, 8);
}

/**
 * A reply to the customer or a private note for colleagues. Typing "/" opens the canned replies (arrows
 * to choose, Enter or Tab to insert, Escape to close) with their variables filled; suggested articles can
 * be inserted with their help-center link; Ctrl+Enter sends.
 */
export function Composer({ ref, conversationId, language, contactName, isResolved }: ComposerProps) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const send = useSendMessage(conversationId);
  const canned = useCannedReplies(conversationId);
  const suggestions = useSuggestions(conversationId);
  const [mode, setMode] = useState<TMode>('reply');
  const [text, setText] = useState('');
  const [shortcut, setShortcut] = useState<{ query: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const localRef = useRef<HTMLTextAreaElement | null>(null);
  const fieldId = useId();
  const listId = useId();
  const matches = shortcut ? matchCanned(canned.data ?? [], shortcut.query) : [];

  const setRefs = (element: HTMLTextAreaElement | null) => {
    localRef.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) (ref as { current: HTMLTextAreaElement | null }).current = element;
  };

  const variables = {
    'contact.name': contactName,
    'contact.firstName': contactName?.split(/\s+/)[0] ?? null,
    'agent.name': me.user?.name ?? null,
  };

  const insertAtCaret = (start: number, caret: number, insert: string) => {
    const next = replaceShortcut(text, start, caret, insert);
    setText(next.text);
    setShortcut(null);
    requestAnimationFrame(() => {
      const element = localRef.current;
      if (!element) return;
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  };

  const insertCanned = (reply: TCannedReply) => {
    if (!shortcut) return;
    // The server fills the variables for this conversation; the same filling here covers an older server.
    const body = language === 'vi' && reply.text.vi ? reply.text.vi : reply.text.en;
    const caret = localRef.current?.selectionStart ?? text.length;
    insertAtCaret(shortcut.start, caret, reply.filled ?? fillVariables(body, variables));
  };

  const insertArticle = (title: string, excerpt: string, articleId: string) => {
    const url = `${window.location.origin}/help/${me.workspace.id}/articles/${articleId}`;
    const block = `${title}: ${excerpt}\n${url}`;
    const prefix = text && !text.endsWith('\n') ? '\n' : '';
    const caret = text.length;
    insertAtCaret(caret, caret, `${prefix}${block}`);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const body = text.trim();
    if (!body || send.isPending) return;
    send.mutate({ text: body, private: mode === 'note' }, { onSuccess: () => setText('') });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      submit();
      return;
    }
    if (!shortcut || matches.length === 0) {
      if (event.key === 'Escape' && shortcut) setShortcut(null);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + delta + matches.length) % matches.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const chosen = matches[Math.min(active, matches.length - 1)];
      if (chosen) insertCanned(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setShortcut(null);
    }
  };

  const label = mode === 'note' ? t('inbox.composer.noteLabel') : t('inbox.composer.replyLabel');
  return (
    <form className={`composer composer-${mode}`} onSubmit={submit} data-testid="composer" data-mode={mode}>
      <div className="composer-toolbar">
        {/* biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field set. */}
        <div className="segmented" role="group" aria-label={t('inbox.composer.mode')}>
          {(['reply', 'note'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className={`btn btn-small ${mode === choice ? 'btn-primary' : 'btn-secondary'}`}
              aria-pressed={mode === choice}
              onClick={() => setMode(choice)}
              data-testid={`composer-mode-${choice}`}
            >
              {t(`inbox.composer.modes.${choice}`)}
            </button>
          ))}
        </div>
        <span className="muted small">{t('inbox.composer.hint')}</span>
      </div>
      <div className="field composer-field">
        <label htmlFor={fieldId}>{label}</label>
        <textarea
          id={fieldId}
          ref={setRefs}
          rows={3}
          value={text}
          maxLength={10_000}
          aria-describedby={matches.length > 0 ? listId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            const found = shortcutAt(
              event.target.value,
              event.target.selectionStart ?? event.target.value.length,
            );
            setShortcut(found);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          data-testid="composer-text"
        />
        {shortcut && (
          <div className="canned-menu" id={listId} data-testid="canned-menu">
            <p className="visually-hidden" aria-live="polite">
              {t('inbox.composer.cannedCount', { count: matches.length })}
            </p>
            {matches.length === 0 ? (
              <p className="muted small">{t('inbox.composer.noCanned')}</p>
            ) : (
              <ul>
                {matches.map((reply, index) => (
                  <li key={reply.id}>
                    <button
                      type="button"
                      className={`canned-option${index === active ? ' is-active' : ''}`}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => insertCanned(reply)}
                      data-testid="canned-option"
                    >
                      <span className="mono">/{reply.shortcut}</span> {reply.title}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {mode === 'reply' && isResolved && <p className="muted small">{t('inbox.composer.reopens')}</p>}
      <FormError error={send.error} testId="composer-error" />
      <div className="composer-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={send.isPending || !text.trim()}
          data-testid="composer-send"
        >
          {send.isPending
            ? t('common.working')
            : mode === 'note'
              ? t('inbox.composer.addNote')
              : t('inbox.composer.send')}
        </button>
      </div>
      {(suggestions.data?.items.length ?? 0) > 0 && (
        <details className="suggested-articles" data-testid="suggested-articles">
          <summary>{t('inbox.composer.suggested', { count: suggestions.data?.items.length ?? 0 })}</summary>
          <ul>
            {suggestions.data?.items.map((article) => (
              <li key={article.articleId}>
                <div>
                  <p className="strong">{article.title}</p>
                  <p className="muted small">{article.excerpt}</p>
                </div>
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  aria-label={t('inbox.composer.insertArticle', { title: article.title })}
                  onClick={() => insertArticle(article.title, article.excerpt, article.articleId)}
                  data-testid="insert-article"
                >
                  {t('inbox.composer.insert')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}

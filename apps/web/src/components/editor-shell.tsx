import { type ReactNode, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../lib/api';
import { ErrorState } from './error-message';
import { LoadingState } from './loading';
import { PageHeader } from './page-header';
import { UnsavedChangesGuard } from './unsaved-changes';

interface TLoadedQuery<T> {
  isPending: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface EditorLoaderProps<T> {
  query: TLoadedQuery<T>;
  /** The page title while the thing is not there. */
  title: string;
  notFound: string;
  backTo: string;
  backLabel: string;
  /** Wraps the not-found and error states (a page frame with tabs); a plain page by default. */
  frame?: (children: ReactNode) => ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * Loads what an editor edits: a loading state, "not found" for a 404 (or a missing item) with a way back,
 * an error with retry, then the editor — keyed by the caller so a different item starts a fresh draft.
 */
export function EditorLoader<T>({
  query,
  title,
  notFound,
  backTo,
  backLabel,
  frame,
  children,
}: EditorLoaderProps<T>) {
  if (query.isPending) return <LoadingState />;
  const isMissing = query.error ? isApiError(query.error) && query.error.status === 404 : !query.data;
  if (!isMissing && !query.error && query.data !== undefined) return <>{children(query.data)}</>;
  const body = isMissing ? (
    <div className="alert alert-info" role="status" data-testid="editor-not-found">
      <p>{notFound}</p>
      <Link to={backTo}>{backLabel}</Link>
    </div>
  ) : (
    <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  );
  if (frame) return <>{frame(body)}</>;
  return (
    <div className="page">
      <PageHeader title={title} />
      {body}
    </div>
  );
}

export interface TEditorDraft<TDraft> {
  draft: TDraft;
  setDraft: (next: TDraft | ((current: TDraft) => TDraft)) => void;
  /** True when the draft differs from what was last loaded or saved (and the editor is not leaving). */
  isDirty: boolean;
  /** After a save: the saved state becomes both the draft and the new baseline. */
  markSaved: (saved: TDraft) => void;
  /** Back to the last saved state. */
  discard: () => void;
  /**
   * Before navigating away on purpose (after delete or create): stops the unsaved-changes guard first,
   * synchronously, so it does not block that navigation.
   */
  leave: () => void;
}

/**
 * A draft and the saved state it is compared with. `toComparable` maps a draft to what would be saved, so
 * edits that change nothing saved (whitespace that is trimmed, UI-only keys) do not count as unsaved.
 */
export function useEditorDraft<TDraft>(
  initial: () => TDraft,
  toComparable: (draft: TDraft) => unknown,
): TEditorDraft<TDraft> {
  const [draft, setDraft] = useState<TDraft>(initial);
  const [saved, setSaved] = useState<TDraft>(() => draft);
  const [isLeaving, setIsLeaving] = useState(false);
  const isDirty = !isLeaving && JSON.stringify(toComparable(draft)) !== JSON.stringify(toComparable(saved));
  const markSaved = useCallback((next: TDraft) => {
    setDraft(next);
    setSaved(next);
  }, []);
  const discard = useCallback(() => setDraft(saved), [saved]);
  const leave = useCallback(() => flushSync(() => setIsLeaving(true)), []);
  return { draft, setDraft, isDirty, markSaved, discard, leave };
}

interface EditorSaveBarProps {
  isDirty: boolean;
  isSaving: boolean;
  onDiscard: () => void;
  /** What the status says when nothing is unsaved ("All changes saved", "Not created yet"). */
  savedStatus?: string;
  /** The submit button(s) and any other actions; the bar adds Discard before them. */
  children: ReactNode;
  testId?: string;
}

/**
 * The sticky bar at the bottom of an editor: what is saved, Discard, the form's submit button, and the
 * unsaved-changes guard (in-app navigation asks first, a reload or closed tab gets the browser's prompt).
 */
export function EditorSaveBar({
  isDirty,
  isSaving,
  onDiscard,
  savedStatus,
  children,
  testId,
}: EditorSaveBarProps) {
  const { t } = useTranslation();
  return (
    <div className="editor-bar" data-testid={testId}>
      <p className="editor-bar-status" data-testid="save-status" aria-live="polite">
        {isSaving
          ? t('editor.saving')
          : isDirty
            ? t('editor.unsaved')
            : (savedStatus ?? t('editor.allSaved'))}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={onDiscard}
          disabled={!isDirty || isSaving}
        >
          {t('editor.discard')}
        </button>
        {children}
      </div>
      <UnsavedChangesGuard isDirty={isDirty} />
    </div>
  );
}

import { resolveEnding, resolveText } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas/browser';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { QuestionField } from './question-field';
import { respondentT } from './respondent-i18n';
import {
  advance,
  answerProblem,
  canGoBack,
  goBack,
  pathContext,
  peekNext,
  progressOf,
  type TRunState,
} from './runner';

interface SurveyRunProps {
  def: TSurveyDefinition;
  language: string;
  hidden: Record<string, string>;
  state: TRunState;
  /** An answer changed, or the respondent went back. */
  onChange: (state: TRunState) => void;
  /** Next led to another question. */
  onNext: (state: TRunState) => void;
  /** Next led to an end: the hosted page submits first and shows the ending once it is stored. */
  onFinish: (state: TRunState) => void;
  isFinishing?: boolean;
  idPrefix: string;
  /** Below the buttons: the hosted page's submission error with its retry. */
  children?: ReactNode;
}

/**
 * A survey, one question at a time: progress, the question, Back and Next (Submit on the last step), and
 * the ending. The same component runs the hosted page and the editor's preview.
 */
export function SurveyRun({
  def,
  language,
  hidden,
  state,
  onChange,
  onNext,
  onFinish,
  isFinishing = false,
  idPrefix,
  children,
}: SurveyRunProps) {
  const t = respondentT(language);
  const [error, setError] = useState<string | null>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const hasMoved = useRef(false);
  const fallback = def.defaultLanguage ?? 'en';
  const ctx = pathContext(def, state.answers, hidden);
  const question = def.questions.find((q) => q.id === state.current);
  const progress = progressOf(def, state);
  const stepKey = state.isDone ? 'end' : (state.current ?? '');

  // Each new step takes focus (after the respondent moved, never on load), so screen readers read it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    setError(null);
    if (hasMoved.current) stepRef.current?.focus();
  }, [stepKey]);

  if (state.isDone) {
    const ending = resolveEnding(def, state.endingId);
    const title = ending ? resolveText(ending.title, language, fallback) : t('thanksTitle');
    const message = ending ? resolveText(ending.message, language, fallback) : t('thanksBody');
    return (
      <div className="tp-ending" ref={stepRef} tabIndex={-1} data-testid="survey-ending">
        <div className="tp-ending-mark" aria-hidden="true">
          ✓
        </div>
        <h2 className="tp-ending-title">{title}</h2>
        {message && <p className="tp-ending-message">{message}</p>}
      </div>
    );
  }
  if (!question) return null;

  const next = peekNext(def, state, hidden);
  const isLast = next?.kind === 'end';
  const value = state.answers[question.id];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isFinishing) return;
    const problem = answerProblem(question, value);
    if (problem) {
      setError(t(`problems.${problem.code}`, 'count' in problem ? { count: problem.count } : {}));
      return;
    }
    hasMoved.current = true;
    const moved = advance(def, state, hidden);
    if (moved.isDone) onFinish(moved);
    else onNext(moved);
  };

  return (
    <form className="tp-run" onSubmit={submit} noValidate lang={language}>
      <div
        className="tp-progress"
        role="progressbar"
        aria-label={t('progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
      >
        <div className="tp-progress-bar" style={{ width: `${progress}%` }} />
      </div>
      <div className="tp-step" ref={stepRef} tabIndex={-1} key={question.id}>
        <QuestionField
          question={question}
          def={def}
          language={language}
          ctx={ctx}
          value={value}
          onChange={(answer) => {
            setError(null);
            onChange({ ...state, answers: { ...state.answers, [question.id]: answer } });
          }}
          error={error}
          t={t}
          idPrefix={idPrefix}
        />
      </div>
      <div className="tp-nav">
        {canGoBack(def, state) && (
          <button
            type="button"
            className="tp-button tp-button-secondary"
            onClick={() => {
              hasMoved.current = true;
              onChange(goBack(def, state, hidden));
            }}
            disabled={isFinishing}
          >
            {t('back')}
          </button>
        )}
        <button
          type="submit"
          className="tp-button tp-button-primary"
          disabled={isFinishing}
          data-testid="survey-next"
        >
          {isFinishing ? t('sending') : isLast ? t('submit') : t('next')}
        </button>
      </div>
      {children}
    </form>
  );
}

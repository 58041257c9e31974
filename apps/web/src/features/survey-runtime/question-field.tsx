import { countCharacters, type LogicContext, pipeText, resolveText, scoreRange } from '@touchpoint/core';
import type { TQuestion, TSurveyDefinition, TText } from '@touchpoint/schemas/browser';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import type { TAnswer } from './runner';

interface QuestionFieldProps {
  question: TQuestion;
  def: TSurveyDefinition;
  language: string;
  ctx: LogicContext;
  value: TAnswer | undefined;
  onChange: (value: TAnswer) => void;
  error: string | null;
  /** Respondent strings in `language` (see respondentT). */
  t: TFunction;
  /** Unique per rendered survey, so a preview and a page never share element ids or radio names. */
  idPrefix: string;
}

/** Points of the labelled scales, as keys under `respondent.csat` / `respondent.ces`. */
const POINT_LABELS: Partial<Record<TQuestion['type'], string>> = { csat: 'csat', ces: 'ces' };

/**
 * One question as respondents see it: a fieldset whose legend is the (piped) question, native radio
 * groups for scales and single choice (arrow keys move and select), checkboxes for multiple choice, and
 * a text box with a character counter. Errors are announced.
 */
export function QuestionField({
  question,
  def,
  language,
  ctx,
  value,
  onChange,
  error,
  t,
  idPrefix,
}: QuestionFieldProps) {
  const fallback = def.defaultLanguage ?? 'en';
  const text = (item: TText | undefined) =>
    pipeText(resolveText(item, language, fallback), ctx, def, language);
  const base = `${idPrefix}-${question.id}`;
  const description = text(question.description);
  const describedBy = [
    description ? `${base}-description` : null,
    `${base}-hint`,
    error ? `${base}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset
      className="tp-question"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      data-testid="survey-question"
      data-question-id={question.id}
    >
      <legend className="tp-question-text" id={`${base}-legend`}>
        {text(question.text)}
        {question.required && (
          <>
            <span className="tp-required" aria-hidden="true">
              {' '}
              *
            </span>
            <span className="visually-hidden"> ({t('required')})</span>
          </>
        )}
      </legend>
      {description && (
        <p className="tp-question-description" id={`${base}-description`}>
          {description}
        </p>
      )}
      <Control question={question} value={value} onChange={onChange} text={text} t={t} base={base} />
      <p className="tp-error" id={`${base}-error`} role="alert">
        {error ?? ''}
      </p>
    </fieldset>
  );
}

interface ControlProps {
  question: TQuestion;
  value: TAnswer | undefined;
  onChange: (value: TAnswer) => void;
  text: (item: TText | undefined) => string;
  t: TFunction;
  base: string;
}

function Control({ question, value, onChange, text, t, base }: ControlProps) {
  const range = scoreRange(question);
  if (range) {
    const points = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
    const labelsKey = POINT_LABELS[question.type];
    const isNps = question.type === 'nps';
    const low = text('lowLabel' in question ? question.lowLabel : undefined) || (isNps ? t('npsLow') : '');
    const high =
      text('highLabel' in question ? question.highLabel : undefined) || (isNps ? t('npsHigh') : '');
    return (
      <>
        <div
          className={`tp-scale${labelsKey ? ' tp-scale-labelled' : ''}`}
          style={{ '--points': points.length } as CSSProperties}
        >
          {points.map((point) => (
            <label key={point} className="tp-scale-point">
              <input
                type="radio"
                name={base}
                value={point}
                checked={value === point}
                onChange={() => onChange(point)}
              />
              <span className="tp-scale-number">{point}</span>
              {labelsKey && <span className="tp-scale-label">{t(`${labelsKey}.${point}`)}</span>}
            </label>
          ))}
        </div>
        <p className="tp-scale-anchors" id={`${base}-hint`}>
          {low && (
            <span>
              <span className="visually-hidden">{points[0]}: </span>
              {low}
            </span>
          )}
          {high && (
            <span className="tp-scale-anchor-high">
              <span className="visually-hidden">{points[points.length - 1]}: </span>
              {high}
            </span>
          )}
        </p>
      </>
    );
  }

  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    const isMultiple = question.type === 'multiple_choice';
    const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const toggle = (id: string, isOn: boolean) => {
      if (!isMultiple) return onChange(id);
      const next = question.options.map((o) => o.id).filter((o) => (o === id ? isOn : selected.includes(o)));
      onChange(next);
    };
    const hint = isMultiple
      ? question.maxSelected !== undefined
        ? t('chooseUpTo', { count: question.maxSelected })
        : t('chooseAll')
      : '';
    return (
      <>
        <p className="tp-hint" id={`${base}-hint`}>
          {hint}
        </p>
        <div className="tp-choices">
          {question.options.map((option) => (
            <label key={option.id} className="tp-choice">
              <input
                type={isMultiple ? 'checkbox' : 'radio'}
                name={base}
                value={option.id}
                checked={selected.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <span>{text(option.label)}</span>
            </label>
          ))}
        </div>
      </>
    );
  }

  if (question.type === 'open_text') {
    const current = typeof value === 'string' ? value : '';
    const max = question.maxLength ?? 2000;
    const left = max - countCharacters(current);
    const props = {
      id: `${base}-input`,
      value: current,
      maxLength: max,
      'aria-labelledby': `${base}-legend`,
      'aria-describedby': `${base}-hint`,
      onChange: (event: { target: { value: string } }) => onChange(event.target.value),
      className: 'tp-text',
    };
    return (
      <>
        {question.multiline === false ? <input type="text" {...props} /> : <textarea rows={4} {...props} />}
        <p className={`tp-counter${left < 0 ? ' tp-counter-over' : ''}`} id={`${base}-hint`}>
          {t('charactersLeft', { count: left })}
        </p>
      </>
    );
  }
  return null;
}

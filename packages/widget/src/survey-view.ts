/**
 * One survey step as markup, shared by the widget panel (`renderer.ts`), the hosted survey page's script
 * (`hosted.ts`) and the server, which renders the hosted page's first question as plain HTML so it shows
 * before any script arrives (and works without one). The step is a small node tree: `toHtml` prints it on
 * the server, `toDom` builds it in the browser, so both draw exactly the same question. Answers are read
 * back from the form's controls (`readAnswer`), never from listeners on each input.
 */
import {
  countCharacters,
  isLastStep,
  pathContext,
  pipeText,
  progressOf,
  resolveEnding,
  resolveText,
  scoreRange,
  type TAnswer,
  type TAnswerProblem,
  type TRunState,
} from '@touchpoint/core';
import type { TQuestion, TSurveyDefinition, TText } from '@touchpoint/schemas/browser';
import { type TRespondentStrings, withCount } from './respondent-strings';

export interface TNode {
  tag: string;
  attrs: Record<string, string | undefined>;
  children: TChild[];
}
export type TChild = TNode | string | null | undefined | false;

/** A node with attributes (undefined ones left out) and children (strings are text, never HTML). */
export function el(
  tag: string,
  attrs: Record<string, string | undefined> = {},
  ...children: TChild[]
): TNode {
  return { tag, attrs, children };
}

const VOID_TAGS = new Set(['input', 'meta', 'link', 'br']);
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** HTML for the server; text and attribute values are escaped. */
export function toHtml(node: TChild): string {
  if (!node) return '';
  if (typeof node === 'string') return escapeHtml(node);
  let html = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined) html += value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  html += '>';
  if (VOID_TAGS.has(node.tag)) return html;
  for (const child of node.children) html += toHtml(child);
  return `${html}</${node.tag}>`;
}

/** DOM nodes for the browser (attributes set the defaults: `checked`, an input's `value`). */
export function toDom(node: TNode): HTMLElement;
export function toDom(node: TChild): Node | null;
export function toDom(node: TChild): Node | null {
  if (!node) return null;
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of node.children) {
    const built = toDom(child);
    if (built) element.append(built);
  }
  return element;
}

export interface TStepView {
  def: TSurveyDefinition;
  walk: TRunState;
  hidden: Record<string, string>;
  language: string;
  s: TRespondentStrings;
  /** `survey` on the hosted page, `touchpoint` in the widget: `<prefix>-question`, `-next`, `-ending`. */
  testIdPrefix: string;
  /** The problem with the current answer, shown and announced under the question. */
  error?: string | undefined;
}

export function problemText(problem: TAnswerProblem, s: TRespondentStrings): string {
  if (problem.code === 'required') return s.answerRequired;
  return withCount(s[problem.code], problem.count);
}

function textOf(view: TStepView) {
  const ctx = pathContext(view.def, view.walk.answers, view.hidden);
  const fallback = view.def.defaultLanguage ?? 'en';
  return (item: TText | undefined) =>
    pipeText(resolveText(item, view.language, fallback), ctx, view.def, view.language);
}

/** The ending (the survey's own, else a thank-you), focusable so screen readers read it. */
export function endingStep(view: TStepView, headingTag = 'h3'): TNode {
  const text = textOf(view);
  const ending = resolveEnding(view.def, view.walk.endingId);
  const message = ending ? text(ending.message) : view.s.thanksBody;
  return el(
    'div',
    { class: 'ending step', tabindex: '-1', 'data-testid': `${view.testIdPrefix}-ending` },
    el(headingTag, {}, (ending && text(ending.title)) || view.s.thanksTitle),
    message && el('p', {}, message),
  );
}

/** The current question: a fieldset whose legend is the (piped) question, its control and its error. */
export function questionStep(view: TStepView, question: TQuestion): TNode {
  const text = textOf(view);
  const description = text(question.description);
  return el(
    'fieldset',
    {
      class: 'step',
      tabindex: '-1',
      'aria-describedby': `${description ? 'tp-description ' : ''}tp-hint tp-error`,
      'aria-invalid': view.error ? 'true' : undefined,
      'data-question-id': question.id,
      'data-testid': `${view.testIdPrefix}-question`,
    },
    el(
      'legend',
      { id: 'tp-legend' },
      text(question.text),
      question.required && el('span', { class: 'req', 'aria-hidden': 'true' }, ' *'),
      question.required && el('span', { class: 'sr' }, ` (${view.s.required})`),
    ),
    description && el('p', { class: 'muted', id: 'tp-description' }, description),
    ...control(question, view.walk.answers[question.id], text, view.s),
    el('p', { class: 'error', id: 'tp-error', role: 'alert' }, view.error ?? ''),
  );
}

export interface TFormOptions {
  /** Form attributes (the hosted page posts to the server when no script runs). */
  attrs?: Record<string, string | undefined>;
  /** Back as a submit button named `go` (works without a script) rather than a plain button. */
  isBackSubmit?: boolean;
  /** Hidden inputs first, anything after the buttons (a failure with its retry) last. */
  before?: TChild[];
  after?: TChild[];
}

/** The current question in its form: progress, the step, Back (not on the first step) and Next / Submit. */
export function stepForm(view: TStepView, question: TQuestion, options: TFormOptions = {}): TNode {
  const { def, walk, hidden, s } = view;
  const progress = String(progressOf(def, walk));
  const isFirst = def.questions[0]?.id === question.id;
  return el(
    'form',
    { novalidate: '', lang: view.language, ...options.attrs },
    ...(options.before ?? []),
    // Enter in a one-line answer submits with the form's first button: make that Next, not Back.
    options.isBackSubmit &&
      !isFirst &&
      el('button', {
        type: 'submit',
        name: 'go',
        value: 'next',
        class: 'default-submit',
        tabindex: '-1',
        'aria-hidden': 'true',
      }),
    el(
      'div',
      {
        class: 'bar',
        role: 'progressbar',
        'aria-label': s.progress,
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-valuenow': progress,
      },
      el('div', { style: `width:${progress}%` }),
    ),
    questionStep(view, question),
    el(
      'div',
      { class: 'nav' },
      !isFirst &&
        el(
          'button',
          options.isBackSubmit
            ? { type: 'submit', name: 'go', value: 'back', class: 'button secondary', 'data-action': 'back' }
            : { type: 'button', class: 'button secondary', 'data-action': 'back' },
          s.back,
        ),
      el(
        'button',
        {
          type: 'submit',
          name: options.isBackSubmit ? 'go' : undefined,
          value: options.isBackSubmit ? 'next' : undefined,
          class: 'button',
          'data-action': 'next',
          'data-testid': `${view.testIdPrefix}-next`,
        },
        isLastStep(def, walk, hidden) ? s.submit : s.next,
      ),
    ),
    ...(options.after ?? []),
  );
}

/** The inputs of one question, all named `answer` (a form post reads them like the script does). */
function control(
  question: TQuestion,
  value: TAnswer | undefined,
  text: (item: TText | undefined) => string,
  s: TRespondentStrings,
): TChild[] {
  const range = scoreRange(question);
  if (range) {
    const pointLabels = question.type === 'csat' ? s.csat : question.type === 'ces' ? s.ces : null;
    const scale = el('div', {
      class: 'scale',
      role: 'presentation',
      style: `--points:${range.max - range.min + 1}`,
    });
    for (let point = range.min; point <= range.max; point++) {
      const label = pointLabels?.[point - range.min];
      scale.children.push(
        el(
          'label',
          { class: 'point' },
          el('input', {
            type: 'radio',
            name: 'answer',
            value: String(point),
            checked: value === point ? '' : undefined,
          }),
          el('span', {}, String(point), label && el('i', { class: 'sr' }, ` ${label}`)),
        ),
      );
    }
    const ownLabel = (key: 'lowLabel' | 'highLabel') =>
      key in question ? text((question as { lowLabel?: TText; highLabel?: TText })[key]) : '';
    const isNps = question.type === 'nps';
    const low = ownLabel('lowLabel') || (isNps ? s.npsLow : (pointLabels?.[0] ?? ''));
    const high = ownLabel('highLabel') || (isNps ? s.npsHigh : (pointLabels?.[pointLabels.length - 1] ?? ''));
    return [
      scale,
      el(
        'p',
        { class: 'anchors muted', id: 'tp-hint' },
        el('span', {}, low && `${range.min}: ${low}`),
        el('span', {}, high && `${range.max}: ${high}`),
      ),
    ];
  }

  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    const isMultiple = question.type === 'multiple_choice';
    const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const hint = isMultiple
      ? question.maxSelected !== undefined
        ? withCount(s.chooseUpTo, question.maxSelected)
        : s.chooseAll
      : '';
    return [
      el('p', { class: 'muted', id: 'tp-hint' }, hint),
      el(
        'div',
        { class: 'choices' },
        ...question.options.map((option) =>
          el(
            'label',
            { class: isMultiple ? 'choice multi' : 'choice' },
            el('input', {
              type: isMultiple ? 'checkbox' : 'radio',
              name: 'answer',
              value: option.id,
              checked: selected.includes(option.id) ? '' : undefined,
            }),
            el('span', {}, text(option.label)),
          ),
        ),
      ),
    ];
  }

  if (question.type === 'open_text') {
    const max = question.maxLength ?? 2000;
    const current = typeof value === 'string' ? value : '';
    const attrs = {
      class: 'text',
      id: 'tp-input',
      name: 'answer',
      maxlength: String(max),
      'aria-labelledby': 'tp-legend',
      'aria-describedby': 'tp-hint',
    };
    return [
      question.multiline === false
        ? el('input', { ...attrs, type: 'text', value: current })
        : el('textarea', { ...attrs, rows: '4' }, current),
      el('p', { class: 'muted', id: 'tp-hint' }, charactersLeft(question, current, s)),
    ];
  }
  return [];
}

/** "N characters left" under an open question. */
export function charactersLeft(question: TQuestion, value: string, s: TRespondentStrings): string {
  const max = question.type === 'open_text' ? (question.maxLength ?? 2000) : 0;
  return withCount(s.charactersLeft, max - countCharacters(value));
}

/**
 * The answer as the form's `answer` values hold it: a score, an option id, option ids in the survey's
 * order, or text. Shared by the browser (FormData) and the server (a posted form).
 */
export function answerFromValues(question: TQuestion, values: readonly string[]): TAnswer {
  if (scoreRange(question)) {
    const score = values[0] === undefined ? Number.NaN : Number(values[0]);
    return Number.isInteger(score) ? score : null;
  }
  if (question.type === 'multiple_choice') {
    return question.options.map((o) => o.id).filter((id) => values.includes(id));
  }
  if (question.type === 'single_choice') {
    return question.options.find((o) => o.id === values[0])?.id ?? null;
  }
  return values[0] ?? '';
}

/** The current answer in a rendered step's form. */
export function readAnswer(question: TQuestion, form: HTMLFormElement): TAnswer {
  return answerFromValues(
    question,
    new FormData(form).getAll('answer').map((value) => String(value)),
  );
}

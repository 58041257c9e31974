/**
 * The Touchpoint widget renderer (`renderer.js`), loaded by the loader only when a survey must show. It
 * draws one survey in a Shadow DOM panel at the bottom right (a sheet on phones): one question at a time,
 * native radios for scales and choices (arrow keys move and select), Back / Next / Submit, the ending, a
 * close button and Escape. Routing, piping and language come from `@touchpoint/core` — the evaluator the
 * server validates with. Each step is sent as a partial submission under one Idempotency-Key through the
 * offline outbox, so the ending shows even offline and the answers arrive once the page is online.
 *
 * Loaded as a classic script: it hands its entry to the loader by an event on its own `<script>` element.
 * As it starts it sends whatever the outbox holds — which is also why the loader loads it on pages that
 * show no survey while answers are still queued.
 */
import {
  chooseLanguage,
  countCharacters,
  pipeText,
  resolveEnding,
  resolveText,
  scoreRange,
} from '@touchpoint/core';
import type { TQuestion, TText } from '@touchpoint/schemas/browser';
import { startOutbox, type TOutbox } from './outbox';
import { respondentStrings, type TRespondentStrings, withCount } from './respondent-strings';
import {
  advance,
  answerProblem,
  goBack,
  isLastStep,
  pathContext,
  progressOf,
  startWalk,
  submissionAnswers,
  type TAnswerProblem,
  type TWalk,
} from './survey-walk';
import css from './widget.css?inline';
import {
  RENDERER_READY_EVENT,
  type TAnswer,
  type TPublicSurvey,
  type TShowSurvey,
  type TWidgetHost,
  type TWidgetSubmission,
} from './widget-types';

type TChild = Node | string | null | undefined | false;

/** An element with attributes (undefined ones left out) and children (strings as text, never HTML). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: TChild[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

const warn = (message: string, detail?: unknown) => {
  try {
    console.warn(message, detail);
  } catch {
    // Nothing more to do.
  }
};

/** A listener that can never throw into the page. */
function on<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void): void {
  target.addEventListener(type, (event) => {
    try {
      handler(event as E);
    } catch (error) {
      warn('Touchpoint: widget error', error);
    }
  });
}

/** Started with the script: it sends what earlier pages left queued before any survey shows. */
function openOutbox(): TOutbox | null {
  let storage: Storage | null = null;
  try {
    storage = localStorage;
  } catch {
    // Blocked storage: the outbox holds answers in memory for this page.
  }
  try {
    return startOutbox({ storage, fetch: (url, init) => fetch(url, init), warn, events: window });
  } catch (error) {
    warn('Touchpoint: the outbox could not start', error);
    return null;
  }
}
const outbox = openOutbox();

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Pages on plain http have no randomUUID: 128 random bits in UUID shape do as well.
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'));
  return hex.join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

function problemText(problem: TAnswerProblem, s: TRespondentStrings): string {
  if (problem.code === 'required') return s.answerRequired;
  return withCount(s[problem.code], problem.count);
}

function isEditable(element: Element | null): boolean {
  return (
    !!element &&
    (/^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || (element as HTMLElement).isContentEditable)
  );
}

function mount(def: TPublicSurvey, host: TWidgetHost): void {
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = chooseLanguage(def, browserLanguages);
  const s = respondentStrings(language);
  const fallback = def.defaultLanguage ?? 'en';
  const hidden: Record<string, string> = {};
  const key = newKey();
  let walk: TWalk = startWalk(def);
  const sentIds: string[] = [];
  const previousFocus = document.activeElement as HTMLElement | null;

  const root = h('div', { 'data-touchpoint-widget': def.id });
  const shadow = root.attachShadow({ mode: 'open' });
  const body = h('div');
  const closeButton = h('button', { type: 'button', class: 'close', 'aria-label': s.close }, '×');
  const panel = h(
    'div',
    { class: 'panel', role: 'dialog', 'aria-labelledby': 'tp-title', lang: language, tabindex: '-1' },
    h('h2', { class: 'sr', id: 'tp-title' }, def.name),
    closeButton,
    body,
  );
  shadow.append(h('style', {}, css), panel);

  const close = () => {
    const hadFocus = !!shadow.activeElement;
    root.remove();
    // Focus goes back where it was before the survey took it.
    if (hadFocus && previousFocus?.isConnected) previousFocus.focus();
    host.onClose();
  };
  on(closeButton, 'click', close);
  on<KeyboardEvent>(panel, 'keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  });

  const surveyUrl = `${host.api}/api/v1/public/surveys/${encodeURIComponent(def.id)}`;

  /** Sends the walk so far under the response's one key (the outbox keeps it until the server has it). */
  const send = (finished: boolean) => {
    const answers = submissionAnswers(def, walk, hidden, sentIds);
    const submission: TWidgetSubmission = {
      answers,
      language,
      channel: 'widget',
      finished,
      meta: { url: location.href.slice(0, 2000), userAgent: navigator.userAgent.slice(0, 500) },
    };
    if (host.contact) submission.contact = host.contact;
    outbox?.send(`${surveyUrl}/responses`, key, submission);
    for (const [id, value] of Object.entries(answers)) {
      if (value !== null && !sentIds.includes(id)) sentIds.push(id);
    }
  };

  const render = (shouldFocus: boolean) => {
    const ctx = pathContext(def, walk.answers, hidden);
    const text = (item: TText | undefined) =>
      pipeText(resolveText(item, language, fallback), ctx, def, language);
    let step: HTMLElement;
    if (walk.isDone) {
      const ending = resolveEnding(def, walk.endingId);
      const message = ending ? text(ending.message) : s.thanksBody;
      step = h(
        'div',
        { class: 'ending step', tabindex: '-1', 'data-testid': 'touchpoint-ending' },
        h('h3', {}, (ending && text(ending.title)) || s.thanksTitle),
        message && h('p', {}, message),
      );
      body.replaceChildren(step);
    } else {
      const question = def.questions.find((q) => q.id === walk.current);
      if (!question) return close();
      const progress = String(progressOf(def, walk));
      const fill = h('div');
      fill.style.width = `${progress}%`;
      const error = h('p', { class: 'error', id: 'tp-error', role: 'alert' });
      const description = text(question.description);
      step = h(
        'fieldset',
        {
          class: 'step',
          tabindex: '-1',
          'aria-describedby': `${description ? 'tp-description ' : ''}tp-hint tp-error`,
          'data-question-id': question.id,
        },
        h(
          'legend',
          { id: 'tp-legend' },
          text(question.text),
          question.required && h('span', { class: 'req', 'aria-hidden': 'true' }, ' *'),
          question.required && h('span', { class: 'sr' }, ` (${s.required})`),
        ),
        description && h('p', { class: 'muted', id: 'tp-description' }, description),
        ...control(question, walk.answers[question.id], text, s, (answer) => {
          walk = { ...walk, answers: { ...walk.answers, [question.id]: answer } };
          error.textContent = '';
          step.removeAttribute('aria-invalid');
        }),
        error,
      );
      const isFirst = def.questions[0]?.id === question.id;
      const form = h(
        'form',
        { novalidate: '' },
        h(
          'div',
          {
            class: 'bar',
            role: 'progressbar',
            'aria-label': s.progress,
            'aria-valuemin': '0',
            'aria-valuemax': '100',
            'aria-valuenow': progress,
          },
          fill,
        ),
        step,
        h(
          'div',
          { class: 'nav' },
          !isFirst &&
            h('button', { type: 'button', class: 'button secondary', 'data-action': 'back' }, s.back),
          h(
            'button',
            { type: 'submit', class: 'button', 'data-action': 'next' },
            isLastStep(def, walk, hidden) ? s.submit : s.next,
          ),
        ),
      );
      const back = form.querySelector('[data-action="back"]');
      if (back) {
        on(back, 'click', () => {
          walk = goBack(def, walk, hidden);
          render(true);
        });
      }
      on(form, 'submit', (event) => {
        event.preventDefault();
        const problem = answerProblem(question, walk.answers[question.id]);
        if (problem) {
          error.textContent = problemText(problem, s);
          step.setAttribute('aria-invalid', 'true');
          step.querySelector<HTMLElement>('input,textarea')?.focus();
          return;
        }
        walk = advance(def, walk, hidden);
        // Every step is a partial submission; the last one is final. The ending shows at once: the
        // outbox holds the answers until the server has them, offline included.
        send(walk.isDone);
        render(true);
      });
      body.replaceChildren(form);
    }
    if (shouldFocus) step.focus();
  };

  render(false);
  document.body.append(root);
  // Take focus for the respondent, unless they are typing somewhere on the page.
  if (!isEditable(document.activeElement)) panel.querySelector<HTMLElement>('.step')?.focus();
  // Shown: for response rates, and it spends an identified visitor's contact budget. Best effort.
  fetch(`${surveyUrl}/displays`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'widget', language, contact: host.contact }),
  }).catch(() => {});
}

/** The inputs of one question; `onAnswer` hears every change (no re-render, so focus stays put). */
function control(
  question: TQuestion,
  value: TAnswer | undefined,
  text: (item: TText | undefined) => string,
  s: TRespondentStrings,
  onAnswer: (answer: TAnswer) => void,
): TChild[] {
  const range = scoreRange(question);
  if (range) {
    const points: number[] = [];
    for (let point = range.min; point <= range.max; point++) points.push(point);
    const pointLabels = question.type === 'csat' ? s.csat : question.type === 'ces' ? s.ces : null;
    const scale = h('div', { class: 'scale', role: 'presentation' });
    scale.style.setProperty('--points', String(points.length));
    for (const point of points) {
      const input = h('input', { type: 'radio', name: 'tp-answer', value: String(point) });
      input.checked = value === point;
      on(input, 'change', () => onAnswer(point));
      const label = pointLabels?.[point - range.min];
      scale.append(
        h(
          'label',
          { class: 'point' },
          input,
          h('span', {}, String(point), label && h('i', { class: 'sr' }, ` ${label}`)),
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
      h(
        'p',
        { class: 'anchors muted', id: 'tp-hint' },
        h('span', {}, low && `${range.min}: ${low}`),
        h('span', {}, high && `${range.max}: ${high}`),
      ),
    ];
  }

  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    const isMultiple = question.type === 'multiple_choice';
    const selected = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
    const choices = h('div', { class: 'choices' });
    for (const option of question.options) {
      const input = h('input', {
        type: isMultiple ? 'checkbox' : 'radio',
        name: 'tp-answer',
        value: option.id,
      });
      input.checked = selected.has(option.id);
      on(input, 'change', () => {
        if (!isMultiple) return onAnswer(option.id);
        if (input.checked) selected.add(option.id);
        else selected.delete(option.id);
        // In the survey's option order, whatever order they were clicked in.
        onAnswer(question.options.map((o) => o.id).filter((id) => selected.has(id)));
      });
      choices.append(
        h(
          'label',
          { class: isMultiple ? 'choice multi' : 'choice' },
          input,
          h('span', {}, text(option.label)),
        ),
      );
    }
    const hint = isMultiple
      ? question.maxSelected !== undefined
        ? withCount(s.chooseUpTo, question.maxSelected)
        : s.chooseAll
      : '';
    return [h('p', { class: 'muted', id: 'tp-hint' }, hint), choices];
  }

  if (question.type === 'open_text') {
    const max = question.maxLength ?? 2000;
    const attributes = {
      class: 'text',
      id: 'tp-input',
      maxlength: String(max),
      'aria-labelledby': 'tp-legend',
      'aria-describedby': 'tp-hint',
    };
    const input =
      question.multiline === false
        ? h('input', { ...attributes, type: 'text' })
        : h('textarea', { ...attributes, rows: '4' });
    input.value = typeof value === 'string' ? value : '';
    const counter = h('p', { class: 'muted', id: 'tp-hint' });
    const count = () => {
      counter.textContent = withCount(s.charactersLeft, max - countCharacters(input.value));
    };
    count();
    on(input, 'input', () => {
      count();
      onAnswer(input.value);
    });
    return [input, counter];
  }
  return [];
}

/** Shows `survey`; any failure is a console warning and a closed panel, never an error in the page. */
const showSurvey: TShowSurvey = (survey, host) => {
  try {
    mount(survey, host);
  } catch (error) {
    warn('Touchpoint: the survey could not be shown', error);
    document.querySelector(`[data-touchpoint-widget="${CSS.escape(survey.id)}"]`)?.remove();
    host.onClose();
  }
};

try {
  document.currentScript?.dispatchEvent(new CustomEvent(RENDERER_READY_EVENT, { detail: showSurvey }));
} catch (error) {
  warn('Touchpoint: the renderer could not start', error);
}

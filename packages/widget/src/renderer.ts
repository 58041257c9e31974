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
import { chooseLanguage } from '@touchpoint/core';
import { applyBrand } from './brand';
import { newKey } from './keys';
import { startOutbox, type TOutbox } from './outbox';
import { respondentStrings } from './respondent-strings';
import stepCss from './survey-step.css?inline';
import { charactersLeft, endingStep, problemText, readAnswer, stepForm, toDom } from './survey-view';
import {
  advance,
  answerProblem,
  goBack,
  isLastStep,
  startWalk,
  submissionAnswers,
  type TWalk,
} from './survey-walk';
import panelCss from './widget.css?inline';
import {
  RENDERER_READY_EVENT,
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
  shadow.append(h('style', {}, panelCss + stepCss), panel);
  applyBrand(panel, host.config);

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
    void outbox?.send(`${surveyUrl}/responses`, key, submission);
    for (const [id, value] of Object.entries(answers)) {
      if (value !== null && !sentIds.includes(id)) sentIds.push(id);
    }
  };

  const render = (shouldFocus: boolean) => {
    const view = { def, walk, hidden, language, s, testIdPrefix: 'touchpoint' };
    const question = walk.isDone ? undefined : def.questions.find((q) => q.id === walk.current);
    if (!walk.isDone && !question) return close();
    const content = toDom(question ? stepForm(view, question) : endingStep(view));
    body.replaceChildren(content);
    const step = question ? content.querySelector<HTMLElement>('.step') : content;
    if (question && content instanceof HTMLFormElement) {
      const form = content;
      // One listener for every input: the answer is read back from the form, so focus stays put.
      const onInput = () => {
        walk = { ...walk, answers: { ...walk.answers, [question.id]: readAnswer(question, form) } };
        const errorText = form.querySelector('.error');
        if (errorText) errorText.textContent = '';
        step?.removeAttribute('aria-invalid');
        const counter = form.querySelector('#tp-hint');
        const answer = walk.answers[question.id];
        if (question.type === 'open_text' && counter) {
          counter.textContent = charactersLeft(question, typeof answer === 'string' ? answer : '', s);
        }
        // The answer may decide that this is the last step: Next becomes Submit.
        const nextButton = form.querySelector('[data-action="next"]');
        if (nextButton) nextButton.textContent = isLastStep(def, walk, hidden) ? s.submit : s.next;
      };
      on(form, 'input', onInput);
      on(form, 'change', onInput);
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
          const errorText = form.querySelector('.error');
          if (errorText) errorText.textContent = problemText(problem, s);
          step?.setAttribute('aria-invalid', 'true');
          form.querySelector<HTMLElement>('input,textarea')?.focus();
          return;
        }
        walk = advance(def, walk, hidden);
        // Every step is a partial submission; the last one is final. The ending shows at once: the
        // outbox holds the answers until the server has them, offline included.
        send(walk.isDone);
        render(true);
      });
    }
    if (shouldFocus) step?.focus();
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

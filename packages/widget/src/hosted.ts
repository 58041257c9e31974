/**
 * The hosted survey page's script (`hosted.<hash>.js`). The server sends the page with its first step
 * already in it (a plain form that works without this script); this script takes the walk over in the
 * browser: answers stay on the page, each step is sent as a partial submission under the response's one
 * Idempotency-Key, a reload continues where the respondent was (sessionStorage), and the ending shows once
 * the final answers are stored — offline, the page says so and offers a retry. The walk, piping and
 * language come from `@touchpoint/core`; the markup from `survey-view.ts`, as in the widget.
 */
import {
  advance,
  answerProblem,
  goBack,
  isLastStep,
  submissionAnswers,
  type TRunState,
} from '@touchpoint/core';
import './survey-step.css';
import './hosted.css';
import { hostedStrings, type THostedFailure } from './hosted-strings';
import { hostedMain, hostedMessage, type THostedData, type THostedSession } from './hosted-view';
import { respondentStrings } from './respondent-strings';
import { charactersLeft, problemText, readAnswer, toDom } from './survey-view';

interface TProblem {
  status: number;
  code?: string;
  invalidParams?: { name: string }[];
}

const isLinkProblem = (problem: TProblem) =>
  problem.code === 'LINK_USED' || !!problem.invalidParams?.some((p) => p.name.endsWith('linkToken'));

/** POSTs JSON; resolves with the response's problem (if any), rejects on a network failure. */
async function post(url: string, body: unknown, key?: string): Promise<TProblem | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers['idempotency-key'] = key;
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'omit',
    headers,
    body: JSON.stringify(body),
  });
  if (response.ok) return null;
  const problem = (await response.json().catch(() => ({}))) as Partial<TProblem>;
  return { ...problem, status: response.status };
}

function start(): void {
  const dataElement = document.getElementById('tp-data');
  const main = document.getElementById('main');
  if (!dataElement?.textContent || !main) return;
  const data = JSON.parse(dataElement.textContent) as THostedData;
  const { survey, hidden, channel, linkToken } = data;
  const surveyUrl = `/api/v1/public/surveys/${encodeURIComponent(survey.id)}`;
  const storageKey = `touchpoint.survey.${survey.id}${linkToken ? `.${linkToken.slice(0, 12)}` : ''}`;

  let session = data.session;
  let failure: THostedFailure | null = null;
  /** Final answers are on their way: Next waits. */
  let isSending = false;
  const serverForm = document.getElementById('tp-form') as HTMLFormElement | null;
  const current = () => survey.questions.find((q) => q.id === session.walk.current);

  const save = () => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(session));
    } catch {
      // Storage full or disabled: the walk still works, a reload just starts over.
    }
  };

  // A fresh page (nothing answered yet) continues a walk this tab already began, unless the survey changed.
  let stored: THostedSession | null = null;
  try {
    stored = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as THostedSession | null;
  } catch {
    stored = null;
  }
  const isFresh = Object.keys(session.walk.answers).length === 0 && !session.walk.isDone;
  const isResumable =
    stored?.walk.isDone || survey.questions.some((question) => question.id === stored?.walk.current);
  const resumed = isFresh && stored && isResumable ? stored : null;

  const setLanguage = (language: string) => {
    document.documentElement.lang = language;
  };

  /** Rebuilds the page's content from the session; `focus` moves to the step (after the respondent moved). */
  const render = (focus: boolean) => {
    const action = location.pathname + location.search;
    main.replaceChildren(
      ...hostedMain({ survey, session, hidden, action, failure })
        .map((node) => toDom(node))
        .filter((node): node is Node => node !== null),
    );
    setLanguage(session.language);
    const form = document.getElementById('tp-form') as HTMLFormElement | null;
    if (form) bind(form);
    if (focus) main.querySelector<HTMLElement>('.step')?.focus();
  };

  const showClosed = () => {
    main.replaceChildren(toDom(hostedMessage('closed', session.language)));
  };

  /** Sends the walk so far under the response's key; submissions go one after another. */
  let queue: Promise<unknown> = Promise.resolve();
  const send = (walk: TRunState, finished: boolean) => {
    const answers = submissionAnswers(survey, walk, hidden, session.sent);
    const body = {
      answers,
      hiddenFields: hidden,
      language: session.language,
      channel,
      finished,
      ...(linkToken ? { linkToken } : {}),
      meta: { url: location.href.slice(0, 2000), userAgent: navigator.userAgent.slice(0, 500) },
    };
    const request = queue.then(() => post(`${surveyUrl}/responses`, body, session.key));
    queue = request.catch(() => undefined);
    const sentNow = Object.keys(answers).filter((id) => answers[id] !== null);
    session = { ...session, sent: [...new Set([...session.sent, ...sentNow])] };
    return request;
  };

  const failureOf = (problem: TProblem): THostedFailure => {
    if (problem.code === 'LINK_USED') return 'linkUsed';
    if (isLinkProblem(problem)) return 'linkInvalid';
    if (problem.status >= 400 && problem.status < 500 && problem.code !== 'RATE_LIMITED') return 'invalid';
    return 'network';
  };

  const finish = (form: HTMLFormElement) => {
    const done = advance(survey, session.walk, hidden);
    isSending = true;
    // In place, so the answers on screen stay exactly as they are while the final submission travels.
    form.querySelector('[role="alert"][data-testid="survey-submit-error"]')?.remove();
    for (const button of form.querySelectorAll<HTMLButtonElement>('.nav button')) button.disabled = true;
    const nextButton = form.querySelector('[data-action="next"]');
    if (nextButton) nextButton.textContent = hostedStrings(session.language).sending;
    failure = null;
    send(done, true)
      .finally(() => {
        isSending = false;
      })
      .then((problem) => {
        // A retry of final answers already stored: the response is complete, show the ending.
        if (!problem || problem.code === 'RESPONSE_FINISHED') {
          session = { ...session, walk: done };
          save();
          render(true);
        } else if (problem.code === 'SURVEY_CLOSED') showClosed();
        else {
          failure = failureOf(problem);
          render(false);
        }
      })
      .catch(() => {
        failure = 'network';
        render(false);
      });
  };

  const next = (form: HTMLFormElement) => {
    const question = current();
    if (!question || isSending) return;
    const problem = answerProblem(question, session.walk.answers[question.id]);
    if (problem) {
      const error = form.querySelector('.error');
      if (error) error.textContent = problemText(problem, respondentStrings(session.language));
      form.querySelector('.step')?.setAttribute('aria-invalid', 'true');
      form.querySelector<HTMLElement>('input,textarea')?.focus();
      return;
    }
    const moved = advance(survey, session.walk, hidden);
    if (moved.isDone) return finish(form);
    session = { ...session, walk: moved };
    // Partial answers as the respondent advances; a lost one is resent inside the next submission.
    send(moved, false)
      .then((problem) => {
        if (problem?.code === 'SURVEY_CLOSED') showClosed();
        else if (problem && isLinkProblem(problem)) {
          failure = failureOf(problem);
          render(false);
        }
      })
      .catch(() => undefined);
    save();
    render(true);
  };

  function bind(form: HTMLFormElement) {
    const onInput = () => {
      const question = current();
      if (!question) return;
      const answer = readAnswer(question, form);
      session = {
        ...session,
        walk: { ...session.walk, answers: { ...session.walk.answers, [question.id]: answer } },
      };
      save();
      const error = form.querySelector('.error');
      if (error) error.textContent = '';
      form.querySelector('.step')?.removeAttribute('aria-invalid');
      const s = respondentStrings(session.language);
      const counter = form.querySelector('#tp-hint');
      if (question.type === 'open_text' && counter) {
        counter.textContent = charactersLeft(question, typeof answer === 'string' ? answer : '', s);
      }
      // The answer may decide that this is the last step: Next becomes Submit.
      const nextButton = form.querySelector('[data-action="next"]');
      if (nextButton) nextButton.textContent = isLastStep(survey, session.walk, hidden) ? s.submit : s.next;
    };
    form.addEventListener('input', onInput);
    form.addEventListener('change', onInput);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
      if (submitter?.name === 'lang') {
        session = { ...session, language: submitter.value };
        save();
        render(false);
        return;
      }
      if (submitter?.value === 'back') {
        session = { ...session, walk: goBack(survey, session.walk, hidden) };
        failure = null;
        save();
        render(true);
        return;
      }
      next(form);
    });
  }

  if (resumed) {
    session = resumed;
    render(false);
  } else if (serverForm) {
    // The server's form is already on screen: keep it (and anything typed before this script ran).
    const question = current();
    if (question) {
      session = {
        ...session,
        walk: {
          ...session.walk,
          answers: { ...session.walk.answers, [question.id]: readAnswer(question, serverForm) },
        },
      };
    }
    bind(serverForm);
  }
  save();

  // One display per walk, for response rates; a failure here never bothers the respondent.
  if (!session.isDisplayed) {
    session = { ...session, isDisplayed: true };
    save();
    post(`${surveyUrl}/displays`, {
      channel,
      language: session.language,
      ...(linkToken ? { linkToken } : {}),
    })
      .then((problem) => {
        // Only a bad personal link is worth telling before the respondent starts.
        if (problem && isLinkProblem(problem)) {
          failure = 'linkInvalid';
          render(false);
        }
      })
      .catch(() => undefined);
  }
}

try {
  start();
} catch (error) {
  // The server's form still works without the script.
  console.warn('Touchpoint: the survey page script could not start', error);
}

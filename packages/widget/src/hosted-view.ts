/**
 * The hosted survey page's content, as a node tree (see `survey-view.ts`): the server prints it into the
 * page it sends, and the page's script rebuilds it as the respondent moves on. Without a script, the form
 * posts to the page's own address: the server records the answer and sends the next step.
 */
import { offeredLanguages, type TRunState } from '@touchpoint/core';
import { hostedStrings, type THostedFailure } from './hosted-strings';
import { respondentStrings } from './respondent-strings';
import { el, endingStep, stepForm, type TChild, type TNode } from './survey-view';
import type { TPublicSurvey } from './widget-types';

/** One respondent's walk: posted back in the form (`state`), and kept in sessionStorage by the script. */
export interface THostedSession {
  /** One Idempotency-Key per response: every submission of this walk updates the same response. */
  key: string;
  walk: TRunState;
  language: string;
  /** Questions sent with an answer at least once (cleared with `null` if the route drops them). */
  sent: string[];
  isDisplayed: boolean;
}

/** What the server embeds in the page for its script (`<script type="application/json" id="tp-data">`). */
export interface THostedData {
  survey: TPublicSurvey;
  session: THostedSession;
  hidden: Record<string, string>;
  channel: string;
  linkToken?: string | undefined;
}

export interface THostedView {
  survey: TPublicSurvey;
  session: THostedSession;
  hidden: Record<string, string>;
  /** The page's own address (path and query): where the form posts. */
  action: string;
  /** The problem with the current answer. */
  error?: string | undefined;
  failure?: THostedFailure | null | undefined;
}

/** A language's own name ("Tiếng Việt", "Français"), for any language a survey offers. */
function languageName(language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return hostedStrings(language).languageName;
  }
}

/** What the page's `<main>` holds for the walk: the language choice, the survey's name, the step. */
export function hostedMain(view: THostedView): TChild[] {
  const { survey, session } = view;
  const s = respondentStrings(session.language);
  const hs = hostedStrings(session.language);
  const stepView = {
    def: survey,
    walk: session.walk,
    hidden: view.hidden,
    language: session.language,
    s,
    testIdPrefix: 'survey',
    error: view.error,
  };
  const languages = offeredLanguages(survey);
  const question = survey.questions.find((q) => q.id === session.walk.current);
  const failure =
    view.failure &&
    el(
      'div',
      { class: 'alert', role: 'alert', 'data-testid': 'survey-submit-error' },
      el('p', {}, hs.failures[view.failure]),
      // A network failure of the final answers can be retried as they are.
      view.failure === 'network' &&
        el('button', { type: 'submit', name: 'go', value: 'next', class: 'button secondary' }, hs.retry),
    );
  return [
    languages.length > 1 &&
      !session.walk.isDone &&
      el(
        'div',
        { class: 'languages', role: 'group', 'aria-label': hs.language },
        ...languages.map((language) =>
          el(
            'button',
            {
              type: 'submit',
              form: 'tp-form',
              name: 'lang',
              value: language,
              lang: language,
              'aria-pressed': String(language === session.language),
            },
            languageName(language),
          ),
        ),
      ),
    el('h1', { class: 'sr' }, survey.name),
    session.walk.isDone || !question
      ? endingStep(stepView, 'h2')
      : stepForm(stepView, question, {
          attrs: { id: 'tp-form', method: 'post', action: view.action },
          isBackSubmit: true,
          before: [el('input', { type: 'hidden', name: 'state', value: JSON.stringify(session) })],
          after: [failure],
        }),
  ];
}

/** A page instead of the survey: not found, closed, or not loaded. Its one `<h1>` says which. */
export function hostedMessage(kind: 'missing' | 'failed' | 'closed', language: string): TNode {
  const hs = hostedStrings(language);
  return el(
    'div',
    { class: 'message', 'data-testid': `survey-${kind}` },
    el('h1', {}, hs.states[kind].title),
    el('p', {}, hs.states[kind].body),
    kind === 'failed' && el('a', { class: 'button', href: '' }, hs.retry),
  );
}

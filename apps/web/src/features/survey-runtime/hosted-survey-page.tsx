import { chooseLanguage, offeredLanguages, validateSubmission } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas/browser';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Logo } from '../../components/icons';
import { api, isApiError } from '../../lib/api';
import { respondentT } from './respondent-i18n';
import { startRun, submissionAnswers, type TRunState } from './runner';
import { SurveyRun } from './survey-run';

/** The public survey: the definition and what the page shows around it. */
type TPublicSurvey = TSurveyDefinition & { id: string; name: string; status: string; version: number };

/** Query parameters the page reads itself; every other one may fill a declared hidden field. */
const RESERVED_PARAMS = new Set(['lang', 't', 'channel']);

interface TSession {
  /** One Idempotency-Key per response: every submission of this walk updates the same response. */
  key: string;
  state: TRunState;
  language: string;
  /** Questions sent with an answer at least once (cleared with `null` if the route drops them). */
  sent: string[];
  isDisplayed: boolean;
}

type TLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; survey: TPublicSurvey }
  | { kind: 'closed' }
  | { kind: 'missing' }
  | { kind: 'failed' };

type TFailure = 'network' | 'invalid' | 'linkUsed' | 'linkInvalid' | null;

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Pages served over plain http on a LAN have no randomUUID: 128 random bits in UUID shape do as well.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function readSession(storageKey: string): TSession | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as TSession) : null;
  } catch {
    return null;
  }
}

function writeSession(storageKey: string, session: TSession): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(session));
  } catch {
    // Storage full or disabled: the walk still works, a reload just starts over.
  }
}

/** `/s/:surveyId`: a published survey for anyone with the link, no sign-in, phone first. */
export function HostedSurveyPage() {
  const { surveyId = '' } = useParams();
  const [params] = useSearchParams();
  const [load, setLoad] = useState<TLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // `attempt` is the retry button: a new attempt refetches.
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt triggers the refetch
  useEffect(() => {
    const controller = new AbortController();
    setLoad({ kind: 'loading' });
    api<TPublicSurvey>(`/api/v1/public/surveys/${encodeURIComponent(surveyId)}`, {
      credentials: 'omit',
      signal: controller.signal,
    })
      .then((survey) => setLoad({ kind: 'ready', survey }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(error) && error.code === 'SURVEY_CLOSED') setLoad({ kind: 'closed' });
        else if (isApiError(error) && (error.status === 404 || error.status === 400))
          setLoad({ kind: 'missing' });
        else setLoad({ kind: 'failed' });
      });
    return () => controller.abort();
  }, [surveyId, attempt]);

  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const candidates = [params.get('lang'), ...browserLanguages];

  if (load.kind === 'ready') {
    return <HostedSurvey survey={load.survey} params={params} candidates={candidates} />;
  }
  // Before the survey is known, speak the browser's language.
  const t = respondentT(params.get('lang') ?? browserLanguages[0] ?? 'en');
  return (
    <HostedFrame language={t('code')}>
      {load.kind === 'loading' ? (
        <p className="tp-status" role="status">
          {t('loading')}
        </p>
      ) : (
        <div className="tp-message" data-testid={`survey-${load.kind}`}>
          <h1 className="tp-message-title">{t(`states.${load.kind}.title`)}</h1>
          <p>{t(`states.${load.kind}.body`)}</p>
          {load.kind === 'failed' && (
            <button
              type="button"
              className="tp-button tp-button-primary"
              onClick={() => setAttempt((n) => n + 1)}
            >
              {t('retry')}
            </button>
          )}
        </div>
      )}
    </HostedFrame>
  );
}

function HostedFrame({ language, children }: { language: string; children: ReactNode }) {
  const t = respondentT(language);
  // The page speaks the survey's language, for screen readers and hyphenation.
  useEffect(() => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = language;
    return () => {
      document.documentElement.lang = previous;
    };
  }, [language]);
  return (
    <div className="tp-page">
      <main className="tp-card tp-survey" id="main">
        {children}
      </main>
      <p className="tp-powered">
        <Logo size={16} /> {t('poweredBy')}
      </p>
    </div>
  );
}

interface HostedSurveyProps {
  survey: TPublicSurvey;
  params: URLSearchParams;
  candidates: (string | null | undefined)[];
}

function HostedSurvey({ survey, params, candidates }: HostedSurveyProps) {
  const linkToken = params.get('t') ?? undefined;
  // Links Touchpoint hands out say where they were shared (QR codes, invitation emails), for response
  // rates per channel; anything else is a plain link.
  const asked = params.get('channel');
  const channel = asked === 'qr' || asked === 'email' || asked === 'sms' ? asked : 'link';
  const storageKey = `touchpoint.survey.${survey.id}${linkToken ? `.${linkToken.slice(0, 12)}` : ''}`;
  const hidden = useMemo(() => {
    const values: Record<string, string> = {};
    for (const id of survey.hiddenFields ?? []) {
      const value = params.get(id);
      if (value !== null && !RESERVED_PARAMS.has(id)) values[id] = value.slice(0, 500);
    }
    return values;
  }, [survey, params]);

  const [session, setSession] = useState<TSession>(() => {
    const stored = readSession(storageKey);
    // A reload continues the walk, unless the survey changed under it.
    const isResumable =
      stored?.state.isDone || survey.questions.some((question) => question.id === stored?.state.current);
    if (stored && isResumable) return stored;
    return {
      key: newKey(),
      state: startRun(survey),
      language: chooseLanguage(survey, candidates),
      sent: [],
      isDisplayed: false,
    };
  });
  const [isFinishing, setIsFinishing] = useState(false);
  const [failure, setFailure] = useState<TFailure>(null);
  const [isClosed, setIsClosed] = useState(false);
  const pendingFinish = useRef<TRunState | null>(null);
  const isDisplayRequested = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const t = respondentT(session.language);

  const update = useCallback(
    (change: (current: TSession) => TSession) =>
      setSession((current) => {
        const next = change(current);
        writeSession(storageKey, next);
        return next;
      }),
    [storageKey],
  );

  useEffect(() => {
    document.title = survey.name;
  }, [survey.name]);

  // One display per walk, for response rates; a failure here never bothers the respondent.
  useEffect(() => {
    if (session.isDisplayed || isDisplayRequested.current) return;
    isDisplayRequested.current = true;
    update((current) => ({ ...current, isDisplayed: true }));
    void api(`/api/v1/public/surveys/${encodeURIComponent(survey.id)}/displays`, {
      method: 'POST',
      credentials: 'omit',
      body: { channel, language: session.language, ...(linkToken ? { linkToken } : {}) },
    }).catch((error: unknown) => {
      // Only a bad personal link is worth telling before the respondent starts.
      if (isApiError(error) && error.invalidParams.some((p) => p.name.endsWith('linkToken')))
        setFailure('linkInvalid');
    });
  }, [session.isDisplayed, session.language, survey.id, channel, linkToken, update]);

  /** Sends the walk so far; submissions go one after another so a partial never lands after the final. */
  const send = (state: TRunState, finished: boolean) => {
    const answers = submissionAnswers(survey, state, hidden, session.sent);
    const body = {
      answers,
      hiddenFields: hidden,
      language: session.language,
      channel,
      finished,
      ...(linkToken ? { linkToken } : {}),
      meta: { url: window.location.href.slice(0, 2000), userAgent: navigator.userAgent.slice(0, 500) },
    };
    const request = queue.current.then(() =>
      api<{ id: string; finished: boolean }>(
        `/api/v1/public/surveys/${encodeURIComponent(survey.id)}/responses`,
        {
          method: 'POST',
          credentials: 'omit',
          headers: { 'Idempotency-Key': session.key },
          body,
        },
      ),
    );
    queue.current = request.catch(() => undefined);
    const sentNow = Object.entries(answers)
      .filter(([, value]) => value !== null)
      .map(([id]) => id);
    update((current) => ({ ...current, sent: [...new Set([...current.sent, ...sentNow])] }));
    return { request, answers };
  };

  const onFailure = (error: unknown) => {
    if (isApiError(error) && error.code === 'SURVEY_CLOSED') setIsClosed(true);
    else if (isApiError(error) && error.code === 'LINK_USED') setFailure('linkUsed');
    else if (isApiError(error) && error.invalidParams.some((p) => p.name.endsWith('linkToken'))) {
      setFailure('linkInvalid');
    } else if (
      isApiError(error) &&
      error.status >= 400 &&
      error.status < 500 &&
      error.code !== 'RATE_LIMITED'
    ) {
      setFailure('invalid');
    } else setFailure('network');
  };

  const finish = (state: TRunState) => {
    pendingFinish.current = state;
    setFailure(null);
    const { issues } = validateSubmission(survey, {
      answers: submissionAnswers(survey, state, hidden, []),
      hiddenFields: hidden,
      finished: true,
    });
    if (issues.length > 0) {
      setFailure('invalid');
      return;
    }
    setIsFinishing(true);
    const { request } = send(state, true);
    request
      .then(() => {
        pendingFinish.current = null;
        update((current) => ({ ...current, state }));
      })
      .catch((error: unknown) => {
        // A retry of an already stored final answer: the response is complete, show the ending.
        if (isApiError(error) && error.code === 'RESPONSE_FINISHED') {
          update((current) => ({ ...current, state }));
          return;
        }
        onFailure(error);
      })
      .finally(() => setIsFinishing(false));
  };

  if (isClosed) {
    return (
      <HostedFrame language={session.language}>
        <div className="tp-message" data-testid="survey-closed">
          <h1 className="tp-message-title">{t('states.closed.title')}</h1>
          <p>{t('states.closed.body')}</p>
        </div>
      </HostedFrame>
    );
  }

  const languages = offeredLanguages(survey);
  return (
    <HostedFrame language={session.language}>
      {languages.length > 1 && !session.state.isDone && (
        <fieldset className="tp-languages">
          <legend className="visually-hidden">{t('language')}</legend>
          {languages.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              aria-pressed={session.language === language}
              onClick={() => update((current) => ({ ...current, language }))}
            >
              {respondentT(language)('languageName')}
            </button>
          ))}
        </fieldset>
      )}
      <h1 className="visually-hidden">{survey.name}</h1>
      <SurveyRun
        def={survey}
        language={session.language}
        hidden={hidden}
        state={session.state}
        idPrefix="tp"
        isFinishing={isFinishing}
        onChange={(state) => update((current) => ({ ...current, state }))}
        onNext={(state) => {
          update((current) => ({ ...current, state }));
          // Partial answers as the respondent advances; a lost one is resent inside the next submission.
          send(state, false).request.catch((error: unknown) => {
            // Closed surveys and bad links are said at once; anything else goes again with the next send.
            const isLinkProblem =
              isApiError(error) &&
              (error.code === 'LINK_USED' || error.invalidParams.some((p) => p.name.endsWith('linkToken')));
            if (isApiError(error) && error.code === 'SURVEY_CLOSED') setIsClosed(true);
            else if (isLinkProblem) onFailure(error);
          });
        }}
        onFinish={finish}
      >
        {failure && (
          <div className="tp-alert" role="alert" data-testid="survey-submit-error">
            <p>{t(`failures.${failure}`)}</p>
            {failure === 'network' && pendingFinish.current && (
              <button
                type="button"
                className="tp-button tp-button-secondary"
                onClick={() => pendingFinish.current && finish(pendingFinish.current)}
                disabled={isFinishing}
              >
                {t('retry')}
              </button>
            )}
          </div>
        )}
      </SurveyRun>
    </HostedFrame>
  );
}

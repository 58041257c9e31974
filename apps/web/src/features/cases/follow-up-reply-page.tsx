import { LOCALES, type TLocale } from '@touchpoint/schemas/browser';
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Logo } from '../../components/icons';
import { Spinner } from '../../components/loading';
import { isApiError } from '../../lib/api';
import { i18n, isLocale } from '../../lib/i18n';
import { useAnswerFollowUp, useFollowUpReply } from './cases.api';
import './cases.css';

const LANGUAGE_LABELS: Record<TLocale, string> = { en: 'English', vi: 'Tiếng Việt' };

/**
 * `/f/:token`: the "Did we resolve this?" link of a follow-up email. No sign-in: the token is the proof.
 * The link from the email preselects an answer (`?answer=yes|no`) but never records it by itself — mail
 * scanners open links — the customer confirms with a button.
 */
export function FollowUpReplyPage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const preselected = params.get('answer') === 'no' ? false : params.get('answer') === 'yes' ? true : null;
  const reply = useFollowUpReply(token);
  const answer = useAnswerFollowUp(token);
  const [chosenLocale, setChosenLocale] = useState<TLocale | null>(null);
  const serverLocale = reply.data && isLocale(reply.data.language) ? reply.data.language : 'en';
  const locale = chosenLocale ?? serverLocale;
  const t = i18n.getFixedT(locale, 'translation', 'cases.reply');
  const [feltHeard, setFeltHeard] = useState<boolean | null>(preselected);
  const [comment, setComment] = useState('');
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (answer.isSuccess) doneRef.current?.focus();
  }, [answer.isSuccess]);

  useEffect(() => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = locale;
    document.title = t('documentTitle');
    return () => {
      document.documentElement.lang = previous;
    };
  }, [locale, t]);

  const isMissing = isApiError(reply.error) && (reply.error.status === 404 || reply.error.status === 400);

  return (
    <div className="tp-page">
      <main className="tp-card unsubscribe" id="main" data-testid="follow-up-reply-page">
        <fieldset className="tp-languages">
          <legend className="visually-hidden">{t('language')}</legend>
          {LOCALES.map((item) => (
            <button
              key={item}
              type="button"
              lang={item}
              aria-pressed={item === locale}
              onClick={() => setChosenLocale(item)}
            >
              {LANGUAGE_LABELS[item]}
            </button>
          ))}
        </fieldset>
        {reply.isPending ? (
          <p className="tp-status" role="status">
            <Spinner label={t('loading')} /> {t('loading')}
          </p>
        ) : reply.error ? (
          <div className="tp-message" data-testid={isMissing ? 'follow-up-missing' : 'follow-up-failed'}>
            <h1 className="tp-message-title">{isMissing ? t('missing.title') : t('failed.title')}</h1>
            <p>{isMissing ? t('missing.body') : t('failed.body')}</p>
          </div>
        ) : reply.data.answered ? (
          <div className="tp-message" ref={doneRef} tabIndex={-1} data-testid="follow-up-thanks">
            <h1 className="tp-message-title">{t('thanks.title')}</h1>
            <p>
              {reply.data.feltHeard
                ? t('thanks.yes')
                : t('thanks.no', { workspace: reply.data.workspaceName })}
            </p>
          </div>
        ) : (
          <form
            className="tp-message"
            data-testid="follow-up-ask"
            onSubmit={(event) => {
              event.preventDefault();
              if (feltHeard === null) return;
              answer.mutate({ feltHeard, ...(comment.trim() ? { comment: comment.trim() } : {}) });
            }}
          >
            <h1 className="tp-message-title">{t('ask.title')}</h1>
            <p>{t('ask.body', { workspace: reply.data.workspaceName, number: reply.data.caseNumber })}</p>
            <fieldset className="case-reply-choices">
              <legend className="visually-hidden">{t('ask.title')}</legend>
              <button
                type="button"
                className={`tp-button ${feltHeard === true ? 'tp-button-primary' : 'tp-button-secondary'}`}
                aria-pressed={feltHeard === true}
                onClick={() => setFeltHeard(true)}
                data-testid="follow-up-yes"
              >
                {t('ask.yes')}
              </button>
              <button
                type="button"
                className={`tp-button ${feltHeard === false ? 'tp-button-primary' : 'tp-button-secondary'}`}
                aria-pressed={feltHeard === false}
                onClick={() => setFeltHeard(false)}
                data-testid="follow-up-no"
              >
                {t('ask.no')}
              </button>
            </fieldset>
            <label htmlFor="follow-up-comment" className="tp-hint">
              {t('ask.comment')}
            </label>
            <textarea
              id="follow-up-comment"
              className="case-reply-comment"
              rows={3}
              maxLength={2000}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
            {answer.error ? (
              <p className="tp-alert" role="alert">
                {t('failed.action')}
              </p>
            ) : null}
            <button
              type="submit"
              className="tp-button tp-button-primary"
              disabled={feltHeard === null || answer.isPending}
              data-testid="follow-up-submit"
            >
              {answer.isPending ? t('working') : t('ask.submit')}
            </button>
          </form>
        )}
      </main>
      <p className="tp-powered">
        <Logo size={16} /> {t('poweredBy')}
      </p>
    </div>
  );
}

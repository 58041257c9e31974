import { LOCALES, type TLocale } from '@touchpoint/schemas/browser';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { Logo } from '../../components/icons';
import { Spinner } from '../../components/loading';
import { isApiError } from '../../lib/api';
import { i18n, isLocale } from '../../lib/i18n';
import { useUnsubscribe, useUnsubscribePreview } from './distribution.api';

const LANGUAGE_LABELS: Record<TLocale, string> = { en: 'English', vi: 'Tiếng Việt' };

/** The person reading the email is not a Touchpoint user: their browser's language, not the app's. */
function browserLocale(): TLocale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const base = language?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** `/u/:token`: the unsubscribe link of an invitation email. No sign-in: the token is the proof. */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const [locale, setLocale] = useState<TLocale>(browserLocale);
  const t = i18n.getFixedT(locale, 'translation', 'unsubscribe');
  const preview = useUnsubscribePreview(token);
  const unsubscribe = useUnsubscribe(token);
  const doneRef = useRef<HTMLDivElement>(null);

  // The button is gone once it worked: the confirmation takes the focus, and screen readers read it.
  useEffect(() => {
    if (unsubscribe.isSuccess) doneRef.current?.focus();
  }, [unsubscribe.isSuccess]);

  useEffect(() => {
    const previous = document.documentElement.lang;
    document.documentElement.lang = locale;
    document.title = t('documentTitle');
    return () => {
      document.documentElement.lang = previous;
    };
  }, [locale, t]);

  const isMissing =
    isApiError(preview.error) && (preview.error.status === 404 || preview.error.status === 400);

  return (
    <div className="tp-page">
      <main className="tp-card unsubscribe" id="main" data-testid="unsubscribe-page">
        <fieldset className="tp-languages">
          <legend className="visually-hidden">{t('language')}</legend>
          {LOCALES.map((item) => (
            <button
              key={item}
              type="button"
              lang={item}
              aria-pressed={item === locale}
              onClick={() => setLocale(item)}
            >
              {LANGUAGE_LABELS[item]}
            </button>
          ))}
        </fieldset>
        {preview.isPending ? (
          <p className="tp-status" role="status">
            <Spinner label={t('loading')} /> {t('loading')}
          </p>
        ) : preview.error ? (
          <div className="tp-message" data-testid={isMissing ? 'unsubscribe-missing' : 'unsubscribe-failed'}>
            <h1 className="tp-message-title">{isMissing ? t('missing.title') : t('failed.title')}</h1>
            <p>{isMissing ? t('missing.body') : t('failed.body')}</p>
            {!isMissing && (
              <button
                type="button"
                className="tp-button tp-button-primary"
                onClick={() => void preview.refetch()}
              >
                {t('retry')}
              </button>
            )}
          </div>
        ) : preview.data.unsubscribed ? (
          <div className="tp-message" ref={doneRef} tabIndex={-1} data-testid="unsubscribe-done">
            <h1 className="tp-message-title">
              {unsubscribe.isSuccess ? t('done.title') : t('already.title')}
            </h1>
            <p>{t('done.body', { workspace: preview.data.workspaceName, email: preview.data.email })}</p>
            <p className="tp-hint">{t('done.note')}</p>
          </div>
        ) : (
          <div className="tp-message" data-testid="unsubscribe-ask">
            <h1 className="tp-message-title">{t('ask.title')}</h1>
            <p>{t('ask.body', { workspace: preview.data.workspaceName })}</p>
            <p className="unsubscribe-email" data-testid="unsubscribe-email">
              {preview.data.email}
            </p>
            {unsubscribe.error ? (
              <p className="tp-alert" role="alert">
                {t('failed.action')}
              </p>
            ) : null}
            <button
              type="button"
              className="tp-button tp-button-primary"
              disabled={unsubscribe.isPending}
              onClick={() => unsubscribe.mutate()}
              data-testid="unsubscribe-button"
            >
              {unsubscribe.isPending ? t('working') : t('ask.button')}
            </button>
            <p className="tp-hint">{t('ask.note', { workspace: preview.data.workspaceName })}</p>
          </div>
        )}
      </main>
      <p className="tp-powered">
        <Logo size={16} /> {t('poweredBy')}
      </p>
    </div>
  );
}

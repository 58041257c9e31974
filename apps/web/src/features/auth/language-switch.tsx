import { useQueryClient } from '@tanstack/react-query';
import { LOCALES, type TLocale, type TMe } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { applyLocale, currentLocale } from '../../lib/i18n';
import { ME_QUERY_KEY } from '../../lib/query-client';
import { useMe, useUpdateMe } from './auth.api';

const LABELS: Record<TLocale, { short: string; name: string }> = {
  en: { short: 'EN', name: 'English' },
  vi: { short: 'VI', name: 'Tiếng Việt' },
};

/** EN/VI switch: remembered on this device, and on the account when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const updateMe = useUpdateMe();
  const active = currentLocale();

  const choose = (locale: TLocale) => {
    if (locale === active) return;
    applyLocale(locale);
    if (me?.user && me.via === 'session') {
      // Optimistic, so the account's old locale does not switch the UI back while the PATCH runs.
      queryClient.setQueryData<TMe | null>(ME_QUERY_KEY, (old) =>
        old?.user ? { ...old, user: { ...old.user, locale } } : old,
      );
      updateMe.mutate(
        { locale },
        { onError: () => void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }) },
      );
    }
  };

  return (
    <fieldset className="language-switch" data-testid="language-switch" data-language={i18n.language}>
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={active === locale}
          title={LABELS[locale].name}
          data-testid={`language-${locale}`}
          onClick={() => choose(locale)}
        >
          {LABELS[locale].short}
          <span className="visually-hidden"> ({LABELS[locale].name})</span>
        </button>
      ))}
    </fieldset>
  );
}

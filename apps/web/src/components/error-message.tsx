import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api';

/**
 * A user-facing message for any error. The server writes `detail` in English, so English shows it as is;
 * other languages show the translation of the stable `code` when there is one, else the `detail`.
 * Errors made here (the network) are always translated.
 */
export function useDescribeError(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error: unknown) => {
    if (!isApiError(error)) return t('errors.generic');
    const key = `errors.codes.${error.code}`;
    const isClientMade = error.status === 0;
    if ((isClientMade || i18n.language !== 'en') && i18n.exists(key)) return t(key);
    return error.problem.detail || error.problem.title || t('errors.generic');
  };
}

interface FormErrorProps {
  error: unknown;
  /** Fields shown next to their input; other invalid params are listed here. */
  fields?: readonly string[];
  testId?: string;
}

/** The error of a failed submission, announced to screen readers. */
export function FormError({ error, fields = [], testId = 'form-error' }: FormErrorProps) {
  const describe = useDescribeError();
  if (!error) return null;
  const others = isApiError(error)
    ? error.invalidParams.filter((p) => !fields.includes(p.name.split(/[./]/).filter(Boolean).pop() ?? ''))
    : [];
  return (
    <div className="alert alert-error" role="alert" data-testid={testId}>
      <p>{describe(error)}</p>
      {others.length > 0 && (
        <ul>
          {others.map((p) => (
            <li key={`${p.name}:${p.reason}`}>
              <code>{p.name}</code>: {p.reason}
            </li>
          ))}
        </ul>
      )}
      {isApiError(error) && error.problem.requestId && (
        <p className="alert-meta">
          {error.code} · {error.problem.requestId}
        </p>
      )}
    </div>
  );
}

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load, with a way to try again. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <div className="alert alert-error" role="alert" data-testid="error-state">
      <p>
        <strong>{t('errors.loadFailed')}</strong> {describe(error)}
      </p>
      {onRetry && (
        <button type="button" className="btn btn-secondary btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

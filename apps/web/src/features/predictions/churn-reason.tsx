import type { TChurnReason } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';

/** A reason in the reader's language when its kind is known, else the server's English sentence. */
export function useReasonText(): (reason: TChurnReason) => string {
  const { t, i18n } = useTranslation();
  return (reason) => {
    const key = `churn.reasons.${reason.kind ?? ''}`;
    return reason.kind && i18n.exists(key) ? t(key, { ...reason.params }) : reason.text;
  };
}

export function ChurnBandBadge({ band }: { band: 'low' | 'medium' | 'high' }) {
  const { t } = useTranslation();
  const tone = band === 'high' ? 'badge-danger' : band === 'medium' ? 'badge-warning' : 'badge-neutral';
  return (
    <span className={`badge ${tone}`} data-testid="churn-band" data-band={band}>
      {t(`churn.band.${band}`)}
    </span>
  );
}

export function ChurnReasonList({ reasons }: { reasons: TChurnReason[] }) {
  const { t } = useTranslation();
  const text = useReasonText();
  if (reasons.length === 0) return <span className="muted">{t('churn.noReasons')}</span>;
  return (
    <ul className="churn-reasons" data-testid="churn-reasons">
      {reasons.map((reason) => (
        <li key={reason.feature}>{text(reason)}</li>
      ))}
    </ul>
  );
}

export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}

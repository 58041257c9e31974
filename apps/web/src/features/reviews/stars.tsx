import { useTranslation } from 'react-i18next';

const STARS = 5;

/**
 * A rating as five stars filled in proportion (4.5 of 5 → four and a half; 8 of 10 → four), with the
 * rating on its own scale beside them ("8/10"), so a 10-point source is not read as a 5-point one.
 */
export function Stars({ rating, scale }: { rating: number; scale: number }) {
  const { t } = useTranslation();
  const safeScale = scale > 0 ? scale : 5;
  const share = Math.min(1, Math.max(0, rating / safeScale));
  const shown = Number.isInteger(rating) ? String(rating) : rating.toFixed(1);
  return (
    <span className="stars" role="img" aria-label={t('reviews.rated', { rating: shown, scale: safeScale })}>
      <span className="stars-track" aria-hidden="true">
        {'★'.repeat(STARS)}
        <span className="stars-fill" style={{ width: `${share * 100}%` }}>
          {'★'.repeat(STARS)}
        </span>
      </span>
      <span className="stars-value" aria-hidden="true">
        {shown}/{safeScale}
      </span>
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { formatCount, formatShare, sentimentParts, sparklinePath, type TSentimentLabel } from './text-format';

/**
 * A topic's sentiment as one bar split negative → positive. The bar is drawn for the eye; its label
 * carries the same counts in words.
 */
export function SentimentSplitBar({ counts }: { counts: Partial<Record<TSentimentLabel, number>> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const parts = sentimentParts(counts);
  const description = parts
    .filter((part) => part.count > 0)
    .map((part) =>
      t('insights.text.split.part', {
        label: t(`insights.text.sentiments.${part.label}`),
        count: formatCount(part.count, locale),
        share: formatShare(part.share, locale),
      }),
    )
    .join(', ');
  return (
    <div
      className="sentiment-split"
      role="img"
      aria-label={description || t('insights.text.split.none')}
      title={description}
    >
      {parts.map((part) =>
        part.share > 0 ? (
          <span
            key={part.label}
            className={`sentiment-split-part sentiment-fill-${part.label}`}
            style={{ width: `${part.share * 100}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

/** A small line of counts per period: the shape only; the label says what it covers. */
export function TrendSparkline({ values, label }: { values: readonly number[]; label: string }) {
  const width = 120;
  const height = 28;
  const path = sparklinePath(values, width, height);
  if (!path) return <span className="muted">–</span>;
  return (
    <svg
      className="text-sparkline"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { splitHighlights, type THighlightRange, toneOf, weightOf } from './highlight';
import type { TComment, TSentiment, TSignals, TTopicRef } from './text.api';
import { commentLanguageName } from './text-filters';
import { explorerLink, formatShare, formatSigned } from './text-format';

/**
 * A comment's text with ranges marked: sentiment drivers (red pulled negative, green positive) or the
 * spans a rule matched. Each mark says in words what its colour means, for screen readers and on hover.
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly THighlightRange[] }) {
  const { t, i18n } = useTranslation();
  const segments = splitHighlights(text, ranges);
  return (
    <p className="comment-text prewrap">
      {segments.map((segment) => {
        const tone = toneOf(segment.ranges);
        if (!tone) return <span key={segment.start}>{segment.text}</span>;
        const weight = weightOf(segment.ranges);
        const meaning =
          tone === 'match'
            ? t('insights.text.mark.match')
            : t(`insights.text.mark.${tone}`, { weight: formatSigned(weight ?? 0, i18n.language) });
        // The meaning follows the mark as text (read after the phrase) rather than as an aria-label, which
        // the mark role does not support; sighted readers get it as the title.
        return (
          <Fragment key={segment.start}>
            <mark className={`text-mark text-mark-${tone}`} title={meaning} data-weight={weight ?? undefined}>
              {segment.text}
            </mark>
            <span className="visually-hidden"> ({meaning})</span>
          </Fragment>
        );
      })}
    </p>
  );
}

export function SentimentBadge({ sentiment }: { sentiment: TSentiment }) {
  const { t, i18n } = useTranslation();
  return (
    <span
      className={`badge sentiment-badge sentiment-${sentiment.label}`}
      title={t('insights.text.sentimentScore', { score: formatSigned(sentiment.score, i18n.language) })}
      data-testid="comment-sentiment"
    >
      {t(`insights.text.sentiments.${sentiment.label}`)}
    </span>
  );
}

/** Effort, a reply needed, urgency: what a team acts on, as badges. Nothing for plain information. */
export function SignalBadges({ signals }: { signals: TSignals }) {
  const { t } = useTranslation();
  const badges: ReactNode[] = [];
  if (signals.urgency.level === 'high') {
    const reasons = signals.urgency.reasons.map((reason) => t(`insights.text.urgencyReasons.${reason}`));
    badges.push(
      <span
        key="urgent"
        className="badge signal-badge signal-urgent"
        title={[reasons.join(', '), signals.urgency.phrases.join(' · ')].filter(Boolean).join(': ')}
      >
        {reasons.length > 0
          ? t('insights.text.signals.urgentBecause', { reasons: reasons.join(', ') })
          : t('insights.text.signals.urgent')}
      </span>,
    );
  }
  if (signals.actionability === 'needs_reply' || signals.actionability === 'suggestion') {
    badges.push(
      <span key="action" className={`badge signal-badge signal-${signals.actionability}`}>
        {t(`insights.text.signals.${signals.actionability}`)}
      </span>,
    );
  }
  if (signals.actionability === 'praise') {
    badges.push(
      <span key="praise" className="badge signal-badge signal-praise">
        {t('insights.text.signals.praise')}
      </span>,
    );
  }
  if (signals.effort.detected) {
    badges.push(
      <span
        key="effort"
        className="badge signal-badge signal-effort"
        title={signals.effort.phrases.join(' · ') || undefined}
      >
        {t('insights.text.signals.effort')}
      </span>,
    );
  }
  if (badges.length === 0) return null;
  return (
    <span className="signal-badges" data-testid="comment-signals">
      {badges}
    </span>
  );
}

export function TopicChips({ topics }: { topics: TTopicRef[] }) {
  const { t, i18n } = useTranslation();
  if (topics.length === 0) return null;
  return (
    <ul className="chip-list topic-chips" aria-label={t('insights.text.comment.topics')}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link
            to={explorerLink({ topicId: topic.id })}
            className={`chip topic-chip topic-chip-${topic.source}${topic.sentiment ? ` topic-chip-sentiment-${topic.sentiment.label}` : ''}`}
            title={
              topic.sentiment
                ? t('insights.text.comment.topicSentimentTitle', {
                    confidence: formatShare(topic.confidence, i18n.language),
                    source: t(`insights.text.sources.${topic.source}`),
                    sentiment: t(`insights.text.sentiments.${topic.sentiment.label}`),
                  })
                : t('insights.text.comment.topicTitle', {
                    confidence: formatShare(topic.confidence, i18n.language),
                    source: t(`insights.text.sources.${topic.source}`),
                  })
            }
            data-topic-sentiment={topic.sentiment?.label}
          >
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

interface CommentCardProps {
  comment: TComment;
  /** `spans` marks where a rule matched (previews); otherwise the sentiment drivers are marked. */
  highlight?: 'drivers' | 'spans';
  /** Buttons for the comment, e.g. tagging it as an example. */
  actions?: ReactNode;
  /** Hides topics and signals where the context already says them (examples under a topic). */
  isCompact?: boolean;
}

export function CommentCard({
  comment,
  highlight = 'drivers',
  actions,
  isCompact = false,
}: CommentCardProps) {
  const { t } = useTranslation();
  const ranges: THighlightRange[] =
    highlight === 'spans'
      ? (comment.spans ?? [])
      : comment.sentiment.drivers.map((driver) => ({
          start: driver.start,
          end: driver.end,
          weight: driver.weight,
        }));
  const score =
    comment.npsScore !== null
      ? t('insights.text.comment.nps', { score: comment.npsScore })
      : comment.rating !== null
        ? t('insights.text.comment.rating', { rating: comment.rating })
        : null;
  return (
    <article
      className="comment-card"
      data-testid="comment"
      data-item={`${comment.itemKind}:${comment.itemId}:${comment.field}`}
      aria-label={t('insights.text.comment.label', { date: formatDateTime(comment.createdAt) })}
    >
      <div className="comment-head">
        <SentimentBadge sentiment={comment.sentiment} />
        {!isCompact && <SignalBadges signals={comment.signals} />}
        <span className="comment-meta">
          <span>{formatDateTime(comment.createdAt)}</span>
          <span>{t(`insights.text.itemKinds.${comment.itemKind}`)}</span>
          <span>{commentLanguageName(comment.lang, t('insights.text.languages.other'))}</span>
          {score && <span>{score}</span>}
        </span>
      </div>
      <HighlightedText text={comment.text} ranges={ranges} />
      {!isCompact && <TopicChips topics={comment.topics} />}
      {actions && <div className="comment-actions">{actions}</div>}
    </article>
  );
}

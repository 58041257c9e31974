import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-message';
import { Icon } from '../../../components/icons';
import { LoadingState } from '../../../components/loading';
import { formatDateTime } from '../../../lib/format';
import { useTeams } from '../../settings/settings.api';
import { EChart, type TChartOption } from '../echart';
import { useFormatPeriod } from '../trend-page';
import { SentimentCalibrationPanel } from './sentiment-calibration-panel';
import { type TTopicStat, useCanManageTopics, useTopicModel, useTopicStats, useTopics } from './text.api';
import { SentimentSplitBar, TrendSparkline } from './text-charts';
import { INTERVALS, oneOf, TextFilters, useTextFilterValues } from './text-filters';
import {
  explorerLink,
  formatCount,
  formatShare,
  formatSigned,
  SENTIMENT_LABELS,
  type TSentimentLabel,
} from './text-format';
import { TextPageFrame } from './text-page-frame';

const DEFAULT_DAYS = 90;
const CHART_TOPICS = 12;
const SENTIMENT_COLOR: Record<TSentimentLabel, string> = {
  negative: '#d92d20',
  mixed: '#f79009',
  neutral: '#9aa3af',
  positive: '#12b76a',
};

export function TopicsPage() {
  const { t } = useTranslation();
  const canManage = useCanManageTopics();
  return (
    <TextPageFrame
      testId="topics-page"
      actions={
        canManage && (
          <Link to="/insights/topics/new" className="btn btn-primary" data-testid="new-topic">
            <Icon name="plus" size={16} />
            {t('insights.text.topics.new')}
          </Link>
        )
      }
    >
      <TextFilters
        titleId="topics-filters-title"
        show={['period', 'interval', 'survey', 'touchpoint', 'language']}
        defaultDays={DEFAULT_DAYS}
      />
      <TopicStats />
      <TopicDefinitions />
      <SentimentCalibrationPanel canManage={canManage} />
    </TextPageFrame>
  );
}

function TopicStats() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const formatPeriod = useFormatPeriod();
  const filters = useTextFilterValues(DEFAULT_DAYS);
  const interval = oneOf(filters.get('interval') || null, INTERVALS, 'week');
  const stats = useTopicStats({ ...filters.query, interval });
  const items = stats.data?.items ?? [];
  const linkOf = (item: TTopicStat, sentiment?: TSentimentLabel) =>
    explorerLink({
      topicId: item.topicId,
      sentiment,
      from: filters.from,
      to: filters.lastDay,
      surveyId: filters.query.surveyId,
      touchpointId: filters.query.touchpointId,
      lang: filters.query.lang,
    });

  const charted = items.slice(0, CHART_TOPICS);
  // Rebuilt on each render: cheap, and its inputs are new arrays every time anyway.
  const option: TChartOption = {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 64, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    xAxis: { type: 'value', name: t('insights.text.topics.mentions'), nameLocation: 'middle', nameGap: 28 },
    yAxis: {
      type: 'category',
      // The biggest topic on top.
      data: charted.map((item) => item.name).reverse(),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: SENTIMENT_LABELS.map((label) => ({
      type: 'bar' as const,
      name: t(`insights.text.sentiments.${label}`),
      stack: 'sentiment',
      barMaxWidth: 22,
      itemStyle: { color: SENTIMENT_COLOR[label] },
      data: charted.map((item) => item.sentiment[label] ?? 0).reverse(),
    })),
  };

  return (
    <section className="card" aria-labelledby="topic-stats-title" data-testid="topic-stats">
      <div className="chart-header">
        <h2 id="topic-stats-title" className="section-title">
          {t('insights.text.topics.title')}
        </h2>
        {stats.data && (
          <span className="muted" data-testid="topic-stats-total">
            {t('insights.text.topics.total', {
              count: stats.data.total,
              formatted: formatCount(stats.data.total, locale),
            })}
          </span>
        )}
      </div>
      <p className="muted">{t('insights.text.topics.lead')}</p>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.error ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('insights.text.topics.empty')} testId="topic-stats-empty">
          <p>{t('insights.text.topics.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <EChart
            option={option}
            label={t('insights.chart.label', { title: t('insights.text.topics.chartTitle') })}
            height={Math.max(200, 56 + charted.length * 30)}
            testId="topic-chart"
            onPointClick={(index, seriesIndex) => {
              const item = charted[charted.length - 1 - index];
              if (item) void navigate(linkOf(item, SENTIMENT_LABELS[seriesIndex]));
            }}
          />
          <p className="muted chart-note">{t('insights.text.topics.chartHint')}</p>
          <div className="table-wrap">
            <table className="table table-clickable text-table" data-testid="topic-table">
              <caption className="visually-hidden">{t('insights.text.topics.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.text.topics.topic')}</th>
                  <th scope="col" className="num">
                    {t('insights.text.topics.mentions')}
                  </th>
                  <th scope="col" className="num">
                    {t('insights.text.topics.share')}
                  </th>
                  <th scope="col">{t('insights.text.topics.sentiment')}</th>
                  <th scope="col" className="num">
                    {t('insights.text.topics.averageScore')}
                  </th>
                  <th scope="col">{t('insights.text.topics.trend')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr
                    key={`${item.topicId}:${item.source}`}
                    data-testid="topic-row"
                    data-topic={item.name}
                    onClick={(event) => {
                      if ((event.target as HTMLElement).closest('a')) return;
                      void navigate(linkOf(item));
                    }}
                  >
                    <th scope="row" className="row-head">
                      <Link
                        to={linkOf(item)}
                        title={t('insights.text.topics.openComments', { name: item.name })}
                      >
                        {item.name}
                      </Link>
                      {item.source !== 'rule' && (
                        <span
                          className="badge badge-neutral"
                          title={t('insights.text.sources.classifierHint')}
                        >
                          {t(`insights.text.sources.${item.source}`)}
                        </span>
                      )}
                    </th>
                    <td className="num">{formatCount(item.n, locale)}</td>
                    <td className="num">{formatShare(item.share, locale)}</td>
                    <td className="cell-split">
                      <SentimentSplitBar counts={item.sentiment} />
                    </td>
                    <td className="num">
                      {item.sentiment.averageScore === null
                        ? '–'
                        : formatSigned(item.sentiment.averageScore, locale)}
                    </td>
                    <td>
                      <TrendSparkline
                        values={item.trend.map((point) => point.n)}
                        label={t('insights.text.topics.trendLabel', {
                          name: item.name,
                          from: item.trend[0] ? formatPeriod(item.trend[0].period, interval) : '',
                          counts: item.trend.map((point) => point.n).join(', '),
                        })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** The topics the workspace defined: the place to open one, edit its rule or tag its examples. */
function TopicDefinitions() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const canManage = useCanManageTopics();
  const topics = useTopics();
  const teams = useTeams();
  const model = useTopicModel();
  const teamName = (id: string | null) => (id ? teams.items.find((team) => team.id === id)?.name : undefined);
  return (
    <section className="card" aria-labelledby="topic-definitions-title" data-testid="topic-definitions">
      <div className="section-header">
        <h2 id="topic-definitions-title" className="section-title">
          {t('insights.text.definitions.title')}
        </h2>
        {model.data !== undefined && (
          <span className="muted" data-testid="model-status">
            {model.data
              ? t('insights.text.model.status', {
                  version: model.data.version,
                  date: formatDateTime(model.data.trainedAt),
                  count: model.data.examples,
                })
              : t('insights.text.model.none')}
          </span>
        )}
      </div>
      <p className="muted">{t('insights.text.definitions.lead')}</p>
      {topics.isPending ? (
        <LoadingState />
      ) : topics.error ? (
        <ErrorState error={topics.error} onRetry={() => void topics.refetch()} />
      ) : topics.data.length === 0 ? (
        <EmptyState
          title={t('insights.text.definitions.empty')}
          testId="topic-definitions-empty"
          action={
            canManage && (
              <Link to="/insights/topics/new" className="btn btn-primary">
                <Icon name="plus" size={16} />
                {t('insights.text.topics.new')}
              </Link>
            )
          }
        >
          <p>
            {canManage
              ? t('insights.text.definitions.emptyHint')
              : t('insights.text.definitions.emptyHintReadOnly')}
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table-top text-table" data-testid="topic-definitions-table">
            <caption className="visually-hidden">{t('insights.text.definitions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.text.topics.topic')}</th>
                <th scope="col">{t('insights.text.editor.query')}</th>
                <th scope="col">{t('insights.text.editor.owner')}</th>
                <th scope="col" className="num">
                  {t('insights.text.topics.mentions')}
                </th>
                <th scope="col" className="num">
                  {t('insights.text.definitions.examples')}
                </th>
              </tr>
            </thead>
            <tbody>
              {topics.data.map((topic) => (
                <tr key={topic.id} data-testid="topic-definition" data-topic={topic.name}>
                  <th scope="row" className="row-head topic-name-cell">
                    <span className="person">
                      <Link
                        to={`/insights/topics/${topic.id}`}
                        aria-label={
                          canManage
                            ? t('insights.text.definitions.edit', { name: topic.name })
                            : t('insights.text.definitions.open', { name: topic.name })
                        }
                      >
                        {topic.name}
                      </Link>
                      {topic.description && <span className="person-email">{topic.description}</span>}
                    </span>
                  </th>
                  <td>
                    {topic.query ? (
                      <code className="rule-snippet">{topic.query}</code>
                    ) : (
                      <span className="muted">{t('insights.text.definitions.noRule')}</span>
                    )}
                  </td>
                  <td>{teamName(topic.ownerTeamId) ?? <span className="muted">–</span>}</td>
                  <td className="num">{formatCount(topic.mentions, locale)}</td>
                  <td className="num">
                    <span
                      title={t('insights.text.definitions.examplesTitle', {
                        positive: topic.examples.positive,
                        negative: topic.examples.negative,
                      })}
                    >
                      ✓ {topic.examples.positive} · ✗ {topic.examples.negative}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

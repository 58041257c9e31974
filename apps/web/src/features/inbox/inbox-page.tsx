import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { SelectField, TextField } from '../../components/fields';
import { FilterBar, useUrlFilters } from '../../components/filter-bar';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useSignedInMe } from '../auth/auth.api';
import { useDebouncedValue } from '../insights/text/use-debounced-value';
import { useMembers, useTeams } from '../settings/settings.api';
import { ConversationPane } from './conversation-pane';
import { type TStreamState, useConversationStream, useConversations, useQueueCount } from './inbox.api';
import { InboxMetricsStrip } from './inbox-metrics';
import {
  DEFAULT_QUEUE,
  isQueue,
  listQuery,
  localFilter,
  moveSelection,
  QUEUES,
  queueQuery,
  type TConversationStatus,
  type TConversationSummary,
  type TQueue,
} from './inbox-model';
import { InboxTabs } from './inbox-tabs';
import { PresenceToggle } from './presence-toggle';
import { StatusBadge } from './status-badge';
import { useInboxKeys } from './use-inbox-keys';
import './inbox.css';

const SUB_FILTERS = ['status', 'teamId', 'assigneeId', 'language', 'q'] as const;

const STATUSES: readonly TConversationStatus[] = ['bot', 'open', 'pending', 'resolved'];

/** The teams the signed-in person belongs to (for "My team"). */
function useMyTeamIds(): string[] {
  const me = useSignedInMe();
  const teams = useTeams();
  const userId = me.user?.id;
  return teams.items.filter((team) => userId && team.memberIds.includes(userId)).map((team) => team.id);
}

export function InboxPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { conversationId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [streamState, setStreamState] = useState<TStreamState>('connecting');
  useConversationStream(me.user?.id ?? null, setStreamState);

  // The queue is chosen on the left; "Clear filters" clears the filter bar's choices, not the queue.
  const { filters, isFiltered, setFilter, clearFilters } = useUrlFilters(SUB_FILTERS);
  const [params] = useSearchParams();
  const queueParam = params.get('queue') ?? '';
  const queue: TQueue = isQueue(queueParam) ? queueParam : DEFAULT_QUEUE;
  const myTeamIds = useMyTeamIds();
  const teams = useTeams();
  const members = useMembers({ pageSize: 200 });
  const search = useDebouncedValue(filters.q, 300);
  const query = listQuery({ ...filters, queue, q: search }, myTeamIds);
  const conversations = useConversations(query);
  const keep = localFilter({ queue, teamId: filters.teamId, language: filters.language }, myTeamIds);
  const rows = keep ? conversations.items.filter(keep) : conversations.items;
  const ids = rows.map((item) => item.id);

  const open = (id: string | null) => {
    if (id) void navigate({ pathname: `/inbox/${id}`, search: location.search });
  };
  useInboxKeys({
    j: () => open(moveSelection(ids, conversationId ?? null, 1)),
    k: () => open(moveSelection(ids, conversationId ?? null, -1)),
  });

  const linkTo = (id: string) => ({ pathname: `/inbox/${id}`, search: location.search });

  return (
    <div className="page page-wide inbox-page" data-testid="inbox">
      <PageHeader title={t('nav.inbox')} description={t('inbox.lead')} actions={<PresenceToggle />} />
      <InboxTabs />
      <InboxMetricsStrip />
      <p className="inbox-help muted" data-testid="inbox-keys-hint">
        <span className="visually-hidden">{t('inbox.keys.title')}: </span>
        <kbd>j</kbd>/<kbd>k</kbd> {t('inbox.keys.move')} · <kbd>r</kbd> {t('inbox.keys.reply')} · <kbd>e</kbd>{' '}
        {t('inbox.keys.resolve')} · <kbd>/</kbd> {t('inbox.keys.canned')}
        <span
          className={`inbox-live inbox-live-${streamState}`}
          data-testid="inbox-live"
          data-state={streamState}
        >
          {t(`inbox.live.${streamState}`)}
        </span>
      </p>
      <div className={`inbox-layout${conversationId ? ' has-selection' : ''}`}>
        <nav className="inbox-queues card" aria-label={t('inbox.queues.label')} data-testid="inbox-queues">
          <ul>
            {QUEUES.map((id) => (
              <li key={id}>
                <QueueLink queue={id} isCurrent={queue === id} myTeamIds={myTeamIds} />
              </li>
            ))}
          </ul>
        </nav>
        <div className="inbox-list">
          <FilterBar
            title={t('inbox.filters.title')}
            isFiltered={isFiltered}
            onClear={clearFilters}
            testId="inbox-filters"
          >
            <TextField
              type="search"
              label={t('inbox.filters.search')}
              value={filters.q}
              onChange={(event) => setFilter('q', event.target.value)}
              data-testid="inbox-search"
            />
            <SelectField
              label={t('inbox.filters.status')}
              value={filters.status}
              onChange={(event) => setFilter('status', event.target.value)}
              data-testid="inbox-filter-status"
            >
              <option value="">{t('inbox.filters.queueStatus')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`inbox.status.${status}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('inbox.filters.team')}
              value={filters.teamId}
              onChange={(event) => setFilter('teamId', event.target.value)}
              data-testid="inbox-filter-team"
            >
              <option value="">{t('inbox.filters.anyTeam')}</option>
              {teams.items.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('inbox.filters.assignee')}
              value={filters.assigneeId}
              onChange={(event) => setFilter('assigneeId', event.target.value)}
              data-testid="inbox-filter-assignee"
            >
              <option value="">{t('inbox.filters.anyone')}</option>
              <option value="me">{t('inbox.filters.me')}</option>
              <option value="none">{t('inbox.filters.unassigned')}</option>
              {members.items
                .filter((member) => !member.deactivatedAt && member.userId !== me.user?.id)
                .map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name}
                  </option>
                ))}
            </SelectField>
            <SelectField
              label={t('inbox.filters.language')}
              value={filters.language}
              onChange={(event) => setFilter('language', event.target.value)}
              data-testid="inbox-filter-language"
            >
              <option value="">{t('inbox.filters.anyLanguage')}</option>
              <option value="en">{t('inbox.languages.en')}</option>
              <option value="vi">{t('inbox.languages.vi')}</option>
            </SelectField>
          </FilterBar>
          <section className="card" aria-labelledby="inbox-list-title">
            <h2 id="inbox-list-title" className="section-title">
              {t(`inbox.queues.${queue}`)}
            </h2>
            <DataTable
              query={conversations}
              items={rows}
              label={t('inbox.listLabel', { queue: t(`inbox.queues.${queue}`) })}
              testId="conversations-table"
              className="conversations-table"
              isBusy={conversations.isPlaceholderData}
              rowKey={(item) => item.id}
              rowProps={(item) => ({
                'data-testid': 'conversation-row',
                'data-conversation-id': item.id,
                'data-status': item.status,
                className: item.id === conversationId ? 'is-selected' : undefined,
              })}
              empty={
                <EmptyState
                  title={isFiltered ? t('inbox.emptyFiltered') : t(`inbox.empty.${queue}`)}
                  testId="conversations-empty"
                >
                  <p>{isFiltered ? t('inbox.emptyFilteredHint') : t('inbox.emptyHint')}</p>
                  {!isFiltered && (
                    <p>
                      <Link to="/inbox/knowledge">{t('inbox.goToKnowledge')}</Link>
                    </p>
                  )}
                </EmptyState>
              }
              columns={[
                {
                  id: 'conversation',
                  header: t('inbox.columns.conversation'),
                  cell: (item) => (
                    <ConversationCell
                      item={item}
                      to={linkTo(item.id)}
                      isCurrent={item.id === conversationId}
                    />
                  ),
                },
                {
                  id: 'state',
                  header: t('inbox.columns.status'),
                  className: 'conversation-state-cell',
                  cell: (item) => (
                    <div className="conversation-state">
                      <StatusBadge status={item.status} />
                      <time className="muted small" dateTime={item.updatedAt}>
                        {formatDateTime(item.updatedAt)}
                      </time>
                    </div>
                  ),
                },
              ]}
            />
          </section>
        </div>
        <div className="inbox-conversation">
          {conversationId ? (
            <ConversationPane
              key={conversationId}
              id={conversationId}
              onNext={() => open(moveSelection(ids, conversationId, 1))}
            />
          ) : (
            <section className="card" aria-labelledby="inbox-none-title">
              <h2 id="inbox-none-title" className="visually-hidden">
                {t('inbox.conversation.title')}
              </h2>
              <EmptyState title={t('inbox.noneSelected')} testId="conversation-none">
                <p>{t('inbox.noneSelectedHint')}</p>
              </EmptyState>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

function QueueLink({
  queue,
  isCurrent,
  myTeamIds,
}: {
  queue: TQueue;
  isCurrent: boolean;
  myTeamIds: string[];
}) {
  const { t } = useTranslation();
  const count = useQueueCount(
    queueQuery(queue, myTeamIds),
    localFilter({ queue, teamId: '', language: '' }, myTeamIds),
  );
  const label = t(`inbox.queues.${queue}`);
  const countText = count.data ? `${count.data.count}${count.data.isMore ? '+' : ''}` : '';
  const search = queue === DEFAULT_QUEUE ? '' : `?queue=${queue}`;
  return (
    <Link
      to={{ pathname: '/inbox', search }}
      className={`inbox-queue${isCurrent ? ' is-current' : ''}`}
      aria-current={isCurrent ? 'page' : undefined}
      data-testid={`queue-${queue}`}
    >
      <span>{label}</span>
      {countText && (
        <span className="inbox-queue-count" data-testid="queue-count">
          <span className="visually-hidden">: </span>
          {countText}
        </span>
      )}
    </Link>
  );
}

function ConversationCell({
  item,
  to,
  isCurrent,
}: {
  item: TConversationSummary;
  to: { pathname: string; search: string };
  isCurrent: boolean;
}) {
  const { t } = useTranslation();
  const who = item.contact?.name || item.contact?.email || t('inbox.anonymous');
  return (
    <div className="conversation-cell">
      <Link
        to={to}
        className="strong"
        aria-current={isCurrent ? 'true' : undefined}
        data-testid="conversation-link"
      >
        {who}
      </Link>
      {item.lastMessage && (
        <p className="conversation-snippet">
          <span className="muted">{t(`inbox.author.${item.lastMessage.author}`)}: </span>
          {item.lastMessage.text}
        </p>
      )}
      <p className="conversation-meta muted small">
        {[
          item.team?.name,
          item.assignee ? item.assignee.name : item.status === 'open' ? t('inbox.unassigned') : null,
          item.language?.toUpperCase(),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {item.handoffReason && item.status !== 'bot' && (
        <p>
          <span className="chip chip-reason conversation-reason">
            {t(`inbox.reasons.${item.handoffReason}`, item.handoffReason)}
          </span>
        </p>
      )}
    </div>
  );
}

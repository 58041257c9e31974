import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dialog } from '../../components/dialog';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { RowActions } from '../../components/row-actions';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSignedInMe } from '../auth/auth.api';
import { useMembers, useTeams } from '../settings/settings.api';
import { Composer } from './composer';
import { CustomerPanel } from './customer-panel';
import {
  type TBotDecisionNote,
  type TConversationDetail,
  useConversation,
  useConvertToCase,
  useHandBack,
  useUpdateConversation,
} from './inbox.api';
import { formatConfidence } from './inbox-format';
import type { TConversationMessage } from './inbox-model';
import { StatusBadge } from './status-badge';
import { useInboxKeys } from './use-inbox-keys';

interface ConversationPaneProps {
  id: string;
  /** Opens the next conversation of the list (after resolving with `e`). */
  onNext: () => void;
}

/** The open conversation: who, where it stands, what to do with it, the transcript and the composer. */
export function ConversationPane({ id, onNext }: ConversationPaneProps) {
  const { t } = useTranslation();
  const query = useConversation(id);

  if (query.isPending) {
    return (
      <section className="card" aria-label={t('inbox.conversation.title')}>
        <LoadingState />
      </section>
    );
  }
  if (query.error) {
    const isMissing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return (
      <section className="card" aria-label={t('inbox.conversation.title')}>
        {isMissing ? (
          <div className="alert alert-info" role="status" data-testid="conversation-not-found">
            <p>{t('inbox.conversation.notFound')}</p>
            <Link to="/inbox">{t('inbox.conversation.back')}</Link>
          </div>
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </section>
    );
  }
  return <LoadedConversation detail={query.data} onNext={onNext} />;
}

function LoadedConversation({ detail, onNext }: { detail: TConversationDetail; onNext: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const canWork = me.permissions.includes('conversations.work');
  const conversation = detail.conversation;
  const id = conversation.id;
  const update = useUpdateConversation(id);
  const handBack = useHandBack(id);
  const toCase = useConvertToCase(id);
  const [dialog, setDialog] = useState<'transfer' | 'snooze' | null>(null);
  const [caseId, setCaseId] = useState<string | null>(conversation.caseId ?? null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const who = conversation.contact?.name || conversation.contact?.email || t('inbox.anonymous');
  const isResolved = conversation.status === 'resolved';
  const isMine = Boolean(me.user && conversation.assignee?.id === me.user.id);
  const linkedCase = conversation.caseId ?? caseId;
  const error = update.error ?? handBack.error ?? toCase.error;

  const resolve = () => {
    if (!canWork || isResolved || update.isPending) return;
    update.mutate({ status: 'resolved' });
  };
  useInboxKeys({
    r: () => composerRef.current?.focus(),
    e: resolve,
  });

  return (
    <div className="conversation-grid">
      <section
        className="card conversation-main"
        aria-labelledby="conversation-title"
        data-testid="conversation"
      >
        <header className="conversation-header">
          <div>
            <h2 id="conversation-title" className="section-title">
              {who}
            </h2>
            <p className="conversation-header-meta">
              <StatusBadge status={conversation.status} />
              {conversation.handoffReason && (
                <span className="chip chip-reason" data-testid="conversation-reason">
                  {t('inbox.decision.handoff', {
                    reason: t(`inbox.reasons.${conversation.handoffReason}`, conversation.handoffReason),
                  })}
                </span>
              )}
              <span className="muted small">
                {[
                  conversation.team?.name ?? t('inbox.noTeam'),
                  conversation.assignee?.name ?? t('inbox.unassigned'),
                  conversation.language?.toUpperCase(),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </p>
            {conversation.status === 'open' && conversation.queue && (
              <p className="muted small" data-testid="conversation-queue">
                {t('inbox.conversation.queue', { position: conversation.queue.position })}
                {conversation.queue.estimatedWaitMinutes !== null &&
                  ` · ${t('inbox.conversation.wait', { minutes: conversation.queue.estimatedWaitMinutes })}`}
              </p>
            )}
            {conversation.status === 'pending' && conversation.snoozedUntil && (
              <p className="muted small" data-testid="conversation-snoozed">
                {t('inbox.conversation.snoozedUntil', { time: formatDateTime(conversation.snoozedUntil) })}
              </p>
            )}
          </div>
          {canWork && (
            <RowActions
              className="conversation-actions"
              actions={[
                {
                  id: 'assign',
                  label: t('inbox.actions.assignToMe'),
                  isHidden: isMine || !me.user || isResolved,
                  variant: 'primary',
                  testId: 'action-assign-me',
                  onSelect: () => update.mutate({ assigneeId: me.user?.id ?? null, status: 'open' }),
                },
                {
                  id: 'transfer',
                  label: t('inbox.actions.transfer'),
                  isHidden: isResolved,
                  testId: 'action-transfer',
                  onSelect: () => setDialog('transfer'),
                },
                {
                  id: 'snooze',
                  label: t('inbox.actions.snooze'),
                  isHidden: isResolved,
                  testId: 'action-snooze',
                  onSelect: () => setDialog('snooze'),
                },
                linkedCase
                  ? {
                      id: 'case',
                      label: t('inbox.actions.openCase'),
                      to: `/cases/${linkedCase}`,
                      testId: 'action-open-case',
                    }
                  : {
                      id: 'case',
                      label: t('inbox.actions.toCase'),
                      testId: 'action-to-case',
                      isDisabled: toCase.isPending,
                      onSelect: () =>
                        toCase.mutate(undefined, { onSuccess: (created) => setCaseId(created.caseId) }),
                    },
                {
                  id: 'hand-back',
                  label: t('inbox.actions.handBack'),
                  isHidden: conversation.status === 'bot' || isResolved,
                  testId: 'action-hand-back',
                  isDisabled: handBack.isPending,
                  onSelect: () => handBack.mutate(undefined),
                },
                isResolved
                  ? {
                      id: 'reopen',
                      label: t('inbox.actions.reopen'),
                      testId: 'action-reopen',
                      onSelect: () => update.mutate({ status: 'open' }),
                    }
                  : {
                      id: 'resolve',
                      label: t('inbox.actions.resolve'),
                      variant: 'primary',
                      testId: 'action-resolve',
                      isDisabled: update.isPending,
                      title: t('inbox.actions.resolveKey'),
                      onSelect: resolve,
                    },
              ]}
            />
          )}
        </header>
        <FormError error={error} testId="conversation-error" />
        <Transcript messages={detail.messages} decisions={detail.decisions} />
        {canWork ? (
          <Composer
            ref={composerRef}
            conversationId={id}
            language={conversation.language}
            contactName={conversation.contact?.name ?? null}
            isResolved={isResolved}
          />
        ) : (
          <p className="muted small">{t('inbox.conversation.readOnly')}</p>
        )}
        {isResolved && (
          <p className="muted small">
            <button type="button" className="btn-link" onClick={onNext}>
              {t('inbox.conversation.next')}
            </button>
          </p>
        )}
      </section>
      <CustomerPanel
        customer={detail.customer}
        contact={conversation.contact}
        unverifiedIdentity={conversation.unverifiedIdentity}
      />
      {dialog === 'transfer' && (
        <TransferDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onTransfer={(changes) => update.mutateAsync(changes)}
        />
      )}
      {dialog === 'snooze' && (
        <SnoozeDialog
          onClose={() => setDialog(null)}
          onSnooze={(until) => update.mutateAsync({ status: 'pending', snoozedUntil: until })}
        />
      )}
    </div>
  );
}

function Transcript({
  messages,
  decisions,
}: {
  messages: TConversationMessage[];
  decisions: TBotDecisionNote[];
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLElement>(null);
  const byMessage = new Map(decisions.map((decision) => [decision.messageId, decision]));
  const count = messages.length;
  // A new message (sent or arrived live) comes into view inside the transcript, without moving the page.
  useEffect(() => {
    const element = scrollRef.current;
    if (element && count > 0) element.scrollTop = element.scrollHeight;
  }, [count]);
  if (messages.length === 0) {
    return <p className="muted">{t('inbox.conversation.noMessages')}</p>;
  }
  return (
    <section
      ref={scrollRef}
      // It scrolls on its own: keyboard users reach it to scroll it too.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable.
      tabIndex={0}
      className="transcript"
      aria-label={t('inbox.conversation.transcript')}
      data-testid="transcript"
    >
      <ol>
        {messages.map((message) => (
          <Message key={message.id} message={message} decision={byMessage.get(message.id)} />
        ))}
      </ol>
    </section>
  );
}

function Message({
  message,
  decision,
}: {
  message: TConversationMessage;
  decision: TBotDecisionNote | undefined;
}) {
  const { t, i18n } = useTranslation();
  const kind = message.private ? 'note' : message.author;
  const author =
    message.author === 'agent' || message.author === 'customer'
      ? (message.authorName ?? t(`inbox.author.${message.author}`))
      : t(`inbox.author.${message.author}`);
  return (
    <li
      className={`message message-${kind}`}
      data-testid="message"
      data-author={message.author}
      data-private={message.private || undefined}
    >
      <p className="message-meta">
        <span className="strong">{author}</span>
        {message.private && (
          <span className="badge badge-warning">{t('inbox.conversation.privateNote')}</span>
        )}
        <time className="muted" dateTime={message.createdAt}>
          {formatDateTime(message.createdAt)}
        </time>
      </p>
      <p className="message-text">{message.text}</p>
      {decision && (
        <p className="message-decision" data-testid="bot-decision">
          <span className="chip" title={t('inbox.decision.confidenceHint')}>
            {t('inbox.decision.confidence', { value: formatConfidence(decision.confidence, i18n.language) })}
          </span>
          {decision.handoff && (
            <span className="chip chip-reason">
              {t('inbox.decision.handoff', {
                reason: decision.reason ? t(`inbox.reasons.${decision.reason}`, decision.reason) : '–',
              })}
            </span>
          )}
          {decision.articleId && (
            <Link className="chip" to={`/inbox/knowledge/${decision.articleId}`}>
              {t('inbox.decision.article')}
            </Link>
          )}
          {decision.intent && (
            <span className="chip">{t('inbox.decision.intent', { intent: decision.intent })}</span>
          )}
        </p>
      )}
    </li>
  );
}

function TransferDialog({
  detail,
  onClose,
  onTransfer,
}: {
  detail: TConversationDetail;
  onClose: () => void;
  onTransfer: (changes: { teamId: string | null; assigneeId: string | null }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  const members = useMembers({ pageSize: 200 });
  const [teamId, setTeamId] = useState(detail.conversation.team?.id ?? '');
  const [assigneeId, setAssigneeId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  const team = teams.items.find((item) => item.id === teamId);
  const people = members.items.filter(
    (member) => !member.deactivatedAt && (!team || team.memberIds.includes(member.userId)),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsPending(true);
    setError(null);
    try {
      await onTransfer({ teamId: teamId || null, assigneeId: assigneeId || null });
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsPending(false);
    }
  };
  return (
    <Dialog open title={t('inbox.transfer.title')} onClose={onClose} testId="transfer-dialog">
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <SelectField
          label={t('inbox.transfer.team')}
          value={teamId}
          onChange={(event) => {
            setTeamId(event.target.value);
            setAssigneeId('');
          }}
          data-testid="transfer-team"
        >
          <option value="">{t('inbox.noTeam')}</option>
          {teams.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('inbox.transfer.person')}
          value={assigneeId}
          onChange={(event) => setAssigneeId(event.target.value)}
          data-testid="transfer-person"
        >
          <option value="">{t('inbox.transfer.anyone')}</option>
          {people.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={isPending}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={isPending}
            data-testid="transfer-submit"
          >
            {isPending ? t('common.working') : t('inbox.transfer.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const SNOOZES = ['1h', '4h', 'tomorrow', 'week'] as const;

/** When a snooze ends, in the agent's own time zone ("tomorrow" is 9:00 tomorrow). */
export function snoozeUntil(choice: (typeof SNOOZES)[number], now: Date = new Date()): string {
  const until = new Date(now);
  if (choice === '1h') until.setHours(until.getHours() + 1);
  else if (choice === '4h') until.setHours(until.getHours() + 4);
  else {
    until.setDate(until.getDate() + (choice === 'tomorrow' ? 1 : 7));
    until.setHours(9, 0, 0, 0);
  }
  return until.toISOString();
}

function SnoozeDialog({
  onClose,
  onSnooze,
}: {
  onClose: () => void;
  onSnooze: (until: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<(typeof SNOOZES)[number]>('4h');
  const [error, setError] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsPending(true);
    setError(null);
    try {
      await onSnooze(snoozeUntil(choice));
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsPending(false);
    }
  };
  return (
    <Dialog open title={t('inbox.snooze.title')} onClose={onClose} testId="snooze-dialog">
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <p className="muted">{t('inbox.snooze.lead')}</p>
        <SelectField
          label={t('inbox.snooze.until')}
          value={choice}
          onChange={(event) => setChoice(event.target.value as (typeof SNOOZES)[number])}
          data-testid="snooze-choice"
        >
          {SNOOZES.map((item) => (
            <option key={item} value={item}>
              {t(`inbox.snooze.choices.${item}`)}
            </option>
          ))}
        </SelectField>
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={isPending} data-testid="snooze-submit">
            {isPending ? t('common.working') : t('inbox.snooze.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

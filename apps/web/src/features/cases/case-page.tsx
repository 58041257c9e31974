import {
  CASE_OUTCOMES,
  CASE_PRIORITIES,
  FOLLOW_UP_TEMPLATES,
  type TCaseActivity,
  type TCaseDetail,
  type TCaseOutcome,
  type TCasePriority,
  type TCaseStatus,
  type TFollowUpTemplate,
  type TMember,
  type TTeam,
} from '@touchpoint/schemas/browser';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { NextBestActionsPanel } from '../campaigns/next-best-actions-panel';
import { useMembers, useTeams } from '../settings/settings.api';
import { useAddNote, useCase, useFollowUpPreview, useSendFollowUp, useUpdateCase } from './cases.api';
import { PriorityBadge, StatusBadge } from './cases-inbox-page';
import './cases.css';

/** The label of a move: going back to work from a finished case is a reopen. */
function transitionLabelKey(from: TCaseStatus, to: TCaseStatus): string {
  if (to === 'in_progress' && (from === 'resolved' || from === 'closed')) return 'cases.transitions.reopen';
  return `cases.transitions.${to}`;
}

export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const query = useCase(caseId);
  const canWork = useCan('cases.work');
  const canReadContacts = useCan('contacts.read');
  const teams = useTeams();
  const members = useMembers({ pageSize: 200 });

  if (query.isPending) {
    return (
      <div className="page">
        <LoadingState />
      </div>
    );
  }
  if (query.error) {
    const isMissing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return (
      <div className="page">
        <PageHeader title={t('cases.detail.notFoundTitle')} />
        {isMissing ? (
          <div className="alert alert-info" role="status" data-testid="case-not-found">
            <p>{t('cases.detail.notFound')}</p>
            <Link to="/cases">{t('cases.detail.back')}</Link>
          </div>
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }
  const item = query.data;
  return (
    <div className="page page-wide" data-testid="case-page" data-case-id={item.id} data-status={item.status}>
      <Link to="/cases" className="btn btn-secondary btn-small case-back">
        <Icon name="arrow-left" size={16} />
        {t('cases.detail.back')}
      </Link>
      <PageHeader title={`#${item.number} ${item.title}`} description={item.description || undefined} />
      <div className="case-badges">
        <StatusBadge status={item.status} />
        <PriorityBadge priority={item.priority} />
        <span className="badge badge-neutral">{t(`cases.source.${item.source}`)}</span>
        {item.outcome && (
          <span className="badge badge-status-accepted" data-testid="case-outcome">
            {t(`cases.outcome.${item.outcome}`)}
          </span>
        )}
      </div>
      <div className="case-layout">
        <div className="stack-lg">
          {canWork && <CaseActions item={item} />}
          <FeedbackCard item={item} />
          {canWork && <FollowUpCard item={item} />}
          <TimelineCard item={item} teams={teams.items} members={members.items} canWork={canWork} />
        </div>
        <div className="stack-lg">
          <DetailsCard item={item} />
          {canWork && <AssignCard item={item} teams={teams.items} members={members.items} />}
          <CustomerCard item={item} />
          {item.customer && canReadContacts && (
            <NextBestActionsPanel subject={{ kind: 'contact', id: item.customer.id }} caseId={item.id} />
          )}
          {canWork && <OutcomeCard item={item} />}
        </div>
      </div>
    </div>
  );
}

function CaseActions({ item }: { item: TCaseDetail }) {
  const { t } = useTranslation();
  const update = useUpdateCase(item.id);
  return (
    <section className="card" aria-labelledby="case-actions-title">
      <h2 id="case-actions-title" className="section-title">
        {t('cases.detail.actions')}
      </h2>
      <div className="row-actions case-transitions" data-testid="case-transitions">
        {item.allowedTransitions.map((to) => (
          <button
            key={to}
            type="button"
            className={`btn ${to === 'resolved' ? 'btn-primary' : 'btn-secondary'}`}
            disabled={update.isPending}
            onClick={() => update.mutate({ status: to })}
            data-testid={`transition-${to}`}
          >
            {t(transitionLabelKey(item.status, to))}
          </button>
        ))}
      </div>
      <FormError error={update.error} testId="case-action-error" />
    </section>
  );
}

function DetailsCard({ item }: { item: TCaseDetail }) {
  const { t } = useTranslation();
  const update = useUpdateCase(item.id);
  const canWork = useCan('cases.work');
  const firstActionLate = !item.firstActionAt && item.isOverdue;
  return (
    <section className="card" aria-labelledby="case-details-title">
      <h2 id="case-details-title" className="section-title">
        {t('cases.detail.details')}
      </h2>
      <dl className="facts facts-stacked" data-testid="case-details">
        <div>
          <dt>{t('cases.sla.firstAction')}</dt>
          <dd className={firstActionLate ? 'case-overdue' : undefined}>
            {item.firstActionAt
              ? t('cases.sla.doneAt', { date: formatDateTime(item.firstActionAt) })
              : t('cases.sla.dueAt', { date: formatDateTime(item.firstActionDueAt) })}
          </dd>
        </div>
        <div>
          <dt>{t('cases.sla.resolve')}</dt>
          <dd
            className={
              item.isOverdue && item.firstActionAt && item.status !== 'resolved' && item.status !== 'closed'
                ? 'case-overdue'
                : undefined
            }
          >
            {item.resolvedAt
              ? t('cases.sla.doneAt', { date: formatDateTime(item.resolvedAt) })
              : t('cases.sla.dueAt', { date: formatDateTime(item.resolveDueAt) })}
          </dd>
        </div>
        <div>
          <dt>{t('cases.columns.created')}</dt>
          <dd>{formatDateTime(item.createdAt)}</dd>
        </div>
      </dl>
      {canWork && (
        <SelectField
          label={t('cases.fields.priority')}
          value={item.priority}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ priority: event.target.value as TCasePriority })}
          data-testid="case-priority"
        >
          {CASE_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`cases.priority.${p}`)}
            </option>
          ))}
        </SelectField>
      )}
      <FormError error={update.error} />
    </section>
  );
}

function AssignCard({ item, teams, members }: { item: TCaseDetail; teams: TTeam[]; members: TMember[] }) {
  const { t } = useTranslation();
  const update = useUpdateCase(item.id);
  const [teamId, setTeamId] = useState(item.teamId ?? '');
  const [assigneeId, setAssigneeId] = useState(item.assigneeId ?? '');
  useEffect(() => {
    setTeamId(item.teamId ?? '');
    setAssigneeId(item.assigneeId ?? '');
  }, [item.teamId, item.assigneeId]);
  const active = members.filter((m) => !m.deactivatedAt);
  const candidates = teamId ? active.filter((m) => m.teamIds.includes(teamId)) : active;
  const isChanged = teamId !== (item.teamId ?? '') || assigneeId !== (item.assigneeId ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes: { teamId?: string | null; assigneeId?: string | null } = {};
    if (teamId !== (item.teamId ?? '')) changes.teamId = teamId || null;
    // A new team without a chosen person takes the case into its rotation.
    if (assigneeId !== (item.assigneeId ?? '') || changes.teamId === undefined) {
      changes.assigneeId = assigneeId || null;
    }
    update.mutate(changes);
  };

  return (
    <section className="card" aria-labelledby="case-assign-title">
      <h2 id="case-assign-title" className="section-title">
        {t('cases.detail.assignment')}
      </h2>
      <form className="stack" onSubmit={submit} data-testid="case-assign-form">
        <SelectField
          label={t('cases.fields.team')}
          value={teamId}
          onChange={(event) => {
            setTeamId(event.target.value);
            setAssigneeId('');
          }}
          data-testid="case-team"
        >
          <option value="">{t('cases.noTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('cases.fields.assignee')}
          value={assigneeId}
          onChange={(event) => setAssigneeId(event.target.value)}
          data-testid="case-assignee-select"
        >
          <option value="">
            {teamId && teamId !== (item.teamId ?? '') ? t('cases.detail.roundRobin') : t('cases.unassigned')}
          </option>
          {candidates.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </SelectField>
        <div>
          <button type="submit" className="btn btn-secondary" disabled={!isChanged || update.isPending}>
            {update.isPending ? t('common.working') : t('cases.detail.assign')}
          </button>
        </div>
      </form>
      <FormError error={update.error} fields={[]} />
    </section>
  );
}

function FeedbackCard({ item }: { item: TCaseDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="case-feedback-title">
      <h2 id="case-feedback-title" className="section-title">
        {t('cases.detail.feedback')}
      </h2>
      {item.items.length === 0 ? (
        <p className="muted">{t('cases.detail.noFeedback')}</p>
      ) : (
        <ul className="case-feedback" data-testid="case-feedback">
          {item.items.map((feedback) => (
            <li key={`${feedback.kind}:${feedback.id}`} className="case-feedback-item">
              <div className="case-feedback-head">
                {feedback.nps !== null && (
                  <span className="case-score" data-testid="case-feedback-score">
                    {t('cases.detail.nps', { score: feedback.nps })}
                  </span>
                )}
                {feedback.rating !== null && (
                  <span className="case-score">{t('cases.detail.rating', { rating: feedback.rating })}</span>
                )}
                <span className="muted small">
                  {feedback.surveyName ?? feedback.source ?? t(`cases.itemKinds.${feedback.kind}`)}
                  {feedback.occurredAt && ` · ${formatDateTime(feedback.occurredAt)}`}
                </span>
              </div>
              {feedback.text ? (
                <blockquote className="case-quote" data-testid="case-feedback-text">
                  {feedback.text}
                </blockquote>
              ) : (
                <p className="muted">{t('cases.detail.noText')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CustomerCard({ item }: { item: TCaseDetail }) {
  const { t } = useTranslation();
  const canReadContacts = useCan('contacts.read');
  const customer = item.customer;
  return (
    <section className="card" aria-labelledby="case-customer-title">
      <h2 id="case-customer-title" className="section-title">
        {t('cases.detail.customer')}
      </h2>
      {!customer ? (
        <p className="muted" data-testid="case-no-customer">
          {t('cases.detail.noCustomer')}
        </p>
      ) : (
        <dl className="facts facts-stacked" data-testid="case-customer">
          <div>
            <dt>{t('cases.detail.customerName')}</dt>
            <dd className="break">
              {canReadContacts ? (
                <Link to={`/customers/${customer.id}`}>{customer.label}</Link>
              ) : (
                customer.label
              )}
            </dd>
          </div>
          {customer.email && (
            <div>
              <dt>{t('cases.detail.email')}</dt>
              <dd className="break">{customer.email}</dd>
            </div>
          )}
          <div>
            <dt>{t('cases.detail.contactable')}</dt>
            <dd>{customer.isContactable ? t('common.yes') : t('cases.detail.notContactable')}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}

function FollowUpCard({ item }: { item: TCaseDetail }) {
  const { t } = useTranslation();
  const [template, setTemplate] = useState<TFollowUpTemplate | null>(null);
  const preview = useFollowUpPreview(item.id, template);
  const send = useSendFollowUp(item.id);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const isContactable = item.customer?.isContactable ?? false;

  useEffect(() => {
    if (preview.data) {
      setSubject(preview.data.subject);
      setBody(preview.data.body);
    }
  }, [preview.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!subject.trim() || !body.trim()) return;
    send.mutate(
      { ...(template ? { template } : {}), subject: subject.trim(), body: body.trim() },
      {
        onSuccess: () => {
          setTemplate(null);
          setSubject('');
          setBody('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="case-follow-up-title" data-testid="follow-up-card">
      <h2 id="case-follow-up-title" className="section-title">
        {t('cases.followUp.title')}
      </h2>
      {item.followUps.length > 0 && (
        <ul className="case-follow-ups" data-testid="follow-ups">
          {item.followUps.map((followUp) => (
            <li key={followUp.id} data-testid="follow-up" data-status={followUp.status}>
              <span className={`badge case-follow-up-${followUp.status}`} data-testid="follow-up-status">
                {t(`cases.followUp.status.${followUp.status}`)}
              </span>{' '}
              <span className="strong">{followUp.subject}</span>{' '}
              <span className="muted small">
                {followUp.toAddress && `${followUp.toAddress} · `}
                {formatDateTime(followUp.sentAt ?? followUp.createdAt)}
              </span>
              {followUp.error && <p className="field-error">{followUp.error}</p>}
              {followUp.answeredAt && (
                <p data-testid="follow-up-answer">
                  {followUp.feltHeard ? t('cases.followUp.feltHeard') : t('cases.followUp.notHeard')}
                  {followUp.customerComment && <span className="muted"> — “{followUp.customerComment}”</span>}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {!isContactable ? (
        <p className="muted" data-testid="follow-up-not-contactable">
          {t('cases.followUp.notContactable')}
        </p>
      ) : (
        <form className="stack" onSubmit={submit} data-testid="follow-up-form">
          <fieldset className="chip-fieldset">
            <legend>{t('cases.followUp.template')}</legend>
            <div className="chip-checks">
              {FOLLOW_UP_TEMPLATES.map((name) => (
                <label key={name} className="chip-check">
                  <input
                    type="radio"
                    name="follow-up-template"
                    value={name}
                    checked={template === name}
                    onChange={() => setTemplate(name)}
                    data-testid={`follow-up-template-${name}`}
                  />
                  <span>{t(`cases.followUp.templates.${name}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {preview.isFetching && <LoadingState />}
          <FormError error={preview.error} />
          <TextField
            label={t('cases.followUp.subject')}
            name="followUpSubject"
            value={subject}
            maxLength={300}
            onChange={(event) => setSubject(event.target.value)}
            hint={preview.data ? t('cases.followUp.to', { email: preview.data.toAddress ?? '' }) : undefined}
          />
          <div className="field">
            <label htmlFor="follow-up-body">{t('cases.followUp.body')}</label>
            <textarea
              id="follow-up-body"
              rows={8}
              value={body}
              maxLength={20_000}
              onChange={(event) => setBody(event.target.value)}
              aria-describedby="follow-up-body-hint"
              data-testid="follow-up-body"
            />
            <p className="field-hint" id="follow-up-body-hint">
              {t('cases.followUp.bodyHint', {
                placeholder: '{{customerName}}, {{caseNumber}}, {{agentName}}',
              })}
            </p>
          </div>
          <div>
            <button
              type="submit"
              className="btn btn-primary"
              disabled={send.isPending || !subject.trim() || !body.trim()}
              data-testid="follow-up-send"
            >
              {send.isPending ? t('common.working') : t('cases.followUp.send')}
            </button>
          </div>
          <FormError error={send.error} testId="follow-up-error" />
        </form>
      )}
    </section>
  );
}

function OutcomeCard({ item }: { item: TCaseDetail }) {
  const { t } = useTranslation();
  const update = useUpdateCase(item.id);
  const [outcome, setOutcome] = useState<TCaseOutcome | ''>(item.outcome ?? '');
  const [note, setNote] = useState(item.outcomeNote ?? '');
  useEffect(() => {
    setOutcome(item.outcome ?? '');
    setNote(item.outcomeNote ?? '');
  }, [item.outcome, item.outcomeNote]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ outcome: outcome || null, outcomeNote: note.trim() || null });
  };
  return (
    <section className="card" aria-labelledby="case-outcome-title">
      <h2 id="case-outcome-title" className="section-title">
        {t('cases.detail.outcome')}
      </h2>
      <form className="stack" onSubmit={submit} data-testid="case-outcome-form">
        <SelectField
          label={t('cases.detail.outcome')}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as TCaseOutcome | '')}
        >
          <option value="">{t('cases.outcome.none')}</option>
          {CASE_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`cases.outcome.${o}`)}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="case-outcome-note">{t('cases.detail.outcomeNote')}</label>
          <textarea
            id="case-outcome-note"
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div>
          <button type="submit" className="btn btn-secondary" disabled={update.isPending}>
            {update.isPending ? t('common.working') : t('cases.detail.saveOutcome')}
          </button>
        </div>
      </form>
      <FormError error={update.error} />
    </section>
  );
}

function TimelineCard({
  item,
  teams,
  members,
  canWork,
}: {
  item: TCaseDetail;
  teams: TTeam[];
  members: TMember[];
  canWork: boolean;
}) {
  const { t } = useTranslation();
  const addNote = useAddNote(item.id);
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    addNote.mutate(note.trim(), { onSuccess: () => setNote('') });
  };
  const teamName = (id: unknown) =>
    typeof id === 'string' ? (teams.find((x) => x.id === id)?.name ?? '…') : t('cases.noTeam');
  const personName = (id: unknown) =>
    typeof id === 'string' ? (members.find((x) => x.userId === id)?.name ?? '…') : t('cases.unassigned');

  const actorLabel = (activity: TCaseActivity): string => {
    if (activity.actorName) return activity.actorName;
    const actor = activity.actor ?? '';
    if (actor === 'customer') return t('cases.activity.customer');
    if (actor.startsWith('api_key:')) return t('cases.activity.apiKey');
    if (actor.startsWith('automation:')) return t('cases.activity.automation');
    if (actor.startsWith('user:')) return t('cases.activity.formerMember');
    return t('cases.activity.system');
  };

  const describe = (activity: TCaseActivity): string => {
    const data = activity.data as {
      from?: unknown;
      to?: { teamId?: unknown; assigneeId?: unknown } | string;
      source?: string;
      outcome?: string | null;
    };
    const side = (value: unknown) =>
      (typeof value === 'object' && value !== null ? value : {}) as {
        teamId?: unknown;
        assigneeId?: unknown;
      };
    switch (activity.kind) {
      case 'status':
      case 'reopened':
        return t('cases.activity.statusChange', {
          from: t(`cases.status.${data.from}`),
          to: t(`cases.status.${data.to}`),
        });
      case 'priority':
        return t('cases.activity.priorityChange', {
          from: t(`cases.priority.${data.from}`),
          to: t(`cases.priority.${data.to}`),
        });
      case 'assigned':
        return t('cases.activity.assignedTo', {
          team: teamName(side(data.to).teamId),
          person: personName(side(data.to).assigneeId),
        });
      case 'created':
        return t('cases.activity.createdFrom', { source: t(`cases.source.${data.source ?? 'manual'}`) });
      case 'outcome':
        return t(`cases.outcome.${data.outcome ?? 'none'}`);
      default:
        return '';
    }
  };

  return (
    <section className="card" aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title" className="section-title">
        {t('cases.detail.timeline')}
      </h2>
      {canWork && (
        <form className="stack case-note-form" onSubmit={submit} data-testid="case-note-form">
          <div className="field">
            <label htmlFor="case-note">{t('cases.detail.addNote')}</label>
            <textarea
              id="case-note"
              rows={3}
              value={note}
              maxLength={10_000}
              onChange={(event) => setNote(event.target.value)}
              aria-describedby="case-note-hint"
              data-testid="case-note-input"
            />
            <p className="field-hint" id="case-note-hint">
              {t('cases.detail.noteHint')}
            </p>
          </div>
          <div>
            <button
              type="submit"
              className="btn btn-secondary"
              disabled={addNote.isPending || !note.trim()}
              data-testid="case-note-submit"
            >
              {addNote.isPending ? t('common.working') : t('cases.detail.addNoteSubmit')}
            </button>
          </div>
          <FormError error={addNote.error} />
        </form>
      )}
      <ol className="timeline" data-testid="case-timeline">
        {[...item.activities].reverse().map((activity) => {
          const summary = describe(activity);
          return (
            <li
              key={activity.id}
              className={`timeline-item case-activity-${activity.kind}`}
              data-kind={activity.kind}
            >
              <span className="timeline-icon" aria-hidden="true">
                <Icon name={activity.kind === 'note' ? 'responses' : 'cases'} size={16} />
              </span>
              <div className="timeline-body">
                <p className="timeline-head">
                  <span className="timeline-kind">
                    {t(`cases.activity.kinds.${activity.kind}`, { defaultValue: activity.kind })}
                  </span>
                  <time dateTime={activity.createdAt} className="muted small">
                    {formatDateTime(activity.createdAt)}
                  </time>
                </p>
                <p className="muted small">{actorLabel(activity)}</p>
                {summary && <p>{summary}</p>}
                {activity.body && <p className="case-activity-body">{activity.body}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

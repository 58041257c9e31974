import type { TSurvey } from '@touchpoint/schemas/browser';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import type { TSurveyInvitation } from '../../lib/contracts';
import { formatDateTime, isPast } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { languageName } from '../surveys/survey-draft';
import { useSurveyInvitations } from './distribution.api';

const STATUS_BADGE: Record<TSurveyInvitation['status'], string> = {
  queued: 'badge-status-pending',
  sent: 'badge-status-accepted',
  failed: 'badge-status-revoked',
  skipped: 'badge-neutral',
};

/** A survey's email invitations (`onSend`: the empty state offers to send), newest first: who was asked, reminded, who answered, who was skipped and why. */
export function InvitationsPanel({ survey, onSend }: { survey: TSurvey; onSend: (() => void) | null }) {
  const { t } = useTranslation();
  const invitations = useSurveyInvitations(survey.id);
  const canReadContacts = useCan('contacts.read');
  const hasQueued = invitations.items.some((invitation) => invitation.status === 'queued');
  const { refetch } = invitations;

  // Queued invitations leave for the mail server within seconds: follow them until they are sent.
  useEffect(() => {
    if (!hasQueued) return;
    const timer = window.setInterval(() => void refetch(), 3000);
    return () => window.clearInterval(timer);
  }, [hasQueued, refetch]);

  return (
    <section className="card" aria-labelledby="invitations-title" data-testid="invitations-panel">
      <div className="section-header">
        <h2 id="invitations-title" className="section-title">
          {t('surveyInvitations.title')}
        </h2>
        <div className="button-row">
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => void refetch()}
            disabled={invitations.isFetching}
          >
            {invitations.isFetching && !invitations.isPending
              ? t('common.loading')
              : t('surveyInvitations.refresh')}
          </button>
        </div>
      </div>
      <p className="muted section-lead">{t('surveyInvitations.lead')}</p>
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.error ? (
        <ErrorState error={invitations.error} onRetry={() => void refetch()} />
      ) : invitations.items.length === 0 ? (
        <EmptyState
          title={t('surveyInvitations.empty')}
          testId="invitations-empty"
          action={
            onSend && (
              <button type="button" className="btn btn-primary" onClick={onSend}>
                {t('sendEmail.button')}
              </button>
            )
          }
        >
          <p>
            {survey.status === 'published'
              ? t('surveyInvitations.emptyHint')
              : t('surveyInvitations.emptyHintDraft')}
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table-top table-stack" data-testid="invitations-table">
            <thead>
              <tr>
                <th scope="col">{t('surveyInvitations.columns.recipient')}</th>
                <th scope="col">{t('surveyInvitations.columns.status')}</th>
                <th scope="col">{t('surveyInvitations.columns.sent')}</th>
                <th scope="col">{t('surveyInvitations.columns.reminder')}</th>
                <th scope="col">{t('surveyInvitations.columns.answered')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.items.map((invitation) => (
                <InvitationRow
                  key={invitation.id}
                  invitation={invitation}
                  canReadContacts={canReadContacts}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasNextPage={invitations.hasNextPage}
        isFetchingNextPage={invitations.isFetchingNextPage}
        onLoadMore={() => void invitations.fetchNextPage()}
      />
    </section>
  );
}

function InvitationRow({
  invitation,
  canReadContacts,
}: {
  invitation: TSurveyInvitation;
  canReadContacts: boolean;
}) {
  const { t } = useTranslation();
  const reminder = reminderText(invitation, t);
  return (
    <tr
      data-testid="invitation-row"
      data-email={invitation.email}
      data-status={invitation.status}
      data-answered={invitation.answered}
    >
      <td data-label={t('surveyInvitations.columns.recipient')}>
        <span className="person">
          {canReadContacts && invitation.contactId ? (
            <Link to={`/customers/${invitation.contactId}`} className="strong break">
              {invitation.email}
            </Link>
          ) : (
            <span className="strong break">{invitation.email}</span>
          )}
          <span className="person-email">
            {languageName(invitation.language)}
            {invitation.trigger ? ` · ${t('surveyInvitations.byEvent', { event: invitation.trigger })}` : ''}
          </span>
        </span>
      </td>
      <td data-label={t('surveyInvitations.columns.status')}>
        <span className="person">
          <span className={`badge ${STATUS_BADGE[invitation.status]}`} data-testid="invitation-status">
            {t(`surveyInvitations.status.${invitation.status}`)}
          </span>
          {invitation.skipReason && (
            <span className="person-email" data-testid="invitation-skip-reason">
              {t(`skipReasons.${invitation.skipReason}`)}
            </span>
          )}
          {invitation.error && <span className="person-email">{invitation.error}</span>}
        </span>
      </td>
      <td data-label={t('surveyInvitations.columns.sent')} className="nowrap">
        {invitation.sentAt ? formatDateTime(invitation.sentAt) : <span className="muted">—</span>}
      </td>
      <td data-label={t('surveyInvitations.columns.reminder')} data-testid="invitation-reminder">
        {reminder}
      </td>
      <td data-label={t('surveyInvitations.columns.answered')} data-testid="invitation-answered">
        {invitation.answered ? (
          <span className="badge badge-status-accepted">{t('common.yes')}</span>
        ) : (
          <span className="muted">{t('common.no')}</span>
        )}
      </td>
    </tr>
  );
}

function reminderText(invitation: TSurveyInvitation, t: TFunction): string {
  if (invitation.remindedAt)
    return t('surveyInvitations.reminder.sent', { date: formatDateTime(invitation.remindedAt) });
  if (!invitation.reminderDueAt) return t('surveyInvitations.reminder.none');
  if (invitation.answered)
    return t('surveyInvitations.reminder.notNeeded', { date: formatDateTime(invitation.reminderDueAt) });
  if (isPast(invitation.reminderDueAt)) return t('surveyInvitations.reminder.dueNow');
  return t('surveyInvitations.reminder.due', { date: formatDateTime(invitation.reminderDueAt) });
}

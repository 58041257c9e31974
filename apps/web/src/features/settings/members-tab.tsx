import type { TInvitation, TMember, TRole } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { RoleBadge, RoleOptions, SelectField, TextField } from '../../components/fields';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { fieldErrorsOf } from '../../lib/api';
import { formatDate, formatDateTime, isPast } from '../../lib/format';
import type { TCreatedInvitation } from '../../lib/types';
import { useCan, useSignedInMe } from '../auth/auth.api';
import {
  useCreateInvitation,
  useInvitations,
  useMembers,
  useRemoveMember,
  useRevokeInvitation,
  useSetMemberDeactivated,
  useUpdateMemberRole,
} from './settings.api';

export function MembersTab() {
  const canInvite = useCan('invitations.manage');
  return (
    <div className="stack-lg">
      {canInvite && <InviteForm />}
      <MembersList />
      {canInvite && <InvitationsList />}
    </div>
  );
}

function InviteForm() {
  const { t } = useTranslation();
  const createInvitation = useCreateInvitation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TRole>('team_member');
  const [localError, setLocalError] = useState<string | undefined>();
  const [created, setCreated] = useState<TCreatedInvitation | null>(null);
  const serverErrors = fieldErrorsOf(createInvitation.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setLocalError(email.trim() ? t('validation.email') : t('validation.required'));
      return;
    }
    setLocalError(undefined);
    setCreated(null);
    createInvitation.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (invitation) => {
          setCreated(invitation);
          setEmail('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title" className="section-title">
        {t('members.invite.title')}
      </h2>
      <p className="muted">{t('members.invite.lead')}</p>
      <form className="inline-form" onSubmit={submit} noValidate data-testid="invite-form">
        <TextField
          label={t('members.invite.email')}
          type="email"
          name="inviteEmail"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={localError ?? serverErrors.email}
          className="grow"
        />
        <SelectField
          label={t('members.invite.role')}
          name="inviteRole"
          value={role}
          onChange={(event) => setRole(event.target.value as TRole)}
          error={serverErrors.role}
        >
          <RoleOptions />
        </SelectField>
        <button type="submit" className="btn btn-primary" disabled={createInvitation.isPending}>
          {createInvitation.isPending ? t('common.working') : t('members.invite.submit')}
        </button>
      </form>
      <FormError error={createInvitation.error} fields={['email', 'role']} testId="invite-error" />
      {created && (
        <div className="alert alert-success" role="status" data-testid="invitation-created">
          <p>
            <strong>{t('members.invite.createdTitle', { email: created.email })}</strong>
          </p>
          <p>{t('members.invite.createdBody')}</p>
          <CopyField
            label={t('members.invite.link')}
            value={new URL(created.acceptUrl, window.location.origin).toString()}
            testId="invitation-link"
          />
          <button type="button" className="btn btn-secondary btn-small" onClick={() => setCreated(null)}>
            {t('common.done')}
          </button>
        </div>
      )}
    </section>
  );
}

function MembersList() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const canManage = useCan('members.manage');
  const members = useMembers();
  const updateRole = useUpdateMemberRole();
  const removeMember = useRemoveMember();
  const setDeactivated = useSetMemberDeactivated();
  const [toRemove, setToRemove] = useState<TMember | null>(null);

  return (
    <section className="card" aria-labelledby="members-title">
      <div className="section-header">
        <h2 id="members-title" className="section-title">
          {t('members.title')}
        </h2>
        {members.items.length > 0 && (
          <span className="muted">{t('members.count', { count: members.items.length })}</span>
        )}
      </div>
      {updateRole.error ? <FormError error={updateRole.error} testId="role-error" /> : null}
      {setDeactivated.error ? <FormError error={setDeactivated.error} testId="deactivate-error" /> : null}
      {members.isPending ? (
        <LoadingState />
      ) : members.error ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : members.items.length === 0 ? (
        <EmptyState title={t('members.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t('members.columns.person')}</th>
                <th scope="col">{t('members.columns.role')}</th>
                <th scope="col">{t('members.columns.joined')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.items.map((member) => {
                const isSelf = member.userId === me.user?.id;
                return (
                  <tr key={member.userId} data-testid="member-row" data-email={member.email}>
                    <td>
                      <div className="person">
                        <span className="person-name">
                          {member.name}
                          {isSelf && <span className="badge badge-neutral">{t('members.you')}</span>}
                          {member.deactivatedAt && (
                            <span className="badge badge-neutral" data-testid="member-deactivated">
                              {t('members.deactivated')}
                            </span>
                          )}
                        </span>
                        <span className="person-email">{member.email}</span>
                      </div>
                    </td>
                    <td>
                      {canManage && !isSelf ? (
                        <>
                          <label className="visually-hidden" htmlFor={`role-${member.userId}`}>
                            {t('members.roleFor', { name: member.name })}
                          </label>
                          <select
                            id={`role-${member.userId}`}
                            className="select-compact"
                            value={member.role}
                            disabled={updateRole.isPending && updateRole.variables?.userId === member.userId}
                            onChange={(event) =>
                              updateRole.mutate({ userId: member.userId, role: event.target.value as TRole })
                            }
                          >
                            <RoleOptions />
                          </select>
                        </>
                      ) : (
                        <RoleBadge role={member.role} />
                      )}
                    </td>
                    <td className="nowrap">{formatDate(member.joinedAt)}</td>
                    {canManage && (
                      <td className="cell-actions">
                        {!isSelf && (
                          <button
                            type="button"
                            className="btn btn-secondary btn-small"
                            disabled={setDeactivated.isPending}
                            onClick={() =>
                              setDeactivated.mutate({
                                userId: member.userId,
                                deactivated: !member.deactivatedAt,
                              })
                            }
                            aria-label={t(
                              member.deactivatedAt ? 'members.reactivateNamed' : 'members.deactivateNamed',
                              {
                                name: member.name,
                              },
                            )}
                            title={member.deactivatedAt ? undefined : t('members.deactivateHint')}
                            data-testid="member-deactivate"
                          >
                            {t(member.deactivatedAt ? 'members.reactivate' : 'members.deactivate')}
                          </button>
                        )}
                        {!isSelf && (
                          <button
                            type="button"
                            className="btn btn-ghost-danger btn-small"
                            onClick={() => setToRemove(member)}
                            aria-label={t('members.removeNamed', { name: member.name })}
                          >
                            {t('members.remove')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasNextPage={members.hasNextPage}
        isFetchingNextPage={members.isFetchingNextPage}
        onLoadMore={() => void members.fetchNextPage()}
      />
      <ConfirmDialog
        open={toRemove !== null}
        title={t('members.removeTitle')}
        body={<p>{t('members.removeBody', { name: toRemove?.name, workspace: me.workspace.name })}</p>}
        confirmLabel={t('members.remove')}
        isPending={removeMember.isPending}
        error={removeMember.error}
        onCancel={() => {
          setToRemove(null);
          removeMember.reset();
        }}
        onConfirm={() => {
          if (toRemove) removeMember.mutate(toRemove.userId, { onSuccess: () => setToRemove(null) });
        }}
      />
    </section>
  );
}

type TInvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

function statusOf(invitation: TInvitation): TInvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (isPast(invitation.expiresAt)) return 'expired';
  return 'pending';
}

function InvitationsList() {
  const { t } = useTranslation();
  const invitations = useInvitations(true);
  const revoke = useRevokeInvitation();
  const [toRevoke, setToRevoke] = useState<TInvitation | null>(null);
  const [showAll, setShowAll] = useState(false);
  const visible = invitations.items.filter((invitation) => showAll || statusOf(invitation) === 'pending');

  return (
    <section className="card" aria-labelledby="invitations-title">
      <div className="section-header">
        <h2 id="invitations-title" className="section-title">
          {t('invitations.title')}
        </h2>
        <label className="checkbox">
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
          {t('invitations.showAll')}
        </label>
      </div>
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.error ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : visible.length === 0 ? (
        <EmptyState
          title={showAll ? t('invitations.emptyAll') : t('invitations.empty')}
          testId="invitations-empty"
        >
          <p>{t('invitations.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="invitations-table">
            <thead>
              <tr>
                <th scope="col">{t('invitations.columns.email')}</th>
                <th scope="col">{t('invitations.columns.role')}</th>
                <th scope="col">{t('invitations.columns.sent')}</th>
                <th scope="col">{t('invitations.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((invitation) => {
                const status = statusOf(invitation);
                return (
                  <tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
                    <td>{invitation.email}</td>
                    <td>
                      <RoleBadge role={invitation.role} />
                    </td>
                    <td className="nowrap">{formatDateTime(invitation.createdAt)}</td>
                    <td>
                      <span className={`badge badge-status-${status}`}>
                        {t(`invitations.status.${status}`)}
                      </span>
                      {status === 'pending' && (
                        <span className="cell-note">
                          {t('invitations.expires', { date: formatDate(invitation.expiresAt) })}
                        </span>
                      )}
                    </td>
                    <td className="cell-actions">
                      {status === 'pending' && (
                        <button
                          type="button"
                          className="btn btn-ghost-danger btn-small"
                          onClick={() => setToRevoke(invitation)}
                          aria-label={t('invitations.revokeNamed', { email: invitation.email })}
                        >
                          {t('invitations.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasNextPage={invitations.hasNextPage}
        isFetchingNextPage={invitations.isFetchingNextPage}
        onLoadMore={() => void invitations.fetchNextPage()}
      />
      <ConfirmDialog
        open={toRevoke !== null}
        title={t('invitations.revokeTitle')}
        body={<p>{t('invitations.revokeBody', { email: toRevoke?.email })}</p>}
        confirmLabel={t('invitations.revoke')}
        isPending={revoke.isPending}
        error={revoke.error}
        onCancel={() => {
          setToRevoke(null);
          revoke.reset();
        }}
        onConfirm={() => {
          if (toRevoke) revoke.mutate(toRevoke.id, { onSuccess: () => setToRevoke(null) });
        }}
      />
    </section>
  );
}

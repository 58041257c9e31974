import type { TInvitation, TRole } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { RoleBadge, RoleOptions, SelectField, TextField } from '../../components/fields';
import { RowActions } from '../../components/row-actions';
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
      <DataTable
        query={members}
        label={t('members.title')}
        testId="members-table"
        rowKey={(member) => member.userId}
        rowProps={(member) => ({ 'data-testid': 'member-row', 'data-email': member.email })}
        empty={<EmptyState title={t('members.empty')} />}
        columns={[
          {
            id: 'person',
            header: t('members.columns.person'),
            cell: (member) => (
              <div className="person">
                <span className="person-name">
                  {member.name}
                  {member.userId === me.user?.id && (
                    <span className="badge badge-neutral">{t('members.you')}</span>
                  )}
                  {member.deactivatedAt && (
                    <span className="badge badge-neutral" data-testid="member-deactivated">
                      {t('members.deactivated')}
                    </span>
                  )}
                </span>
                <span className="person-email">{member.email}</span>
              </div>
            ),
          },
          {
            id: 'role',
            header: t('members.columns.role'),
            cell: (member) =>
              canManage && member.userId !== me.user?.id ? (
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
              ),
          },
          {
            id: 'joined',
            header: t('members.columns.joined'),
            className: 'nowrap',
            cell: (member) => formatDate(member.joinedAt),
          },
          canManage && {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (member) => (
              <RowActions
                actions={[
                  {
                    id: 'deactivate',
                    label: t(member.deactivatedAt ? 'members.reactivate' : 'members.deactivate'),
                    ariaLabel: t(
                      member.deactivatedAt ? 'members.reactivateNamed' : 'members.deactivateNamed',
                      { name: member.name },
                    ),
                    title: member.deactivatedAt ? undefined : t('members.deactivateHint'),
                    isHidden: member.userId === me.user?.id,
                    isDisabled: setDeactivated.isPending,
                    testId: 'member-deactivate',
                    onSelect: () =>
                      setDeactivated.mutate({ userId: member.userId, deactivated: !member.deactivatedAt }),
                  },
                  {
                    id: 'remove',
                    label: t('members.remove'),
                    ariaLabel: t('members.removeNamed', { name: member.name }),
                    variant: 'danger',
                    isHidden: member.userId === me.user?.id,
                    confirm: {
                      title: t('members.removeTitle'),
                      body: (
                        <p>{t('members.removeBody', { name: member.name, workspace: me.workspace.name })}</p>
                      ),
                      confirmLabel: t('members.remove'),
                    },
                    onSelect: () => removeMember.mutateAsync(member.userId),
                  },
                ]}
              />
            ),
          },
        ]}
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
      <DataTable
        query={invitations}
        items={visible}
        label={t('invitations.title')}
        testId="invitations-table"
        rowKey={(invitation) => invitation.id}
        rowProps={(invitation) => ({ 'data-testid': 'invitation-row', 'data-email': invitation.email })}
        empty={
          <EmptyState
            title={showAll ? t('invitations.emptyAll') : t('invitations.empty')}
            testId="invitations-empty"
          >
            <p>{t('invitations.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          { id: 'email', header: t('invitations.columns.email'), cell: (invitation) => invitation.email },
          {
            id: 'role',
            header: t('invitations.columns.role'),
            cell: (invitation) => <RoleBadge role={invitation.role} />,
          },
          {
            id: 'sent',
            header: t('invitations.columns.sent'),
            className: 'nowrap',
            cell: (invitation) => formatDateTime(invitation.createdAt),
          },
          {
            id: 'status',
            header: t('invitations.columns.status'),
            cell: (invitation) => {
              const status = statusOf(invitation);
              return (
                <>
                  <span className={`badge badge-status-${status}`}>{t(`invitations.status.${status}`)}</span>
                  {status === 'pending' && (
                    <span className="cell-note">
                      {t('invitations.expires', { date: formatDate(invitation.expiresAt) })}
                    </span>
                  )}
                </>
              );
            },
          },
          {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (invitation) => (
              <RowActions
                actions={[
                  {
                    id: 'revoke',
                    label: t('invitations.revoke'),
                    ariaLabel: t('invitations.revokeNamed', { email: invitation.email }),
                    variant: 'danger',
                    isHidden: statusOf(invitation) !== 'pending',
                    confirm: {
                      title: t('invitations.revokeTitle'),
                      body: <p>{t('invitations.revokeBody', { email: invitation.email })}</p>,
                      confirmLabel: t('invitations.revoke'),
                    },
                    onSelect: () => revoke.mutateAsync(invitation.id),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </section>
  );
}

import type { TMember, TTeam } from '@touchpoint/schemas/browser';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorState, FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { fieldErrorsOf } from '../../lib/api';
import { useCan } from '../auth/auth.api';
import {
  useAddTeamMember,
  useCreateTeam,
  useDeleteTeam,
  useMembers,
  useRemoveTeamMember,
  useTeams,
  useUpdateTeam,
} from './settings.api';

/** Teams list everyone in the workspace so the select can name them; 200 is the API's page maximum. */
const MEMBER_LOOKUP_PAGE = 200;

export function TeamsTab() {
  const { t } = useTranslation();
  const canManage = useCan('teams.manage');
  const teams = useTeams();
  const members = useMembers({ pageSize: MEMBER_LOOKUP_PAGE });
  const membersById = new Map(members.items.map((member) => [member.userId, member]));

  return (
    <div className="stack-lg">
      {canManage && <CreateTeamForm />}
      <section aria-labelledby="teams-title" className="stack">
        <div className="section-header">
          <h2 id="teams-title" className="section-title">
            {t('teams.title')}
          </h2>
          {!canManage && <span className="muted">{t('teams.readOnly')}</span>}
        </div>
        {teams.isPending ? (
          <LoadingState />
        ) : teams.error ? (
          <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />
        ) : teams.items.length === 0 ? (
          <EmptyState title={t('teams.empty')} testId="teams-empty">
            <p>{canManage ? t('teams.emptyHint') : t('teams.emptyHintReadOnly')}</p>
          </EmptyState>
        ) : (
          <ul className="team-list" data-testid="team-list">
            {teams.items.map((team) => (
              <li key={team.id}>
                <TeamCard
                  team={team}
                  membersById={membersById}
                  allMembers={members.items}
                  canManage={canManage}
                />
              </li>
            ))}
          </ul>
        )}
        <LoadMore
          hasNextPage={teams.hasNextPage}
          isFetchingNextPage={teams.isFetchingNextPage}
          onLoadMore={() => void teams.fetchNextPage()}
        />
      </section>
    </div>
  );
}

function CreateTeamForm() {
  const { t } = useTranslation();
  const createTeam = useCreateTeam();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const serverErrors = fieldErrorsOf(createTeam.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    createTeam.mutate(
      { name: name.trim(), description: description.trim() },
      {
        onSuccess: () => {
          setName('');
          setDescription('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="create-team-title">
      <h2 id="create-team-title" className="section-title">
        {t('teams.create.title')}
      </h2>
      <p className="muted">{t('teams.create.lead')}</p>
      <form className="inline-form" onSubmit={submit} noValidate data-testid="create-team-form">
        <TextField
          label={t('teams.fields.name')}
          name="teamName"
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          error={localError ?? serverErrors.name}
          placeholder={t('teams.fields.namePlaceholder')}
        />
        <TextField
          label={t('teams.fields.description')}
          name="teamDescription"
          value={description}
          maxLength={500}
          onChange={(event) => setDescription(event.target.value)}
          error={serverErrors.description}
          className="grow"
        />
        <button type="submit" className="btn btn-primary" disabled={createTeam.isPending}>
          {createTeam.isPending ? t('common.working') : t('teams.create.submit')}
        </button>
      </form>
      <FormError error={createTeam.error} fields={['name', 'description']} />
    </section>
  );
}

interface TeamCardProps {
  team: TTeam;
  membersById: Map<string, TMember>;
  allMembers: TMember[];
  canManage: boolean;
}

function TeamCard({ team, membersById, allMembers, canManage }: TeamCardProps) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const deleteTeam = useDeleteTeam();
  const removeMember = useRemoveTeamMember();
  const headingId = useId();

  return (
    <article
      className="card team-card"
      aria-labelledby={headingId}
      data-testid="team-card"
      data-team={team.name}
    >
      {isEditing ? (
        <EditTeamForm team={team} onDone={() => setIsEditing(false)} />
      ) : (
        <div className="team-card-header">
          <div>
            <h3 id={headingId} className="team-name">
              {team.name}
            </h3>
            {team.description && <p className="muted">{team.description}</p>}
          </div>
          {canManage && (
            <div className="button-row">
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => setIsEditing(true)}
                aria-label={t('teams.renameNamed', { name: team.name })}
              >
                {t('teams.rename')}
              </button>
              <button
                type="button"
                className="btn btn-ghost-danger btn-small"
                onClick={() => setIsDeleting(true)}
                aria-label={t('teams.deleteNamed', { name: team.name })}
              >
                {t('teams.delete')}
              </button>
            </div>
          )}
        </div>
      )}

      <h4 className="team-subtitle">{t('teams.members', { count: team.memberIds.length })}</h4>
      {team.memberIds.length === 0 ? (
        <p className="muted">{t('teams.noMembers')}</p>
      ) : (
        <ul className="chip-list" data-testid="team-members">
          {team.memberIds.map((userId) => {
            const member = membersById.get(userId);
            const name = member?.name ?? t('teams.unknownMember');
            return (
              <li key={userId} className="chip">
                <span>{name}</span>
                {canManage && (
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={t('teams.removeMember', { name, team: team.name })}
                    disabled={removeMember.isPending}
                    onClick={() => removeMember.mutate({ teamId: team.id, userId })}
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormError error={removeMember.error} />
      {canManage && <AddMemberForm team={team} allMembers={allMembers} />}

      <ConfirmDialog
        open={isDeleting}
        title={t('teams.deleteTitle')}
        body={<p>{t('teams.deleteBody', { name: team.name })}</p>}
        confirmLabel={t('teams.delete')}
        isPending={deleteTeam.isPending}
        error={deleteTeam.error}
        onCancel={() => {
          setIsDeleting(false);
          deleteTeam.reset();
        }}
        onConfirm={() => deleteTeam.mutate(team.id, { onSuccess: () => setIsDeleting(false) })}
      />
    </article>
  );
}

function EditTeamForm({ team, onDone }: { team: TTeam; onDone: () => void }) {
  const { t } = useTranslation();
  const updateTeam = useUpdateTeam();
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description);
  const [localError, setLocalError] = useState<string | undefined>();
  const serverErrors = fieldErrorsOf(updateTeam.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    updateTeam.mutate(
      { id: team.id, name: name.trim(), description: description.trim() },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="edit-team-form">
      <TextField
        label={t('teams.fields.name')}
        name="teamName"
        value={name}
        maxLength={80}
        onChange={(event) => setName(event.target.value)}
        error={localError ?? serverErrors.name}
        autoFocus
      />
      <TextField
        label={t('teams.fields.description')}
        name="teamDescription"
        value={description}
        maxLength={500}
        onChange={(event) => setDescription(event.target.value)}
        error={serverErrors.description}
      />
      <FormError error={updateTeam.error} fields={['name', 'description']} />
      <div className="button-row">
        <button type="submit" className="btn btn-primary btn-small" disabled={updateTeam.isPending}>
          {updateTeam.isPending ? t('common.working') : t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddMemberForm({ team, allMembers }: { team: TTeam; allMembers: TMember[] }) {
  const { t } = useTranslation();
  const addMember = useAddTeamMember();
  const selectId = useId();
  const [userId, setUserId] = useState('');
  const candidates = allMembers.filter((member) => !team.memberIds.includes(member.userId));

  if (candidates.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return;
    addMember.mutate({ teamId: team.id, userId }, { onSuccess: () => setUserId('') });
  };

  return (
    <form className="add-member-form" onSubmit={submit}>
      <label htmlFor={selectId} className="visually-hidden">
        {t('teams.addMemberLabel', { team: team.name })}
      </label>
      <select id={selectId} value={userId} onChange={(event) => setUserId(event.target.value)}>
        <option value="">{t('teams.chooseMember')}</option>
        {candidates.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.name} ({member.email})
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn-secondary btn-small" disabled={!userId || addMember.isPending}>
        {addMember.isPending ? t('common.working') : t('teams.addMember')}
      </button>
      <FormError error={addMember.error} />
    </form>
  );
}

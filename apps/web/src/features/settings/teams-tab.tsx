import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CASE_PRIORITIES,
  type TBusinessHours,
  type TCasePriority,
  type TMember,
  type TSlaPolicy,
  type TTeam,
  type TTeamAssignment,
} from '@touchpoint/schemas/browser';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { RowActions } from '../../components/row-actions';
import { api, fieldErrorsOf } from '../../lib/api';
import { getWorkspaceTimeZone } from '../../lib/workspace-time';
import { useCan, useWorkspaceKey } from '../auth/auth.api';
import {
  useAddTeamMember,
  useCreateTeam,
  useDeleteTeam,
  useMembers,
  useRemoveTeamMember,
  useTeams,
  useUpdateTeam,
} from './settings.api';
import './teams-tab.css';

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
        <DataList
          query={teams}
          empty={
            <EmptyState title={t('teams.empty')} testId="teams-empty">
              <p>{canManage ? t('teams.emptyHint') : t('teams.emptyHintReadOnly')}</p>
            </EmptyState>
          }
        >
          {(items) => (
            <ul className="team-list" data-testid="team-list">
              {items.map((team) => (
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
        </DataList>
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
  const [isEditingSla, setIsEditingSla] = useState(false);
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
          <RowActions
            className="button-row"
            actions={[
              {
                id: 'rename',
                label: t('teams.rename'),
                ariaLabel: t('teams.renameNamed', { name: team.name }),
                isHidden: !canManage,
                onSelect: () => setIsEditing(true),
              },
              {
                id: 'delete',
                label: t('teams.delete'),
                ariaLabel: t('teams.deleteNamed', { name: team.name }),
                variant: 'danger',
                isHidden: !canManage,
                confirm: {
                  title: t('teams.deleteTitle'),
                  body: <p>{t('teams.deleteBody', { name: team.name })}</p>,
                  confirmLabel: t('teams.delete'),
                },
                onSelect: () => deleteTeam.mutateAsync(team.id),
              },
            ]}
          />
        </div>
      )}

      <div className="team-sla" data-testid="team-sla">
        <h4 className="team-subtitle">{t('act.teamSla.title')}</h4>
        {isEditingSla ? (
          <TeamSlaEditor team={team} onDone={() => setIsEditingSla(false)} />
        ) : (
          <>
            <TeamSlaSummary team={team} />
            {canManage && (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => setIsEditingSla(true)}
                aria-label={t('act.teamSla.editNamed', { name: team.name })}
                data-testid="team-sla-edit"
              >
                {t('act.teamSla.edit')}
              </button>
            )}
          </>
        )}
      </div>

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

// ---- Business hours, SLA targets and assignment (the SLA clock of the team's cases) ----

/** Weekdays in the order people read a week (Monday first); keys as the API has them (0 = Sunday). */
const WEEK = ['1', '2', '3', '4', '5', '6', '0'] as const;
type TDayKey = (typeof WEEK)[number];
const DEFAULT_RANGE: [string, string] = ['09:00', '17:00'];
const DEFAULT_POLICY: TSlaPolicy = {
  firstAction: { urgent: 60, high: 240, normal: 480, low: 1440 },
  resolve: { urgent: 480, high: 1440, normal: 2880, low: 7200 },
};

/** New business hours start in the workspace's time zone (Settings → Workspace), like its metric days. */
function defaultBusinessHoursZone(): string {
  return getWorkspaceTimeZone();
}

/** Every IANA zone the browser knows (for the picker); a short list when the browser cannot tell. */
function knownTimeZones(current: string): string[] {
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const zones = supported
    ? supported('timeZone')
    : ['UTC', 'Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York'];
  return zones.includes(current) ? zones : [current, ...zones];
}

function useUpdateTeamSla() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      businessHours: TBusinessHours | null;
      slaPolicy: TSlaPolicy | null;
      assignment: TTeamAssignment;
    }) => api<TTeam>(`/api/v1/teams/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'teams'] }),
  });
}

/** "Monday–Friday 08:30–17:30 · Saturday 09:00–12:00": consecutive days with the same hours share a line. */
function summariseWeek(hours: TBusinessHours, dayName: (day: TDayKey) => string): string {
  const text = (day: TDayKey) => (hours.days[day] ?? []).map((r) => r.join('–')).join(', ');
  const groups: { first: TDayKey; last: TDayKey; hours: string }[] = [];
  for (const day of WEEK) {
    const value = text(day);
    const previous = groups.at(-1);
    if (previous && previous.hours === value && WEEK.indexOf(previous.last) === WEEK.indexOf(day) - 1)
      previous.last = day;
    else groups.push({ first: day, last: day, hours: value });
  }
  return groups
    .filter((group) => group.hours)
    .map((group) =>
      group.first === group.last
        ? `${dayName(group.first)} ${group.hours}`
        : `${dayName(group.first)}–${dayName(group.last)} ${group.hours}`,
    )
    .join(' · ');
}

function TeamSlaSummary({ team }: { team: TTeam }) {
  const { t } = useTranslation();
  const hours = team.businessHours;
  const days = hours ? summariseWeek(hours, (day) => t(`act.teamSla.days.${day}`)) : '';
  return (
    <ul className="plain-list muted team-sla-summary">
      <li>
        {hours ? t('act.teamSla.summaryHours', { days, zone: hours.timeZone }) : t('act.teamSla.summary247')}
        {hours && hours.holidays.length > 0 && (
          <> · {t('act.teamSla.summaryHolidays', { count: hours.holidays.length })}</>
        )}
      </li>
      <li>{team.slaPolicy ? t('act.teamSla.summaryOwnTargets') : t('act.teamSla.summaryDefaultTargets')}</li>
      <li>{t(`act.teamSla.assignment.${team.assignment}`)}</li>
    </ul>
  );
}

function TeamSlaEditor({ team, onDone }: { team: TTeam; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTeamSla();
  const zoneId = useId();
  const holidayId = useId();
  const [assignment, setAssignment] = useState<TTeamAssignment>(team.assignment);
  const [isAroundTheClock, setIsAroundTheClock] = useState(team.businessHours === null);
  const [timeZone, setTimeZone] = useState(team.businessHours?.timeZone ?? defaultBusinessHoursZone());
  const [days, setDays] = useState<Record<TDayKey, [string, string][]>>(() => {
    const initial = {} as Record<TDayKey, [string, string][]>;
    for (const day of WEEK) {
      const ranges = team.businessHours?.days[day];
      initial[day] = ranges ? ranges.map((r) => [r[0], r[1]] as [string, string]) : [];
    }
    if (!team.businessHours)
      for (const day of ['1', '2', '3', '4', '5'] as const) initial[day] = [DEFAULT_RANGE];
    return initial;
  });
  const [holidays, setHolidays] = useState<string[]>(team.businessHours?.holidays ?? []);
  const [newHoliday, setNewHoliday] = useState('');
  const [isDefaultPolicy, setIsDefaultPolicy] = useState(team.slaPolicy === null);
  const [policy, setPolicy] = useState<TSlaPolicy>(team.slaPolicy ?? DEFAULT_POLICY);
  const [localError, setLocalError] = useState<string | undefined>();

  const setRange = (day: TDayKey, index: number, edge: 0 | 1, value: string) =>
    setDays((current) => ({
      ...current,
      [day]: current[day].map((range, i) =>
        i === index ? ((edge === 0 ? [value, range[1]] : [range[0], value]) as [string, string]) : range,
      ),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const open = WEEK.some((day) => days[day].length > 0);
    if (!isAroundTheClock && !open) {
      setLocalError(t('act.teamSla.needOpenDay'));
      return;
    }
    const badRange = WEEK.flatMap((day) => days[day]).find(
      ([from, to]) => !from || !to || (to !== '00:00' && from >= to),
    );
    if (!isAroundTheClock && badRange) {
      setLocalError(t('act.teamSla.badRange'));
      return;
    }
    setLocalError(undefined);
    const businessHours: TBusinessHours | null = isAroundTheClock
      ? null
      : {
          timeZone,
          // 00:00 as a closing time means the end of the day.
          days: Object.fromEntries(
            WEEK.filter((day) => days[day].length > 0).map((day) => [
              day,
              days[day].map(([from, to]) => [from, to === '00:00' ? '24:00' : to] as [string, string]),
            ]),
          ),
          holidays: [...holidays].sort(),
        };
    update.mutate(
      { id: team.id, assignment, businessHours, slaPolicy: isDefaultPolicy ? null : policy },
      { onSuccess: onDone },
    );
  };

  const setTarget = (clock: 'firstAction' | 'resolve', priority: TCasePriority, value: string) =>
    setPolicy((current) => ({ ...current, [clock]: { ...current[clock], [priority]: Number(value) } }));

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="team-sla-form">
      <SelectFieldInline
        label={t('act.teamSla.assignmentLabel')}
        value={assignment}
        onChange={(value) => setAssignment(value as TTeamAssignment)}
        options={(['round_robin', 'manual'] as const).map((mode) => ({
          value: mode,
          label: t(`act.teamSla.assignment.${mode}`),
        }))}
      />

      <fieldset className="stack">
        <legend className="team-subtitle">{t('act.teamSla.hoursTitle')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={isAroundTheClock}
            onChange={(event) => setIsAroundTheClock(event.target.checked)}
            data-testid="team-sla-247"
          />
          {t('act.teamSla.aroundTheClock')}
        </label>
        {!isAroundTheClock && (
          <>
            <div className="field">
              <label htmlFor={zoneId}>{t('act.teamSla.timeZone')}</label>
              <select id={zoneId} value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
                {knownTimeZones(timeZone).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            </div>
            <div className="hours-days" data-testid="team-sla-days">
              {WEEK.map((day) => (
                <fieldset key={day} className="hours-day">
                  <legend className="visually-hidden">{t(`act.teamSla.days.${day}`)}</legend>
                  <span className="hours-day-name" aria-hidden="true">
                    {t(`act.teamSla.days.${day}`)}
                  </span>
                  <span className="hours-day-ranges">
                    {days[day].length === 0 && <span className="muted">{t('act.teamSla.closed')}</span>}
                    {days[day].map((range, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity beyond their position
                      <span key={index} className="hours-range">
                        <input
                          type="time"
                          value={range[0]}
                          aria-label={t('act.teamSla.opensAt', { day: t(`act.teamSla.days.${day}`) })}
                          onChange={(event) => setRange(day, index, 0, event.target.value)}
                        />
                        –
                        <input
                          type="time"
                          value={range[1] === '24:00' ? '00:00' : range[1]}
                          aria-label={t('act.teamSla.closesAt', { day: t(`act.teamSla.days.${day}`) })}
                          onChange={(event) => setRange(day, index, 1, event.target.value)}
                        />
                        <button
                          type="button"
                          className="chip-remove"
                          aria-label={t('act.teamSla.removeRange', { day: t(`act.teamSla.days.${day}`) })}
                          onClick={() =>
                            setDays((current) => ({
                              ...current,
                              [day]: current[day].filter((_, i) => i !== index),
                            }))
                          }
                        >
                          ×
                        </button>
                      </span>
                    ))}
                    {days[day].length < 4 && (
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        onClick={() =>
                          setDays((current) => ({
                            ...current,
                            [day]: [
                              ...current[day],
                              current[day].length === 0 ? DEFAULT_RANGE : ['13:00', '17:00'],
                            ],
                          }))
                        }
                        aria-label={t('act.teamSla.addRangeNamed', { day: t(`act.teamSla.days.${day}`) })}
                      >
                        {t('act.teamSla.addRange')}
                      </button>
                    )}
                  </span>
                </fieldset>
              ))}
            </div>
            <div className="stack-sm">
              <div className="inline-form">
                <div className="field">
                  <label htmlFor={holidayId}>{t('act.teamSla.holiday')}</label>
                  <input
                    id={holidayId}
                    type="date"
                    value={newHoliday}
                    onChange={(event) => setNewHoliday(event.target.value)}
                    data-testid="team-sla-holiday"
                  />
                </div>
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={!newHoliday}
                  onClick={() => {
                    if (newHoliday && !holidays.includes(newHoliday))
                      setHolidays([...holidays, newHoliday].sort());
                    setNewHoliday('');
                  }}
                  data-testid="team-sla-add-holiday"
                >
                  {t('act.teamSla.addHoliday')}
                </button>
              </div>
              {holidays.length > 0 ? (
                <ul className="chip-list" data-testid="team-sla-holidays">
                  {holidays.map((day) => (
                    <li key={day} className="chip">
                      <span>{day}</span>
                      <button
                        type="button"
                        className="chip-remove"
                        aria-label={t('act.teamSla.removeHoliday', { day })}
                        onClick={() => setHolidays(holidays.filter((h) => h !== day))}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('act.teamSla.noHolidays')}</p>
              )}
            </div>
          </>
        )}
      </fieldset>

      <fieldset className="stack">
        <legend className="team-subtitle">{t('act.teamSla.targetsTitle')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={isDefaultPolicy}
            onChange={(event) => setIsDefaultPolicy(event.target.checked)}
            data-testid="team-sla-default-policy"
          />
          {t('act.teamSla.useDefaults')}
        </label>
        {!isDefaultPolicy && (
          <table className="table sla-table" data-testid="team-sla-targets">
            <caption className="muted">{t('act.teamSla.targetsHint')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('act.teamSla.priority')}</th>
                <th scope="col">{t('act.teamSla.firstAction')}</th>
                <th scope="col">{t('act.teamSla.resolve')}</th>
              </tr>
            </thead>
            <tbody>
              {[...CASE_PRIORITIES].reverse().map((priority) => (
                <tr key={priority}>
                  <th scope="row">{t(`cases.priority.${priority}`)}</th>
                  {(['firstAction', 'resolve'] as const).map((clock) => (
                    <td key={clock}>
                      <input
                        type="number"
                        min={1}
                        max={525600}
                        step={1}
                        value={policy[clock][priority]}
                        aria-label={t('act.teamSla.targetLabel', {
                          clock: t(`act.teamSla.${clock}`),
                          priority: t(`cases.priority.${priority}`),
                        })}
                        onChange={(event) => setTarget(clock, priority, event.target.value)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>

      {localError && (
        <p className="alert alert-error" role="alert">
          {localError}
        </p>
      )}
      <FormError error={update.error} />
      <div className="button-row">
        <button
          type="submit"
          className="btn btn-primary btn-small"
          disabled={update.isPending}
          data-testid="team-sla-save"
        >
          {update.isPending ? t('common.working') : t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function SelectFieldInline({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="team-sla-assignment"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import {
  CASE_PRIORITIES,
  CASE_STATUSES,
  type TCasePriority,
  type TCaseStatus,
  type TCaseSummary,
} from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { FilterBar, useUrlFilters } from '../../components/filter-bar';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { fieldErrorsOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { useTeams } from '../settings/settings.api';
import { type TCaseFilters, useCases, useCreateCase } from './cases.api';
import { CasesTabs } from './cases-tabs';
import './cases.css';

export function PriorityBadge({ priority }: { priority: TCasePriority }) {
  const { t } = useTranslation();
  return (
    <span className={`badge case-priority case-priority-${priority}`} data-priority={priority}>
      {t(`cases.priority.${priority}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: TCaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge case-status case-status-${status}`} data-status={status}>
      {t(`cases.status.${status}`)}
    </span>
  );
}

/** The SLA deadline that matters now: first action until it is taken, then resolution. */
export function SlaDue({ item }: { item: TCaseSummary }) {
  const { t } = useTranslation();
  if (item.status === 'resolved' || item.status === 'closed') return <span className="muted">—</span>;
  const due = item.firstActionAt ? item.resolveDueAt : item.firstActionDueAt;
  if (!due) return <span className="muted">—</span>;
  return (
    <span
      className={item.isOverdue ? 'case-overdue' : undefined}
      data-testid="case-sla"
      data-overdue={item.isOverdue}
    >
      <span className="case-sla-kind">
        {item.firstActionAt ? t('cases.sla.resolve') : t('cases.sla.firstAction')}
      </span>{' '}
      <time dateTime={due}>{formatDateTime(due)}</time>
      {item.isOverdue && <span className="case-overdue-label"> · {t('cases.sla.overdue')}</span>}
    </span>
  );
}

const CASE_FILTERS = ['status', 'teamId', 'priority', 'assignee', 'overdue'] as const;

export function CasesInboxPage() {
  const { t } = useTranslation();
  const canWork = useCan('cases.work');
  const [isCreating, setIsCreating] = useState(false);
  const { filters: raw, isFiltered, setFilter, clearFilters } = useUrlFilters(CASE_FILTERS);
  const rawStatus = raw.status || 'open';
  const filters: TCaseFilters = { ...raw, status: rawStatus === 'all' ? '' : rawStatus };
  const cases = useCases(filters);
  const teams = useTeams();

  return (
    <div className="page page-wide" data-testid="cases-inbox">
      <PageHeader
        title={t('nav.cases')}
        description={t('cases.lead')}
        actions={
          canWork && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setIsCreating(true)}
              data-testid="new-case"
            >
              <Icon name="plus" size={16} />
              {t('cases.new.open')}
            </button>
          )
        }
      />
      <CasesTabs />
      <FilterBar
        title={t('cases.filters.title')}
        isFiltered={isFiltered}
        onClear={clearFilters}
        clearLabel={t('cases.filters.clear')}
      >
        <SelectField
          label={t('cases.filters.status')}
          value={rawStatus}
          onChange={(event) => setFilter('status', event.target.value === 'open' ? '' : event.target.value)}
          data-testid="filter-status"
        >
          <option value="open">{t('cases.filters.open')}</option>
          <option value="all">{t('cases.filters.allStatuses')}</option>
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`cases.status.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('cases.filters.team')}
          value={filters.teamId}
          onChange={(event) => setFilter('teamId', event.target.value)}
          data-testid="filter-team"
        >
          <option value="">{t('cases.filters.allTeams')}</option>
          {teams.items.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('cases.filters.priority')}
          value={filters.priority}
          onChange={(event) => setFilter('priority', event.target.value)}
          data-testid="filter-priority"
        >
          <option value="">{t('cases.filters.allPriorities')}</option>
          {CASE_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`cases.priority.${priority}`)}
            </option>
          ))}
        </SelectField>
        <label className="checkbox case-filter-check">
          <input
            type="checkbox"
            checked={filters.assignee === 'me'}
            onChange={(event) => setFilter('assignee', event.target.checked ? 'me' : '')}
            data-testid="filter-mine"
          />
          {t('cases.filters.mine')}
        </label>
        <label className="checkbox case-filter-check">
          <input
            type="checkbox"
            checked={filters.overdue === 'true'}
            onChange={(event) => setFilter('overdue', event.target.checked ? 'true' : '')}
            data-testid="filter-overdue"
          />
          {t('cases.filters.overdue')}
        </label>
      </FilterBar>

      <section className="card" aria-labelledby="cases-title">
        <div className="section-header">
          <h2 id="cases-title" className="section-title">
            {t('cases.listTitle')}
          </h2>
        </div>
        <DataTable
          query={cases}
          label={t('cases.listTitle')}
          testId="cases-table"
          isStacked
          rowKey={(item) => item.id}
          rowProps={(item) => ({
            'data-testid': 'case-row',
            'data-case-id': item.id,
            'data-status': item.status,
            className: item.isOverdue ? 'case-row-overdue' : undefined,
          })}
          empty={
            <EmptyState title={isFiltered ? t('cases.emptyFiltered') : t('cases.empty')} testId="cases-empty">
              <p>{isFiltered ? t('cases.emptyFilteredHint') : t('cases.emptyHint')}</p>
              {!isFiltered && (
                <p>
                  <Link to="/cases/alert-rules">{t('cases.goToRules')}</Link>
                </p>
              )}
            </EmptyState>
          }
          columns={[
            {
              id: 'number',
              header: t('cases.columns.number'),
              className: 'nowrap mono',
              cell: (item) => `#${item.number}`,
            },
            {
              id: 'title',
              header: t('cases.columns.title'),
              className: 'case-title-cell',
              cell: (item) => (
                <Link to={`/cases/${item.id}`} className="strong" data-testid="case-link">
                  {item.title}
                </Link>
              ),
            },
            {
              id: 'customer',
              header: t('cases.columns.customer'),
              cell: (item) => item.contactLabel ?? <span className="muted">—</span>,
            },
            {
              id: 'team',
              header: t('cases.columns.team'),
              cell: (item) => item.teamName ?? <span className="muted">{t('cases.noTeam')}</span>,
            },
            {
              id: 'assignee',
              header: t('cases.columns.assignee'),
              cell: (item) => (
                <span data-testid="case-assignee">
                  {item.assigneeName ?? <span className="muted">{t('cases.unassigned')}</span>}
                </span>
              ),
            },
            {
              id: 'priority',
              header: t('cases.columns.priority'),
              cell: (item) => <PriorityBadge priority={item.priority} />,
            },
            {
              id: 'status',
              header: t('cases.columns.status'),
              cell: (item) => <StatusBadge status={item.status} />,
            },
            {
              id: 'sla',
              header: t('cases.columns.sla'),
              className: 'case-sla-cell',
              cell: (item) => <SlaDue item={item} />,
            },
            {
              id: 'created',
              header: t('cases.columns.created'),
              className: 'case-date-cell',
              cell: (item) => formatDateTime(item.createdAt),
            },
          ]}
        />
      </section>
      {isCreating && <NewCaseDialog onClose={() => setIsCreating(false)} />}
    </div>
  );
}

function NewCaseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCase();
  const teams = useTeams();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<TCasePriority>('normal');
  const [teamId, setTeamId] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();
  const serverErrors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError(t('validation.required'));
      return;
    }
    create.mutate(
      { title: title.trim(), description: description.trim(), priority, teamId: teamId || null },
      { onSuccess: (created) => navigate(`/cases/${created.id}`) },
    );
  };

  return (
    <Dialog open title={t('cases.new.title')} onClose={onClose} testId="new-case-dialog">
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('cases.fields.title')}
          name="caseTitle"
          value={title}
          maxLength={300}
          onChange={(event) => setTitle(event.target.value)}
          error={titleError ?? serverErrors.title}
        />
        <div className="field">
          <label htmlFor="new-case-description">{t('cases.fields.description')}</label>
          <textarea
            id="new-case-description"
            rows={3}
            value={description}
            maxLength={10_000}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <SelectField
          label={t('cases.fields.priority')}
          value={priority}
          onChange={(event) => setPriority(event.target.value as TCasePriority)}
        >
          {CASE_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`cases.priority.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('cases.fields.team')}
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          error={serverErrors.teamId}
        >
          <option value="">{t('cases.new.routeAutomatically')}</option>
          {teams.items.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <FormError error={create.error} fields={['title', 'teamId']} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t('common.working') : t('cases.new.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

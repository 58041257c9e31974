import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { formatDateTime } from '../../lib/format';
import { useCan, useSignedInMe } from '../auth/auth.api';
import { useApiKeys, useAuditLog, useMembers, useTeams } from './settings.api';
import { NoAccess } from './settings-page';

/** Names for the ids the log mentions (people, teams, keys, this workspace), from lists already at hand. */
function useNameLookup(): Map<string, string> {
  const me = useSignedInMe();
  const members = useMembers({ pageSize: 200 });
  const teams = useTeams();
  // Only roles that manage keys may list them; without that the log shows key ids.
  const keys = useApiKeys(me.permissions.includes('apiKeys.manage'));
  const names = new Map<string, string>([[me.workspace.id, me.workspace.name]]);
  for (const member of members.items) names.set(member.userId, member.name);
  for (const team of teams.items) names.set(team.id, team.name);
  for (const key of keys.items) names.set(key.id, key.name);
  return names;
}

/** `user:<id>` / `api_key:<id>` / a bare id → a name when known. */
function IdName({ value, names }: { value: string | null; names: Map<string, string> }) {
  if (!value) return <span className="muted">—</span>;
  const id = value.includes(':') ? value.slice(value.indexOf(':') + 1) : value;
  const name = names.get(id);
  if (!name) return <span className="mono small break">{value}</span>;
  return (
    <span className="id-name" title={value}>
      {name}
    </span>
  );
}

function PayloadDetails({
  payload,
  names,
}: {
  payload: Record<string, unknown>;
  names: Map<string, string>;
}) {
  const entries = Object.entries(payload);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="payload">
      {entries.map(([key, value]) => (
        <div key={key} className="payload-row">
          <dt>{key}</dt>
          <dd>
            {typeof value === 'string' && names.has(value) ? (
              <IdName value={value} names={names} />
            ) : value === null || value === undefined ? (
              '—'
            ) : typeof value === 'string' ? (
              value
            ) : (
              JSON.stringify(value)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditLogTab() {
  const canRead = useCan('auditLog.read');
  if (!canRead) return <NoAccess />;
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const log = useAuditLog(true);
  const names = useNameLookup();

  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="section-header">
        <h2 id="audit-title" className="section-title">
          {t('audit.title')}
        </h2>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => void log.refetch()}
          disabled={log.isFetching}
        >
          {log.isFetching && !log.isPending ? t('common.loading') : t('audit.refresh')}
        </button>
      </div>
      <p className="muted">{t('audit.lead')}</p>
      <DataTable
        query={log}
        label={t('audit.title')}
        testId="audit-table"
        className="table-top"
        rowKey={(entry) => entry.id}
        rowProps={(entry) => ({ 'data-testid': 'audit-row', 'data-type': entry.type })}
        empty={<EmptyState title={t('audit.empty')} testId="audit-empty" />}
        columns={[
          {
            id: 'when',
            header: t('audit.columns.when'),
            className: 'nowrap',
            cell: (entry) => formatDateTime(entry.occurredAt),
          },
          {
            id: 'event',
            header: t('audit.columns.event'),
            cell: (entry) => <code className="event-type">{entry.type}</code>,
          },
          {
            id: 'actor',
            header: t('audit.columns.actor'),
            cell: (entry) =>
              entry.actor && entry.actor !== 'system' ? (
                <IdName value={entry.actor} names={names} />
              ) : (
                t('audit.system')
              ),
          },
          {
            id: 'subject',
            header: t('audit.columns.subject'),
            cell: (entry) => <IdName value={entry.subjectId} names={names} />,
          },
          {
            id: 'details',
            header: t('audit.columns.details'),
            cell: (entry) => <PayloadDetails payload={entry.payload} names={names} />,
          },
        ]}
      />
    </section>
  );
}

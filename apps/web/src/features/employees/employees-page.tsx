import type { TEmployee, TEmployeeImportResult } from '@touchpoint/schemas/browser';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/page-header';
import { parseCsv, readFileText } from '../../lib/csv';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { ConfidentialitySettingsCard } from './confidentiality-settings';
import { toEmployeeItem, useEmployees, useImportEmployees } from './employees.api';

/** `/employees`: the staff directory, its import, and what an anonymous programme keeps. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const canManage = useCan('employees.manage');
  return (
    <div className="page page-wide" data-testid="employees-page">
      <PageHeader title={t('employees.title')} description={t('employees.lead')} />
      <AnonymityNote />
      <ConfidentialitySettingsCard />
      {canManage ? (
        <>
          <ImportCard />
          <Directory />
        </>
      ) : (
        <section className="card">
          <p className="muted">{t('employees.noAccess')}</p>
        </section>
      )}
    </div>
  );
}

function AnonymityNote() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="employees-anonymity-title" data-testid="employees-anonymity">
      <h2 id="employees-anonymity-title" className="section-title">
        {t('employees.anonymity.title')}
      </h2>
      <p>{t('employees.anonymity.stores')}</p>
      <p>{t('employees.anonymity.never')}</p>
      <p>{t('employees.anonymity.completion')}</p>
      <p>{t('employees.anonymity.groups')}</p>
    </section>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [full, setFull] = useState(false);
  const [result, setResult] = useState<TEmployeeImportResult | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const importer = useImportEmployees();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setReadError(null);
    const table = await parseCsv(text).catch(() => null);
    if (!table || table.rows.length === 0) {
      setReadError(t('employees.import.unreadable'));
      return;
    }
    const items = table.rows.map((row) => toEmployeeItem(row.record));
    setResult(await importer.mutateAsync({ items, full }));
  };

  return (
    <section className="card" aria-labelledby="employees-import-title">
      <h2 id="employees-import-title" className="section-title">
        {t('employees.import.title')}
      </h2>
      <form className="stack" onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate>
        <div className="field">
          <label htmlFor="employees-csv">{t('employees.import.paste')}</label>
          <textarea
            id="employees-csv"
            rows={6}
            value={text}
            spellCheck={false}
            className="mono"
            aria-describedby="employees-csv-hint"
            onChange={(event) => setText(event.target.value)}
            data-testid="employees-csv"
          />
          <p className="field-hint" id="employees-csv-hint">
            {t('employees.import.hint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="employees-file">{t('employees.import.upload')}</label>
          <input
            id="employees-file"
            type="file"
            accept=".csv,text/csv"
            data-testid="employees-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void readFileText(file).then(setText);
            }}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={full} onChange={(event) => setFull(event.target.checked)} />
          {t('employees.import.full')}
        </label>
        {readError && (
          <p className="alert alert-error" role="alert">
            {readError}
          </p>
        )}
        <FormError error={importer.error} />
        {result && (
          <div className="alert alert-success" role="status" data-testid="employees-import-result">
            <p>
              {t('employees.import.result', {
                created: result.created,
                updated: result.updated,
                left: result.markedLeft,
                errors: result.errors.length,
              })}
            </p>
            {result.errors.length > 0 && (
              <ul>
                {result.errors.slice(0, 10).map((error) => (
                  <li key={error.index}>
                    {t('employees.import.rowError', { row: error.index + 2, reason: error.reason })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={importer.isPending || text.trim() === ''}
          >
            {t('employees.import.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Directory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const committed = { q: params.get('q') ?? '', department: params.get('department') ?? '' };
  const [search, setSearch] = useState(committed.q);
  const [department, setDepartment] = useState(committed.department);
  const changed = search.trim() !== committed.q || department.trim() !== committed.department;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the typed values decide; setParams is stable enough
  useEffect(() => {
    if (!changed) return;
    const timer = window.setTimeout(() => {
      const next: Record<string, string> = {};
      if (search.trim()) next.q = search.trim();
      if (department.trim()) next.department = department.trim();
      setParams(next, { replace: true });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [search, department]);
  const employees = useEmployees(committed);

  return (
    <section className="card" aria-labelledby="employees-list-title">
      <div className="section-header">
        <h2 id="employees-list-title" className="section-title">
          {t('employees.listTitle')}
        </h2>
      </div>
      <search className="filters" aria-label={t('employees.filters')}>
        <TextField
          type="search"
          label={t('employees.search')}
          value={search}
          maxLength={200}
          onChange={(event) => setSearch(event.target.value)}
          className="filters-wide"
          data-testid="employee-search"
        />
        <TextField
          label={t('employees.department')}
          value={department}
          maxLength={200}
          onChange={(event) => setDepartment(event.target.value)}
          data-testid="employee-department"
        />
      </search>
      <DataTable
        query={employees}
        label={t('employees.listTitle')}
        testId="employees-table"
        className="table-top"
        isStacked
        isBusy={employees.isPlaceholderData}
        rowKey={(employee: TEmployee) => employee.id}
        rowProps={(employee) => ({ 'data-testid': 'employee-row', 'data-email': employee.email })}
        empty={
          <EmptyState title={t('employees.empty')} testId="employees-empty">
            <p>{t('employees.emptyHint')}</p>
          </EmptyState>
        }
        columns={[
          {
            id: 'name',
            header: t('employees.columns.name'),
            cell: (employee) => (
              <div>
                <span className="strong break">{employee.name || employee.email}</span>
                <p className="muted small break">{employee.email}</p>
              </div>
            ),
          },
          { id: 'department', header: t('employees.columns.department'), cell: (e) => e.department ?? '—' },
          { id: 'location', header: t('employees.columns.location'), cell: (e) => e.location ?? '—' },
          {
            id: 'manager',
            header: t('employees.columns.manager'),
            cell: (e) => <span className="break">{e.managerEmail ?? '—'}</span>,
          },
          {
            id: 'start',
            header: t('employees.columns.start'),
            className: 'nowrap',
            cell: (e) => (e.startDate ? formatDate(e.startDate) : '—'),
          },
        ]}
      />
    </section>
  );
}

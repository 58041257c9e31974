import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useCan } from '../auth/auth.api';
import { measured } from '../ex-cx/figures';
import { type TAnonymousResult, useClosedProgrammes, useProgrammeResult } from './programme-results.api';

type TGroup = TAnonymousResult['groups'][number];

function Figure({
  group,
}: {
  group: TGroup | { suppressed: false; value: number | null; n: number; ci95: [number, number] | null };
}) {
  const { t } = useTranslation();
  if (group.suppressed) {
    return (
      <span className="badge" data-testid="suppressed">
        {t('exCx.suppressed')}
      </span>
    );
  }
  return <span>{measured(group, t)}</span>;
}

/** `/employees/results`: a closed anonymous pulse's eNPS, its breakdown and export — all through the guard. */
export function ProgrammeResultsPage() {
  const { t } = useTranslation();
  const programmes = useClosedProgrammes();
  const [params, setParams] = useSearchParams();
  const surveyId = params.get('survey') ?? programmes.data?.[0]?.id;
  const survey = programmes.data?.find((s) => s.id === surveyId);
  const attributes = survey?.reportingAttributes ?? [];
  const [groupBy, setGroupBy] = useState('');
  const by = groupBy || attributes[0] || '';
  const [only, setOnly] = useState('');
  const result = useProgrammeResult(survey?.id, by);
  const canExport = useCan('responses.export');
  const groups = (result.data?.groups ?? []).filter((g) => !only || g.key === only);
  return (
    <div className="page page-wide" data-testid="programme-results-page">
      <PageHeader title={t('programmeResults.title')} description={t('programmeResults.lead')} />
      {programmes.isPending ? (
        <LoadingState />
      ) : programmes.error || !programmes.data ? (
        <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : programmes.data.length === 0 || !survey ? (
        <EmptyState title={t('programmeResults.empty')}>{t('programmeResults.emptyHint')}</EmptyState>
      ) : (
        <section className="card" aria-labelledby="programme-results-title">
          <h2 id="programme-results-title" className="section-title">
            {survey.name}
          </h2>
          <div className="form-row">
            <SelectField
              label={t('programmeResults.programme')}
              value={survey.id}
              onChange={(e) => {
                setOnly('');
                setParams({ survey: e.target.value });
              }}
            >
              {programmes.data.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
            {attributes.length > 0 && (
              <SelectField
                label={t('programmeResults.groupBy')}
                value={by}
                onChange={(e) => {
                  setOnly('');
                  setGroupBy(e.target.value);
                }}
              >
                {attributes.map((a) => (
                  <option key={a} value={a}>
                    {t(`programmeResults.attributes.${a}`, { defaultValue: a })}
                  </option>
                ))}
              </SelectField>
            )}
            {result.data && (
              <SelectField
                label={t('programmeResults.filter')}
                value={only}
                onChange={(e) => setOnly(e.target.value)}
                data-testid="programme-results-filter"
              >
                <option value="">{t('programmeResults.allGroups')}</option>
                {result.data.groups.map((g) => (
                  <option key={g.key} value={g.key}>
                    {g.label ?? g.key}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
          {result.isPending ? (
            <LoadingState />
          ) : result.error || !result.data ? (
            <ErrorState error={result.error} onRetry={() => void result.refetch()} />
          ) : (
            <>
              <p data-testid="programme-results-company">
                <span className="strong">{t('programmeResults.company')}: </span>
                {result.data.suppressed ? (
                  <Figure group={{ key: '*', label: null, suppressed: true }} />
                ) : (
                  <Figure
                    group={{
                      suppressed: false,
                      value: result.data.value ?? null,
                      n: result.data.n ?? 0,
                      ci95: result.data.ci95 ?? null,
                    }}
                  />
                )}
              </p>
              <DataTable<TGroup>
                query={{ items: groups, isPending: false, error: null, refetch: () => result.refetch() }}
                label={t('programmeResults.groups')}
                testId="programme-results-groups"
                rowKey={(g) => g.key}
                rowProps={(g) => ({ 'data-testid': 'programme-results-row', 'data-group': g.key })}
                empty={<EmptyState title={t('programmeResults.noGroups')} />}
                columns={[
                  { id: 'group', header: t('programmeResults.group'), cell: (g) => g.label ?? g.key },
                  { id: 'enps', header: t('exCx.enps'), cell: (g) => <Figure group={g} /> },
                ]}
              />
              <p className="muted small">{t('programmeResults.rule', { k: result.data.minGroupSize })}</p>
              {canExport && (
                <a
                  className="btn btn-secondary"
                  href={`/api/v1/surveys/${survey.id}/anonymous-results.csv?groupBy=${encodeURIComponent(by)}`}
                  download
                  data-testid="programme-results-export"
                >
                  {t('programmeResults.export')}
                </a>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}

import type { TExCxResult, TGuardedFigure } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDate } from '../../lib/format';
import { useExCx } from './ex-cx.api';
import { isSuppressed, measured, num } from './figures';

type TTeamRow = TExCxResult['teams'][number];

function Guarded({ figure, unit = '' }: { figure: TGuardedFigure | null; unit?: string }) {
  const { t } = useTranslation();
  if (isSuppressed(figure)) {
    return (
      <span className="badge" data-testid="suppressed">
        {t('exCx.suppressed')}
      </span>
    );
  }
  return <span>{measured(figure && !figure.suppressed ? figure : null, t, unit)}</span>;
}

/** `/ex-cx`: each team's eNPS and engagement beside its customers' CSAT and NPS, and how they move together. */
export function ExCxPage() {
  const { t } = useTranslation();
  const [window, setWindow] = useState({ from: '', to: '' });
  const result = useExCx(window);
  const data = result.data;
  return (
    <div className="page page-wide" data-testid="ex-cx-page">
      <PageHeader title={t('exCx.title')} description={t('exCx.lead')} />
      <section className="card" aria-labelledby="ex-cx-window">
        <h2 id="ex-cx-window" className="section-title">
          {t('exCx.window')}
        </h2>
        <div className="form-row">
          <TextField
            label={t('exCx.from')}
            type="date"
            value={window.from}
            onChange={(e) => setWindow((w) => ({ ...w, from: e.target.value }))}
          />
          <TextField
            label={t('exCx.to')}
            type="date"
            value={window.to}
            onChange={(e) => setWindow((w) => ({ ...w, to: e.target.value }))}
          />
        </div>
        {data && (
          <p className="muted small">
            {t('exCx.showing', {
              from: formatDate(data.from),
              to: formatDate(data.to),
              k: data.minGroupSize,
            })}
          </p>
        )}
      </section>
      {result.isPending ? (
        <LoadingState />
      ) : result.error || !data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <>
          <section className="card" aria-labelledby="ex-cx-teams">
            <h2 id="ex-cx-teams" className="section-title">
              {t('exCx.teams')}
            </h2>
            <DataTable<TTeamRow>
              query={{ items: data.teams, isPending: false, error: null, refetch: () => result.refetch() }}
              label={t('exCx.teams')}
              testId="ex-cx-table"
              rowKey={(row) => row.teamId}
              rowProps={(row) => ({ 'data-testid': 'ex-cx-row', 'data-team': row.name })}
              isStacked
              empty={<EmptyState title={t('exCx.empty')}>{t('exCx.emptyHint')}</EmptyState>}
              columns={[
                {
                  id: 'team',
                  header: t('exCx.team'),
                  cell: (row) => <span className="strong">{row.name}</span>,
                },
                {
                  id: 'department',
                  header: t('exCx.department'),
                  cell: (row) => row.department ?? t('exCx.noDepartment'),
                },
                { id: 'enps', header: t('exCx.enps'), cell: (row) => <Guarded figure={row.enps} /> },
                {
                  id: 'engagement',
                  header: t('exCx.engagement'),
                  cell: (row) => <Guarded figure={row.engagement} unit=" %" />,
                },
                { id: 'csat', header: t('exCx.csat'), cell: (row) => measured(row.customer.csat, t, ' %') },
                { id: 'nps', header: t('exCx.nps'), cell: (row) => measured(row.customer.nps, t) },
                {
                  id: 'coaching',
                  header: t('exCx.coaching'),
                  isHeaderHidden: true,
                  cell: (row) => (
                    <Link
                      to={`/coaching?team=${row.teamId}`}
                      aria-label={t('exCx.openCoaching', { team: row.name })}
                    >
                      {t('exCx.coaching')}
                    </Link>
                  ),
                },
              ]}
            />
            <p className="muted small">{t('exCx.sources')}</p>
          </section>
          <section className="card" aria-labelledby="ex-cx-correlation" data-testid="ex-cx-correlation">
            <h2 id="ex-cx-correlation" className="section-title">
              {t('exCx.correlation')}
            </h2>
            {(['enpsCsat', 'enpsNps'] as const).map((id) => {
              const c = data.correlation[id];
              return (
                <p key={id}>
                  <span className="strong">{t(`exCx.pairs.${id}`)}: </span>
                  {c.r === null
                    ? t('exCx.tooFew', { n: c.n })
                    : t(c.significant ? 'exCx.significant' : 'exCx.notSignificant', {
                        r: num(c.r, 2),
                        p: num(c.pValue ?? 1, 3),
                        n: c.n,
                      })}
                </p>
              );
            })}
            <p className="muted small">{t('exCx.correlationHint', { waves: data.periods.length })}</p>
          </section>
        </>
      )}
    </div>
  );
}

import {
  AUTOMATION_RUN_STATUSES,
  type TAutomationActionResult,
  type TAutomationRun,
  type TAutomationRunStatus,
} from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { SelectField } from '../../components/fields';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { formatDateTime } from '../../lib/format';
import { useRuleRuns } from './automations.api';
import { RUN_STATUS_BADGE } from './automations-page';

const ACTION_BADGE: Record<TAutomationActionResult['status'], string> = {
  running: 'badge-status-pending',
  queued: 'badge-status-pending',
  sending: 'badge-status-pending',
  succeeded: 'badge-status-accepted',
  sent: 'badge-status-accepted',
  failed: 'badge-status-revoked',
  skipped: 'badge-neutral',
};

/** Where a run's subject lives in the app, when it has a page. */
function subjectLink(run: TAutomationRun): string | null {
  if (run.subjectKind === 'case') return `/cases/${run.subjectId}`;
  if (run.subjectKind === 'contact') return `/customers/${run.subjectId}`;
  return null;
}

/** What an action did, in a few words (the details are in the result's data). */
function ResultDetail({ result }: { result: TAutomationActionResult }) {
  const { t } = useTranslation();
  const data = result.data ?? {};
  const facts: string[] = [];
  if (typeof data.to === 'string') facts.push(t('automations.runs.to', { to: data.to }));
  if (Array.isArray(data.to)) facts.push(t('automations.runs.to', { to: data.to.join(', ') }));
  if (typeof data.couponCode === 'string') {
    facts.push(
      t(data.couponReleased ? 'automations.runs.couponReleased' : 'automations.runs.coupon', {
        code: data.couponCode,
      }),
    );
  }
  if (typeof data.caseNumber === 'number')
    facts.push(t('automations.runs.case', { number: data.caseNumber }));
  if (typeof data.tag === 'string') facts.push(t('automations.runs.tag', { tag: data.tag }));
  if (typeof data.segment === 'string') {
    facts.push(
      t('automations.runs.segment', {
        segment: data.segment,
        previous:
          typeof data.previousSegment === 'string' ? data.previousSegment : t('automations.runs.none'),
      }),
    );
  }
  return (
    <>
      {facts.length > 0 && <span className="muted"> {facts.join(' · ')}</span>}
      {result.reason && <span className="muted"> {result.reason}</span>}
      {result.error && <span className="field-error"> {result.error}</span>}
    </>
  );
}

/** A rule's run log, newest first: status, subject, each action's result and the error. */
export function RunLog({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TAutomationRunStatus | ''>('');
  const runs = useRuleRuns(ruleId, status);
  return (
    <section className="card" aria-labelledby="run-log-title" data-testid="automation-runs">
      <div className="section-header">
        <h2 id="run-log-title" className="section-title">
          {t('automations.runs.title')}
        </h2>
        <SelectField
          label={t('automations.runs.status')}
          name="runStatus"
          value={status}
          onChange={(event) => setStatus(event.target.value as TAutomationRunStatus | '')}
        >
          <option value="">{t('automations.runs.allStatuses')}</option>
          {AUTOMATION_RUN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`automations.runStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {runs.isPending ? (
        <LoadingState />
      ) : runs.error ? (
        <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
      ) : runs.items.length === 0 ? (
        <EmptyState title={t('automations.runs.empty')} testId="automation-runs-empty">
          <p>{t('automations.runs.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="automation-runs-table">
            <thead>
              <tr>
                <th scope="col">{t('automations.runs.when')}</th>
                <th scope="col">{t('automations.runs.status')}</th>
                <th scope="col">{t('automations.runs.subject')}</th>
                <th scope="col">{t('automations.runs.results')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.items.map((run) => {
                const link = subjectLink(run);
                const subject = `${t(`automations.subjects.${run.subjectKind}`, { defaultValue: run.subjectKind })} ${run.subjectId.slice(0, 8)}`;
                return (
                  <tr key={run.id} data-testid="automation-run-row" data-status={run.status}>
                    <td className="nowrap">
                      {formatDateTime(run.startedAt)}
                      {run.depth > 0 && (
                        <div className="muted small">{t('automations.runs.depth', { depth: run.depth })}</div>
                      )}
                    </td>
                    <td>
                      <span className={`badge ${RUN_STATUS_BADGE[run.status]}`}>
                        {t(`automations.runStatus.${run.status}`)}
                      </span>
                    </td>
                    <td className="nowrap">
                      {link ? <Link to={link}>{subject}</Link> : <span className="mono">{subject}</span>}
                    </td>
                    <td>
                      {run.results.length > 0 && (
                        <ol className="plain-list">
                          {run.results.map((result, index) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: results are in action order and never reordered
                            <li key={index}>
                              <span className={`badge ${ACTION_BADGE[result.status]}`}>
                                {t(`automations.actionStatus.${result.status}`)}
                              </span>{' '}
                              {t(`automations.actionTypes.${result.type}`)}
                              <ResultDetail result={result} />
                            </li>
                          ))}
                        </ol>
                      )}
                      {run.error && <p className="field-error">{run.error}</p>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasNextPage={runs.hasNextPage}
        isFetchingNextPage={runs.isFetchingNextPage}
        onLoadMore={() => void runs.fetchNextPage()}
      />
    </section>
  );
}

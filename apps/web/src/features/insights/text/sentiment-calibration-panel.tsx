import type { TSentimentCalibration } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError } from '../../../components/error-message';
import { LoadingState } from '../../../components/loading';
import { formatDateTime } from '../../../lib/format';
import {
  useSentimentCalibration,
  useSetSentimentCalibrationActive,
  useTrainSentimentCalibration,
} from './sentiment-calibration.api';

/**
 * The workspace's own sentiment calibration: what it can learn from, a way to train it, and — for the newest
 * version — the comparison with the built-in analyzer on the held-out comments that decided whether it is on.
 */
export function SentimentCalibrationPanel({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const overview = useSentimentCalibration();
  const train = useTrainSentimentCalibration();
  const setActive = useSetSentimentCalibrationActive();
  const figure = (x: number) => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 3 }).format(x);

  const body = () => {
    if (overview.isPending) return <LoadingState />;
    if (overview.error) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
    const { available, minPerClass, active, versions } = overview.data;
    const latest = versions[0];
    const enough = available.negative >= minPerClass && available.positive >= minPerClass;
    const busy = latest?.status === 'training' || (latest !== undefined && latest.progress < 1);
    return (
      <>
        <p className="metric-meta" data-testid="calibration-status">
          <span>
            {active
              ? t('insights.text.calibration.activeVersion', { version: active.version })
              : t('insights.text.calibration.builtinOnly')}
          </span>
          <span>
            {t('insights.text.calibration.available', {
              negative: available.negative,
              positive: available.positive,
            })}
          </span>
        </p>
        {!enough && (
          <p className="muted">{t('insights.text.calibration.notEnough', { count: minPerClass })}</p>
        )}
        {canManage && (
          <div className="row-actions">
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => train.mutate()}
              disabled={!enough || busy || train.isPending}
              data-testid="calibration-train"
            >
              {busy || train.isPending
                ? t('insights.text.calibration.training')
                : t('insights.text.calibration.train')}
            </button>
          </div>
        )}
        <FormError error={train.error ?? setActive.error} testId="calibration-error" />
        {latest && busy && (
          <div className="stack" aria-live="polite">
            <label className="muted" htmlFor="calibration-progress">
              {t('insights.text.calibration.progress', { version: latest.version, stage: latest.stage })}
            </label>
            <progress id="calibration-progress" max={1} value={latest.progress} />
          </div>
        )}
        {latest && !busy && latest.comparison && (
          <Comparison calibration={latest} figure={figure} canManage={canManage} setActive={setActive} />
        )}
        {latest?.status === 'failed' && (
          <p className="alert alert-error" role="alert" data-testid="calibration-failed">
            {t('insights.text.calibration.failed', { version: latest.version, error: latest.error ?? '' })}
          </p>
        )}
      </>
    );
  };

  return (
    <section className="card" aria-labelledby="calibration-title" data-testid="sentiment-calibration">
      <h2 id="calibration-title" className="section-title">
        {t('insights.text.calibration.title')}
      </h2>
      <p className="muted">{t('insights.text.calibration.lead')}</p>
      {body()}
    </section>
  );
}

function Comparison({
  calibration,
  figure,
  canManage,
  setActive,
}: {
  calibration: TSentimentCalibration;
  figure: (x: number) => string;
  canManage: boolean;
  setActive: ReturnType<typeof useSetSentimentCalibrationActive>;
}) {
  const { t } = useTranslation();
  const comparison = calibration.comparison;
  if (!comparison) return null;
  const rows = [
    { key: 'builtin', name: t('insights.text.calibration.builtin'), scores: comparison.builtin },
    {
      key: 'calibrated',
      name: t('insights.text.calibration.calibrated', { version: calibration.version }),
      scores: comparison.calibrated,
    },
  ];
  const verdict = comparison.better
    ? calibration.status === 'active'
      ? 'insights.text.calibration.verdictOn'
      : 'insights.text.calibration.verdictSwitchedOff'
    : 'insights.text.calibration.verdictOff';
  return (
    <div className="stack" data-testid="calibration-comparison">
      <p className={comparison.better ? 'alert alert-success' : 'alert alert-info'} role="status">
        {t(verdict, {
          version: calibration.version,
          gain: figure(comparison.calibrated.macroF1 - comparison.builtin.macroF1),
          minGain: figure(comparison.minGain),
        })}
      </p>
      <div className="table-wrap">
        <table className="table text-table">
          <caption>
            {t('insights.text.calibration.caption', {
              count: calibration.heldOut,
              examples: calibration.examples,
              date: calibration.trainedAt ? formatDateTime(calibration.trainedAt) : '',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.text.calibration.analyzer')}</th>
              <th scope="col" className="num">
                {t('insights.text.calibration.accuracy')}
              </th>
              <th scope="col" className="num">
                {t('insights.text.calibration.macroF1')}
              </th>
              <th scope="col" className="num">
                {t('insights.text.calibration.f1Negative')}
              </th>
              <th scope="col" className="num">
                {t('insights.text.calibration.f1Positive')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`calibration-row-${row.key}`}>
                <th scope="row" className="row-head">
                  {row.name}
                </th>
                <td className="num">{figure(row.scores.accuracy)}</td>
                <td className="num">{figure(row.scores.macroF1)}</td>
                <td className="num">{figure(row.scores.perClass.negative ?? 0)}</td>
                <td className="num">{figure(row.scores.perClass.positive ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage && comparison.better && (
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={setActive.isPending}
            onClick={() =>
              setActive.mutate({ version: calibration.version, active: calibration.status !== 'active' })
            }
            data-testid="calibration-toggle"
          >
            {calibration.status === 'active'
              ? t('insights.text.calibration.switchOff')
              : t('insights.text.calibration.switchOn')}
          </button>
        </div>
      )}
    </div>
  );
}

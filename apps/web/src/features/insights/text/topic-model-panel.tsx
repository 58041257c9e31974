import { useTranslation } from 'react-i18next';
import { ErrorState, FormError } from '../../../components/error-message';
import { LoadingState } from '../../../components/loading';
import { formatDateTime } from '../../../lib/format';
import { useTopicModel, useTrainTopicModel } from './text.api';

function formatFigure(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * The workspace's topic classifier: when it learnt last and from how many examples, and a way to retrain it
 * on the examples tagged since. After training, what moved for each topic.
 */
export function TopicModelPanel({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const model = useTopicModel();
  const train = useTrainTopicModel();
  const changes = train.data?.changes ?? [];
  return (
    <section className="card" aria-labelledby="topic-model-title" data-testid="topic-model">
      <div className="section-header">
        <h2 id="topic-model-title" className="section-title">
          {t('insights.text.model.title')}
        </h2>
        {canManage && (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => train.mutate()}
            disabled={train.isPending}
            data-testid="retrain"
          >
            {train.isPending ? t('insights.text.model.training') : t('insights.text.model.retrain')}
          </button>
        )}
      </div>
      <p className="muted">{t('insights.text.model.lead')}</p>
      {model.isPending ? (
        <LoadingState />
      ) : model.error ? (
        <ErrorState error={model.error} onRetry={() => void model.refetch()} />
      ) : (
        <p className="metric-meta" data-testid="model-info">
          {model.data ? (
            <>
              <span>{t('insights.text.model.version', { version: model.data.version })}</span>
              <span>
                {t('insights.text.model.trainedAt', { date: formatDateTime(model.data.trainedAt) })}
              </span>
              <span>{t('insights.text.model.examples', { count: model.data.examples })}</span>
              <span>{t('insights.text.model.topics', { count: model.data.topics })}</span>
            </>
          ) : (
            <span>{t('insights.text.model.none')}</span>
          )}
        </p>
      )}
      <FormError error={train.error} testId="train-error" />
      {train.data && (
        <div className="stack train-result" aria-live="polite" data-testid="train-result">
          <p className="alert alert-success" role="status">
            {t('insights.text.model.trained', { version: train.data.model.version })}
          </p>
          {changes.length === 0 ? (
            <p className="muted">{t('insights.text.model.noChanges')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table text-table" data-testid="train-changes">
                <caption className="visually-hidden">{t('insights.text.model.changes')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insights.text.topics.topic')}</th>
                    <th scope="col" className="num">
                      {t('insights.text.model.before')}
                    </th>
                    <th scope="col" className="num">
                      {t('insights.text.model.after')}
                    </th>
                    <th scope="col" className="num">
                      {t('insights.text.model.change')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.topicId}>
                      <th scope="row" className="row-head">
                        {change.name}
                      </th>
                      <td className="num">{formatFigure(change.before, locale)}</td>
                      <td className="num">{formatFigure(change.after, locale)}</td>
                      <td className="num">
                        {new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(
                          change.after - change.before,
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

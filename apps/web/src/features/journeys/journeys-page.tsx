import type { TJourney } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataList } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { PageHeader } from '../../components/page-header';
import { fieldErrorsOf } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import { useCreateJourney, useJourneys } from './journeys.api';

/** The stages a new journey can start with, as keys under `journeys.starterStages`. */
const STARTER_STAGES = ['awareness', 'consideration', 'purchase', 'onboarding', 'support'] as const;

export function JourneysPage() {
  const { t } = useTranslation();
  const canManage = useCan('journeys.manage');
  const journeys = useJourneys();
  return (
    <div className="page" data-testid="journeys-page">
      <PageHeader title={t('nav.journeys')} description={t('journeys.lead')} />
      {canManage && <CreateJourneyForm />}
      <section className="stack" aria-labelledby="journeys-title">
        <h2 id="journeys-title" className="section-title">
          {t('journeys.listTitle')}
        </h2>
        <DataList
          query={journeys}
          empty={
            <EmptyState title={t('journeys.empty')} testId="journeys-empty">
              <p>{canManage ? t('journeys.emptyHint') : t('journeys.emptyHintReadOnly')}</p>
            </EmptyState>
          }
        >
          {(items) => (
            <ul className="journey-list" data-testid="journey-list">
              {items.map((journey) => (
                <li key={journey.id}>
                  <JourneyCard journey={journey} />
                </li>
              ))}
            </ul>
          )}
        </DataList>
      </section>
    </div>
  );
}

function JourneyCard({ journey }: { journey: TJourney }) {
  const { t } = useTranslation();
  const touchpointCount = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
  const stages = [...journey.stages].sort((a, b) => a.position - b.position);
  return (
    <article className="card journey-card" data-testid="journey-card" data-journey={journey.name}>
      <h3 className="journey-card-title">
        <Link to={`/journeys/${journey.id}`}>{journey.name}</Link>
      </h3>
      {journey.description && <p className="muted">{journey.description}</p>}
      {stages.length > 0 && (
        <ol className="stage-trail" aria-label={t('journeys.stagesOf', { name: journey.name })}>
          {stages.map((stage) => (
            <li key={stage.id}>{stage.name}</li>
          ))}
        </ol>
      )}
      <p className="journey-card-meta">
        {t('journeys.stageCount', { count: journey.stages.length })} ·{' '}
        {t('journeys.touchpointCount', { count: touchpointCount })} ·{' '}
        {t('journeys.updated', { date: formatDate(journey.updatedAt) })}
      </p>
      {touchpointCount > 0 && (
        <p>
          <Link
            to={`/journeys/${journey.id}/map`}
            className="btn btn-secondary btn-small"
            data-testid="journey-map-link"
          >
            {t('journeyMap.open')}
          </Link>
        </p>
      )}
    </article>
  );
}

function CreateJourneyForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createJourney = useCreateJourney();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [withStarterStages, setWithStarterStages] = useState(true);
  const [localError, setLocalError] = useState<string | undefined>();
  const serverErrors = fieldErrorsOf(createJourney.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    createJourney.mutate(
      {
        name: name.trim(),
        description: description.trim(),
        stages: withStarterStages
          ? STARTER_STAGES.map((stage) => ({ name: t(`journeys.starterStages.${stage}`), touchpoints: [] }))
          : [],
      },
      { onSuccess: (journey) => void navigate(`/journeys/${journey.id}`) },
    );
  };

  return (
    <section className="card" aria-labelledby="create-journey-title">
      <h2 id="create-journey-title" className="section-title">
        {t('journeys.create.title')}
      </h2>
      <p className="muted">{t('journeys.create.lead')}</p>
      <form onSubmit={submit} noValidate data-testid="create-journey-form">
        <div className="inline-form">
          <TextField
            label={t('journeys.fields.name')}
            name="journeyName"
            value={name}
            maxLength={120}
            placeholder={t('journeys.fields.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            error={localError ?? serverErrors.name}
          />
          <TextField
            label={t('journeys.fields.description')}
            name="journeyDescription"
            value={description}
            maxLength={1000}
            onChange={(event) => setDescription(event.target.value)}
            error={serverErrors.description}
            className="grow"
          />
          <button type="submit" className="btn btn-primary" disabled={createJourney.isPending}>
            {createJourney.isPending ? t('common.working') : t('journeys.create.submit')}
          </button>
        </div>
        <label className="checkbox create-journey-starter">
          <input
            type="checkbox"
            checked={withStarterStages}
            onChange={(event) => setWithStarterStages(event.target.checked)}
          />
          {t('journeys.create.starter')}
        </label>
      </form>
      <FormError error={createJourney.error} fields={['name', 'description']} />
    </section>
  );
}

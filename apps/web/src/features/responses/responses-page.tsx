import { resolveText } from '@touchpoint/core';
import {
  NPS_BANDS,
  type TContact,
  type TNpsBand,
  type TResponse,
  type TSurvey,
} from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useCan } from '../auth/auth.api';
import { type TTouchpointRow, useTouchpoints } from '../journeys/journeys.api';
import { TouchpointSelect, touchpointLabel } from '../journeys/touchpoint-select';
import { EDITOR_LANGUAGES, languageName } from '../surveys/survey-draft';
import { useSurveys, useSurveysById } from '../surveys/surveys.api';
import {
  exportUrl,
  FILTER_NAMES,
  type TResponseFilters,
  useContactsById,
  useResponses,
} from './responses.api';
import { ResponsesTabs } from './responses-tabs';

function bandOf(score: number | null): TNpsBand | null {
  if (score === null) return null;
  return score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter';
}

export function ResponsesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canExport = useCan('responses.export');
  const canReadContacts = useCan('contacts.read');
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, params.get(name) ?? '']),
  ) as unknown as TResponseFilters;
  const isFiltered = FILTER_NAMES.some((name) => params.get(name));
  const setFilter = (name: keyof TResponseFilters, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const surveys = useSurveys({}, { pageSize: 200 });
  const touchpoints = useTouchpoints();
  const responses = useResponses(filters);
  const surveyIds = [...new Set(responses.items.map((response) => response.surveyId))];
  const surveysById = useSurveysById(surveyIds);
  const contactIds = [
    ...new Set(responses.items.flatMap((response) => (response.contactId ? [response.contactId] : []))),
  ];
  const contactsById = useContactsById(contactIds, canReadContacts);

  return (
    <div className="page page-wide" data-testid="responses-page">
      <PageHeader
        title={t('nav.responses')}
        description={t('responses.lead')}
        actions={
          canExport && (
            <a className="btn btn-secondary" href={exportUrl(filters)} download data-testid="export-csv">
              <Icon name="download" size={16} />
              {t('responses.export')}
            </a>
          )
        }
      />
      <ResponsesTabs />
      <section className="card" aria-labelledby="response-filters-title">
        <h2 id="response-filters-title" className="visually-hidden">
          {t('responses.filters.title')}
        </h2>
        <search className="filters" aria-labelledby="response-filters-title">
          <SelectField
            label={t('responses.filters.survey')}
            value={filters.surveyId}
            onChange={(event) => setFilter('surveyId', event.target.value)}
          >
            <option value="">{t('responses.filters.allSurveys')}</option>
            {surveys.items.map((survey) => (
              <option key={survey.id} value={survey.id}>
                {survey.name}
              </option>
            ))}
          </SelectField>
          <TouchpointSelect
            label={t('responses.filters.touchpoint')}
            touchpoints={touchpoints.data ?? []}
            value={filters.touchpointId || null}
            onChange={(id) => setFilter('touchpointId', id ?? '')}
            emptyLabel={t('responses.filters.allTouchpoints')}
          />
          <TextField
            type="date"
            label={t('responses.filters.from')}
            value={filters.from}
            max={filters.to || undefined}
            onChange={(event) => setFilter('from', event.target.value)}
          />
          <TextField
            type="date"
            label={t('responses.filters.to')}
            value={filters.to}
            min={filters.from || undefined}
            onChange={(event) => setFilter('to', event.target.value)}
          />
          <SelectField
            label={t('responses.filters.npsBand')}
            value={filters.npsBand}
            onChange={(event) => setFilter('npsBand', event.target.value)}
          >
            <option value="">{t('responses.filters.allBands')}</option>
            {NPS_BANDS.map((band) => (
              <option key={band} value={band}>
                {t(`responses.bands.${band}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('responses.filters.language')}
            value={filters.language}
            onChange={(event) => setFilter('language', event.target.value)}
          >
            <option value="">{t('responses.filters.allLanguages')}</option>
            {EDITOR_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {languageName(language)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('responses.filters.status')}
            value={filters.finished}
            onChange={(event) => setFilter('finished', event.target.value)}
          >
            <option value="">{t('responses.filters.allStatuses')}</option>
            <option value="true">{t('responses.finished')}</option>
            <option value="false">{t('responses.partial')}</option>
          </SelectField>
          {isFiltered && (
            <button
              type="button"
              className="btn btn-secondary filters-clear"
              onClick={() => setParams({}, { replace: true })}
            >
              {t('responses.filters.clear')}
            </button>
          )}
        </search>
      </section>

      <section className="card" aria-labelledby="responses-title">
        <div className="section-header">
          <h2 id="responses-title" className="section-title">
            {t('responses.listTitle')}
          </h2>
          {responses.items.length > 0 && (
            <span className="muted" aria-live="polite">
              {responses.hasNextPage
                ? t('responses.shownMore', { count: responses.items.length })
                : t('responses.shown', { count: responses.items.length })}
            </span>
          )}
        </div>
        {responses.isPending ? (
          <LoadingState />
        ) : responses.error ? (
          <ErrorState error={responses.error} onRetry={() => void responses.refetch()} />
        ) : responses.items.length === 0 ? (
          <EmptyState
            title={isFiltered ? t('responses.emptyFiltered') : t('responses.empty')}
            testId="responses-empty"
          >
            {isFiltered ? (
              <p>{t('responses.emptyFilteredHint')}</p>
            ) : (
              <p>
                {t('responses.emptyHint')} <Link to="/surveys">{t('responses.goToSurveys')}</Link>
              </p>
            )}
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table table-top table-stack" data-testid="responses-table">
              <thead>
                <tr>
                  <th scope="col">{t('responses.columns.received')}</th>
                  <th scope="col">{t('responses.columns.survey')}</th>
                  <th scope="col">{t('responses.columns.nps')}</th>
                  <th scope="col">{t('responses.columns.answers')}</th>
                  <th scope="col">{t('responses.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {responses.items.map((response) => (
                  <ResponseRow
                    key={response.id}
                    response={response}
                    survey={surveysById.get(response.surveyId)}
                    contact={response.contactId ? contactsById.get(response.contactId) : undefined}
                    touchpoints={touchpoints.data}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore
          hasNextPage={responses.hasNextPage}
          isFetchingNextPage={responses.isFetchingNextPage}
          onLoadMore={() => void responses.fetchNextPage()}
        />
      </section>
    </div>
  );
}

interface ResponseRowProps {
  response: TResponse;
  survey: TSurvey | undefined;
  contact: TContact | undefined;
  touchpoints: TTouchpointRow[] | undefined;
}

function ResponseRow({ response, survey, contact, touchpoints }: ResponseRowProps) {
  const { t } = useTranslation();
  const band = bandOf(response.npsScore);
  const touchpoint = touchpointLabel(touchpoints, response.touchpointId);
  const respondent = contact
    ? (contact.email ?? contact.phone ?? contact.externalId ?? t('responses.knownContact'))
    : response.contactId
      ? t('responses.knownContact')
      : t('responses.anonymous');
  return (
    <tr data-testid="response-row" data-survey={response.surveyName}>
      <td data-label={t('responses.columns.received')} className="nowrap">
        <span className="person">
          <span>{formatDateTime(response.createdAt)}</span>
          <span className="person-email">{respondent}</span>
        </span>
      </td>
      <td data-label={t('responses.columns.survey')}>
        <span className="person">
          <Link to={`/surveys/${response.surveyId}`} className="strong">
            {response.surveyName}
          </Link>
          {touchpoint && <span className="person-email">{touchpoint}</span>}
        </span>
      </td>
      <td data-label={t('responses.columns.nps')}>
        {band ? (
          <span className={`score score-${band}`} title={t(`responses.bands.${band}`)}>
            {response.npsScore}
            <span className="visually-hidden"> ({t(`responses.bands.${band}`)})</span>
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td data-label={t('responses.columns.answers')} className="cell-answers">
        <Answers response={response} survey={survey} />
      </td>
      <td data-label={t('responses.columns.status')}>
        <span className="person">
          <span className={`badge ${response.finished ? 'badge-status-accepted' : 'badge-status-pending'}`}>
            {response.finished ? t('responses.finished') : t('responses.partial')}
          </span>
          <span className="person-email">
            {t(`channels.${response.channel}`, { defaultValue: response.channel })} ·{' '}
            {languageName(response.language)}
          </span>
        </span>
      </td>
    </tr>
  );
}

/** Answers in question order, each with its question text and option labels in the UI language. */
function Answers({ response, survey }: { response: TResponse; survey: TSurvey | undefined }) {
  const { t } = useTranslation();
  const language = currentLocale();
  const fallback = survey?.defaultLanguage ?? 'en';
  const questions = survey?.questions ?? [];
  const known = questions.filter((question) => Object.hasOwn(response.answers, question.id));
  const unknown = Object.keys(response.answers).filter(
    (id) => !questions.some((question) => question.id === id),
  );
  const hidden = Object.entries(response.hiddenFields);
  if (known.length === 0 && unknown.length === 0 && hidden.length === 0) {
    return <span className="muted">{t('responses.noAnswers')}</span>;
  }

  const show = (id: string, value: unknown): string | null => {
    if (
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      return null;
    }
    const question = questions.find((q) => q.id === id);
    if (question && (question.type === 'single_choice' || question.type === 'multiple_choice')) {
      const ids = Array.isArray(value) ? value : [value];
      return ids
        .map((optionId) => {
          const option = question.options.find((o) => o.id === optionId);
          return option ? resolveText(option.label, language, fallback) : String(optionId);
        })
        .join(', ');
    }
    return Array.isArray(value) ? value.join(', ') : String(value);
  };

  return (
    <dl className="answers">
      {[
        ...known.map((question) => ({
          id: question.id,
          label: resolveText(question.text, language, fallback),
        })),
        ...unknown.map((id) => ({ id, label: id })),
      ].map(({ id, label }) => {
        const value = show(id, response.answers[id]);
        return (
          <div key={id} className="answer">
            <dt>{label}</dt>
            <dd className={value === null ? 'muted' : 'prewrap'}>{value ?? t('responses.skipped')}</dd>
          </div>
        );
      })}
      {hidden.map(([id, value]) => (
        <div key={`hidden-${id}`} className="answer answer-hidden">
          <dt>{id}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

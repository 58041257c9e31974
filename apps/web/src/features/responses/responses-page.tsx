import { resolveText } from '@touchpoint/core';
import {
  NPS_BANDS,
  type TContact,
  type TNpsBand,
  type TResponse,
  type TSurvey,
} from '@touchpoint/schemas/browser';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type TDataColumn } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { SelectField } from '../../components/fields';
import { DateRangeFields, FilterBar, useUrlFilters } from '../../components/filter-bar';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useCan } from '../auth/auth.api';
import { type TTouchpointRow, useTouchpoints } from '../journeys/journeys.api';
import { TouchpointSelect, touchpointLabel } from '../journeys/touchpoint-select';
import { SegmentSelect } from '../segments/segment-select';
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
  const canExport = useCan('responses.export');
  const canReadContacts = useCan('contacts.read');
  const { filters: raw, isFiltered, setFilter, clearFilters } = useUrlFilters(FILTER_NAMES);
  // The URL may hold any text: the API refuses an unknown band or language like any other bad filter.
  const filters = raw as TResponseFilters;

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
      <FilterBar
        title={t('responses.filters.title')}
        isFiltered={isFiltered}
        onClear={clearFilters}
        clearLabel={t('responses.filters.clear')}
      >
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
        <DateRangeFields from={filters.from} to={filters.to} onChange={setFilter} />
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
        {/* The export link carries the same filters: a segment chosen here exports only its people. */}
        <SegmentSelect
          label={t('responses.filters.segment')}
          value={filters.segmentId ?? ''}
          onChange={(segmentId) => setFilter('segmentId', segmentId)}
          emptyLabel={t('responses.filters.allContacts')}
          testId="responses-segment"
        />
      </FilterBar>

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
        <DataTable
          query={responses}
          label={t('responses.listTitle')}
          testId="responses-table"
          className="table-top"
          isStacked
          rowKey={(response) => response.id}
          rowProps={(response) => ({ 'data-testid': 'response-row', 'data-survey': response.surveyName })}
          empty={
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
          }
          columns={responseColumns({
            t,
            surveysById,
            contactsById,
            touchpoints: touchpoints.data,
          })}
        />
      </section>
    </div>
  );
}

interface TResponseColumnsContext {
  t: TFunction;
  surveysById: Map<string, TSurvey>;
  contactsById: Map<string, TContact>;
  touchpoints: TTouchpointRow[] | undefined;
}

function respondentOf(response: TResponse, contact: TContact | undefined, t: TFunction): string {
  if (contact) return contact.email ?? contact.phone ?? contact.externalId ?? t('responses.knownContact');
  return response.contactId ? t('responses.knownContact') : t('responses.anonymous');
}

/** The columns of the responses table: when and who, which survey, the NPS, the answers, the status. */
function responseColumns({
  t,
  surveysById,
  contactsById,
  touchpoints,
}: TResponseColumnsContext): TDataColumn<TResponse>[] {
  return [
    {
      id: 'received',
      header: t('responses.columns.received'),
      className: 'nowrap',
      cell: (response) => (
        <span className="person">
          <span>{formatDateTime(response.createdAt)}</span>
          <span className="person-email">
            {respondentOf(response, response.contactId ? contactsById.get(response.contactId) : undefined, t)}
          </span>
        </span>
      ),
    },
    {
      id: 'survey',
      header: t('responses.columns.survey'),
      cell: (response) => {
        const touchpoint = touchpointLabel(touchpoints, response.touchpointId);
        return (
          <span className="person">
            <Link to={`/surveys/${response.surveyId}`} className="strong">
              {response.surveyName}
            </Link>
            {touchpoint && <span className="person-email">{touchpoint}</span>}
          </span>
        );
      },
    },
    {
      id: 'nps',
      header: t('responses.columns.nps'),
      cell: (response) => {
        const band = bandOf(response.npsScore);
        return band ? (
          <span className={`score score-${band}`} title={t(`responses.bands.${band}`)}>
            {response.npsScore}
            <span className="visually-hidden"> ({t(`responses.bands.${band}`)})</span>
          </span>
        ) : (
          <span className="muted">—</span>
        );
      },
    },
    {
      id: 'answers',
      header: t('responses.columns.answers'),
      className: 'cell-answers',
      cell: (response) => <Answers response={response} survey={surveysById.get(response.surveyId)} />,
    },
    {
      id: 'status',
      header: t('responses.columns.status'),
      cell: (response) => (
        <span className="person">
          <span className={`badge ${response.finished ? 'badge-status-accepted' : 'badge-status-pending'}`}>
            {response.finished ? t('responses.finished') : t('responses.partial')}
          </span>
          <span className="person-email">
            {t(`channels.${response.channel}`, { defaultValue: response.channel })} ·{' '}
            {languageName(response.language)}
          </span>
        </span>
      ),
    },
  ];
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

import type {
  TMaturityAssessment,
  TMaturityCompetency,
  TMaturityOverview,
} from '@touchpoint/schemas/browser';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, TableScroll } from '../../components/data-table';
import { EditorSaveBar, useEditorDraft } from '../../components/editor-shell';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-message';
import { RoleBadge } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDate, formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useMaturity, useMaturityComparison, useMaturityHistory, useSubmitAssessment } from './maturity.api';
import './maturity.css';

const COMPETENCIES: TMaturityCompetency[] = [
  'strategy',
  'understanding',
  'journeys',
  'measurement',
  'action',
  'employees',
  'governance',
];

type TQuestion = TMaturityOverview['questions'][number];
type TEvidence = TMaturityOverview['evidence'][number];

/** A number in the UI language with a fixed count of decimals ("1.5" / "1,5"). */
function num(value: number, digits: number): string {
  return new Intl.NumberFormat(currentLocale() === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

function useLang(): 'en' | 'vi' {
  const { i18n } = useTranslation();
  return i18n.language === 'vi' ? 'vi' : 'en';
}

/** `/maturity`: the CXM maturity self-assessment — the result with its evidence, the questionnaire, history and people's views. */
export function MaturityPage() {
  const { t } = useTranslation();
  const overview = useMaturity();
  const [isAnswering, setIsAnswering] = useState(false);
  return (
    <div className="page page-wide" data-testid="maturity-page">
      <PageHeader
        title={t('maturity.title')}
        description={t('maturity.lead')}
        actions={
          overview.data &&
          !isAnswering && (
            <button
              type="button"
              className="btn btn-primary"
              data-testid="maturity-start"
              onClick={() => setIsAnswering(true)}
            >
              {overview.data.latest ? t('maturity.assessAgain') : t('maturity.start')}
            </button>
          )
        }
      />
      {overview.isPending ? (
        <LoadingState />
      ) : overview.error || !overview.data ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : isAnswering ? (
        <Questionnaire
          questions={overview.data.questions}
          initial={overview.data.latest?.answers ?? {}}
          onDone={() => setIsAnswering(false)}
        />
      ) : (
        <>
          <ResultSection latest={overview.data.latest} evidence={overview.data.evidence} />
          <ComparisonSection />
          <HistorySection />
        </>
      )}
    </div>
  );
}

function Questionnaire({
  questions,
  initial,
  onDone,
}: {
  questions: TQuestion[];
  initial: Record<string, number>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const editor = useEditorDraft<Record<string, number>>(
    () => ({}),
    (draft) => draft,
  );
  const submit = useSubmitAssessment();
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const competency = COMPETENCIES[step] as TMaturityCompetency;
  const stepQuestions = questions.filter((q) => q.competency === competency);
  const answered = questions.filter((q) => editor.draft[q.id] !== undefined).length;
  const isComplete = answered === questions.length;
  const isLast = step === COMPETENCIES.length - 1;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the step's heading when the step changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isLast) {
      setStep(step + 1);
      return;
    }
    if (!isComplete) return;
    await submit.mutateAsync(editor.draft);
    editor.leave();
    onDone();
  };

  return (
    <form className="card maturity-form" onSubmit={onSubmit} data-testid="maturity-questionnaire">
      <nav aria-label={t('maturity.steps')}>
        <ol className="maturity-steps">
          {COMPETENCIES.map((c, i) => {
            const done = questions
              .filter((q) => q.competency === c)
              .every((q) => editor.draft[q.id] !== undefined);
            return (
              <li key={c}>
                <button
                  type="button"
                  className={`maturity-step${i === step ? ' is-current' : ''}${done ? ' is-done' : ''}`}
                  aria-current={i === step ? 'step' : undefined}
                  onClick={() => setStep(i)}
                >
                  <span aria-hidden="true">{i + 1}. </span>
                  {t(`maturity.competencies.${c}`)}
                  {done && <span className="visually-hidden"> ({t('maturity.stepDone')})</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <h2 className="section-title" ref={headingRef} tabIndex={-1} data-testid="maturity-step-title">
        {t('maturity.stepOf', { n: step + 1, total: COMPETENCIES.length })}:{' '}
        {t(`maturity.competencies.${competency}`)}
      </h2>
      {stepQuestions.map((q) => (
        <fieldset key={q.id} className="maturity-question" data-testid="maturity-question" data-id={q.id}>
          <legend className="strong">{q.text[lang]}</legend>
          <div className="maturity-options">
            {q.options.map((option) => (
              <label key={option.value} className="maturity-option">
                <input
                  type="radio"
                  name={q.id}
                  value={option.value}
                  checked={editor.draft[q.id] === option.value}
                  onChange={() => editor.setDraft((d) => ({ ...d, [q.id]: option.value }))}
                />
                <span>
                  <span className="strong">{option.value}</span> — {option.text[lang]}
                </span>
              </label>
            ))}
          </div>
          {initial[q.id] !== undefined && (
            <p className="muted small">{t('maturity.lastAnswer', { value: initial[q.id] })}</p>
          )}
        </fieldset>
      ))}
      {submit.error ? <ErrorState error={submit.error} /> : null}
      <EditorSaveBar
        isDirty={editor.isDirty}
        isSaving={submit.isPending}
        onDiscard={editor.discard}
        savedStatus={t('maturity.progress', { answered, total: questions.length })}
      >
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('maturity.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={step === 0}
          onClick={() => setStep(step - 1)}
        >
          {t('maturity.previous')}
        </button>
        {isLast ? (
          <button
            type="submit"
            className="btn btn-primary"
            disabled={!isComplete || submit.isPending}
            data-testid="maturity-submit"
          >
            {isComplete
              ? t('maturity.submit')
              : t('maturity.submitRemaining', { n: questions.length - answered })}
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" data-testid="maturity-next">
            {t('maturity.next')}
          </button>
        )}
      </EditorSaveBar>
    </form>
  );
}

function evidenceValue(e: TEvidence, t: (key: string, opts?: Record<string, unknown>) => string): string {
  if (e.value === null) return t('maturity.evidence.none');
  if (typeof e.value === 'boolean') return e.value ? t('maturity.evidence.yes') : t('maturity.evidence.no');
  switch (e.id) {
    case 'loopClosureRate':
    case 'responseRate':
    case 'touchpointsWithOwners':
      return `${Math.round(e.value * 100)} %`;
    case 'timeToFirstAction':
      return e.value < 60
        ? t('maturity.evidence.minutes', { n: Math.round(e.value) })
        : t('maturity.evidence.hours', { n: num(e.value / 60, 1) });
    default:
      return String(e.value);
  }
}

function ResultSection({ latest, evidence }: { latest: TMaturityAssessment | null; evidence: TEvidence[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!latest) {
    return (
      <section className="card" aria-labelledby="maturity-result-title">
        <h2 id="maturity-result-title" className="section-title">
          {t('maturity.result')}
        </h2>
        <EmptyState title={t('maturity.empty')} testId="maturity-empty">
          <p>{t('maturity.emptyHint')}</p>
        </EmptyState>
        <EvidenceList evidence={evidence} />
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="maturity-result-title" data-testid="maturity-result">
      <h2 id="maturity-result-title" className="section-title">
        {t('maturity.result')}
      </h2>
      <p className="maturity-level" data-testid="maturity-level">
        {t('maturity.levelIs', { level: latest.level, name: t(`maturity.levels.${latest.level}`) })}
      </p>
      <p className="muted small">
        {t('maturity.answeredBy', {
          name: latest.userName ?? t('maturity.apiKey'),
          date: formatDateTime(latest.createdAt),
        })}{' '}
        <RoleBadge role={latest.role} />
      </p>
      <TableScroll label={t('maturity.competencyTable')}>
        <table className="table maturity-table" data-testid="maturity-competencies">
          <caption className="visually-hidden">{t('maturity.competencyTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('maturity.columns.competency')}</th>
              <th scope="col">{t('maturity.columns.selfAssessed')}</th>
              <th scope="col">{t('maturity.columns.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.competencies.map((c) => (
              <tr key={c.id} data-testid="maturity-competency" data-id={c.id}>
                <th scope="row">{t(`maturity.competencies.${c.id}`)}</th>
                <td>
                  <span className="maturity-score">{num(c.score, 1)} / 5</span>
                  <span className="maturity-bar" aria-hidden="true">
                    <span className="maturity-bar-fill" style={{ width: `${(c.score / 5) * 100}%` }} />
                  </span>
                </td>
                <td>
                  {evidence
                    .filter((e) => e.competency === c.id)
                    .map((e) => (
                      <p key={e.id} className="small" data-testid="maturity-evidence-cell" data-id={e.id}>
                        {t(`maturity.evidence.${e.id}`)}:{' '}
                        <span className="strong">{evidenceValue(e, t)}</span>
                        {e.suggestedLevel !== null && (
                          <> · {t('maturity.evidence.suggests', { level: e.suggestedLevel })}</>
                        )}
                      </p>
                    ))}
                  {!evidence.some((e) => e.competency === c.id) && (
                    <span className="muted small">{t('maturity.evidence.notMeasured')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3 className="maturity-subtitle">{t('maturity.recommendations')}</h3>
      <ul className="maturity-recommendations" data-testid="maturity-recommendations">
        {latest.recommendations.map((r) => (
          <li key={r.competency}>
            <span className="strong">{t(`maturity.competencies.${r.competency}`)}</span>{' '}
            <span className="muted small">({t('maturity.levelShort', { level: r.level })})</span>:{' '}
            {r.text[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceList({ evidence }: { evidence: TEvidence[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="maturity-subtitle">{t('maturity.evidence.title')}</h3>
      <ul data-testid="maturity-evidence">
        {evidence.map((e) => (
          <li key={e.id} className="small">
            {t(`maturity.competencies.${e.competency}`)} — {t(`maturity.evidence.${e.id}`)}:{' '}
            <span className="strong">{evidenceValue(e, t)}</span>
            {e.suggestedLevel !== null && (
              <> · {t('maturity.evidence.suggests', { level: e.suggestedLevel })}</>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ComparisonSection() {
  const { t } = useTranslation();
  const comparison = useMaturityComparison();
  if (comparison.isPending) return <LoadingState />;
  if (comparison.error || !comparison.data) {
    return <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />;
  }
  const { people, competencies } = comparison.data;
  if (people.length < 2) return null;
  return (
    <section className="card" aria-labelledby="maturity-comparison-title" data-testid="maturity-comparison">
      <h2 id="maturity-comparison-title" className="section-title">
        {t('maturity.comparison')}
      </h2>
      <p className="muted">{t('maturity.comparisonLead', { n: people.length })}</p>
      <TableScroll label={t('maturity.comparison')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('maturity.columns.competency')}</th>
              {people.map((p) => (
                <th scope="col" key={p.assessmentId}>
                  {p.userName ?? t('maturity.apiKey')} <RoleBadge role={p.role} />
                </th>
              ))}
              <th scope="col">{t('maturity.columns.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {competencies.map((c) => (
              <tr key={c.id}>
                <th scope="row">{t(`maturity.competencies.${c.id}`)}</th>
                {c.scores.map((s, i) => (
                  <td key={people[i]?.assessmentId ?? i} className="cell-number">
                    {num(s.score, 1)}
                  </td>
                ))}
                <td className={`cell-number${c.spread >= 1.5 ? ' maturity-wide' : ''}`}>
                  {num(c.spread, 1)}
                  {c.spread >= 1.5 && <span className="muted small"> ({t('maturity.viewsDiffer')})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function HistorySection() {
  const { t } = useTranslation();
  const history = useMaturityHistory();
  return (
    <section className="card" aria-labelledby="maturity-history-title">
      <h2 id="maturity-history-title" className="section-title">
        {t('maturity.history')}
      </h2>
      <DataTable
        query={history}
        label={t('maturity.history')}
        testId="maturity-history"
        className="table-top"
        isStacked
        rowKey={(a: TMaturityAssessment) => a.id}
        empty={<EmptyState title={t('maturity.historyEmpty')} testId="maturity-history-empty" />}
        columns={[
          {
            id: 'date',
            header: t('maturity.columns.date'),
            className: 'nowrap',
            cell: (a) => formatDate(a.createdAt),
          },
          {
            id: 'who',
            header: t('maturity.columns.who'),
            cell: (a) => (
              <>
                {a.userName ?? t('maturity.apiKey')} <RoleBadge role={a.role} />
              </>
            ),
          },
          {
            id: 'level',
            header: t('maturity.columns.level'),
            cell: (a) => `${a.level} — ${t(`maturity.levels.${a.level}`)}`,
          },
          {
            id: 'mean',
            header: t('maturity.columns.mean'),
            className: 'cell-number',
            cell: (a) => num(a.mean, 2),
          },
        ]}
      />
    </section>
  );
}

import {
  ANOMALY_METRICS,
  CASE_PRIORITIES,
  type TAlertRule,
  type TAlertRuleTestResult,
  type TCasePriority,
} from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { RowActions } from '../../components/row-actions';
import { fieldErrorsOf } from '../../lib/api';
import { useCan } from '../auth/auth.api';
import { useTouchpoints } from '../journeys/journeys.api';
import { TouchpointSelect } from '../journeys/touchpoint-select';
import { useTeams } from '../settings/settings.api';
import { useSurveys } from '../surveys/surveys.api';
import {
  type TAlertRuleInput,
  useAlertRules,
  useDeleteAlertRule,
  useSaveAlertRule,
  useTestAlertRule,
  useToggleAlertRule,
} from './cases.api';
import { CasesTabs } from './cases-tabs';
import {
  ConditionBuilder,
  type ConditionValue,
  initialConditionValue,
  readCondition,
} from './condition-builder';
import { describeCondition } from './condition-summary';
import './cases.css';

export function AlertRulesPage() {
  const { t } = useTranslation();
  const canManage = useCan('alertRules.manage');
  const rules = useAlertRules();
  const surveys = useSurveys({}, { pageSize: 200 });
  const toggle = useToggleAlertRule();
  const remove = useDeleteAlertRule();
  const [editing, setEditing] = useState<TAlertRule | 'new' | null>(null);
  const surveyName = (id: string | null) =>
    id ? (surveys.items.find((s) => s.id === id)?.name ?? '…') : t('cases.rules.anySurvey');

  return (
    <div className="page page-wide" data-testid="alert-rules-page">
      <PageHeader
        title={t('nav.cases')}
        description={t('cases.rules.lead')}
        actions={
          canManage && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setEditing('new')}
              data-testid="new-alert-rule"
            >
              <Icon name="plus" size={16} />
              {t('cases.rules.new')}
            </button>
          )
        }
      />
      <CasesTabs />
      <section className="card" aria-labelledby="alert-rules-title">
        <h2 id="alert-rules-title" className="section-title">
          {t('cases.rules.title')}
        </h2>
        <FormError error={toggle.error} />
        <DataTable
          query={rules}
          label={t('cases.rules.title')}
          testId="alert-rules-table"
          isStacked
          rowKey={(rule) => rule.id}
          rowProps={(rule) => ({ 'data-testid': 'alert-rule-row', 'data-rule-id': rule.id })}
          empty={
            <EmptyState title={t('cases.rules.empty')} testId="alert-rules-empty">
              <p>{t('cases.rules.emptyHint')}</p>
            </EmptyState>
          }
          columns={[
            {
              id: 'name',
              header: t('cases.rules.columns.name'),
              className: 'strong',
              cell: (rule) => rule.name,
            },
            {
              id: 'when',
              header: t('cases.rules.columns.when'),
              cell: (rule) =>
                rule.kind === 'anomaly' && rule.anomaly ? (
                  t('cases.rules.anomalySummary', {
                    metric: t(`cases.rules.metrics.${rule.anomaly.metric}`),
                    window: rule.anomaly.windowDays,
                    baseline: rule.anomaly.baselineDays,
                  })
                ) : (
                  <code className="mono small">{describeCondition(rule.condition, t)}</code>
                ),
            },
            {
              id: 'survey',
              header: t('cases.rules.columns.survey'),
              cell: (rule) => surveyName(rule.surveyId),
            },
            {
              id: 'case',
              header: t('cases.rules.columns.case'),
              cell: (rule) =>
                rule.createCase
                  ? t('cases.rules.opensCase', { priority: t(`cases.priority.${rule.createCase.priority}`) })
                  : t('cases.rules.alertOnly'),
            },
            {
              id: 'fired',
              header: t('cases.rules.columns.fired'),
              className: 'cell-number',
              headerClassName: 'cell-number',
              cell: (rule) => rule.firedLast7Days,
            },
            {
              id: 'active',
              header: t('cases.rules.columns.active'),
              cell: (rule) =>
                canManage ? (
                  <label className="checkbox switch">
                    <input
                      type="checkbox"
                      checked={rule.active}
                      disabled={toggle.isPending}
                      onChange={(event) => toggle.mutate({ id: rule.id, active: event.target.checked })}
                      data-testid="alert-rule-active"
                    />
                    <span className="visually-hidden">
                      {t('cases.rules.activeNamed', { name: rule.name })}
                    </span>
                  </label>
                ) : rule.active ? (
                  t('cases.rules.on')
                ) : (
                  t('cases.rules.off')
                ),
            },
            {
              id: 'actions',
              header: t('common.actions'),
              isHeaderHidden: true,
              className: 'cell-actions',
              cell: (rule) => (
                <RowActions
                  actions={[
                    {
                      id: 'edit',
                      label: t('cases.rules.edit'),
                      ariaLabel: t('cases.rules.editNamed', { name: rule.name }),
                      isHidden: !canManage,
                      onSelect: () => setEditing(rule),
                    },
                    {
                      id: 'delete',
                      label: t('cases.rules.delete'),
                      ariaLabel: t('cases.rules.deleteNamed', { name: rule.name }),
                      variant: 'danger',
                      isHidden: !canManage,
                      testId: 'alert-rule-delete',
                      confirm: {
                        title: t('cases.rules.deleteTitle'),
                        body: <p>{t('cases.rules.deleteBody', { name: rule.name })}</p>,
                        confirmLabel: t('cases.rules.delete'),
                      },
                      onSelect: () => remove.mutateAsync(rule.id),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </section>
      {editing && <RuleEditor rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

function RuleEditor({ rule, onClose }: { rule: TAlertRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAlertRule();
  const test = useTestAlertRule();
  const surveys = useSurveys({}, { pageSize: 200 });
  const teams = useTeams();
  const touchpoints = useTouchpoints();
  const [name, setName] = useState(rule?.name ?? '');
  const [kind, setKind] = useState<'feedback' | 'anomaly'>(rule?.kind ?? 'feedback');
  const [surveyId, setSurveyId] = useState(rule?.surveyId ?? '');
  const [condition, setCondition] = useState<ConditionValue>(() => initialConditionValue(rule?.condition));
  const [metric, setMetric] = useState<'nps' | 'csat'>(rule?.anomaly?.metric ?? 'nps');
  const [touchpointId, setTouchpointId] = useState<string | null>(rule?.anomaly?.touchpointId ?? null);
  const [windowDays, setWindowDays] = useState(String(rule?.anomaly?.windowDays ?? 7));
  const [baselineDays, setBaselineDays] = useState(String(rule?.anomaly?.baselineDays ?? 28));
  const [opensCase, setOpensCase] = useState(rule ? rule.createCase !== null : true);
  const [priority, setPriority] = useState<TCasePriority>(rule?.createCase?.priority ?? 'high');
  const [caseTeamId, setCaseTeamId] = useState(rule?.createCase?.teamId ?? '');
  const [notifyTeamIds, setNotifyTeamIds] = useState<string[]>(rule?.notify.teamIds ?? []);
  const [active, setActive] = useState(rule?.active ?? true);
  const [problem, setProblem] = useState<string | null>(null);
  const [tested, setTested] = useState<TAlertRuleTestResult | null>(null);
  const serverErrors = fieldErrorsOf(save.error);

  const runTest = () => {
    const read = readCondition(condition);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    test.mutate({ condition: read.condition, surveyId: surveyId || null, days: 7 }, { onSuccess: setTested });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblem('cases.rules.problems.name');
      return;
    }
    const body: TAlertRuleInput & { id?: string } = {
      ...(rule ? { id: rule.id } : { kind }),
      name: name.trim(),
      surveyId: surveyId || null,
      createCase: opensCase ? { priority, teamId: caseTeamId || null } : null,
      notify: { teamIds: notifyTeamIds, userIds: rule?.notify.userIds ?? [] },
      active,
    };
    if (kind === 'feedback') {
      const read = readCondition(condition);
      if ('problem' in read) {
        setProblem(read.problem);
        return;
      }
      body.condition = read.condition;
    } else {
      body.anomaly = {
        metric,
        touchpointId,
        windowDays: Number(windowDays) || 7,
        baselineDays: Number(baselineDays) || 28,
      };
    }
    setProblem(null);
    save.mutate(body, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      title={rule ? t('cases.rules.editTitle') : t('cases.rules.newTitle')}
      onClose={onClose}
      testId="alert-rule-dialog"
      className="dialog-wide"
    >
      <form className="stack" onSubmit={submit} noValidate data-testid="alert-rule-form">
        <TextField
          label={t('cases.rules.fields.name')}
          name="ruleName"
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          error={serverErrors.name}
          placeholder={t('cases.rules.fields.namePlaceholder')}
        />
        {!rule && (
          <fieldset className="chip-fieldset">
            <legend>{t('cases.rules.fields.kind')}</legend>
            <div className="chip-checks">
              {(['feedback', 'anomaly'] as const).map((k) => (
                <label key={k} className="chip-check">
                  <input
                    type="radio"
                    name="rule-kind"
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                    data-testid={`alert-rule-kind-${k}`}
                  />
                  <span>{t(`cases.rules.kinds.${k}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <SelectField
          label={t('cases.rules.fields.survey')}
          value={surveyId}
          onChange={(event) => setSurveyId(event.target.value)}
          error={serverErrors.surveyId}
          data-testid="alert-rule-survey"
        >
          <option value="">{t('cases.rules.anySurvey')}</option>
          {surveys.items.map((survey) => (
            <option key={survey.id} value={survey.id}>
              {survey.name}
            </option>
          ))}
        </SelectField>
        {kind === 'feedback' ? (
          <>
            <ConditionBuilder value={condition} onChange={setCondition} />
            <div className="row-actions">
              <button
                type="button"
                className="btn btn-secondary"
                onClick={runTest}
                disabled={test.isPending}
                data-testid="alert-rule-test"
              >
                {test.isPending ? t('common.working') : t('cases.rules.test')}
              </button>
            </div>
            <FormError error={test.error} />
            {tested && (
              <div className="alert alert-info" role="status" data-testid="alert-rule-test-result">
                <p>
                  <strong>
                    {t('cases.rules.wouldHaveFired', { count: tested.matched, days: tested.days })}
                  </strong>{' '}
                  <span className="muted">{t('cases.rules.checked', { count: tested.checked })}</span>
                </p>
                {tested.samples.length > 0 && (
                  <ul className="case-samples">
                    {tested.samples.map((sample) => (
                      <li key={sample.itemId}>
                        {sample.nps !== null && <span className="case-score">NPS {sample.nps}</span>}{' '}
                        {sample.text || '—'}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </>
        ) : (
          <fieldset className="chip-fieldset">
            <legend>{t('cases.rules.fields.anomaly')}</legend>
            <div className="stack">
              <SelectField
                label={t('cases.rules.fields.metric')}
                value={metric}
                onChange={(event) => setMetric(event.target.value as 'nps' | 'csat')}
              >
                {ANOMALY_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {t(`cases.rules.metrics.${m}`)}
                  </option>
                ))}
              </SelectField>
              <TouchpointSelect
                label={t('cases.rules.fields.touchpoint')}
                touchpoints={touchpoints.data ?? []}
                value={touchpointId}
                onChange={setTouchpointId}
                emptyLabel={t('cases.rules.allTouchpoints')}
              />
              <TextField
                label={t('cases.rules.fields.windowDays')}
                type="number"
                min={1}
                max={90}
                value={windowDays}
                onChange={(event) => setWindowDays(event.target.value)}
                error={serverErrors.windowDays}
              />
              <TextField
                label={t('cases.rules.fields.baselineDays')}
                type="number"
                min={1}
                max={365}
                value={baselineDays}
                onChange={(event) => setBaselineDays(event.target.value)}
                error={serverErrors.baselineDays}
              />
              <p className="field-hint">{t('cases.rules.anomalyHint')}</p>
            </div>
          </fieldset>
        )}
        <fieldset className="chip-fieldset">
          <legend>{t('cases.rules.fields.then')}</legend>
          <div className="stack">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={opensCase}
                onChange={(event) => setOpensCase(event.target.checked)}
                data-testid="alert-rule-opens-case"
              />
              {t('cases.rules.fields.opensCase')}
            </label>
            {opensCase && (
              <>
                <SelectField
                  label={t('cases.fields.priority')}
                  value={priority}
                  onChange={(event) => setPriority(event.target.value as TCasePriority)}
                  data-testid="alert-rule-priority"
                >
                  {CASE_PRIORITIES.map((p) => (
                    <option key={p} value={p}>
                      {t(`cases.priority.${p}`)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={t('cases.fields.team')}
                  value={caseTeamId}
                  onChange={(event) => setCaseTeamId(event.target.value)}
                  error={serverErrors.teamId}
                >
                  <option value="">{t('cases.new.routeAutomatically')}</option>
                  {teams.items.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </SelectField>
              </>
            )}
            {teams.items.length > 0 && (
              <fieldset className="chip-fieldset">
                <legend>{t('cases.rules.fields.notifyTeams')}</legend>
                <div className="chip-checks">
                  {teams.items.map((team) => (
                    <label key={team.id} className="chip-check">
                      <input
                        type="checkbox"
                        checked={notifyTeamIds.includes(team.id)}
                        onChange={(event) =>
                          setNotifyTeamIds(
                            event.target.checked
                              ? [...notifyTeamIds, team.id]
                              : notifyTeamIds.filter((id) => id !== team.id),
                          )
                        }
                      />
                      <span>{team.name}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
          </div>
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={active}
            onChange={(event) => setActive(event.target.checked)}
            data-testid="alert-rule-active-input"
          />
          {t('cases.rules.fields.active')}
        </label>
        {problem && (
          <p className="alert alert-error" role="alert" data-testid="alert-rule-problem">
            {t(problem)}
          </p>
        )}
        <FormError error={save.error} fields={['name', 'surveyId', 'teamId', 'windowDays', 'baselineDays']} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onClose} disabled={save.isPending}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={save.isPending}
            data-testid="alert-rule-save"
          >
            {save.isPending ? t('common.working') : t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

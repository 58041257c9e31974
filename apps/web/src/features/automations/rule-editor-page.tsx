import type { TAutomationRule } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/dialog';
import { ErrorState, FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { ItemControls } from '../../components/item-controls';
import { LoadingState } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { CasesTabs } from '../cases/cases-tabs';
import { ConditionGroupEditor } from '../surveys/editor/condition-group';
import { useAutomationRule, useCreateRule, useDeleteRule, useDryRun, useUpdateRule } from './automations.api';
import { AutomationsNav, AutomationsNoAccess, useCanManageAutomations } from './automations-nav';
import {
  bodyOfDraft,
  defaultAction,
  draftFromRule,
  draftIssues,
  fieldSuggestions,
  moveItem,
  newDraft,
  type TDraftIssue,
  type TRuleBody,
} from './rule-draft';
import { ActionFields, AddActionPicker, ConditionLeafEditor, TriggerFields } from './rule-fields';
import { RunLog } from './run-log';

const MAX_ACTIONS = 10;
const TEST_DAYS = 7;

/** Cases → Automations → a rule: its trigger, condition and actions, a test on past data, and its run log. */
export function RuleEditorPage() {
  const { t } = useTranslation();
  const { ruleId } = useParams();
  const canManage = useCanManageAutomations();
  const isNew = !ruleId || ruleId === 'new';
  const rule = useAutomationRule(isNew ? null : (ruleId as string));
  return (
    <div className="page page-wide" data-testid="automation-editor-page">
      <PageHeader
        title={isNew ? t('automations.editor.newTitle') : (rule.data?.name ?? t('automations.editor.title'))}
        description={t('automations.editor.lead')}
        actions={
          <Link to="/cases/automations" className="btn btn-secondary">
            {t('automations.editor.back')}
          </Link>
        }
      />
      <CasesTabs />
      <AutomationsNav />
      {!canManage ? (
        <AutomationsNoAccess />
      ) : isNew ? (
        <RuleEditor rule={null} />
      ) : rule.isPending ? (
        <LoadingState />
      ) : rule.error ? (
        <ErrorState error={rule.error} onRetry={() => void rule.refetch()} />
      ) : (
        // Keyed by the rule's version, so a saved change resets the draft to what the server holds.
        <RuleEditor key={`${rule.data.id}:${rule.data.updatedAt}`} rule={rule.data} />
      )}
    </div>
  );
}

function issueText(t: (key: string) => string, issues: TDraftIssue[], path: string): string | undefined {
  const issue = issues.find((i) => i.path === path);
  return issue ? t(`automations.issues.${issue.code}`) : undefined;
}

function RuleEditor({ rule }: { rule: TAutomationRule | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<TRuleBody>(() => (rule ? draftFromRule(rule) : newDraft()));
  const [showIssues, setShowIssues] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const create = useCreateRule();
  const update = useUpdateRule();
  const remove = useDeleteRule();
  const issues = draftIssues(draft);
  const shown = showIssues ? issues : [];
  const isDirty =
    rule === null || JSON.stringify(bodyOfDraft(draft)) !== JSON.stringify(bodyOfDraft(draftFromRule(rule)));
  const isSaving = create.isPending || update.isPending;
  const suggestionsId = 'automation-field-suggestions';

  const save = (active?: boolean) => {
    setShowIssues(true);
    if (issues.length > 0) return;
    const body = bodyOfDraft(draft);
    if (rule === null) {
      create.mutate(body, {
        onSuccess: (created) => {
          if (active) update.mutate({ id: created.id, active: true });
          void navigate(`/cases/automations/${created.id}`, { replace: true });
        },
      });
    } else {
      update.mutate({ id: rule.id, ...(isDirty ? body : {}), ...(active === undefined ? {} : { active }) });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };
  const setAction = (index: number, action: TRuleBody['actions'][number]) =>
    setDraft({ ...draft, actions: draft.actions.map((a, i) => (i === index ? action : a)) });

  return (
    <div className="stack-lg">
      <form className="stack-lg" onSubmit={submit} noValidate data-testid="automation-form">
        <section className="card stack" aria-labelledby="rule-details-title">
          <h2 id="rule-details-title" className="section-title">
            {t('automations.editor.details')}
          </h2>
          <TextField
            label={t('automations.fields.name')}
            name="ruleName"
            value={draft.name}
            maxLength={120}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            error={issueText(t, shown, 'name')}
            data-testid="rule-name"
          />
          <TextField
            label={t('automations.fields.description')}
            name="ruleDescription"
            value={draft.description}
            maxLength={1000}
            onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          />
        </section>

        <section className="card stack" aria-labelledby="rule-trigger-title">
          <h2 id="rule-trigger-title" className="section-title">
            {t('automations.editor.when')}
          </h2>
          <TriggerFields
            trigger={draft.trigger}
            // An action the new trigger cannot run (assign needs a case) stays, flagged, for the person to decide.
            onChange={(trigger) => setDraft({ ...draft, trigger })}
            error={issueText(t, shown, 'trigger')}
          />
        </section>

        <section className="card stack" aria-labelledby="rule-condition-title">
          <h2 id="rule-condition-title" className="section-title">
            {t('automations.editor.onlyIf')}
          </h2>
          <label className="checkbox switch">
            <input
              type="checkbox"
              checked={draft.condition !== null}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  condition: event.target.checked ? { all: [{ field: '', op: 'eq', value: '' }] } : null,
                })
              }
              data-testid="rule-has-condition"
            />
            {t('automations.condition.enabled')}
          </label>
          <p className="field-hint">{t('automations.condition.hint')}</p>
          <datalist id={suggestionsId}>
            {fieldSuggestions(draft.trigger.type).map((field) => (
              <option key={field} value={field} />
            ))}
          </datalist>
          {draft.condition && (
            <ConditionGroupEditor
              condition={'field' in draft.condition ? { all: [draft.condition] } : draft.condition}
              onChange={(condition) => setDraft({ ...draft, condition })}
              depth={0}
              idBase="automation-condition"
              issuePrefix="condition"
              rootLabel={t('automations.editor.onlyIf')}
              newLeaf={() => ({ field: '', op: 'eq', value: '' })}
              renderLeaf={(slot) => <ConditionLeafEditor {...slot} suggestionsId={suggestionsId} />}
            />
          )}
        </section>

        <section className="card stack" aria-labelledby="rule-actions-title">
          <h2 id="rule-actions-title" className="section-title">
            {t('automations.editor.then')}
          </h2>
          <p className="field-hint">{t('automations.actions.hint')}</p>
          {draft.actions.length === 0 && <p className="field-error">{t('automations.issues.no_actions')}</p>}
          <ol className="editor-list">
            {draft.actions.map((action, index) => (
              // Actions have no identity of their own; every input in them is controlled.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index} className="editor-card" data-testid="automation-action">
                <div className="editor-card-header">
                  <h3 className="editor-card-title">
                    {t('automations.actions.numbered', {
                      number: index + 1,
                      type: t(`automations.actionTypes.${action.type}`),
                    })}
                  </h3>
                  <ItemControls
                    idPrefix={`action-${index}`}
                    index={index}
                    count={draft.actions.length}
                    onMove={(delta) => setDraft({ ...draft, actions: moveItem(draft.actions, index, delta) })}
                    onRemove={() =>
                      setDraft({ ...draft, actions: draft.actions.filter((_, i) => i !== index) })
                    }
                    labels={{
                      up: t('automations.actions.moveUp', { number: index + 1 }),
                      down: t('automations.actions.moveDown', { number: index + 1 }),
                      remove: t('automations.actions.removeNamed', { number: index + 1 }),
                      removeText: t('automations.actions.remove'),
                    }}
                  />
                </div>
                <ActionFields
                  action={action}
                  index={index}
                  triggerType={draft.trigger.type}
                  onChange={(next) => setAction(index, next)}
                  error={issueText(t, shown, `actions.${index}`)}
                />
              </li>
            ))}
          </ol>
          <AddActionPicker
            triggerType={draft.trigger.type}
            disabled={draft.actions.length >= MAX_ACTIONS}
            onAdd={(type) => setDraft({ ...draft, actions: [...draft.actions, defaultAction(type)] })}
          />
        </section>

        <TestPanel draft={draft} />

        {showIssues && issues.length > 0 && (
          <p className="alert alert-error" role="alert">
            {t('automations.issues.summary', { count: issues.length })}
          </p>
        )}
        <FormError error={create.error ?? update.error} testId="automation-save-error" />
        <div className="editor-bar">
          <div className="button-row">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={isSaving}
              data-testid="save-automation"
            >
              {isSaving ? t('common.working') : t('common.save')}
            </button>
            {rule === null || !rule.active ? (
              <button
                type="button"
                className="btn btn-secondary"
                disabled={isSaving}
                onClick={() => save(true)}
                data-testid="enable-automation"
              >
                {rule === null || isDirty
                  ? t('automations.editor.saveAndEnable')
                  : t('automations.editor.enable')}
              </button>
            ) : (
              <button
                type="button"
                className="btn btn-secondary"
                disabled={isSaving}
                onClick={() => save(false)}
                data-testid="disable-automation"
              >
                {t('automations.editor.disable')}
              </button>
            )}
            {rule && (
              <button type="button" className="btn btn-ghost-danger" onClick={() => setConfirmDelete(true)}>
                {t('automations.editor.delete')}
              </button>
            )}
          </div>
          <p className="editor-bar-status muted" role="status">
            {rule === null
              ? t('automations.editor.unsaved')
              : isDirty
                ? t('automations.editor.changed')
                : rule.active
                  ? t('automations.editor.activeSince', { date: formatDateTime(rule.updatedAt) })
                  : t('automations.editor.inactive')}
          </p>
        </div>
      </form>

      {rule && <RunLog ruleId={rule.id} />}

      <ConfirmDialog
        open={confirmDelete}
        title={t('automations.editor.deleteTitle')}
        body={<p>{t('automations.editor.deleteBody', { name: rule?.name ?? '' })}</p>}
        confirmLabel={t('automations.editor.delete')}
        isPending={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setConfirmDelete(false);
          remove.reset();
        }}
        onConfirm={() => {
          if (rule) remove.mutate(rule.id, { onSuccess: () => void navigate('/cases/automations') });
        }}
      />
    </div>
  );
}

/** "Would have fired N times out of M in the last 7 days", with samples — nothing runs. */
function TestPanel({ draft }: { draft: TRuleBody }) {
  const { t } = useTranslation();
  const dryRun = useDryRun();
  const result = dryRun.data;
  const test = () => {
    const body = bodyOfDraft(draft);
    dryRun.mutate({ trigger: body.trigger, condition: body.condition, days: TEST_DAYS });
  };
  return (
    <section className="card stack" aria-labelledby="rule-test-title" data-testid="automation-test">
      <h2 id="rule-test-title" className="section-title">
        {t('automations.test.title')}
      </h2>
      <p className="muted">{t('automations.test.lead')}</p>
      <div>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={test}
          disabled={dryRun.isPending}
          data-testid="test-automation"
        >
          {dryRun.isPending ? t('common.working') : t('automations.test.button', { days: TEST_DAYS })}
        </button>
      </div>
      <FormError error={dryRun.error} />
      <div aria-live="polite">
        {result && (
          <div className="stack-sm" data-testid="automation-test-result">
            <p className="strong">
              {t('automations.test.result', { count: result.wouldFire, evaluated: result.evaluated })}
            </p>
            <p className="muted small">
              {t('automations.test.period', {
                from: formatDateTime(result.from),
                to: formatDateTime(result.to),
              })}
              {result.truncated && ` ${t('automations.test.truncated')}`}
            </p>
            {result.samples.length > 0 && (
              <ul className="plain-list">
                {result.samples.map((sample) => (
                  <li key={`${sample.subjectKind}:${sample.subjectId}:${sample.occurredAt}`}>
                    <span className="muted nowrap">{formatDateTime(sample.occurredAt)}</span> ·{' '}
                    <span>{t(`automations.subjects.${sample.subjectKind}`)}</span> · {sample.summary}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

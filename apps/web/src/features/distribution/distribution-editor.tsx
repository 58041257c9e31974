import { effectivePriority } from '@touchpoint/core';
import {
  SURVEY_PRIORITIES,
  type TConditionOperator,
  type TSurveyPriority,
} from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { useCan } from '../auth/auth.api';
import { SegmentChecklist } from '../segments/segment-select';
import { LIST_OPERATORS, VALUE_FREE_OPERATORS } from '../surveys/editor/condition';
import { ConditionGroupEditor, type TLeafSlot } from '../surveys/editor/condition-group';
import { ListInput } from '../surveys/editor/logic-editor';
import { useContactBudget } from './distribution.api';
import {
  ATTRIBUTE_PREFIX,
  DELAY_UNITS,
  LIMITS,
  newAttributeLeaf,
  newEventTrigger,
  newWidgetTrigger,
  parseInteger,
  type TDelayUnit,
  type TDistributionDraft,
  type TDraftEventTrigger,
  type TDraftWidgetTrigger,
  type TWidgetTriggerType,
  WIDGET_TRIGGER_TYPES,
} from './distribution-draft';

interface DistributionEditorProps {
  draft: TDistributionDraft;
  onChange: (draft: TDistributionDraft) => void;
  issueNames: Set<string>;
  focusLater: (...ids: string[]) => void;
}

/** How a survey reaches people: priority under the contact budget, cadence, sampling, triggers, widget. */
export function DistributionEditor({ draft, onChange, issueNames, focusLater }: DistributionEditorProps) {
  return (
    <div className="stack-lg" data-testid="distribution-editor">
      <AudienceCard draft={draft} onChange={onChange} issueNames={issueNames} />
      <EventTriggersCard draft={draft} onChange={onChange} issueNames={issueNames} focusLater={focusLater} />
      <WidgetCard draft={draft} onChange={onChange} issueNames={issueNames} focusLater={focusLater} />
    </div>
  );
}

type CardProps = Omit<DistributionEditorProps, 'focusLater'>;

function AudienceCard({ draft, onChange, issueNames }: CardProps) {
  const { t } = useTranslation();
  const budget = useContactBudget();
  const canManageSettings = useCan('settings.manage');
  const cadenceDays = draft.hasCadence ? parseInteger(draft.cadenceDays) : null;
  const automatic = effectivePriority({
    cadenceDays: Number.isInteger(cadenceDays) ? cadenceDays : null,
  });
  const current = budget.data?.contactBudget;

  return (
    <section className="card" aria-labelledby="distribution-audience-title">
      <h2 id="distribution-audience-title" className="section-title">
        {t('distribution.audience.title')}
      </h2>
      <p className="muted">{t('distribution.audience.lead')}</p>
      <div className="form-grid">
        <SelectField
          id="dist-priority"
          label={t('distribution.priority.label')}
          value={draft.priority}
          onChange={(event) => onChange({ ...draft, priority: event.target.value as TSurveyPriority | '' })}
          data-testid="distribution-priority"
        >
          <option value="">
            {t('distribution.priority.automatic', { priority: t(`distribution.priority.${automatic}`) })}
          </option>
          {SURVEY_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`distribution.priority.${priority}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="chip-fieldset cadence-field">
          <legend>{t('distribution.cadence.label')}</legend>
          <label className="checkbox checkbox-plain">
            <input
              type="checkbox"
              checked={draft.hasCadence}
              onChange={(event) => onChange({ ...draft, hasCadence: event.target.checked })}
              data-testid="distribution-has-cadence"
            />
            {t('distribution.cadence.limit')}
          </label>
          {draft.hasCadence && (
            <div className="inline-number">
              <input
                id="dist-cadence"
                type="number"
                inputMode="numeric"
                min={LIMITS.cadenceDays.min}
                max={LIMITS.cadenceDays.max}
                value={draft.cadenceDays}
                aria-label={t('distribution.cadence.daysLabel')}
                aria-invalid={issueNames.has('distribution.cadenceDays') || undefined}
                aria-describedby={
                  issueNames.has('distribution.cadenceDays') ? 'dist-cadence-error' : 'dist-cadence-hint'
                }
                onChange={(event) => onChange({ ...draft, cadenceDays: event.target.value })}
                data-testid="distribution-cadence"
              />
              <span aria-hidden="true">{t('distribution.cadence.days')}</span>
            </div>
          )}
          {issueNames.has('distribution.cadenceDays') && (
            <p className="field-error" id="dist-cadence-error">
              {t('distribution.issues.cadence_range')}
            </p>
          )}
          <p className="field-hint" id="dist-cadence-hint">
            {t('distribution.cadence.hint')}
          </p>
        </fieldset>
        <TextField
          id="dist-sampling"
          type="number"
          inputMode="numeric"
          min={LIMITS.samplingPercent.min}
          max={LIMITS.samplingPercent.max}
          label={t('distribution.sampling.label')}
          value={draft.samplingPercent}
          onChange={(event) => onChange({ ...draft, samplingPercent: event.target.value })}
          hint={t('distribution.sampling.hint')}
          error={
            issueNames.has('distribution.samplingPercent')
              ? t('distribution.issues.sampling_range')
              : undefined
          }
          data-testid="distribution-sampling"
        />
      </div>
      <div className="alert alert-info explainer" data-testid="priority-explainer">
        <p>
          <strong>{t('distribution.explainer.title')}</strong>
        </p>
        <p>{t('distribution.explainer.rule')}</p>
        <p>{t('distribution.explainer.default')}</p>
        <p>
          {budget.isPending
            ? t('common.loading')
            : current
              ? t('distribution.explainer.budget', { count: current.maxSurveys, days: current.perDays })
              : t('distribution.explainer.noBudget')}{' '}
          {canManageSettings && (
            <Link to="/settings/contact-budget">{t('distribution.explainer.change')}</Link>
          )}
        </p>
      </div>
    </section>
  );
}

interface ListCardProps extends CardProps {
  focusLater: (...ids: string[]) => void;
}

function EventTriggersCard({ draft, onChange, issueNames, focusLater }: ListCardProps) {
  const { t } = useTranslation();
  const setTrigger = (key: string, change: Partial<TDraftEventTrigger>) =>
    onChange({
      ...draft,
      triggers: draft.triggers.map((trigger) => (trigger.key === key ? { ...trigger, ...change } : trigger)),
    });

  return (
    <section className="card" aria-labelledby="distribution-triggers-title">
      <h2 id="distribution-triggers-title" className="section-title" tabIndex={-1}>
        {t('distribution.triggers.title')}
      </h2>
      <p className="muted">{t('distribution.triggers.lead')}</p>
      {draft.triggers.length === 0 ? (
        <p className="muted small trigger-empty">{t('distribution.triggers.empty')}</p>
      ) : (
        <ul className="trigger-list">
          {draft.triggers.map((trigger, index) => {
            const at = `distribution.triggers.${index}`;
            const number = index + 1;
            return (
              <li key={trigger.key} className="trigger-row" data-testid="event-trigger">
                <TextField
                  id={`${trigger.key}-event`}
                  label={t('distribution.triggers.event', { number })}
                  value={trigger.event}
                  maxLength={200}
                  spellCheck={false}
                  placeholder="order.delivered"
                  className="field-grow"
                  onChange={(event) => setTrigger(trigger.key, { event: event.target.value })}
                  error={
                    issueNames.has(`${at}.event`)
                      ? trigger.event.trim()
                        ? t('distribution.issues.event_format')
                        : t('distribution.issues.event_required')
                      : undefined
                  }
                />
                <div className="field field-delay">
                  <label htmlFor={`${trigger.key}-delay`}>
                    {t('distribution.triggers.delay', { number })}
                  </label>
                  <div className="inline-number">
                    <input
                      id={`${trigger.key}-delay`}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      value={trigger.delay}
                      aria-invalid={issueNames.has(`${at}.delayMinutes`) || undefined}
                      onChange={(event) => setTrigger(trigger.key, { delay: event.target.value })}
                    />
                    <select
                      aria-label={t('distribution.triggers.unit', { number })}
                      value={trigger.unit}
                      onChange={(event) =>
                        setTrigger(trigger.key, { unit: event.target.value as TDelayUnit })
                      }
                    >
                      {DELAY_UNITS.map((unit) => (
                        <option key={unit} value={unit}>
                          {t(`distribution.units.${unit}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  {issueNames.has(`${at}.delayMinutes`) && (
                    <p className="field-error">{t('distribution.issues.delay_range')}</p>
                  )}
                </div>
                <SelectField
                  label={t('distribution.triggers.channel', { number })}
                  value="email"
                  onChange={() => {}}
                >
                  <option value="email">{t('channels.email')}</option>
                </SelectField>
                <button
                  type="button"
                  className="icon-button icon-button-danger trigger-remove"
                  onClick={() => {
                    const neighbour = draft.triggers[index + 1] ?? draft.triggers[index - 1];
                    onChange({
                      ...draft,
                      triggers: draft.triggers.filter((item) => item.key !== trigger.key),
                    });
                    focusLater(neighbour ? `${neighbour.key}-event` : 'add-event-trigger');
                  }}
                  aria-label={t('distribution.triggers.remove', { number })}
                >
                  <Icon name="close" size={16} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <button
          type="button"
          id="add-event-trigger"
          className="btn btn-secondary btn-small"
          disabled={draft.triggers.length >= LIMITS.triggers}
          onClick={() => {
            const trigger = newEventTrigger();
            onChange({ ...draft, triggers: [...draft.triggers, trigger] });
            focusLater(`${trigger.key}-event`);
          }}
        >
          <Icon name="plus" size={16} />
          {t('distribution.triggers.add')}
        </button>
      </div>
    </section>
  );
}

const TRIGGER_VALUE: Record<
  Exclude<TWidgetTriggerType, 'exit_intent'>,
  'urlPattern' | 'selector' | 'event'
> = {
  page_view: 'urlPattern',
  click: 'selector',
  event: 'event',
};

function WidgetCard({ draft, onChange, issueNames, focusLater }: ListCardProps) {
  const { t } = useTranslation();
  const setTrigger = (key: string, change: Partial<TDraftWidgetTrigger>) =>
    onChange({
      ...draft,
      widgetTriggers: draft.widgetTriggers.map((trigger) =>
        trigger.key === key ? { ...trigger, ...change } : trigger,
      ),
    });

  return (
    <section className="card" aria-labelledby="distribution-widget-title">
      <h2 id="distribution-widget-title" className="section-title">
        {t('distribution.widget.title')}
      </h2>
      <p className="muted">{t('distribution.widget.lead')}</p>
      <label className="checkbox switch">
        <input
          type="checkbox"
          checked={draft.widgetEnabled}
          onChange={(event) => onChange({ ...draft, widgetEnabled: event.target.checked })}
          data-testid="widget-enabled"
        />
        {t('distribution.widget.enabled')}
      </label>
      {draft.widgetEnabled && (
        <div className="stack">
          <fieldset className="plain-fieldset stack">
            <legend className="subsection-title">{t('distribution.widget.triggersTitle')}</legend>
            {draft.widgetTriggers.length === 0 ? (
              <p className="alert alert-warning" role="status">
                {t('distribution.widget.noTriggers')}
              </p>
            ) : (
              <ul className="trigger-list">
                {draft.widgetTriggers.map((trigger, index) => {
                  const number = index + 1;
                  const valueField = trigger.type === 'exit_intent' ? null : TRIGGER_VALUE[trigger.type];
                  const issueName = valueField ? `distribution.widget.triggers.${index}.${valueField}` : '';
                  return (
                    <li key={trigger.key} className="trigger-row" data-testid="widget-trigger">
                      <SelectField
                        id={`${trigger.key}-type`}
                        label={t('distribution.widget.type', { number })}
                        value={trigger.type}
                        onChange={(event) =>
                          setTrigger(trigger.key, { type: event.target.value as TWidgetTriggerType })
                        }
                      >
                        {WIDGET_TRIGGER_TYPES.map((type) => (
                          <option key={type} value={type}>
                            {t(`distribution.widget.types.${type}`)}
                          </option>
                        ))}
                      </SelectField>
                      {valueField ? (
                        <TextField
                          id={`${trigger.key}-value`}
                          label={t(`distribution.widget.values.${valueField}`, { number })}
                          value={trigger[valueField]}
                          maxLength={valueField === 'urlPattern' ? 500 : 200}
                          spellCheck={false}
                          className="field-grow"
                          placeholder={t(`distribution.widget.placeholders.${valueField}`)}
                          hint={t(`distribution.widget.hints.${valueField}`)}
                          onChange={(event) => setTrigger(trigger.key, { [valueField]: event.target.value })}
                          error={
                            issueNames.has(issueName) ? t('distribution.issues.value_required') : undefined
                          }
                        />
                      ) : (
                        <p className="field-grow muted small trigger-note">
                          {t('distribution.widget.hints.exitIntent')}
                        </p>
                      )}
                      <button
                        type="button"
                        className="icon-button icon-button-danger trigger-remove"
                        onClick={() => {
                          const neighbour =
                            draft.widgetTriggers[index + 1] ?? draft.widgetTriggers[index - 1];
                          onChange({
                            ...draft,
                            widgetTriggers: draft.widgetTriggers.filter((item) => item.key !== trigger.key),
                          });
                          focusLater(neighbour ? `${neighbour.key}-type` : 'add-widget-trigger');
                        }}
                        aria-label={t('distribution.widget.remove', { number })}
                      >
                        <Icon name="close" size={16} />
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            <div>
              <button
                type="button"
                id="add-widget-trigger"
                className="btn btn-secondary btn-small"
                disabled={draft.widgetTriggers.length >= LIMITS.widgetTriggers}
                onClick={() => {
                  const trigger = newWidgetTrigger();
                  onChange({ ...draft, widgetTriggers: [...draft.widgetTriggers, trigger] });
                  focusLater(`${trigger.key}-type`);
                }}
              >
                <Icon name="plus" size={16} />
                {t('distribution.widget.add')}
              </button>
            </div>
          </fieldset>

          <div className="stack" id="dist-targeting" tabIndex={-1}>
            <label className="checkbox switch">
              <input
                type="checkbox"
                checked={draft.targeting !== null}
                onChange={(event) =>
                  onChange({
                    ...draft,
                    targeting: event.target.checked ? { all: [newAttributeLeaf()] } : null,
                  })
                }
                data-testid="widget-targeting"
              />
              {t('distribution.targeting.enabled')}
            </label>
            <p className="field-hint">{t('distribution.targeting.hint')}</p>
            {draft.targeting && (
              <div>
                <ConditionGroupEditor
                  condition={'field' in draft.targeting ? { all: [draft.targeting] } : draft.targeting}
                  onChange={(targeting) => onChange({ ...draft, targeting })}
                  depth={0}
                  idBase="targeting"
                  issuePrefix="distribution.widget.targeting"
                  rootLabel={t('distribution.targeting.title')}
                  newLeaf={newAttributeLeaf}
                  renderLeaf={(slot) => (
                    <AttributeLeafEditor
                      {...slot}
                      issues={[...issueNames].filter((name) => name === slot.issuePath)}
                    />
                  )}
                />
              </div>
            )}
            <SegmentChecklist
              legend={t('distribution.targeting.segments')}
              hint={t('distribution.targeting.segmentsHint')}
              value={draft.segmentIds ?? []}
              onChange={(segmentIds) => onChange({ ...draft, segmentIds })}
            />
          </div>
        </div>
      )}
    </section>
  );
}

const ATTRIBUTE_OPERATORS: readonly TConditionOperator[] = [
  'eq',
  'neq',
  'contains',
  'not_contains',
  'in',
  'nin',
  'gt',
  'gte',
  'lt',
  'lte',
  'answered',
  'skipped',
];

/** One comparison on a visitor attribute: `attributes.plan is gold`. */
function AttributeLeafEditor({
  leaf,
  number,
  onChange,
  onRemove,
  idBase,
  issues,
}: TLeafSlot & { issues: string[] }) {
  const { t } = useTranslation();
  const name = leaf.field.startsWith(ATTRIBUTE_PREFIX)
    ? leaf.field.slice(ATTRIBUTE_PREFIX.length)
    : leaf.field;
  const isList = LIST_OPERATORS.has(leaf.op);
  const hasIssue = issues.length > 0;
  const value = leaf.value;
  const setOp = (op: TConditionOperator) => {
    if (VALUE_FREE_OPERATORS.has(op)) return onChange({ field: leaf.field, op });
    const list = Array.isArray(value)
      ? value.map(String)
      : value === undefined || value === ''
        ? []
        : [String(value)];
    return onChange({ field: leaf.field, op, value: LIST_OPERATORS.has(op) ? list : list.join(', ') });
  };
  const opLabel = (op: TConditionOperator) =>
    op === 'answered'
      ? t('distribution.targeting.isSet')
      : op === 'skipped'
        ? t('distribution.targeting.isNotSet')
        : t(`surveyEditor.logic.ops.${op}`);

  return (
    <div
      className={`condition-leaf${hasIssue ? ' condition-leaf-invalid' : ''}`}
      data-testid="targeting-condition"
    >
      <TextField
        id={`${idBase}-field`}
        label={t('distribution.targeting.attribute', { number })}
        value={name}
        maxLength={LIMITS.attributeName}
        spellCheck={false}
        placeholder="plan"
        onChange={(event) => onChange({ ...leaf, field: `${ATTRIBUTE_PREFIX}${event.target.value.trim()}` })}
        error={hasIssue && !name.trim() ? t('distribution.issues.attribute_required') : undefined}
      />
      <SelectField
        label={t('surveyEditor.logic.operator', { number })}
        value={leaf.op}
        onChange={(event) => setOp(event.target.value as TConditionOperator)}
      >
        {ATTRIBUTE_OPERATORS.map((op) => (
          <option key={op} value={op}>
            {opLabel(op)}
          </option>
        ))}
      </SelectField>
      {!VALUE_FREE_OPERATORS.has(leaf.op) &&
        (isList ? (
          <ListInput
            id={`${idBase}-value`}
            label={t('surveyEditor.logic.value', { number })}
            value={leaf.value}
            onChange={(next) => onChange({ ...leaf, value: next })}
          />
        ) : (
          <TextField
            id={`${idBase}-value`}
            label={t('surveyEditor.logic.value', { number })}
            value={Array.isArray(value) ? value.join(', ') : String(value ?? '')}
            maxLength={500}
            inputMode={['gt', 'gte', 'lt', 'lte'].includes(leaf.op) ? 'decimal' : undefined}
            onChange={(event) => onChange({ ...leaf, value: event.target.value })}
            error={hasIssue && name.trim() ? t('distribution.issues.value_needed') : undefined}
          />
        ))}
      <button
        type="button"
        className="icon-button icon-button-danger condition-remove"
        onClick={onRemove}
        aria-label={t('surveyEditor.logic.removeCondition', { number })}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}

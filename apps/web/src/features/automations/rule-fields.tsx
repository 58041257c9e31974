import {
  AUTOMATION_ACTION_TYPES,
  AUTOMATION_TRIGGER_TYPES,
  BANDS_BY_METRIC,
  CASE_PRIORITIES,
  CASE_STATUSES,
  ELAPSED_SINCE,
  SCORE_METRICS,
  type TAutomationAction,
  type TAutomationActionType,
  type TAutomationTrigger,
  type TConditionOperator,
} from '@touchpoint/schemas/browser';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields';
import { Icon } from '../../components/icons';
import { useCan } from '../auth/auth.api';
import { useTopics } from '../insights/text/text.api';
import { SegmentOptions } from '../segments/segment-select';
import { useMembers, useTeams } from '../settings/settings.api';
import { useWebhooks } from '../settings/webhooks.api';
import type { TLeafSlot } from '../surveys/editor/condition-group';
import { useSurveys } from '../surveys/surveys.api';
import { useCouponPools } from './automations.api';
import { actionTypesFor, defaultTrigger, fitBand, isCaseTrigger } from './rule-draft';

type CaseStatus = (typeof CASE_STATUSES)[number];

function SurveyOptions() {
  const surveys = useSurveys({}, { pageSize: 200 });
  return (
    <>
      {surveys.items.map((survey) => (
        <option key={survey.id} value={survey.id}>
          {survey.name}
        </option>
      ))}
    </>
  );
}

function TeamOptions() {
  const teams = useTeams();
  return (
    <>
      {teams.items.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
}

function CaseStatusOptions() {
  const { t } = useTranslation();
  return (
    <>
      {CASE_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(`automations.caseStatuses.${status}`)}
        </option>
      ))}
    </>
  );
}

/** The trigger picker and the parameters of the chosen trigger. */
export function TriggerFields({
  trigger,
  onChange,
  error,
}: {
  trigger: TAutomationTrigger;
  onChange: (trigger: TAutomationTrigger) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const topics = useTopics();
  return (
    <div className="stack" data-testid="trigger-fields">
      <SelectField
        label={t('automations.trigger.type')}
        name="triggerType"
        value={trigger.type}
        onChange={(event) => onChange(defaultTrigger(event.target.value as TAutomationTrigger['type']))}
        data-testid="trigger-type"
      >
        {AUTOMATION_TRIGGER_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`automations.triggers.${type.replace('.', '_')}`)}
          </option>
        ))}
      </SelectField>
      <p className="field-hint">{t(`automations.triggerHints.${trigger.type.replace('.', '_')}`)}</p>
      <div className="form-grid">
        {(trigger.type === 'response.received' || trigger.type === 'score.band') && (
          <SelectField
            label={t('automations.trigger.survey')}
            name="triggerSurvey"
            value={trigger.surveyId ?? ''}
            onChange={(event) => {
              const { surveyId: _previous, ...rest } = trigger;
              onChange(event.target.value ? { ...rest, surveyId: event.target.value } : rest);
            }}
          >
            <option value="">{t('automations.trigger.anySurvey')}</option>
            <SurveyOptions />
          </SelectField>
        )}
        {trigger.type === 'score.band' && (
          <>
            <SelectField
              label={t('automations.trigger.metric')}
              name="triggerMetric"
              value={trigger.metric}
              onChange={(event) => {
                const metric = event.target.value as (typeof SCORE_METRICS)[number];
                onChange({ ...trigger, metric, band: fitBand(metric, trigger.band) });
              }}
            >
              {SCORE_METRICS.map((metric) => (
                <option key={metric} value={metric}>
                  {t(`automations.metrics.${metric}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('automations.trigger.band')}
              name="triggerBand"
              value={trigger.band}
              onChange={(event) => onChange({ ...trigger, band: event.target.value as typeof trigger.band })}
              data-testid="trigger-band"
            >
              {BANDS_BY_METRIC[trigger.metric].map((band) => (
                <option key={band} value={band}>
                  {t(`automations.bandsFor.${trigger.metric}.${band}`)}
                </option>
              ))}
            </SelectField>
          </>
        )}
        {trigger.type === 'topic.detected' && (
          <SelectField
            label={t('automations.trigger.topic')}
            name="triggerTopic"
            value={trigger.topicId}
            onChange={(event) => onChange({ ...trigger, topicId: event.target.value })}
            error={error}
          >
            <option value="">{t('automations.choose')}</option>
            {(topics.data ?? []).map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </SelectField>
        )}
        {trigger.type === 'event.tracked' && (
          <TextField
            label={t('automations.trigger.event')}
            name="triggerEvent"
            value={trigger.event}
            maxLength={100}
            spellCheck={false}
            placeholder="order.delivered"
            list="automation-event-suggestions"
            hint={t('automations.trigger.eventHint')}
            onChange={(event) => onChange({ ...trigger, event: event.target.value })}
            error={error}
          />
        )}
        {trigger.type === 'event.tracked' && (
          // "Risk became high": the churn model records this event when a person's band turns high.
          <datalist id="automation-event-suggestions">
            <option value="churn_risk.became_high">{t('automations.trigger.riskBecameHigh')}</option>
          </datalist>
        )}
        {trigger.type === 'case.status_changed' && (
          <>
            <SelectField
              label={t('automations.trigger.from')}
              name="triggerFrom"
              value={trigger.from ?? ''}
              onChange={(event) => {
                const { from: _previous, ...rest } = trigger;
                onChange(event.target.value ? { ...rest, from: event.target.value as CaseStatus } : rest);
              }}
            >
              <option value="">{t('automations.anyStatus')}</option>
              <CaseStatusOptions />
            </SelectField>
            <SelectField
              label={t('automations.trigger.to')}
              name="triggerTo"
              value={trigger.to ?? ''}
              onChange={(event) => {
                const { to: _previous, ...rest } = trigger;
                onChange(event.target.value ? { ...rest, to: event.target.value as CaseStatus } : rest);
              }}
            >
              <option value="">{t('automations.anyStatus')}</option>
              <CaseStatusOptions />
            </SelectField>
          </>
        )}
        {trigger.type === 'time.elapsed' && (
          <>
            <TextField
              label={t('automations.trigger.hours')}
              name="triggerHours"
              type="number"
              min={0.5}
              max={8760}
              step={0.5}
              inputMode="decimal"
              value={Number.isFinite(trigger.hours) ? String(trigger.hours) : ''}
              onChange={(event) => onChange({ ...trigger, hours: Number(event.target.value) })}
              error={error}
            />
            <SelectField
              label={t('automations.trigger.since')}
              name="triggerSince"
              value={trigger.since}
              onChange={(event) =>
                onChange({ ...trigger, since: event.target.value as (typeof ELAPSED_SINCE)[number] })
              }
            >
              {ELAPSED_SINCE.map((since) => (
                <option key={since} value={since}>
                  {t(`automations.since.${since.replace('.', '_')}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('automations.trigger.status')}
              name="triggerStatus"
              value={trigger.status ?? ''}
              onChange={(event) => {
                const { status: _previous, ...rest } = trigger;
                onChange(event.target.value ? { ...rest, status: event.target.value as CaseStatus } : rest);
              }}
            >
              <option value="">{t('automations.openStatus')}</option>
              <CaseStatusOptions />
            </SelectField>
          </>
        )}
      </div>
    </div>
  );
}

const OPERATORS: readonly TConditionOperator[] = [
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'nin',
  'contains',
  'not_contains',
  'answered',
  'skipped',
];
const VALUE_FREE = new Set<TConditionOperator>(['answered', 'skipped']);
const LISTS = new Set<TConditionOperator>(['in', 'nin']);

/** One comparison: a field (suggested for the trigger, any can be typed), an operator and a value. */
export function ConditionLeafEditor({
  leaf,
  number,
  onChange,
  onRemove,
  idBase,
  suggestionsId,
}: TLeafSlot & { suggestionsId: string }) {
  const { t } = useTranslation();
  const value = leaf.value;
  const text = Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);
  const setValue = (raw: string, op = leaf.op) => {
    if (VALUE_FREE.has(op)) return onChange({ field: leaf.field, op });
    if (LISTS.has(op)) return onChange({ field: leaf.field, op, value: raw.split(',').map((v) => v.trim()) });
    return onChange({ field: leaf.field, op, value: raw });
  };
  return (
    <div className="condition-leaf" data-testid="automation-condition">
      <TextField
        id={`${idBase}-field`}
        label={t('automations.condition.field', { number })}
        value={leaf.field}
        list={suggestionsId}
        maxLength={100}
        spellCheck={false}
        placeholder="nps"
        onChange={(event) => onChange({ ...leaf, field: event.target.value })}
      />
      <SelectField
        id={`${idBase}-op`}
        label={t('automations.condition.operator', { number })}
        value={leaf.op}
        onChange={(event) => setValue(text, event.target.value as TConditionOperator)}
      >
        {OPERATORS.map((op) => (
          <option key={op} value={op}>
            {t(`automations.ops.${op}`)}
          </option>
        ))}
      </SelectField>
      {!VALUE_FREE.has(leaf.op) && leaf.field === 'segments' && !LISTS.has(leaf.op) ? (
        // The segment picker: the condition stores the segment's id, people choose it by name.
        <SelectField
          id={`${idBase}-value`}
          label={t('automations.condition.value', { number })}
          value={text}
          onChange={(event) => setValue(event.target.value)}
          data-testid="automation-condition-segment"
        >
          <option value="">{t('segments.picker.choose')}</option>
          <SegmentOptions value={text} />
        </SelectField>
      ) : (
        !VALUE_FREE.has(leaf.op) && (
          <TextField
            id={`${idBase}-value`}
            label={t('automations.condition.value', { number })}
            value={text}
            maxLength={500}
            hint={LISTS.has(leaf.op) ? t('automations.condition.listHint') : undefined}
            onChange={(event) => setValue(event.target.value)}
          />
        )
      )}
      <button
        type="button"
        className="icon-button icon-button-danger condition-remove"
        onClick={onRemove}
        aria-label={t('automations.condition.remove', { number })}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}

/** The picker of the next action to add, limited to what the trigger allows. */
export function AddActionPicker({
  triggerType,
  disabled,
  onAdd,
}: {
  triggerType: TAutomationTrigger['type'];
  disabled: boolean;
  onAdd: (type: TAutomationActionType) => void;
}) {
  const { t } = useTranslation();
  const types = actionTypesFor(triggerType, AUTOMATION_ACTION_TYPES);
  return (
    <div className="inline-form">
      <SelectField
        label={t('automations.actions.add')}
        name="addAction"
        defaultValue=""
        disabled={disabled}
        onChange={(event) => {
          if (!event.target.value) return;
          onAdd(event.target.value as TAutomationActionType);
          event.target.value = '';
        }}
        data-testid="add-action"
      >
        <option value="">{t('automations.actions.choose')}</option>
        {types.map((type) => (
          <option key={type} value={type}>
            {t(`automations.actionTypes.${type}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

function Row({ children }: { children: ReactNode }) {
  return <div className="form-grid">{children}</div>;
}

/** The fields of one action, by its type. */
export function ActionFields({
  action,
  index,
  triggerType,
  onChange,
  error,
}: {
  action: TAutomationAction;
  index: number;
  triggerType: TAutomationTrigger['type'];
  onChange: (action: TAutomationAction) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const canWebhooks = useCan('webhooks.manage');
  const members = useMembers({ pageSize: 200 });
  const pools = useCouponPools();
  const id = (name: string) => `action-${index}-${name}`;
  switch (action.type) {
    case 'create_case':
      return (
        <Row>
          <TextField
            id={id('title')}
            label={t('automations.fields.caseTitle')}
            value={action.title ?? ''}
            maxLength={200}
            hint={t('automations.fields.caseTitleHint')}
            onChange={(event) => {
              const { title: _previous, ...rest } = action;
              onChange(event.target.value ? { ...rest, title: event.target.value } : rest);
            }}
          />
          <SelectField
            id={id('priority')}
            label={t('automations.fields.priority')}
            value={action.priority ?? 'normal'}
            onChange={(event) =>
              onChange({ ...action, priority: event.target.value as typeof action.priority })
            }
          >
            {CASE_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`automations.priorities.${priority}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={id('team')}
            label={t('automations.fields.team')}
            value={action.teamId ?? ''}
            onChange={(event) => {
              const { teamId: _previous, ...rest } = action;
              onChange(event.target.value ? { ...rest, teamId: event.target.value } : rest);
            }}
          >
            <option value="">{t('automations.fields.routed')}</option>
            <TeamOptions />
          </SelectField>
        </Row>
      );
    case 'assign_case':
      return (
        <>
          {!isCaseTrigger(triggerType) && <p className="field-error">{t('automations.issues.case_only')}</p>}
          <Row>
            <SelectField
              id={id('team')}
              label={t('automations.fields.team')}
              value={action.teamId === undefined ? 'keep' : (action.teamId ?? 'none')}
              onChange={(event) => {
                const { teamId: _previous, ...rest } = action;
                const value = event.target.value;
                onChange(value === 'keep' ? rest : { ...rest, teamId: value === 'none' ? null : value });
              }}
              error={error}
            >
              <option value="keep">{t('automations.fields.keep')}</option>
              <option value="none">{t('automations.fields.noTeam')}</option>
              <TeamOptions />
            </SelectField>
            <SelectField
              id={id('assignee')}
              label={t('automations.fields.assignee')}
              value={action.assigneeId === undefined ? 'keep' : (action.assigneeId ?? 'none')}
              onChange={(event) => {
                const { assigneeId: _previous, ...rest } = action;
                const value = event.target.value;
                onChange(value === 'keep' ? rest : { ...rest, assigneeId: value === 'none' ? null : value });
              }}
            >
              <option value="keep">{t('automations.fields.keepOrRoundRobin')}</option>
              <option value="none">{t('automations.fields.unassigned')}</option>
              {members.items
                .filter((member) => !member.deactivatedAt)
                .map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name || member.email}
                  </option>
                ))}
            </SelectField>
          </Row>
        </>
      );
    case 'notify_team':
      return (
        <Row>
          <SelectField
            id={id('team')}
            label={t('automations.fields.team')}
            value={action.teamId}
            onChange={(event) => onChange({ ...action, teamId: event.target.value })}
            error={error && !action.teamId ? error : undefined}
          >
            <option value="">{t('automations.choose')}</option>
            <TeamOptions />
          </SelectField>
          <TextField
            id={id('message')}
            label={t('automations.fields.message')}
            value={action.message}
            maxLength={1000}
            onChange={(event) => onChange({ ...action, message: event.target.value })}
            error={error && !action.message.trim() ? error : undefined}
          />
        </Row>
      );
    case 'notify_email':
      return (
        <div className="stack-sm">
          <fieldset className="chip-fieldset">
            <legend>{t('automations.fields.recipients')}</legend>
            <div className="chip-checks">
              <TeamChecks
                value={action.teamIds ?? []}
                onChange={(teamIds) => onChange({ ...action, teamIds })}
                name={id('teams')}
              />
              {members.items
                .filter((member) => !member.deactivatedAt)
                .map((member) => (
                  <label key={member.userId} className="chip-check">
                    <input
                      type="checkbox"
                      name={id('users')}
                      checked={(action.userIds ?? []).includes(member.userId)}
                      onChange={(event) =>
                        onChange({
                          ...action,
                          userIds: event.target.checked
                            ? [...(action.userIds ?? []), member.userId]
                            : (action.userIds ?? []).filter((u) => u !== member.userId),
                        })
                      }
                    />
                    <span>{member.name || member.email}</span>
                  </label>
                ))}
            </div>
          </fieldset>
          <EmailFields action={action} index={index} onChange={onChange} error={error} placeholders={false} />
        </div>
      );
    case 'tag':
      return (
        <TextField
          id={id('tag')}
          label={t('automations.fields.tag')}
          value={action.tag}
          maxLength={50}
          onChange={(event) => onChange({ ...action, tag: event.target.value })}
          error={error}
        />
      );
    case 'add_to_segment':
      return (
        <TextField
          id={id('segment')}
          label={t('automations.fields.segment')}
          value={action.segment}
          maxLength={100}
          hint={t('automations.fields.segmentHint')}
          onChange={(event) => onChange({ ...action, segment: event.target.value })}
          error={error}
        />
      );
    case 'send_email':
      return (
        <div className="stack-sm">
          <SelectField
            id={id('pool')}
            label={t('automations.fields.couponPool')}
            value={action.couponPoolId ?? ''}
            onChange={(event) => {
              const { couponPoolId: _previous, ...rest } = action;
              onChange(event.target.value ? { ...rest, couponPoolId: event.target.value } : rest);
            }}
          >
            <option value="">{t('automations.fields.noCoupon')}</option>
            {pools.items.map((pool) => (
              <option key={pool.id} value={pool.id}>
                {t('automations.fields.poolOption', { name: pool.name, free: pool.free })}
              </option>
            ))}
          </SelectField>
          <EmailFields action={action} index={index} onChange={onChange} error={error} placeholders />
        </div>
      );
    case 'call_webhook':
      return canWebhooks ? (
        <WebhookSelect
          id={id('webhook')}
          value={action.webhookId}
          onChange={(webhookId) => onChange({ ...action, webhookId })}
          error={error}
        />
      ) : (
        <TextField
          id={id('webhook')}
          label={t('automations.fields.webhookId')}
          value={action.webhookId}
          spellCheck={false}
          hint={t('automations.fields.webhookIdHint')}
          onChange={(event) => onChange({ ...action, webhookId: event.target.value.trim() })}
          error={error}
        />
      );
    case 'trigger_survey':
      return (
        <SelectField
          id={id('survey')}
          label={t('automations.fields.survey')}
          value={action.surveyId}
          onChange={(event) => onChange({ ...action, surveyId: event.target.value })}
          error={error}
        >
          <option value="">{t('automations.choose')}</option>
          <SurveyOptions />
        </SelectField>
      );
  }
}

/** Webhooks that take automation.fired (only people who manage webhooks may list them). */
function WebhookSelect({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (webhookId: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const subscribed = webhooks.items.filter((webhook) => webhook.events.includes('automation.fired'));
  return (
    <SelectField
      id={id}
      label={t('automations.fields.webhook')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={
        error ??
        (webhooks.isSuccess && subscribed.length === 0 ? t('automations.fields.noWebhooks') : undefined)
      }
    >
      <option value="">{t('automations.choose')}</option>
      {subscribed.map((webhook) => (
        <option key={webhook.id} value={webhook.id}>
          {webhook.url}
        </option>
      ))}
    </SelectField>
  );
}

function TeamChecks({
  value,
  onChange,
  name,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  name: string;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  return (
    <>
      {teams.items.map((team) => (
        <label key={team.id} className="chip-check">
          <input
            type="checkbox"
            name={name}
            checked={value.includes(team.id)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, team.id] : value.filter((v) => v !== team.id))
            }
          />
          <span>{t('automations.fields.teamChip', { name: team.name })}</span>
        </label>
      ))}
    </>
  );
}

function EmailFields<T extends Extract<TAutomationAction, { subject: string; body: string }>>({
  action,
  index,
  onChange,
  error,
  placeholders,
}: {
  action: T;
  index: number;
  onChange: (action: T) => void;
  error?: string | undefined;
  placeholders: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`action-${index}-subject`}
        label={t('automations.fields.subject')}
        value={action.subject}
        maxLength={200}
        onChange={(event) => onChange({ ...action, subject: event.target.value })}
        error={error && !action.subject.trim() ? error : undefined}
      />
      <div className="field">
        <label htmlFor={`action-${index}-body`}>{t('automations.fields.body')}</label>
        <textarea
          id={`action-${index}-body`}
          rows={5}
          maxLength={10_000}
          value={action.body}
          aria-describedby={`action-${index}-body-hint`}
          onChange={(event) => onChange({ ...action, body: event.target.value })}
        />
        <p className="field-hint" id={`action-${index}-body-hint`}>
          {placeholders
            ? t('automations.fields.placeholders', { coupon: '{{coupon}}', name: '{{customerName}}' })
            : t('automations.fields.memberBodyHint')}
        </p>
        {error && <p className="field-error">{error}</p>}
      </div>
    </>
  );
}

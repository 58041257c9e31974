import {
  ACTION_PLAN_METRICS,
  ACTION_PLAN_STATUSES,
  type TActionPlanMetric,
  type TActionPlanStatus,
} from '@touchpoint/schemas/browser';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields';
import { useTopics } from '../insights/text/text.api';
import { useTouchpoints } from '../journeys/journeys.api';
import { TouchpointSelect } from '../journeys/touchpoint-select';
import { useTeams } from '../settings/settings.api';

/** The editable fields of a plan as the form holds them (strings for inputs). */
export interface TPlanDraft {
  title: string;
  description: string;
  topicId: string | null;
  touchpointId: string | null;
  ownerTeamId: string | null;
  dueDate: string;
  status: TActionPlanStatus;
  metric: TActionPlanMetric;
  expectedEffect: string;
}

export const EMPTY_PLAN_DRAFT: TPlanDraft = {
  title: '',
  description: '',
  topicId: null,
  touchpointId: null,
  ownerTeamId: null,
  dueDate: '',
  status: 'planned',
  metric: 'nps',
  expectedEffect: '',
};

/** The draft as the API takes it; `null` with the name of the field that is not valid. */
export function planBodyOf(
  draft: TPlanDraft,
): { body: Record<string, unknown> } | { invalid: 'title' | 'expectedEffect' } {
  if (!draft.title.trim()) return { invalid: 'title' };
  const effect = draft.expectedEffect.trim().replace(',', '.');
  if (effect && !Number.isFinite(Number(effect))) return { invalid: 'expectedEffect' };
  return {
    body: {
      title: draft.title.trim(),
      description: draft.description.trim(),
      topicId: draft.topicId,
      touchpointId: draft.touchpointId,
      ownerTeamId: draft.ownerTeamId,
      dueDate: draft.dueDate || null,
      status: draft.status,
      metric: draft.metric,
      expectedEffect: effect ? Number(effect) : null,
    },
  };
}

interface PlanFieldsProps {
  draft: TPlanDraft;
  onChange: (draft: TPlanDraft) => void;
  errors: Record<string, string | undefined>;
  disabled?: boolean;
}

/** Title, description, what the plan addresses (topic, touchpoint), who owns it, when, and its metric. */
export function PlanFields({ draft, onChange, errors, disabled }: PlanFieldsProps) {
  const { t } = useTranslation();
  const teams = useTeams();
  const topics = useTopics();
  const touchpoints = useTouchpoints();
  const descriptionId = useId();
  const set = <K extends keyof TPlanDraft>(name: K, value: TPlanDraft[K]) =>
    onChange({ ...draft, [name]: value });

  return (
    <fieldset className="stack plan-fields" disabled={disabled}>
      <TextField
        label={t('act.plans.fields.title')}
        name="planTitle"
        value={draft.title}
        maxLength={200}
        onChange={(event) => set('title', event.target.value)}
        error={errors.title}
        data-testid="plan-title"
      />
      <div className="field">
        <label htmlFor={descriptionId}>{t('act.plans.fields.description')}</label>
        <textarea
          id={descriptionId}
          rows={3}
          maxLength={5000}
          value={draft.description}
          onChange={(event) => set('description', event.target.value)}
        />
      </div>
      <div className="form-grid">
        <SelectField
          label={t('act.plans.fields.topic')}
          value={draft.topicId ?? ''}
          onChange={(event) => set('topicId', event.target.value || null)}
          error={errors.topicId}
          data-testid="plan-topic"
        >
          <option value="">{t('act.plans.noTopic')}</option>
          {(topics.data ?? []).map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </SelectField>
        <TouchpointSelect
          label={t('act.plans.fields.touchpoint')}
          touchpoints={touchpoints.data ?? []}
          value={draft.touchpointId}
          onChange={(id) => set('touchpointId', id)}
          emptyLabel={t('act.plans.noTouchpoint')}
          data-testid="plan-touchpoint"
        />
        <SelectField
          label={t('act.plans.fields.ownerTeam')}
          value={draft.ownerTeamId ?? ''}
          onChange={(event) => set('ownerTeamId', event.target.value || null)}
          error={errors.ownerTeamId}
          data-testid="plan-team"
        >
          <option value="">{t('act.plans.noTeam')}</option>
          {teams.items.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('act.plans.fields.dueDate')}
          type="date"
          value={draft.dueDate}
          onChange={(event) => set('dueDate', event.target.value)}
          error={errors.dueDate}
        />
        <SelectField
          label={t('act.plans.fields.status')}
          value={draft.status}
          onChange={(event) => set('status', event.target.value as TActionPlanStatus)}
          data-testid="plan-status"
        >
          {ACTION_PLAN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`act.plans.status.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('act.plans.fields.metric')}
          value={draft.metric}
          onChange={(event) => set('metric', event.target.value as TActionPlanMetric)}
        >
          {ACTION_PLAN_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {t(`act.plans.metric.${metric}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('act.plans.fields.expectedEffect')}
          inputMode="decimal"
          value={draft.expectedEffect}
          onChange={(event) => set('expectedEffect', event.target.value)}
          error={errors.expectedEffect}
          hint={t('act.plans.fields.expectedEffectHint')}
        />
      </div>
    </fieldset>
  );
}

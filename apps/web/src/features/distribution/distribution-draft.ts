import type {
  TCondition,
  TSurveyDistribution,
  TSurveyPriority,
  TWidgetTrigger,
} from '@touchpoint/schemas/browser';

/**
 * The distribution settings being edited. Numbers stay text while typed (a number input that is being
 * cleared is not a number yet); items get a local `key` for React and for focus.
 */
export type TDelayUnit = 'minutes' | 'hours' | 'days';

export interface TDraftEventTrigger {
  key: string;
  event: string;
  delay: string;
  unit: TDelayUnit;
}

export type TWidgetTriggerType = TWidgetTrigger['type'];

/** Every type's value is kept, so switching the type back and forth loses nothing. */
export interface TDraftWidgetTrigger {
  key: string;
  type: TWidgetTriggerType;
  urlPattern: string;
  selector: string;
  event: string;
}

export interface TDistributionDraft {
  /** Empty: decided by the cadence (see `effectivePriority`). */
  priority: TSurveyPriority | '';
  hasCadence: boolean;
  cadenceDays: string;
  samplingPercent: string;
  triggers: TDraftEventTrigger[];
  widgetEnabled: boolean;
  widgetTriggers: TDraftWidgetTrigger[];
  targeting: TCondition | null;
  /** Segments whose identified members may see the widget survey (none: no segment restriction). */
  segmentIds?: string[];
}

export const WIDGET_TRIGGER_TYPES: readonly TWidgetTriggerType[] = [
  'page_view',
  'click',
  'event',
  'exit_intent',
];
export const DELAY_UNITS: readonly TDelayUnit[] = ['minutes', 'hours', 'days'];
const UNIT_MINUTES: Record<TDelayUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** The schema's limits (packages/schemas distribution.ts), checked here so the form can say where. */
export const LIMITS = {
  cadenceDays: { min: 1, max: 3650 },
  samplingPercent: { min: 1, max: 100 },
  delayMinutes: { min: 0, max: 60 * 24 * 60 },
  triggers: 20,
  widgetTriggers: 20,
  attributeName: 100 - 'attributes.'.length,
} as const;
export const EVENT_NAME_PATTERN = /^[A-Za-z0-9_.:-]+$/;
export const ATTRIBUTE_PREFIX = 'attributes.';

let counter = 0;
function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** The largest unit that expresses a delay exactly: 1440 → 1 day, 90 → 90 minutes. */
export function splitDelay(minutes: number): { delay: string; unit: TDelayUnit } {
  if (minutes > 0 && minutes % 1440 === 0) return { delay: String(minutes / 1440), unit: 'days' };
  if (minutes > 0 && minutes % 60 === 0) return { delay: String(minutes / 60), unit: 'hours' };
  return { delay: String(minutes), unit: 'minutes' };
}

/** An integer typed in a text field, or NaN (blank, decimals and words are not integers). */
export function parseInteger(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function delayMinutes(trigger: Pick<TDraftEventTrigger, 'delay' | 'unit'>): number {
  return parseInteger(trigger.delay) * UNIT_MINUTES[trigger.unit];
}

export function newEventTrigger(): TDraftEventTrigger {
  return { key: newKey('trigger'), event: '', delay: '1', unit: 'days' };
}

export function newWidgetTrigger(type: TWidgetTriggerType = 'page_view'): TDraftWidgetTrigger {
  return { key: newKey('widget-trigger'), type, urlPattern: '', selector: '', event: '' };
}

/** A fresh targeting leaf on an attribute the author still has to name. */
export function newAttributeLeaf(): TCondition {
  return { field: ATTRIBUTE_PREFIX, op: 'eq', value: '' };
}

/** What a survey has when nothing was chosen: everyone, always, no triggers, no widget. */
export const DEFAULT_DISTRIBUTION: TSurveyDistribution = {
  cadenceDays: null,
  samplingPercent: 100,
  triggers: [],
  widget: { enabled: false, triggers: [], targeting: null },
};

export function draftFromDistribution(distribution: TSurveyDistribution | undefined): TDistributionDraft {
  const value = distribution ?? DEFAULT_DISTRIBUTION;
  const widget = value.widget ?? DEFAULT_DISTRIBUTION.widget;
  return {
    priority: value.priority ?? '',
    hasCadence: value.cadenceDays !== null && value.cadenceDays !== undefined,
    cadenceDays: value.cadenceDays ? String(value.cadenceDays) : '90',
    samplingPercent: String(value.samplingPercent ?? 100),
    triggers: (value.triggers ?? []).map((trigger) => ({
      key: newKey('trigger'),
      event: trigger.event,
      ...splitDelay(trigger.delayMinutes ?? 0),
    })),
    widgetEnabled: widget.enabled ?? false,
    widgetTriggers: (widget.triggers ?? []).map((trigger) => ({
      ...newWidgetTrigger(trigger.type),
      ...(trigger.type === 'page_view' ? { urlPattern: trigger.urlPattern } : {}),
      ...(trigger.type === 'click' ? { selector: trigger.selector } : {}),
      ...(trigger.type === 'event' ? { event: trigger.event } : {}),
    })),
    targeting: widget.targeting ?? null,
    segmentIds: widget.segmentIds ?? [],
  };
}

function toWidgetTrigger(trigger: TDraftWidgetTrigger): TWidgetTrigger {
  switch (trigger.type) {
    case 'page_view':
      return { type: 'page_view', urlPattern: trigger.urlPattern.trim() };
    case 'click':
      return { type: 'click', selector: trigger.selector.trim() };
    case 'event':
      return { type: 'event', event: trigger.event.trim() };
    case 'exit_intent':
      return { type: 'exit_intent' };
  }
}

/** The `distribution` of the PATCH body. Invalid numbers stay NaN here; `distributionIssues` flags them. */
export function toDistribution(draft: TDistributionDraft): TSurveyDistribution {
  return {
    ...(draft.priority ? { priority: draft.priority } : {}),
    cadenceDays: draft.hasCadence ? parseInteger(draft.cadenceDays) : null,
    samplingPercent: parseInteger(draft.samplingPercent),
    triggers: draft.triggers.map((trigger) => ({
      event: trigger.event.trim(),
      delayMinutes: delayMinutes(trigger),
      channel: 'email',
    })),
    widget: {
      enabled: draft.widgetEnabled,
      triggers: draft.widgetTriggers.map(toWidgetTrigger),
      targeting: draft.targeting,
      ...(draft.segmentIds?.length ? { segmentIds: draft.segmentIds } : {}),
    },
  };
}

export interface TDistributionIssue {
  /** Dotted, as the API names it under `body.distribution` (e.g. `distribution.triggers.0.event`). */
  name: string;
  code: string;
}

function inRange(value: number, range: { min: number; max: number }): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** Leaves whose attribute has no name, and empty groups, with their dotted paths. */
function targetingIssues(condition: TCondition, path: string, issues: TDistributionIssue[]): void {
  if ('all' in condition || 'any' in condition) {
    const items = 'all' in condition ? condition.all : condition.any;
    const mode = 'all' in condition ? 'all' : 'any';
    if (items.length === 0) issues.push({ name: path, code: 'empty_group' });
    items.forEach((item, i) => {
      targetingIssues(item, `${path}.${mode}.${i}`, issues);
    });
    return;
  }
  if ('not' in condition) {
    targetingIssues(condition.not, `${path}.not`, issues);
    return;
  }
  const name = condition.field.startsWith(ATTRIBUTE_PREFIX)
    ? condition.field.slice(ATTRIBUTE_PREFIX.length)
    : condition.field;
  if (!name.trim()) issues.push({ name: path, code: 'attribute_required' });
  else if (condition.field.length > 100) issues.push({ name: path, code: 'attribute_too_long' });
  const needsValue = condition.op !== 'answered' && condition.op !== 'skipped';
  const value = condition.value;
  const isBlank =
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0);
  if (needsValue && isBlank) issues.push({ name: path, code: 'missing_value' });
  const isNumeric = ['gt', 'gte', 'lt', 'lte'].includes(condition.op);
  if (isNumeric && !isBlank && !Number.isFinite(Number(value))) {
    issues.push({ name: path, code: 'invalid_value' });
  }
}

/** What the API would refuse, found before saving so the form can point at it. */
export function distributionIssues(draft: TDistributionDraft): TDistributionIssue[] {
  const issues: TDistributionIssue[] = [];
  if (draft.hasCadence && !inRange(parseInteger(draft.cadenceDays), LIMITS.cadenceDays)) {
    issues.push({ name: 'distribution.cadenceDays', code: 'cadence_range' });
  }
  if (!inRange(parseInteger(draft.samplingPercent), LIMITS.samplingPercent)) {
    issues.push({ name: 'distribution.samplingPercent', code: 'sampling_range' });
  }
  draft.triggers.forEach((trigger, i) => {
    const event = trigger.event.trim();
    if (!event) issues.push({ name: `distribution.triggers.${i}.event`, code: 'event_required' });
    else if (!EVENT_NAME_PATTERN.test(event) || event.length > 200) {
      issues.push({ name: `distribution.triggers.${i}.event`, code: 'event_format' });
    }
    if (!inRange(delayMinutes(trigger), LIMITS.delayMinutes)) {
      issues.push({ name: `distribution.triggers.${i}.delayMinutes`, code: 'delay_range' });
    }
  });
  draft.widgetTriggers.forEach((trigger, i) => {
    const name = `distribution.widget.triggers.${i}`;
    if (trigger.type === 'page_view' && !trigger.urlPattern.trim()) {
      issues.push({ name: `${name}.urlPattern`, code: 'url_required' });
    }
    if (trigger.type === 'click' && !trigger.selector.trim()) {
      issues.push({ name: `${name}.selector`, code: 'selector_required' });
    }
    if (trigger.type === 'event' && !trigger.event.trim()) {
      issues.push({ name: `${name}.event`, code: 'event_required' });
    }
  });
  if (draft.targeting) targetingIssues(draft.targeting, 'distribution.widget.targeting', issues);
  return issues;
}

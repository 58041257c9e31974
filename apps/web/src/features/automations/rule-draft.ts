import {
  BANDS_BY_METRIC,
  CASE_TRIGGER_TYPES,
  FEEDBACK_TRIGGER_TYPES,
  MAX_COUPON_CODES_PER_CALL,
  type TAutomationAction,
  type TAutomationActionType,
  type TAutomationRule,
  type TAutomationTrigger,
  type TAutomationTriggerType,
  type TCondition,
} from '@touchpoint/schemas/browser';

/** What the editor holds, and what POST/PATCH take (the rule's own shape). */
export interface TRuleBody {
  name: string;
  description: string;
  trigger: TAutomationTrigger;
  condition: TCondition | null;
  actions: TAutomationAction[];
}

export function newDraft(): TRuleBody {
  return {
    name: '',
    description: '',
    trigger: defaultTrigger('score.band'),
    condition: null,
    actions: [defaultAction('send_email')],
  };
}

export function draftFromRule(rule: TAutomationRule): TRuleBody {
  return {
    name: rule.name,
    description: rule.description,
    trigger: rule.trigger,
    condition: rule.condition,
    actions: rule.actions,
  };
}

export function defaultTrigger(type: TAutomationTriggerType): TAutomationTrigger {
  switch (type) {
    case 'response.received':
      return { type };
    case 'score.band':
      return { type, metric: 'nps', band: 'detractor' };
    case 'topic.detected':
      return { type, topicId: '' };
    case 'event.tracked':
      return { type, event: '' };
    case 'case.status_changed':
      return { type };
    case 'time.elapsed':
      return { type, since: 'case.created', hours: 24 };
    case 'conversation.started':
    case 'conversation.handed_over':
    case 'conversation.resolved':
      return { type };
  }
}

/** A new action of a type, with empty fields the editor fills in. */
export function defaultAction(type: TAutomationActionType): TAutomationAction {
  switch (type) {
    case 'create_case':
      return { type, priority: 'normal' };
    case 'assign_case':
      return { type };
    case 'notify_team':
      return { type, teamId: '', message: '' };
    case 'notify_email':
      return { type, teamIds: [], userIds: [], subject: '', body: '' };
    case 'tag':
      return { type, tag: '' };
    case 'add_to_segment':
      return { type, segment: '' };
    case 'send_email':
      return { type, subject: '', body: '' };
    case 'call_webhook':
      return { type, webhookId: '' };
    case 'trigger_survey':
      return { type, surveyId: '' };
  }
}

export function isCaseTrigger(type: TAutomationTriggerType): boolean {
  return (CASE_TRIGGER_TYPES as readonly string[]).includes(type);
}

export function isFeedbackTrigger(type: TAutomationTriggerType): boolean {
  return (FEEDBACK_TRIGGER_TYPES as readonly string[]).includes(type);
}

/** Actions a trigger allows: only a case can be assigned. */
export function actionTypesFor(trigger: TAutomationTriggerType, all: readonly TAutomationActionType[]) {
  return all.filter((type) => type !== 'assign_case' || isCaseTrigger(trigger));
}

/** A score band that fits the metric (NPS groups, or low/high for CSAT and CES). */
export function fitBand(
  metric: keyof typeof BANDS_BY_METRIC,
  band: string,
): (typeof BANDS_BY_METRIC)[keyof typeof BANDS_BY_METRIC][number] {
  const bands = BANDS_BY_METRIC[metric] as readonly string[];
  return (bands.includes(band) ? band : bands[0]) as (typeof BANDS_BY_METRIC)[typeof metric][number];
}

/** Moves one item up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** Fields a condition may read for a kind of trigger, as suggestions (any field can be typed). */
export function fieldSuggestions(type: TAutomationTriggerType): string[] {
  // `segments` (contains a segment id) and `churnRisk` read the person's segments and churn band.
  const contact = [
    'contact.email',
    'contact.name',
    'contact.segment',
    'contact.tier',
    'segments',
    'churnRisk',
  ];
  if (isFeedbackTrigger(type)) {
    return [
      'nps',
      'npsBand',
      'csat',
      'ces',
      'rating',
      'text',
      'sentiment',
      'sentimentScore',
      'effort',
      'urgency',
      'topics',
      'channel',
      'language',
      'source',
      ...contact,
    ];
  }
  if (type === 'event.tracked') return ['event', 'event.total', ...contact];
  if (type.startsWith('conversation.')) {
    return [
      'conversation.channel',
      'conversation.language',
      'conversation.handoffReason',
      'conversation.resolution',
      'conversation.teamId',
      'conversation.assigneeId',
      ...contact,
    ];
  }
  return [
    'case.status',
    'case.fromStatus',
    'case.priority',
    'case.teamId',
    'case.assigneeId',
    'case.source',
    'case.ageHours',
    ...contact,
  ];
}

const NUMERIC = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
const COMPARISONS = new Set(['gt', 'gte', 'lt', 'lte']);

/**
 * The condition as saved: comparisons get numbers ("6" → 6), list values drop blanks, and groups left
 * without any comparison disappear (no condition at all is null: the rule fires on every trigger).
 */
export function normaliseCondition(condition: TCondition | null): TCondition | null {
  if (!condition) return null;
  if ('all' in condition) {
    const items = condition.all.map(normaliseCondition).filter((c): c is TCondition => c !== null);
    return items.length > 0 ? { all: items } : null;
  }
  if ('any' in condition) {
    const items = condition.any.map(normaliseCondition).filter((c): c is TCondition => c !== null);
    return items.length > 0 ? { any: items } : null;
  }
  if ('not' in condition) {
    const inner = normaliseCondition(condition.not);
    return inner ? { not: inner } : null;
  }
  const field = condition.field.trim();
  if (!field) return null;
  const { value } = condition;
  if (value === undefined) return { field, op: condition.op };
  if (Array.isArray(value)) {
    const list = value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
    return { field, op: condition.op, value: list };
  }
  if (typeof value === 'string' && COMPARISONS.has(condition.op) && NUMERIC.test(value.trim())) {
    return { field, op: condition.op, value: Number(value.trim()) };
  }
  return { field, op: condition.op, value };
}

/** The body to save: trimmed text and the normalised condition. */
export function bodyOfDraft(draft: TRuleBody): TRuleBody {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    trigger: draft.trigger,
    condition: normaliseCondition(draft.condition),
    actions: draft.actions,
  };
}

export type TDraftIssue =
  | { path: 'name'; code: 'required' }
  | { path: 'trigger'; code: 'topic_required' | 'event_required' | 'hours_invalid' }
  | { path: `actions.${number}`; code: 'field_required' | 'coupon_placeholder' | 'case_only' };

/** What must be fixed before saving (the server checks again, and checks the ids). */
export function draftIssues(draft: TRuleBody): TDraftIssue[] {
  const issues: TDraftIssue[] = [];
  if (!draft.name.trim()) issues.push({ path: 'name', code: 'required' });
  const { trigger } = draft;
  if (trigger.type === 'topic.detected' && !trigger.topicId)
    issues.push({ path: 'trigger', code: 'topic_required' });
  if (trigger.type === 'event.tracked' && !trigger.event.trim())
    issues.push({ path: 'trigger', code: 'event_required' });
  if (trigger.type === 'time.elapsed' && !(trigger.hours > 0 && trigger.hours <= 8760)) {
    issues.push({ path: 'trigger', code: 'hours_invalid' });
  }
  for (const [index, action] of draft.actions.entries()) {
    const path = `actions.${index}` as const;
    const missing = (() => {
      switch (action.type) {
        case 'notify_team':
          return !action.teamId || !action.message.trim();
        case 'notify_email':
          return (
            (action.teamIds?.length ?? 0) + (action.userIds?.length ?? 0) === 0 ||
            !action.subject.trim() ||
            !action.body.trim()
          );
        case 'tag':
          return !action.tag.trim();
        case 'add_to_segment':
          return !action.segment.trim();
        case 'send_email':
          return !action.subject.trim() || !action.body.trim();
        case 'call_webhook':
          return !action.webhookId;
        case 'trigger_survey':
          return !action.surveyId;
        case 'assign_case':
          return action.teamId === undefined && action.assigneeId === undefined;
        default:
          return false;
      }
    })();
    if (missing) issues.push({ path, code: 'field_required' });
    if (action.type === 'send_email' && action.couponPoolId && !action.body.includes('{{coupon}}')) {
      issues.push({ path, code: 'coupon_placeholder' });
    }
    if (action.type === 'assign_case' && !isCaseTrigger(trigger.type))
      issues.push({ path, code: 'case_only' });
  }
  return issues;
}

/**
 * Codes pasted from a spreadsheet or a file: one per line (commas, semicolons and tabs separate too),
 * trimmed, blanks dropped, repeats counted and dropped, in batches the API takes.
 */
export function splitCodes(text: string): { codes: string[]; repeated: number; batches: string[][] } {
  const all = text
    .split(/[\n\r,;\t]+/)
    .map((code) => code.trim())
    .filter((code) => code.length > 0);
  const codes = [...new Set(all)];
  const batches: string[][] = [];
  for (let start = 0; start < codes.length; start += MAX_COUPON_CODES_PER_CALL) {
    batches.push(codes.slice(start, start + MAX_COUPON_CODES_PER_CALL));
  }
  return { codes, repeated: all.length - codes.length, batches };
}

import type { TCondition, TNbaAction } from '@touchpoint/schemas';
import {
  parseSegmentField,
  resolveSegmentDate,
  type SegmentConditionIssue,
  segmentConditionFields,
  validateSegmentCondition,
} from '../segments/segment-fields';
import { evaluateCondition } from '../survey/condition';

/**
 * What is known about one person when rules are checked: segment field names (`npsBand`, `openCases`,
 * `account.role`, `contact.<attribute>`, `event.<name>.count30d`…) with their current values, plus a few
 * details the evidence quotes (`_latestNpsAt`, `_openCaseTitles`, `_accountName`, `_churnReasons`).
 * Dates are ISO strings; a missing value is `null` or absent; counts are 0 when nothing was counted.
 */
export type NbaFacts = Record<string, string | number | string[] | null | undefined>;

/** Fields a rule may read: every segment field except those that need a topic or survey catalogue. */
const UNSUPPORTED = new Set(['topics', 'topicIds', 'latestCsat']);

/** Checks a rule condition: the segment field catalogue, less the fields rules cannot read per person. */
export function validateNbaCondition(condition: TCondition, path = 'condition'): SegmentConditionIssue[] {
  const issues = validateSegmentCondition(condition, path);
  for (const field of segmentConditionFields(condition)) {
    const parsed = parseSegmentField(field);
    if (parsed && UNSUPPORTED.has(parsed.source)) {
      issues.push({ name: path, reason: `${field} cannot be used in a next-best-action rule` });
    }
  }
  return issues;
}

const ISO = /^\d{4}-\d{2}-\d{2}/;
const isDateLike = (v: unknown): v is string =>
  typeof v === 'string' && (ISO.test(v) || /^[+-]\d{1,4}d$/.test(v));

/**
 * The condition with dates turned into epoch milliseconds (so `lastResponseAt lt "-90d"` compares as
 * numbers in the one survey-logic evaluator), and the facts with the same fields converted.
 */
function withDatesAsNumbers(condition: TCondition, facts: NbaFacts, now: Date) {
  const answers: Record<string, string | number | string[] | null | undefined> = { ...facts };
  let n = 0;
  const walk = (node: TCondition): TCondition => {
    if ('all' in node) return { all: node.all.map(walk) };
    if ('any' in node) return { any: node.any.map(walk) };
    if ('not' in node) return { not: walk(node.not) };
    const isOrder = node.op === 'gt' || node.op === 'gte' || node.op === 'lt' || node.op === 'lte';
    if (!isOrder || !isDateLike(node.value)) return node;
    const limit = resolveSegmentDate(node.value, now);
    const fact = facts[node.field];
    const at = typeof fact === 'string' && ISO.test(fact) ? new Date(fact).getTime() : Number.NaN;
    const key = `__date${n++}`;
    answers[key] = Number.isNaN(at) ? null : at;
    return { ...node, field: key, value: limit ? limit.getTime() : Number.NaN };
  };
  return { condition: walk(condition), answers };
}

/** Whether the rule's condition holds for the person (the survey-logic evaluator over their facts). */
export function matchesNbaCondition(condition: TCondition, facts: NbaFacts, now: Date): boolean {
  const prepared = withDatesAsNumbers(condition, facts, now);
  return evaluateCondition(prepared.condition, { answers: prepared.answers, hidden: {} });
}

const DAY_MS = 86_400_000;
const daysAgo = (iso: string, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
const day = (iso: string) => iso.slice(0, 10);

/** One line a person reads for a field the condition used, from the person's facts. */
export function describeFact(field: string, facts: NbaFacts, now: Date): string {
  const value = facts[field];
  const parsed = parseSegmentField(field);
  switch (parsed?.source) {
    case 'npsBand':
    case 'latestNps': {
      const score = facts.latestNps;
      if (score === null || score === undefined) return 'Has not answered an NPS question';
      const at = facts._latestNpsAt;
      return `Latest NPS answer: ${score} (${facts.npsBand})${typeof at === 'string' ? ` on ${day(at)}` : ''}`;
    }
    case 'openCases': {
      const n = Number(value ?? 0);
      const titles = Array.isArray(facts._openCaseTitles) ? facts._openCaseTitles : [];
      if (n === 0) return 'No open case';
      const quoted = titles.length > 0 ? `: ${titles.map((t) => `“${t}”`).join(', ')}` : '';
      return `${n} open case${n === 1 ? '' : 's'}${quoted}`;
    }
    case 'lastResponseAt':
      return typeof value === 'string'
        ? `Last answer ${daysAgo(value, now)} days ago (${day(value)})`
        : 'Has never answered a survey';
    case 'responseCount':
      return `${Number(value ?? 0)} answer${Number(value ?? 0) === 1 ? '' : 's'} so far`;
    case 'churnRisk':
    case 'churnScore': {
      if (facts.churnRisk === null || facts.churnRisk === undefined) return 'No churn prediction yet';
      const score = typeof facts.churnScore === 'number' ? ` (${Math.round(facts.churnScore * 100)}%)` : '';
      const reasons = Array.isArray(facts._churnReasons) ? facts._churnReasons : [];
      return `Churn risk ${facts.churnRisk}${score}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`;
    }
    case 'sentiment':
      return value ? `Latest comment reads ${value}` : 'No analysed comment';
    case 'account': {
      const account = typeof facts._accountName === 'string' ? facts._accountName : 'the account';
      if (parsed.column === 'role') {
        return value ? `${String(value).replaceAll('_', ' ')} at ${account}` : `No role at ${account}`;
      }
      return `Account ${parsed.column}: ${value ?? '—'}`;
    }
    case 'accountAttribute':
      return `Account ${parsed.key}: ${value ?? '—'}`;
    case 'attribute':
      return `${parsed.key}: ${value ?? '—'}`;
    case 'contact':
      return `${parsed.column}: ${value ?? '—'}`;
    case 'event': {
      const name = parsed.event;
      if (parsed.measure === 'daysSince') {
        return value === null || value === undefined ? `Never did ${name}` : `Last ${name} ${value} days ago`;
      }
      const n = Number(value ?? 0);
      return `${n} × ${name}${parsed.days === null ? '' : ` in the last ${parsed.days} days`}`;
    }
    default:
      return `${field}: ${value ?? '—'}`;
  }
}

/**
 * The evidence for a matched condition: the fields of the branches that made it true (every child of an
 * `all`, the holding children of an `any`), one readable line each. `not` branches say what was absent.
 */
export function nbaEvidence(
  condition: TCondition,
  facts: NbaFacts,
  now: Date,
): { field: string; text: string }[] {
  const fields: string[] = [];
  const walk = (node: TCondition) => {
    if ('all' in node) node.all.forEach(walk);
    else if ('any' in node) {
      for (const child of node.any) if (matchesNbaCondition(child, facts, now)) walk(child);
    } else if ('not' in node) walk(node.not);
    else fields.push(node.field);
  };
  walk(condition);
  const seen = new Set<string>();
  const lines: { field: string; text: string }[] = [];
  for (const field of fields) {
    const text = describeFact(field, facts, now);
    // npsBand and latestNps describe the same answer: one line.
    if (seen.has(text)) continue;
    seen.add(text);
    lines.push({ field, text });
  }
  return lines;
}

export interface NbaRuleInput {
  id: string;
  name: string;
  condition: TCondition;
  action: TNbaAction;
  priority: number;
  cooldownDays: number;
  active: boolean;
}

export interface NbaPerson {
  contactId: string;
  facts: NbaFacts;
  /** The account this person is seen in (null for a person without one). */
  accountId: string | null;
  /** Whether that account has an owner team (an "assign owner" suggestion is pointless otherwise). */
  accountHasOwner: boolean;
}

export interface NbaSuggestionOut {
  ruleId: string;
  ruleName: string;
  action: TNbaAction;
  priority: number;
  contactId: string;
  accountId: string | null;
  evidence: { field: string; text: string }[];
  summary: string;
}

/**
 * The actions to suggest for some people: every active rule whose condition holds for a person, unless
 * the same rule's action was taken for them within its cool-down. "Assign owner" is suggested once per
 * account and only for an account without an owner team. Highest priority first, then by rule name.
 */
export function suggestNextBestActions(input: {
  rules: NbaRuleInput[];
  people: NbaPerson[];
  /** When each rule was last done for each contact: `${ruleId}:${contactId}` → time. */
  lastTaken: Map<string, Date>;
  now: Date;
}): NbaSuggestionOut[] {
  const { rules, people, lastTaken, now } = input;
  const out: NbaSuggestionOut[] = [];
  const ownerSuggested = new Set<string>();
  for (const rule of rules) {
    if (!rule.active) continue;
    for (const person of people) {
      const taken = lastTaken.get(`${rule.id}:${person.contactId}`);
      if (taken && now.getTime() - taken.getTime() < rule.cooldownDays * DAY_MS) continue;
      if (rule.action.kind === 'assign_owner') {
        if (!person.accountId || person.accountHasOwner) continue;
        if (ownerSuggested.has(`${rule.id}:${person.accountId}`)) continue;
      }
      if (!matchesNbaCondition(rule.condition, person.facts, now)) continue;
      if (rule.action.kind === 'assign_owner') ownerSuggested.add(`${rule.id}:${person.accountId}`);
      const evidence = nbaEvidence(rule.condition, person.facts, now);
      out.push({
        ruleId: rule.id,
        ruleName: rule.name,
        action: rule.action,
        priority: rule.priority,
        contactId: person.contactId,
        accountId: person.accountId,
        evidence,
        summary: evidence.map((e) => e.text).join('; '),
      });
    }
  }
  return out.sort((a, b) => b.priority - a.priority || a.ruleName.localeCompare(b.ruleName));
}

export interface NbaDefaultRule {
  builtinKey: string;
  name: string;
  description: string;
  condition: TCondition;
  action: TNbaAction;
  priority: number;
  cooldownDays: number;
}

/** The rules every workspace starts with; each can be edited or turned off. */
export const DEFAULT_NBA_RULES: readonly NbaDefaultRule[] = [
  {
    builtinKey: 'detractor_open_case',
    name: 'Call back a detractor with an open case',
    description: 'A detractor who is still waiting on a case: a person calls them back within 24 hours.',
    condition: {
      all: [
        { field: 'npsBand', op: 'eq', value: 'detractor' },
        { field: 'openCases', op: 'gte', value: 1 },
      ],
    },
    action: { kind: 'create_case', title: 'Call back within 24 h', priority: 'high', withinHours: 24 },
    priority: 90,
    cooldownDays: 7,
  },
  {
    builtinKey: 'high_churn_risk_owner',
    name: 'Give an at-risk account an owner',
    description: 'High churn risk in an account nobody owns: assign an owner team.',
    condition: { field: 'churnRisk', op: 'eq', value: 'high' },
    action: { kind: 'assign_owner' },
    priority: 80,
    cooldownDays: 30,
  },
  {
    builtinKey: 'silent_decision_maker',
    name: 'Re-engage a silent decision maker',
    description: 'A decision maker who has not answered for 90 days: invite them to a relationship survey.',
    condition: {
      all: [
        { field: 'account.role', op: 'eq', value: 'decision_maker' },
        {
          any: [
            { field: 'lastResponseAt', op: 'lt', value: '-90d' },
            { field: 'lastResponseAt', op: 'skipped' },
          ],
        },
      ],
    },
    action: { kind: 'send_survey' },
    priority: 70,
    cooldownDays: 30,
  },
  {
    builtinKey: 'promoter_review',
    name: 'Ask a promoter for a review',
    description: 'A promoter without an open case: ask them to write a public review.',
    condition: {
      all: [
        { field: 'npsBand', op: 'eq', value: 'promoter' },
        { field: 'openCases', op: 'lt', value: 1 },
      ],
    },
    action: { kind: 'send_email' },
    priority: 40,
    cooldownDays: 90,
  },
];

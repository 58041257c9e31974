// Turns the model's per-feature contributions into a few sentences a person can act on. Features that
// tell one story (latest NPS, previous NPS and their change) are summed into one reason, so a customer
// whose NPS fell reads "NPS fell from 9 to 4" rather than three partial numbers.
import { type ChurnModel, explainChurn, type FeatureRow } from '@touchpoint/core';
import type { TChurnReason } from '@touchpoint/schemas';

/** The reason group a feature belongs to. */
export function reasonGroupOf(feature: string): string {
  if (feature.startsWith('nps_')) return 'nps';
  if (feature.startsWith('csat_')) return 'csat';
  if (feature.startsWith('event_30d:') || feature.startsWith('event_90d:')) {
    return `event:${feature.slice(feature.indexOf(':') + 1)}`;
  }
  if (['events_30d', 'events_90d', 'days_since_last_event'].includes(feature)) return 'activity';
  if (['open_cases', 'overdue_cases', 'cases_90d'].includes(feature)) return 'cases';
  if (['negative_comments_90d', 'positive_comments_90d', 'responses_90d'].includes(feature))
    return 'comments';
  return feature;
}

function num(row: FeatureRow, key: string): number | null {
  const v = row[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

type Described = Pick<TChurnReason, 'value' | 'text' | 'kind' | 'params'>;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sentence for one reason group of one customer. */
export function describeGroup(group: string, row: FeatureRow): Described {
  if (group === 'nps' || group === 'csat') {
    const name = group.toUpperCase();
    const latest = num(row, `${group}_latest`);
    const previous = num(row, `${group}_previous`);
    if (latest !== null && previous !== null && latest < previous) {
      return {
        value: latest,
        kind: `${group}_fell`,
        params: { from: previous, to: latest },
        text: `${name} fell from ${previous} to ${latest}`,
      };
    }
    if (latest !== null) {
      return {
        value: latest,
        kind: `${group}_latest`,
        params: { score: latest },
        text: `Latest ${name} is ${latest}`,
      };
    }
    return { value: null, kind: `${group}_none`, params: {}, text: `Has not answered a ${name} question` };
  }
  if (group.startsWith('event:')) {
    const event = group.slice('event:'.length);
    const n30 = num(row, `event_30d:${event}`) ?? 0;
    const n90 = num(row, `event_90d:${event}`) ?? 0;
    if (n30 > 0) {
      return {
        value: n30,
        kind: 'event_count',
        params: { event, count: n30, days: 30 },
        text: `${n30} × ${event} in 30 days`,
      };
    }
    // None lately: say over which span (30 days when there were some before, else 90).
    const days = n90 > 0 ? 30 : 90;
    return { value: 0, kind: 'event_none', params: { event, days }, text: `No ${event} in ${days} days` };
  }
  if (group === 'activity') {
    const days = num(row, 'days_since_last_event');
    if (days === null) return { value: null, kind: 'no_activity', params: {}, text: 'No recorded activity' };
    if (days >= 14) {
      return {
        value: days,
        kind: 'inactive_days',
        params: { days },
        text: `Last activity ${plural(days, 'day')} ago`,
      };
    }
    const count = num(row, 'events_30d') ?? 0;
    return {
      value: count,
      kind: 'few_events',
      params: { count },
      text: `Only ${plural(count, 'event')} in 30 days`,
    };
  }
  if (group === 'cases') {
    const overdue = num(row, 'overdue_cases') ?? 0;
    const open = num(row, 'open_cases') ?? 0;
    const recent = num(row, 'cases_90d') ?? 0;
    if (overdue > 0) {
      return {
        value: overdue,
        kind: 'cases_overdue',
        params: { count: overdue },
        text: `${plural(overdue, 'overdue case')}`,
      };
    }
    if (open > 0)
      return {
        value: open,
        kind: 'cases_open',
        params: { count: open },
        text: `${plural(open, 'open case')}`,
      };
    return {
      value: recent,
      kind: 'cases_recent',
      params: { count: recent },
      text: `${plural(recent, 'case')} in 90 days`,
    };
  }
  if (group === 'comments') {
    const negative = num(row, 'negative_comments_90d') ?? 0;
    const positive = num(row, 'positive_comments_90d') ?? 0;
    if (negative > 0) {
      return {
        value: negative,
        kind: 'negative_comments',
        params: { count: negative },
        text: `${plural(negative, 'negative comment')} in 90 days`,
      };
    }
    return {
      value: positive,
      kind: 'few_positive_comments',
      params: { count: positive },
      text: `${plural(positive, 'positive comment')} in 90 days`,
    };
  }
  if (group.startsWith('topic_90d:')) {
    const topic = group.slice('topic_90d:'.length);
    const count = num(row, group) ?? 0;
    return {
      value: count,
      kind: 'topic_comments',
      params: { topic, count },
      text: `${plural(count, 'comment')} about ${topic} in 90 days`,
    };
  }
  if (group === 'days_as_customer') {
    const days = num(row, group) ?? 0;
    return { value: days, kind: 'tenure', params: { days }, text: `Customer for ${plural(days, 'day')}` };
  }
  if (group === 'account_contacts') {
    const count = num(row, group) ?? 0;
    return {
      value: count,
      kind: 'account_size',
      params: { count },
      text: `${plural(count, 'person', 'people')} on the account`,
    };
  }
  const raw = row[group];
  const value =
    raw === undefined || raw === null || raw === '' ? null : typeof raw === 'boolean' ? String(raw) : raw;
  const shown = value === null ? 'not set' : String(value);
  if (group.startsWith('account:')) {
    const name = group.slice('account:'.length);
    return {
      value,
      kind: 'account_attribute',
      params: { name, value: shown },
      text: `Account ${name} is ${shown}`,
    };
  }
  const name = group.startsWith('attr:') ? group.slice('attr:'.length) : group;
  return { value, kind: 'attribute', params: { name, value: shown }, text: `${name} is ${shown}` };
}

/** The top reasons raising one customer's risk, each group of features summed into one sentence. */
export function churnReasons(model: ChurnModel, row: FeatureRow, top = 3): TChurnReason[] {
  const parts = explainChurn(model, row, { direction: 'all', top: Number.MAX_SAFE_INTEGER });
  const groups = new Map<string, number>();
  for (const part of parts) {
    const group = reasonGroupOf(part.feature);
    groups.set(group, (groups.get(group) ?? 0) + part.contribution);
  }
  return [...groups.entries()]
    .filter(([, contribution]) => contribution > 0.01)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([group, contribution]) => ({
      feature: group,
      contribution: Math.round(contribution * 1000) / 1000,
      ...describeGroup(group, row),
    }));
}

// Builds one row of churn features per contact from the workspace's own history: attributes, account
// fields, event counts and recency, NPS/CSAT and their trend, the sentiment and topics of their comments,
// and their cases. Every figure is taken "as of" a moment: now for scoring, and for a customer who left by
// an event, the moment of that event (so nothing that happened after they left explains their leaving).
import type { FeatureRow, RawValue } from '@touchpoint/core';
import { parseLabel } from '@touchpoint/core';
import type { TChurnLabel } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

const DAY = 86_400_000;
/** Event names of the prediction itself are never features (they would feed the model its own output). */
export const CHURN_EVENT_PREFIX = 'churn_risk.';
const TOP_EVENTS = 12;
const TOP_TOPICS = 10;
const HISTORY_DAYS = 730;

export interface ContactRecord {
  id: string;
  email: string | null;
  externalId: string | null;
  attributes: Record<string, unknown>;
  createdAt: Date;
}

interface Dated {
  at: number;
}

export interface ChurnHistory {
  contacts: ContactRecord[];
  events: Map<string, (Dated & { event: string })[]>;
  scores: Map<string, (Dated & { nps: number | null; csat: number | null })[]>;
  comments: Map<string, (Dated & { sentiment: string })[]>;
  topics: Map<string, (Dated & { topic: string })[]>;
  cases: Map<
    string,
    { createdAt: number; closedAt: number | null; dueAt: number | null; breached: boolean }[]
  >;
  accounts: Map<string, { attributes: Record<string, unknown>; members: number }>;
  topEvents: string[];
  topTopics: string[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function time(value: Date | string): number {
  return new Date(value).getTime();
}

/** Loads what the features need for every live contact of a workspace (one query per source). */
export async function loadChurnHistory(
  db: Db,
  workspaceId: string,
  labelEvent?: string,
): Promise<ChurnHistory> {
  const since = new Date(Date.now() - HISTORY_DAYS * DAY);
  const contacts = await db
    .selectFrom('contacts')
    .select(['id', 'email', 'externalId', 'attributes', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('mergedInto', 'is', null)
    .orderBy('id')
    .execute();
  const history: ChurnHistory = {
    contacts,
    events: new Map(),
    scores: new Map(),
    comments: new Map(),
    topics: new Map(),
    cases: new Map(),
    accounts: new Map(),
    topEvents: [],
    topTopics: [],
  };

  const events = await db
    .selectFrom('contactEvents')
    .select(['contactId', 'event', 'occurredAt'])
    .where('workspaceId', '=', workspaceId)
    .where('occurredAt', '>=', since)
    .where('event', 'not like', `${CHURN_EVENT_PREFIX}%`)
    .execute();
  const eventCounts = new Map<string, number>();
  for (const e of events) {
    push(history.events, e.contactId, { event: e.event, at: time(e.occurredAt) });
    if (e.event !== labelEvent) eventCounts.set(e.event, (eventCounts.get(e.event) ?? 0) + 1);
  }
  history.topEvents = [...eventCounts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_EVENTS)
    .map(([name]) => name);

  // The first CSAT question of each survey (NPS has its own column on the response).
  const surveys = await db
    .selectFrom('surveys')
    .select(['id', 'definition'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const csatQuestion = new Map<string, string>();
  for (const s of surveys) {
    const question = s.definition.questions.find((q) => q.type === 'csat');
    if (question) csatQuestion.set(s.id, question.id);
  }
  const responses = await db
    .selectFrom('responses')
    .select(['id', 'contactId', 'surveyId', 'npsScore', 'answers', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', 'is not', null)
    .where('createdAt', '>=', since)
    .execute();
  for (const r of responses) {
    const questionId = csatQuestion.get(r.surveyId);
    const csatValue = questionId ? r.answers[questionId] : undefined;
    const csat = typeof csatValue === 'number' ? csatValue : null;
    if (r.npsScore === null && csat === null) continue;
    push(history.scores, r.contactId as string, { nps: r.npsScore, csat, at: time(r.createdAt) });
  }

  const comments = await sql<{ contactId: string; sentimentLabel: string; occurredAt: Date }>`
    SELECT r.contact_id, t.sentiment_label, t.occurred_at
    FROM text_analyses t
    JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.item_id
    WHERE t.workspace_id = ${workspaceId} AND t.item_kind = 'response' AND r.contact_id IS NOT NULL
      AND t.occurred_at >= ${since}
  `.execute(db);
  for (const c of comments.rows) {
    push(history.comments, c.contactId, { sentiment: c.sentimentLabel, at: time(c.occurredAt) });
  }
  const topics = await sql<{ contactId: string; name: string; occurredAt: Date }>`
    SELECT DISTINCT r.contact_id, tp.name, r.created_at AS occurred_at, r.id
    FROM text_topic_matches m
    JOIN responses r ON r.workspace_id = m.workspace_id AND r.id = m.item_id
    JOIN topics tp ON tp.workspace_id = m.workspace_id AND tp.id = m.topic_id
    WHERE m.workspace_id = ${workspaceId} AND m.item_kind = 'response' AND r.contact_id IS NOT NULL
      AND r.created_at >= ${since}
  `.execute(db);
  const topicCounts = new Map<string, number>();
  for (const t of topics.rows) {
    push(history.topics, t.contactId, { topic: t.name, at: time(t.occurredAt) });
    topicCounts.set(t.name, (topicCounts.get(t.name) ?? 0) + 1);
  }
  history.topTopics = [...topicCounts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_TOPICS)
    .map(([name]) => name);

  const cases = await db
    .selectFrom('cases')
    .select(['contactId', 'createdAt', 'resolvedAt', 'closedAt', 'resolveDueAt', 'resolveBreached'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', 'is not', null)
    .execute();
  for (const c of cases) {
    const closed = c.resolvedAt ?? c.closedAt;
    push(history.cases, c.contactId as string, {
      createdAt: time(c.createdAt),
      closedAt: closed ? time(closed) : null,
      dueAt: c.resolveDueAt ? time(c.resolveDueAt) : null,
      breached: c.resolveBreached,
    });
  }

  // Accounts are optional: read them only where the accounts tables exist.
  const hasAccounts = await sql<{ present: boolean }>`
    SELECT to_regclass('account_contacts') IS NOT NULL AS present
  `.execute(db);
  if (hasAccounts.rows[0]?.present) {
    const links = await sql<{ contactId: string; attributes: Record<string, unknown>; members: number }>`
      SELECT DISTINCT ON (ac.contact_id) ac.contact_id, a.attributes,
        (SELECT count(*)::int FROM account_contacts m
          WHERE m.workspace_id = ac.workspace_id AND m.account_id = ac.account_id) AS members
      FROM account_contacts ac
      JOIN accounts a ON a.workspace_id = ac.workspace_id AND a.id = ac.account_id
      WHERE ac.workspace_id = ${workspaceId}
      ORDER BY ac.contact_id, ac.created_at
    `.execute(db);
    for (const link of links.rows) {
      history.accounts.set(link.contactId, { attributes: link.attributes ?? {}, members: link.members });
    }
  }
  return history;
}

function scalar(value: unknown): RawValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

/** The label of each contact: 1 churned, 0 stayed, null unknown; and when a churned contact left (events). */
export function labelsOf(
  history: ChurnHistory,
  label: TChurnLabel,
): Map<string, { label: 0 | 1 | null; asOf: number | null }> {
  const out = new Map<string, { label: 0 | 1 | null; asOf: number | null }>();
  for (const contact of history.contacts) {
    if ('attribute' in label) {
      out.set(contact.id, { label: parseLabel(contact.attributes[label.attribute]), asOf: null });
    } else {
      const first = (history.events.get(contact.id) ?? [])
        .filter((e) => e.event === label.event)
        .reduce<number | null>((min, e) => (min === null || e.at < min ? e.at : min), null);
      out.set(contact.id, { label: first === null ? 0 : 1, asOf: first });
    }
  }
  return out;
}

function inWindow(at: number, asOf: number, days: number): boolean {
  return at <= asOf && at > asOf - days * DAY;
}

/** One contact's features as of a moment. */
export function churnFeatures(
  history: ChurnHistory,
  contact: ContactRecord,
  asOf: number,
  label: TChurnLabel,
): FeatureRow {
  const row: Record<string, RawValue> = {};
  const labelAttribute = 'attribute' in label ? label.attribute : null;
  for (const [key, value] of Object.entries(contact.attributes)) {
    // The label and anything named after it (churned_at, churned_reason) would tell the answer.
    if (labelAttribute && key.startsWith(labelAttribute)) continue;
    const v = scalar(value);
    if (v !== null) row[`attr:${key}`] = v;
  }
  const account = history.accounts.get(contact.id);
  if (account) {
    for (const [key, value] of Object.entries(account.attributes)) {
      const v = scalar(value);
      if (v !== null) row[`account:${key}`] = v;
    }
    row.account_contacts = account.members;
  }
  row.days_as_customer = Math.max(0, Math.round((asOf - contact.createdAt.getTime()) / DAY));

  const labelEvent = 'event' in label ? label.event : null;
  const events = (history.events.get(contact.id) ?? []).filter((e) => e.at <= asOf && e.event !== labelEvent);
  row.events_30d = events.filter((e) => inWindow(e.at, asOf, 30)).length;
  row.events_90d = events.filter((e) => inWindow(e.at, asOf, 90)).length;
  const last = events.reduce<number | null>((max, e) => (max === null || e.at > max ? e.at : max), null);
  row.days_since_last_event = last === null ? null : Math.round((asOf - last) / DAY);
  for (const name of history.topEvents) {
    row[`event_30d:${name}`] = events.filter((e) => e.event === name && inWindow(e.at, asOf, 30)).length;
    row[`event_90d:${name}`] = events.filter((e) => e.event === name && inWindow(e.at, asOf, 90)).length;
  }

  const scores = (history.scores.get(contact.id) ?? [])
    .filter((s) => s.at <= asOf)
    .sort((a, b) => a.at - b.at);
  for (const metric of ['nps', 'csat'] as const) {
    const values = scores.map((s) => s[metric]).filter((v): v is number => v !== null);
    const latest = values.at(-1) ?? null;
    const previous = values.length >= 2 ? (values.at(-2) as number) : null;
    row[`${metric}_latest`] = latest;
    row[`${metric}_previous`] = previous;
    row[`${metric}_change`] = latest !== null && previous !== null ? latest - previous : null;
  }
  row.responses_90d = scores.filter((s) => inWindow(s.at, asOf, 90)).length;

  const comments = (history.comments.get(contact.id) ?? []).filter((c) => inWindow(c.at, asOf, 90));
  row.negative_comments_90d = comments.filter(
    (c) => c.sentiment === 'negative' || c.sentiment === 'mixed',
  ).length;
  row.positive_comments_90d = comments.filter((c) => c.sentiment === 'positive').length;
  const topics = (history.topics.get(contact.id) ?? []).filter((t) => inWindow(t.at, asOf, 90));
  for (const name of history.topTopics)
    row[`topic_90d:${name}`] = topics.filter((t) => t.topic === name).length;

  const cases = (history.cases.get(contact.id) ?? []).filter((c) => c.createdAt <= asOf);
  const open = cases.filter((c) => c.closedAt === null || c.closedAt > asOf);
  row.open_cases = open.length;
  row.overdue_cases = open.filter((c) => c.breached || (c.dueAt !== null && c.dueAt < asOf)).length;
  row.cases_90d = cases.filter((c) => inWindow(c.createdAt, asOf, 90)).length;
  return row;
}

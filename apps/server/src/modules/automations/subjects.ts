import type { Db } from '../../platform/db/database';
import { contactValues, type FeedbackFacts, flattenInto } from '../feedback-facts/index';

/**
 * What a rule fires on, whatever the trigger: a piece of feedback, a contact (for a tracked event) or a
 * case, with the values its condition reads (the one condition language over `values` and `hidden`).
 */
export interface Subject {
  kind: 'response' | 'review' | 'conversation' | 'contact' | 'case';
  id: string;
  workspaceId: string;
  contactId: string | null;
  touchpointId: string | null;
  topicIds: string[];
  /** When it happened (the feedback, the event, the status change). */
  occurredAt: Date;
  values: Record<string, unknown>;
  hidden: Record<string, string>;
  /** One line for people: the run log, dry-run samples, case titles. */
  summary: string;
  /** The feedback item, for a case created from it and for tags. */
  item: { kind: 'response' | 'review' | 'conversation'; id: string } | null;
  /** The case, for case subjects. */
  caseId: string | null;
}

/** Who caused the trigger: how many automation hops led here and the rules along the way (oldest first). */
export interface Cause {
  depth: number;
  chain: string[];
}

export const NO_CAUSE: Cause = { depth: 0, chain: [] };

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

const ITEM_LABELS = { response: 'Response', review: 'Review', conversation: 'Conversation' } as const;

export function feedbackSubject(facts: FeedbackFacts): Subject {
  const nps = typeof facts.values.nps === 'number' ? `NPS ${facts.values.nps}` : null;
  const rating = typeof facts.values.rating === 'number' ? `★${facts.values.rating}` : null;
  const csat = typeof facts.values.csat === 'number' ? `CSAT ${facts.values.csat}` : null;
  const text =
    typeof facts.values.text === 'string' && facts.values.text ? `“${clip(facts.values.text, 80)}”` : null;
  return {
    kind: facts.itemKind,
    id: facts.itemId,
    workspaceId: facts.workspaceId,
    contactId: facts.contactId,
    touchpointId: facts.touchpointId,
    topicIds: facts.topicIds,
    occurredAt: facts.occurredAt,
    values: facts.values,
    hidden: facts.hidden,
    summary:
      [nps ?? csat ?? rating, text].filter(Boolean).join(' · ') ||
      `${ITEM_LABELS[facts.itemKind]} ${facts.itemId.slice(0, 8)}`,
    item: { kind: facts.itemKind, id: facts.itemId },
    caseId: null,
  };
}

/** Contact events as subjects: `event`, `event.<property>`, `contact.<attribute>`, `contact.email`. */
export async function loadEventSubjects(
  db: Db,
  workspaceId: string,
  eventIds: readonly number[],
): Promise<Subject[]> {
  if (eventIds.length === 0) return [];
  const events = await db
    .selectFrom('contactEvents as e')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.workspaceId', '=', 'e.workspaceId').onRef('c.id', '=', 'e.contactId'),
    )
    .select(['e.id', 'e.event', 'e.properties', 'e.occurredAt', 'c.id as contactId', 'c.mergedInto'])
    .where('e.workspaceId', '=', workspaceId)
    .where('e.id', 'in', [...eventIds])
    .execute();
  // A merged profile's events belong to the profile it was merged into.
  const liveIds = [...new Set(events.map((e) => e.mergedInto ?? e.contactId))];
  const contacts =
    liveIds.length === 0
      ? []
      : await db
          .selectFrom('contacts')
          .select(['id', 'email', 'attributes'])
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', liveIds)
          .execute();
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return events.map((event) => {
    const contactId = event.mergedInto ?? event.contactId;
    const contact = byId.get(contactId);
    const values: Record<string, unknown> = { event: event.event, ...contactValues(contact) };
    for (const [key, value] of Object.entries(event.properties)) flattenInto(values, `event.${key}`, value);
    return {
      kind: 'contact' as const,
      id: contactId,
      workspaceId,
      contactId,
      touchpointId: null,
      topicIds: [],
      occurredAt: event.occurredAt,
      values,
      hidden: {},
      summary: [event.event, contact?.email].filter(Boolean).join(' · '),
      item: null,
      caseId: null,
    };
  });
}

export interface CaseSnapshot {
  /** The status to evaluate with (the one the case moved to, for a status change). */
  status?: string;
  fromStatus?: string | null;
  /** The moment to measure the case's age at. */
  at?: Date;
}

/**
 * Cases as subjects: `case.status`, `case.fromStatus`, `case.priority`, `case.teamId`, `case.assigneeId`,
 * `case.source`, `case.number`, `case.touchpointId`, `case.topicId`, `case.ageHours`, and the contact's
 * attributes. A snapshot overrides the status and the moment (a status change as it happened). The
 * answer is aligned with the requests: null for a case that does not exist (or belongs elsewhere).
 */
export async function loadCaseSubjects(
  db: Db,
  workspaceId: string,
  requests: readonly { caseId: string; snapshot?: CaseSnapshot }[],
): Promise<(Subject | null)[]> {
  if (requests.length === 0) return [];
  const ids = [...new Set(requests.map((r) => r.caseId))];
  const cases = await db
    .selectFrom('cases')
    .select([
      'id',
      'number',
      'title',
      'status',
      'priority',
      'source',
      'teamId',
      'assigneeId',
      'contactId',
      'touchpointId',
      'topicId',
      'createdAt',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  const contactIds = [...new Set(cases.map((c) => c.contactId).filter((id): id is string => id !== null))];
  const contacts =
    contactIds.length === 0
      ? []
      : await db
          .selectFrom('contacts')
          .select(['id', 'email', 'attributes', 'mergedInto'])
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', contactIds)
          .execute();
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const subjects: (Subject | null)[] = [];
  for (const request of requests) {
    const row = caseById.get(request.caseId);
    if (!row) {
      subjects.push(null);
      continue;
    }
    const contact = row.contactId ? contactById.get(row.contactId) : undefined;
    const at = request.snapshot?.at ?? new Date();
    const status = request.snapshot?.status ?? row.status;
    const fromStatus = request.snapshot?.fromStatus ?? null;
    const values: Record<string, unknown> = {
      'case.status': status,
      'case.fromStatus': fromStatus,
      'case.priority': row.priority,
      'case.teamId': row.teamId,
      'case.assigneeId': row.assigneeId,
      'case.source': row.source,
      'case.number': row.number,
      'case.touchpointId': row.touchpointId,
      'case.topicId': row.topicId,
      'case.ageHours': Math.max(
        0,
        Math.round(((at.getTime() - row.createdAt.getTime()) / 3_600_000) * 10) / 10,
      ),
      ...contactValues(contact),
    };
    subjects.push({
      kind: 'case',
      id: row.id,
      workspaceId,
      contactId: contact ? (contact.mergedInto ?? contact.id) : null,
      touchpointId: row.touchpointId,
      topicIds: row.topicId ? [row.topicId] : [],
      occurredAt: at,
      values,
      hidden: {},
      summary: `#${row.number} ${clip(row.title, 60)} · ${fromStatus ? `${fromStatus} → ` : ''}${status}`,
      item: null,
      caseId: row.id,
    });
  }
  return subjects;
}

/** A conversation at the moment a conversation trigger fired (the event's own facts win over the row's). */
export interface ConversationMoment {
  conversationId: string;
  at: Date;
  /** The event type: conversation.created, conversation.handed_over or conversation.resolved. */
  event: string;
  reason?: string | null;
  resolution?: string | null;
}

/**
 * Conversations as subjects: `conversation.channel`, `conversation.language`, `conversation.status`,
 * `conversation.handoffReason`, `conversation.resolution`, `conversation.teamId`,
 * `conversation.assigneeId`, `conversation.touchpointId`, and the contact's attributes. Aligned with the
 * requests: null for a conversation that does not exist (or belongs elsewhere).
 */
export async function loadConversationSubjects(
  db: Db,
  workspaceId: string,
  moments: readonly ConversationMoment[],
): Promise<(Subject | null)[]> {
  if (moments.length === 0) return [];
  const rows = await db
    .selectFrom('conversations')
    .select([
      'id',
      'status',
      'channel',
      'language',
      'contactId',
      'touchpointId',
      'teamId',
      'assigneeUserId',
      'handoffReason',
      'resolution',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', [...new Set(moments.map((m) => m.conversationId))])
    .execute();
  const contactIds = [...new Set(rows.flatMap((r) => (r.contactId ? [r.contactId] : [])))];
  const contacts =
    contactIds.length === 0
      ? []
      : await db
          .selectFrom('contacts')
          .select(['id', 'email', 'attributes'])
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', contactIds)
          .execute();
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return moments.map((moment) => {
    const row = byId.get(moment.conversationId);
    if (!row) return null;
    const reason = moment.reason !== undefined ? moment.reason : row.handoffReason;
    const resolution = moment.resolution !== undefined ? moment.resolution : row.resolution;
    const values: Record<string, unknown> = {
      'conversation.channel': row.channel,
      'conversation.language': row.language,
      'conversation.status': row.status,
      'conversation.handoffReason': reason,
      'conversation.resolution': resolution,
      'conversation.teamId': row.teamId,
      'conversation.assigneeId': row.assigneeUserId,
      'conversation.touchpointId': row.touchpointId,
      ...contactValues(row.contactId ? contactById.get(row.contactId) : undefined),
    };
    const what =
      moment.event === 'conversation.created'
        ? 'started'
        : moment.event === 'conversation.handed_over'
          ? `handed over${reason ? ` (${reason.replaceAll('_', ' ')})` : ''}`
          : `resolved${resolution ? ` (${resolution.replaceAll('_', ' ')})` : ''}`;
    return {
      kind: 'conversation' as const,
      id: row.id,
      workspaceId,
      contactId: row.contactId,
      touchpointId: row.touchpointId,
      topicIds: [],
      occurredAt: moment.at,
      values,
      hidden: {},
      summary: `Conversation ${row.id.slice(0, 8)} · ${what}`,
      // A case an action opens lists the conversation; a tag goes on it.
      item: { kind: 'conversation' as const, id: row.id },
      caseId: null,
    };
  });
}

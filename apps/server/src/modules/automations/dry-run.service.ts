import type { TAutomationDryRunResult, TAutomationTrigger, TCondition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { loadFeedbackFacts } from '../feedback-facts/index';
import { addContactSegmentFacts } from '../segments/index';
import {
  type CaseSnapshot,
  feedbackSubject,
  loadCaseSubjects,
  loadConversationSubjects,
  loadEventSubjects,
  type Subject,
} from './subjects';
import { matchesFeedbackTrigger, matchesStatusChange, meetsCondition } from './triggers';

/** Past subjects checked at most (newest first); more are reported as `truncated`. */
const MAX_EVALUATED = 5_000;
const CHUNK = 500;
const MAX_SAMPLES = 10;
const HOUR_MS = 3_600_000;

interface Tally {
  evaluated: number;
  wouldFire: number;
  truncated: boolean;
  samples: Subject[];
}

function newTally(): Tally {
  return { evaluated: 0, wouldFire: 0, truncated: false, samples: [] };
}

function count(tally: Tally, subject: Subject, fires: boolean) {
  tally.evaluated++;
  if (!fires) return;
  tally.wouldFire++;
  if (tally.samples.length < MAX_SAMPLES) tally.samples.push(subject);
}

async function feedbackDryRun(
  db: Db,
  workspaceId: string,
  trigger: TAutomationTrigger,
  condition: TCondition | null,
  from: Date,
  to: Date,
): Promise<Tally> {
  const tally = newTally();
  const surveyId = 'surveyId' in trigger ? trigger.surveyId : undefined;
  // What the live trigger sees: completed responses (at completion), and for topics imported reviews too.
  const responses = await db
    .selectFrom('responses')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('finished', '=', true)
    .where(sql<boolean>`coalesce(finished_at, created_at) between ${from} and ${to}`)
    // Answers to anonymous employee surveys are never evaluated one by one (docs/CONFIDENTIALITY.md).
    .where(
      sql<boolean>`not exists (select 1 from surveys s where s.workspace_id = responses.workspace_id and s.id = responses.survey_id and s.anonymous)`,
    )
    .$if(Boolean(surveyId), (q) => q.where('surveyId', '=', surveyId as string))
    .orderBy(sql`coalesce(finished_at, created_at)`, 'desc')
    .limit(MAX_EVALUATED + 1)
    .execute();
  const items: { kind: 'response' | 'review'; id: string }[] = responses.map((r) => ({
    kind: 'response' as const,
    id: r.id,
  }));
  if (trigger.type === 'topic.detected') {
    const reviews = await db
      .selectFrom('reviews')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('createdAt', '>=', from)
      .where('createdAt', '<=', to)
      .orderBy('createdAt', 'desc')
      .limit(MAX_EVALUATED + 1)
      .execute();
    items.push(...reviews.map((r) => ({ kind: 'review' as const, id: r.id })));
  }
  if (items.length > MAX_EVALUATED) tally.truncated = true;
  const checked = items.slice(0, MAX_EVALUATED);
  for (const kind of ['response', 'review'] as const) {
    const ids = checked.filter((i) => i.kind === kind).map((i) => i.id);
    for (let start = 0; start < ids.length; start += CHUNK) {
      const facts = await loadFeedbackFacts(db, workspaceId, kind, ids.slice(start, start + CHUNK));
      facts.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
      // Segment membership as of now: a dry run cannot know who was in a segment back then.
      await addContactSegmentFacts(db, workspaceId, facts, [condition]);
      for (const item of facts) {
        const subject = feedbackSubject(item);
        count(tally, subject, matchesFeedbackTrigger(trigger, item) && meetsCondition(condition, subject));
      }
    }
  }
  return tally;
}

async function eventDryRun(
  db: Db,
  workspaceId: string,
  name: string,
  condition: TCondition | null,
  from: Date,
  to: Date,
): Promise<Tally> {
  const tally = newTally();
  const events = await db
    .selectFrom('contactEvents')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('event', '=', name)
    .where('occurredAt', '>=', from)
    .where('occurredAt', '<=', to)
    .orderBy('occurredAt', 'desc')
    .limit(MAX_EVALUATED + 1)
    .execute();
  if (events.length > MAX_EVALUATED) tally.truncated = true;
  const ids = events.slice(0, MAX_EVALUATED).map((e) => e.id);
  for (let start = 0; start < ids.length; start += CHUNK) {
    const subjects = await loadEventSubjects(db, workspaceId, ids.slice(start, start + CHUNK));
    subjects.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
    await addContactSegmentFacts(db, workspaceId, subjects, [condition]);
    for (const subject of subjects) count(tally, subject, meetsCondition(condition, subject));
  }
  return tally;
}

/** Conversation triggers replay the conversation events of the period (as recorded, newest first). */
async function conversationDryRun(
  db: Db,
  workspaceId: string,
  trigger: TAutomationTrigger,
  condition: TCondition | null,
  from: Date,
  to: Date,
): Promise<Tally> {
  const tally = newTally();
  const eventType =
    trigger.type === 'conversation.started'
      ? 'conversation.created'
      : trigger.type === 'conversation.handed_over'
        ? 'conversation.handed_over'
        : 'conversation.resolved';
  const events = await db
    .selectFrom('domainEvents')
    .select(['subjectId', 'payload', 'occurredAt'])
    .where('workspaceId', '=', workspaceId)
    .where('type', '=', eventType)
    .where('occurredAt', '>=', from)
    .where('occurredAt', '<=', to)
    .orderBy('occurredAt', 'desc')
    .limit(MAX_EVALUATED + 1)
    .execute();
  if (events.length > MAX_EVALUATED) tally.truncated = true;
  const moments = events.slice(0, MAX_EVALUATED).flatMap((e) =>
    e.subjectId
      ? [
          {
            conversationId: e.subjectId,
            at: e.occurredAt,
            event: eventType,
            ...(typeof e.payload.reason === 'string' ? { reason: e.payload.reason } : {}),
            ...(typeof e.payload.resolution === 'string' ? { resolution: e.payload.resolution } : {}),
          },
        ]
      : [],
  );
  for (let start = 0; start < moments.length; start += CHUNK) {
    const subjects = await loadConversationSubjects(db, workspaceId, moments.slice(start, start + CHUNK));
    for (const subject of subjects) if (subject) count(tally, subject, meetsCondition(condition, subject));
  }
  return tally;
}

interface StatusActivity {
  id: number;
  caseId: string;
  kind: string;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** A status activity as a move: creation is a move from nothing to `new`. */
function moveOf(activity: StatusActivity): { from: string | null; to: string } {
  if (activity.kind === 'created') return { from: null, to: 'new' };
  return {
    from: typeof activity.data.from === 'string' ? activity.data.from : null,
    to: typeof activity.data.to === 'string' ? activity.data.to : '',
  };
}

const STATUS_KINDS = ['created', 'status', 'reopened'];

async function statusActivities(
  db: Db,
  workspaceId: string,
  filter: { from: Date; to: Date } | { caseIds: string[] },
): Promise<StatusActivity[]> {
  let query = db
    .selectFrom('caseActivities')
    .select(['id', 'caseId', 'kind', 'data', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('kind', 'in', STATUS_KINDS);
  if ('caseIds' in filter) {
    if (filter.caseIds.length === 0) return [];
    query = query.where('caseId', 'in', filter.caseIds).orderBy('id');
  } else {
    query = query
      .where('createdAt', '>=', filter.from)
      .where('createdAt', '<=', filter.to)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(MAX_EVALUATED + 1);
  }
  return query.execute();
}

async function evaluateCases(
  db: Db,
  workspaceId: string,
  condition: TCondition | null,
  tally: Tally,
  moments: { caseId: string; snapshot: CaseSnapshot; counts: boolean }[],
) {
  for (let start = 0; start < moments.length; start += CHUNK) {
    const chunk = moments.slice(start, start + CHUNK);
    const subjects = await loadCaseSubjects(db, workspaceId, chunk);
    await addContactSegmentFacts(
      db,
      workspaceId,
      subjects.filter((s) => s !== null),
      [condition],
    );
    for (const [i, subject] of subjects.entries()) {
      if (subject) count(tally, subject, (chunk[i]?.counts ?? false) && meetsCondition(condition, subject));
    }
  }
}

async function statusChangeDryRun(
  db: Db,
  workspaceId: string,
  trigger: Extract<TAutomationTrigger, { type: 'case.status_changed' }>,
  condition: TCondition | null,
  from: Date,
  to: Date,
): Promise<Tally> {
  const tally = newTally();
  const activities = await statusActivities(db, workspaceId, { from, to });
  if (activities.length > MAX_EVALUATED) tally.truncated = true;
  const moments = activities.slice(0, MAX_EVALUATED).map((activity) => {
    const move = moveOf(activity);
    return {
      caseId: activity.caseId,
      snapshot: { status: move.to, fromStatus: move.from, at: activity.createdAt },
      counts: matchesStatusChange(trigger, move.from, move.to),
    };
  });
  await evaluateCases(db, workspaceId, condition, tally, moments);
  return tally;
}

function statusCounts(wanted: string | undefined, status: string): boolean {
  return wanted ? status === wanted : status !== 'resolved' && status !== 'closed';
}

/**
 * time.elapsed: the clocks that reached the threshold inside the window. Since creation: cases created
 * `hours` before the window, in the wanted status at that moment. Since a status change: changes made
 * `hours` before the window that were not followed by another within `hours`.
 */
async function elapsedDryRun(
  db: Db,
  workspaceId: string,
  trigger: Extract<TAutomationTrigger, { type: 'time.elapsed' }>,
  condition: TCondition | null,
  from: Date,
  to: Date,
): Promise<Tally> {
  const tally = newTally();
  const shift = trigger.hours * HOUR_MS;
  const startFrom = new Date(from.getTime() - shift);
  const startTo = new Date(to.getTime() - shift);
  let starts: { caseId: string; at: Date; activityId: number | null }[];
  if (trigger.since === 'case.created') {
    const cases = await db
      .selectFrom('cases')
      .select(['id', 'createdAt'])
      .where('workspaceId', '=', workspaceId)
      .where('createdAt', '>=', startFrom)
      .where('createdAt', '<=', startTo)
      .orderBy('createdAt', 'desc')
      .limit(MAX_EVALUATED + 1)
      .execute();
    starts = cases.map((c) => ({ caseId: c.id, at: c.createdAt, activityId: null }));
  } else {
    const activities = await statusActivities(db, workspaceId, { from: startFrom, to: startTo });
    starts = activities.map((a) => ({ caseId: a.caseId, at: a.createdAt, activityId: a.id }));
  }
  if (starts.length > MAX_EVALUATED) tally.truncated = true;
  starts = starts.slice(0, MAX_EVALUATED);
  const history = new Map<string, StatusActivity[]>();
  const caseIds = [...new Set(starts.map((s) => s.caseId))];
  for (let start = 0; start < caseIds.length; start += CHUNK) {
    for (const activity of await statusActivities(db, workspaceId, {
      caseIds: caseIds.slice(start, start + CHUNK),
    })) {
      history.set(activity.caseId, [...(history.get(activity.caseId) ?? []), activity]);
    }
  }
  const moments = starts.map((start) => {
    const at = new Date(start.at.getTime() + shift);
    const past = (history.get(start.caseId) ?? []).filter((a) => a.createdAt <= at);
    const current = past.at(-1);
    const status = current ? moveOf(current).to : 'new';
    // Timed from a status change: no other change may have restarted the clock before it ran out.
    const unchanged = start.activityId === null || current?.id === start.activityId;
    return {
      caseId: start.caseId,
      snapshot: { status, at },
      counts: unchanged && statusCounts(trigger.status, status),
    };
  });
  await evaluateCases(db, workspaceId, condition, tally, moments);
  return tally;
}

/**
 * What a rule would have done over the last `days`: how many past subjects met its trigger and condition
 * out of how many were checked, with up to ten samples. Reads only; no action runs.
 */
export async function dryRunAutomation(
  ctx: AppContext,
  workspaceId: string,
  input: { trigger: TAutomationTrigger; condition?: TCondition | null | undefined; days: number },
  now = new Date(),
): Promise<TAutomationDryRunResult> {
  const to = now;
  const from = new Date(now.getTime() - input.days * 24 * HOUR_MS);
  const condition = input.condition ?? null;
  const { trigger } = input;
  const db = ctx.db;
  let tally: Tally;
  switch (trigger.type) {
    case 'response.received':
    case 'score.band':
    case 'topic.detected':
      tally = await feedbackDryRun(db, workspaceId, trigger, condition, from, to);
      break;
    case 'event.tracked':
      tally = await eventDryRun(db, workspaceId, trigger.event, condition, from, to);
      break;
    case 'case.status_changed':
      tally = await statusChangeDryRun(db, workspaceId, trigger, condition, from, to);
      break;
    case 'time.elapsed':
      tally = await elapsedDryRun(db, workspaceId, trigger, condition, from, to);
      break;
    case 'conversation.started':
    case 'conversation.handed_over':
    case 'conversation.resolved':
      tally = await conversationDryRun(db, workspaceId, trigger, condition, from, to);
      break;
  }
  return {
    wouldFire: tally.wouldFire,
    evaluated: tally.evaluated,
    truncated: tally.truncated,
    from: from.toISOString(),
    to: to.toISOString(),
    samples: tally.samples.map((s) => ({
      subjectKind: s.kind,
      subjectId: s.id,
      occurredAt: s.occurredAt.toISOString(),
      summary: s.summary,
    })),
  };
}

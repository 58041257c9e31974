import type { TAutomationActionResult } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import type { DomainEvent } from '../../platform/events';
import type { FeedbackFacts } from '../feedback-facts/index';
import { addContactSegmentFacts } from '../segments/index';
import { runAction } from './actions';
import { emailJobKey, sendAutomationEmailJob } from './automation-email';
import {
  type Cause,
  feedbackSubject,
  loadCaseSubjects,
  loadConversationSubjects,
  loadEventSubjects,
  NO_CAUSE,
  type Subject,
} from './subjects';
import {
  type AutomationRule,
  loadActiveRules,
  matchesFeedbackTrigger,
  matchesStatusChange,
  meetsCondition,
} from './triggers';

/** Conversation events and the trigger each fires (started, handed over to people, resolved). */
const CONVERSATION_TRIGGER_OF = {
  'conversation.created': 'conversation.started',
  'conversation.handed_over': 'conversation.handed_over',
  'conversation.resolved': 'conversation.resolved',
} as const;

/** Runs deeper than this many automation hops are refused ("loop prevented"). */
export const MAX_AUTOMATION_DEPTH = 3;

/** A domain event for the automations to look at, in its own job (a slow rule never holds up dispatch). */
export const automationEventJob = {
  name: 'automations.on-event',
  payload: z.object({ workspaceId: z.uuid(), eventId: z.number().int() }),
};

/** The domain events automations react to. */
export const AUTOMATION_EVENT_TYPES = [
  'contact.event_tracked',
  'case.created',
  'case.updated',
  'conversation.created',
  'conversation.handed_over',
  'conversation.resolved',
] as const;

async function ruleNames(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('automationRules')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Why a run must not happen, or null: its own chain caused the trigger, or the chain is too deep. */
async function loopReason(db: Db, rule: AutomationRule, cause: Cause): Promise<string | null> {
  if (cause.chain.includes(rule.id)) {
    const names = await ruleNames(db, rule.workspaceId, cause.chain);
    const path = [...cause.chain, rule.id].map((id) => `“${names.get(id) ?? id}”`).join(' → ');
    return `loop prevented: this rule's own action led to this trigger (${path})`;
  }
  if (cause.depth > MAX_AUTOMATION_DEPTH) {
    return `loop prevented: ${cause.depth} automation hops led here, more than the limit of ${MAX_AUTOMATION_DEPTH}`;
  }
  return null;
}

/**
 * Fires a rule on a subject, exactly once per trigger key: the run row is inserted first under the
 * unique (workspace, rule, trigger key), and a conflict means this occurrence already ran (a redelivered
 * event, a retried job) — nothing is done again. Actions run in order; the first failure stops the rest
 * (they are logged as skipped). Emails are queued as their own jobs once the run is logged.
 * Returns the run id, or null when nothing ran.
 */
export async function fireRule(
  ctx: AppContext,
  rule: AutomationRule,
  subject: Subject,
  cause: Cause,
  triggerKey: string,
): Promise<number | null> {
  const { workspaceId } = rule;
  const base = {
    workspaceId,
    ruleId: rule.id,
    triggerKey,
    subjectKind: subject.kind,
    subjectId: subject.id,
    depth: cause.depth,
    chain: JSON.stringify(cause.chain),
  };
  const loop = await loopReason(ctx.db, rule, cause);
  if (loop) {
    await ctx.db
      .insertInto('automationRuns')
      .values({ ...base, status: 'skipped', error: loop, finishedAt: new Date() })
      .onConflict((oc) => oc.columns(['workspaceId', 'ruleId', 'triggerKey']).doNothing())
      .execute();
    ctx.logger.info({ ruleId: rule.id, triggerKey, depth: cause.depth }, 'automation loop prevented');
    return null;
  }
  const inserted = await ctx.db
    .insertInto('automationRuns')
    .values({ ...base, status: 'running' })
    .onConflict((oc) => oc.columns(['workspaceId', 'ruleId', 'triggerKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  const runId = inserted.id;
  const saveResults = async (results: TAutomationActionResult[], tx?: Tx) => {
    await (tx ?? ctx.db)
      .updateTable('automationRuns')
      .set({ results: JSON.stringify(results) })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', runId)
      .execute();
  };

  const results: TAutomationActionResult[] = [];
  let error: string | null = null;
  for (const [index, action] of rule.actions.entries()) {
    if (error) {
      results.push({ type: action.type, status: 'skipped', reason: 'an earlier action failed' });
      continue;
    }
    const result = await runAction(
      { ctx, rule, subject, runId, cause, saveResults, results: [...results] },
      action,
    );
    results.push(result);
    await saveResults(results);
    if (result.status === 'failed')
      error = `Action ${index + 1} (${action.type}): ${result.error ?? 'failed'}`;
  }
  await ctx.db
    .updateTable('automationRuns')
    .set({
      status: error ? 'failed' : 'succeeded',
      error,
      results: JSON.stringify(results),
      finishedAt: new Date(),
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', runId)
    .execute();
  for (const [index, result] of results.entries()) {
    if (result.status !== 'queued') continue;
    await ctx.jobs.send(
      sendAutomationEmailJob,
      { workspaceId, runId, index },
      { singletonKey: emailJobKey(runId, index) },
    );
  }
  return runId;
}

/**
 * Fires each rule whose condition the subject meets. One rule's failure (the database, a bug) does not
 * keep the others from running; the first error is rethrown at the end so the job retries, and the
 * trigger keys keep the rules that already ran from running twice.
 */
async function fireAll(
  ctx: AppContext,
  rules: AutomationRule[],
  subject: Subject,
  cause: Cause,
  key: string,
): Promise<void> {
  let firstError: unknown = null;
  await addContactSegmentFacts(
    ctx.db,
    subject.workspaceId,
    [subject],
    rules.map((rule) => rule.condition),
  );
  for (const rule of rules) {
    if (!meetsCondition(rule.condition, subject)) continue;
    try {
      await fireRule(ctx, rule, subject, cause, key);
    } catch (error) {
      ctx.logger.error({ err: error, ruleId: rule.id, triggerKey: key }, 'automation rule failed');
      firstError ??= error;
    }
  }
  if (firstError) throw firstError;
}

/**
 * New feedback meets the workspace's feedback rules (response received, score band, topic detected).
 * Called from the `feedback.evaluate` job, after analysis; safe to call again for the same items.
 */
export async function runFeedbackAutomations(ctx: AppContext, facts: FeedbackFacts[]): Promise<void> {
  const byWorkspace = new Map<string, FeedbackFacts[]>();
  for (const item of facts)
    byWorkspace.set(item.workspaceId, [...(byWorkspace.get(item.workspaceId) ?? []), item]);
  for (const [workspaceId, items] of byWorkspace) {
    const rules = await loadActiveRules(ctx.db, workspaceId, [
      'response.received',
      'score.band',
      'topic.detected',
    ]);
    if (rules.length === 0) continue;
    for (const item of items) {
      const matching = rules.filter((rule) => matchesFeedbackTrigger(rule.trigger, item));
      if (matching.length === 0) continue;
      await fireAll(ctx, matching, feedbackSubject(item), NO_CAUSE, `${item.itemKind}:${item.itemId}`);
    }
  }
}

/** The cause an event recorded itself (`automationDepth`, `automationRuleIds` in its payload), if any. */
function causeFromPayload(payload: Record<string, unknown>): Cause | null {
  if (typeof payload.automationDepth !== 'number' || !Array.isArray(payload.automationRuleIds)) return null;
  return {
    depth: payload.automationDepth,
    chain: payload.automationRuleIds.filter((id): id is string => typeof id === 'string'),
  };
}

/** The run whose action touched this case, if an automation did it: its depth and chain continue here. */
async function causeOfCaseChange(
  db: Db,
  workspaceId: string,
  actor: string | null,
  payload: Record<string, unknown>,
  caseId: string,
): Promise<Cause> {
  const recorded = causeFromPayload(payload);
  if (recorded) return recorded;
  if (!actor?.startsWith('automation:')) return NO_CAUSE;
  const ruleId = actor.slice('automation:'.length);
  const run = await db
    .selectFrom('automationRuns')
    .select(['depth', 'chain'])
    .where('workspaceId', '=', workspaceId)
    .where('ruleId', '=', ruleId)
    .where(sql<boolean>`results @> ${JSON.stringify([{ data: { caseId } }])}::jsonb`)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { depth: (run?.depth ?? 0) + 1, chain: [...(run?.chain ?? []), ruleId] };
}

/** The trigger types a domain event can fire. */
export function triggerTypesFor(eventType: string): string[] {
  if (eventType === 'contact.event_tracked') return ['event.tracked'];
  if (eventType === 'case.created' || eventType === 'case.updated') return ['case.status_changed'];
  if (eventType in CONVERSATION_TRIGGER_OF)
    return [CONVERSATION_TRIGGER_OF[eventType as keyof typeof CONVERSATION_TRIGGER_OF]];
  return [];
}

/** The subscriber side: queue the event for the automation job when some rule may care. */
export async function enqueueAutomationEvent(ctx: AppContext, event: DomainEvent): Promise<void> {
  await enqueueAutomationEvents(ctx, [event]);
}

/**
 * A dispatched batch of events: one look at each workspace's active rule types, then one insert of the
 * jobs for the events some rule may care about (a burst of cases costs two statements, not two per case).
 */
export async function enqueueAutomationEvents(
  ctx: AppContext,
  events: readonly DomainEvent[],
): Promise<void> {
  const byWorkspace = new Map<string, DomainEvent[]>();
  for (const event of events) {
    if (triggerTypesFor(event.type).length === 0) continue;
    if (event.type === 'case.updated' && !isStatusChange(event.payload)) continue;
    byWorkspace.set(event.workspaceId, [...(byWorkspace.get(event.workspaceId) ?? []), event]);
  }
  for (const [workspaceId, list] of byWorkspace) {
    const types = [...new Set(list.flatMap((event) => triggerTypesFor(event.type)))];
    const rows = await ctx.db
      .selectFrom('automationRules')
      .select(sql<string>`trigger ->> 'type'`.as('type'))
      .distinct()
      .where('workspaceId', '=', workspaceId)
      .where('active', '=', true)
      .where(sql<boolean>`trigger ->> 'type' in (${sql.join(types)})`)
      .execute();
    const active = new Set(rows.map((row) => row.type));
    const queued = list.filter((event) => triggerTypesFor(event.type).some((type) => active.has(type)));
    // No singleton key: the job is idempotent per event (automation runs are unique per rule and trigger key).
    await ctx.jobs.sendMany(
      automationEventJob,
      queued.map((event) => ({ workspaceId, eventId: event.id })),
    );
  }
}

function isStatusChange(payload: Record<string, unknown>): { from: string; to: string } | null {
  const changes = payload.changes as { status?: { from?: unknown; to?: unknown } } | undefined;
  const status = changes?.status;
  if (!status || typeof status.to !== 'string') return null;
  return { from: typeof status.from === 'string' ? status.from : '', to: status.to };
}

/**
 * Runs the rules a domain event triggers: `contact.event_tracked` → event.tracked rules; `case.created`
 * (a case entering `new`) and `case.updated` with a status change → case.status_changed rules.
 */
export async function runEventAutomations(
  ctx: AppContext,
  payload: { workspaceId: string; eventId: number },
): Promise<void> {
  const event = await ctx.db
    .selectFrom('domainEvents')
    .select(['id', 'type', 'actor', 'subjectId', 'payload', 'occurredAt'])
    .where('workspaceId', '=', payload.workspaceId)
    .where('id', '=', payload.eventId)
    .executeTakeFirst();
  if (!event) return;
  const { workspaceId } = payload;
  if (event.type === 'contact.event_tracked') {
    const contactEventId = Number(event.payload.eventId);
    const name = String(event.payload.event ?? '');
    if (!Number.isSafeInteger(contactEventId) || !name) return;
    const rules = (await loadActiveRules(ctx.db, workspaceId, ['event.tracked'])).filter(
      (rule) => rule.trigger.type === 'event.tracked' && rule.trigger.event === name,
    );
    if (rules.length === 0) return;
    const [subject] = await loadEventSubjects(ctx.db, workspaceId, [contactEventId]);
    if (!subject) return;
    await fireAll(
      ctx,
      rules,
      subject,
      causeFromPayload(event.payload) ?? NO_CAUSE,
      `event:${contactEventId}`,
    );
    return;
  }
  if (event.type in CONVERSATION_TRIGGER_OF) {
    await runConversationAutomations(ctx, workspaceId, event);
    return;
  }
  if (event.type !== 'case.created' && event.type !== 'case.updated') return;
  const caseId = typeof event.payload.caseId === 'string' ? event.payload.caseId : event.subjectId;
  if (!caseId) return;
  const change = event.type === 'case.created' ? { from: null, to: 'new' } : isStatusChange(event.payload);
  if (!change) return;
  const from = change.from || null;
  const rules = (await loadActiveRules(ctx.db, workspaceId, ['case.status_changed'])).filter((rule) =>
    matchesStatusChange(rule.trigger, from, change.to),
  );
  if (rules.length === 0) return;
  const [subject] = await loadCaseSubjects(ctx.db, workspaceId, [
    { caseId, snapshot: { status: change.to, fromStatus: from, at: event.occurredAt } },
  ]);
  if (!subject) return;
  const cause = await causeOfCaseChange(ctx.db, workspaceId, event.actor, event.payload, caseId);
  await fireAll(ctx, rules, subject, cause, `case:${caseId}:status:${event.id}`);
}

/**
 * A conversation started, was handed over to people or was resolved: the rules with that trigger, once per
 * event (a conversation handed over twice fires twice; a redelivered event fires nothing again).
 */
async function runConversationAutomations(
  ctx: AppContext,
  workspaceId: string,
  event: {
    id: number;
    type: string;
    subjectId: string | null;
    payload: Record<string, unknown>;
    occurredAt: Date;
  },
): Promise<void> {
  const trigger = CONVERSATION_TRIGGER_OF[event.type as keyof typeof CONVERSATION_TRIGGER_OF];
  const conversationId =
    typeof event.payload.conversationId === 'string' ? event.payload.conversationId : event.subjectId;
  if (!trigger || !conversationId) return;
  const rules = await loadActiveRules(ctx.db, workspaceId, [trigger]);
  if (rules.length === 0) return;
  const [subject] = await loadConversationSubjects(ctx.db, workspaceId, [
    {
      conversationId,
      at: event.occurredAt,
      event: event.type,
      ...(typeof event.payload.reason === 'string' ? { reason: event.payload.reason } : {}),
      ...(typeof event.payload.resolution === 'string' ? { resolution: event.payload.resolution } : {}),
    },
  ]);
  if (!subject) return;
  await fireAll(
    ctx,
    rules,
    subject,
    causeFromPayload(event.payload) ?? NO_CAUSE,
    `conversation:${conversationId}:${trigger}:${event.id}`,
  );
}

/** What a case's automated creation carries forward: a case an automation opened is one hop deep. */
export async function causeOfCase(db: Db, workspaceId: string, caseId: string): Promise<Cause> {
  const created = await db
    .selectFrom('caseActivities')
    .select('actor')
    .where('workspaceId', '=', workspaceId)
    .where('caseId', '=', caseId)
    .where('kind', '=', 'created')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return causeOfCaseChange(db, workspaceId, created?.actor ?? null, {}, caseId);
}

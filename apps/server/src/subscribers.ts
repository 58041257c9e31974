import type { createJobRegistry } from './jobs.registry';
import { AUTOMATION_EVENT_TYPES, enqueueAutomationEvents } from './modules/automations/index';
import { reassignCasesOfMember } from './modules/cases/index';
import {
  askCsatAfterResolution,
  conversationChannel,
  csatAskStateOf,
  deliverAgentReply,
  provideCsatState,
} from './modules/conversations/index';
import { findTriggeredSurveys } from './modules/distribution/index';
import { markResponsesDirty } from './modules/metrics/index';
import { enqueueWebhookEvents, WEBHOOK_SOURCE_EVENT_TYPES } from './modules/webhooks/index';
import type { AppContext } from './platform/context';
import type { DomainEvent } from './platform/events';

/**
 * Cross-module reactions to domain events, wired in one place. Each runs after the change committed
 * (from the dispatch job) and must be idempotent.
 */
export function registerSubscribers(ctx: AppContext, jobs: ReturnType<typeof createJobRegistry>): void {
  // Events come in dispatched batches (up to 1,000): the subscribers on the busy path — every response —
  // take the batch at once and do a fixed number of statements and job inserts for it.

  // Rollups: every new or changed response marks its (survey, day) slice for recomputation.
  ctx.events.subscribeBatch(
    ['response.created', 'response.updated', 'response.completed'],
    async (events) => {
      for (const [workspaceId, ids] of subjectsByWorkspace(events)) {
        await markResponsesDirty(ctx.db, workspaceId, ids);
      }
      await ctx.jobs.send(jobs.refreshRollups, {}, { singletonKey: 'rollups' });
    },
  );

  // Text analytics: a response's open-text answers are analysed after every commit that touched them.
  // A finished response (and every imported review) is analysed by `feedback.evaluate` below, which needs
  // the analysis first; queueing `text.analyze` for it as well would analyse the same text twice.
  ctx.events.subscribeBatch(['response.created', 'response.updated'], async (events) => {
    const unfinished = events.filter((event) => event.payload.finished !== true);
    await ctx.jobs.sendMany(jobs.analyzeTexts, feedbackPayloads(unfinished, 'response', 1000));
  });

  // Alert rules and automations: completed responses and imported reviews are analysed, then evaluated,
  // a chunk of items per job (one pass of batched SQL for the chunk; the job is idempotent per item).
  ctx.events.subscribeBatch('response.completed', async (events) => {
    await ctx.jobs.sendMany(jobs.evaluateFeedback, feedbackPayloads(events, 'response', EVALUATE_CHUNK));
  });
  // Conversations are feedback too: each customer message re-evaluates its conversation (the unit alerts,
  // cases and automations fire on; see `loadConversationTexts`), batched like responses — a burst of
  // messages in one conversation is one item of one job.
  ctx.events.subscribeBatch('conversation.message_received', async (events) => {
    await ctx.jobs.sendMany(jobs.evaluateFeedback, feedbackPayloads(events, 'conversation', EVALUATE_CHUNK));
  });
  ctx.events.subscribe('reviews.imported', async (event) => {
    const ids = Array.isArray(event.payload.ids) ? (event.payload.ids as string[]) : [];
    const payloads = [];
    for (let start = 0; start < ids.length; start += EVALUATE_CHUNK) {
      payloads.push({
        workspaceId: event.workspaceId,
        itemKind: 'review' as const,
        itemIds: ids.slice(start, start + EVALUATE_CHUNK),
      });
    }
    await ctx.jobs.sendMany(jobs.evaluateFeedback, payloads);
  });

  // Webhooks: subscribed endpoints get an outbox row per event (idempotent per webhook and event).
  ctx.events.subscribeBatch(WEBHOOK_SOURCE_EVENT_TYPES, (events) => enqueueWebhookEvents(ctx, events));

  // Cases: a deactivated (or removed) member's open cases go to someone else in the case's team.
  for (const type of ['member.deactivated', 'member.removed']) {
    ctx.events.subscribe(type, async (event) => {
      if (!event.subjectId) return;
      await reassignCasesOfMember(ctx, event.workspaceId, event.subjectId);
    });
  }

  // Event-triggered surveys: "when order.delivered is tracked, invite to survey S after D minutes".
  ctx.events.subscribe('contact.event_tracked', async (event) => {
    for (const trigger of await findTriggeredSurveys(ctx, event)) {
      await ctx.jobs.send(
        jobs.triggeredInvitation,
        {
          workspaceId: trigger.workspaceId,
          surveyId: trigger.surveyId,
          contactId: trigger.contactId,
          event: trigger.event,
          eventId: trigger.eventId,
        },
        {
          singletonKey: `trigger:${trigger.surveyId}:${trigger.eventId}`,
          startAfter: new Date(event.occurredAt.getTime() + trigger.delayMinutes * 60_000),
        },
      );
    }
  });

  // Conversations: after a resolution the customer's satisfaction question is decided against the contact
  // budget (asked once per resolution; idempotent, so a redelivered event asks nothing twice).
  // The chat's GET tells the customer whether the question was asked and answered.
  provideCsatState(csatAskStateOf);
  ctx.events.subscribe('conversation.resolved', async (event) => {
    if (!event.subjectId) return;
    const ask = await askCsatAfterResolution(ctx, event.workspaceId, event.subjectId);
    // The customer's open chat shows the question at once (a live notice, not a job).
    if (ask.asked) {
      await ctx.live.publish(conversationChannel(event.subjectId), { type: 'csat', question: ask.question });
    }
  });
  // An agent's reply to a conversation that came through a channel goes back out through it (a signed
  // webhook to the bridge through the outbox, or an email); at most once per message.
  ctx.events.subscribe('conversation.agent_replied', (event) =>
    deliverAgentReply(ctx, event.workspaceId, event.payload),
  );

  // Automations: tracked events and case status changes (creation counts as entering `new`) go to the
  // automation job when a rule of the workspace may care.
  ctx.events.subscribeBatch(AUTOMATION_EVENT_TYPES, (events) => enqueueAutomationEvents(ctx, events));
}

/** Items per `feedback.evaluate` job: big enough that a burst costs few jobs, small enough to finish fast. */
const EVALUATE_CHUNK = 100;

/** The events' subject ids per workspace, each once, in event order. */
function subjectsByWorkspace(events: readonly DomainEvent[]): Map<string, string[]> {
  const byWorkspace = new Map<string, Set<string>>();
  for (const event of events) {
    if (!event.subjectId) continue;
    const ids = byWorkspace.get(event.workspaceId) ?? new Set<string>();
    ids.add(event.subjectId);
    byWorkspace.set(event.workspaceId, ids);
  }
  return new Map([...byWorkspace].map(([workspaceId, ids]) => [workspaceId, [...ids]]));
}

/** Job payloads naming the events' subjects, at most `chunk` items each. */
function feedbackPayloads(
  events: readonly DomainEvent[],
  itemKind: 'response' | 'review' | 'conversation',
  chunk: number,
) {
  const payloads: { workspaceId: string; itemKind: typeof itemKind; itemIds: string[] }[] = [];
  for (const [workspaceId, ids] of subjectsByWorkspace(events)) {
    for (let start = 0; start < ids.length; start += chunk) {
      payloads.push({ workspaceId, itemKind, itemIds: ids.slice(start, start + chunk) });
    }
  }
  return payloads;
}

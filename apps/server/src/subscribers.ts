import type { createJobRegistry } from './jobs.registry';
import { AUTOMATION_EVENT_TYPES, enqueueAutomationEvent } from './modules/automations/index';
import { reassignCasesOfMember } from './modules/cases/index';
import { findTriggeredSurveys } from './modules/distribution/index';
import { markResponseDirty } from './modules/metrics/index';
import {
  enqueueAlertFired,
  enqueueCaseEvent,
  enqueueResponseCompleted,
  enqueueReviewsImported,
} from './modules/webhooks/index';
import type { AppContext } from './platform/context';

/**
 * Cross-module reactions to domain events, wired in one place. Each runs after the change committed
 * (from the dispatch job) and must be idempotent.
 */
export function registerSubscribers(ctx: AppContext, jobs: ReturnType<typeof createJobRegistry>): void {
  // Rollups: every new or changed response marks its (survey, day) slice for recomputation.
  for (const type of ['response.created', 'response.updated', 'response.completed']) {
    ctx.events.subscribe(type, async (event) => {
      if (!event.subjectId) return;
      await markResponseDirty(ctx.db, event.workspaceId, event.subjectId);
      await ctx.jobs.send(jobs.refreshRollups, {}, { singletonKey: 'rollups' });
    });
  }

  // Text analytics: a response's open-text answers are analysed after every commit that touched them.
  // A finished response (and every imported review) is analysed by `feedback.evaluate` below, which needs
  // the analysis first; queueing `text.analyze` for it as well would analyse the same text twice.
  for (const type of ['response.created', 'response.updated']) {
    ctx.events.subscribe(type, async (event) => {
      if (!event.subjectId || event.payload.finished === true) return;
      await ctx.jobs.send(jobs.analyzeTexts, {
        workspaceId: event.workspaceId,
        itemKind: 'response',
        itemIds: [event.subjectId],
      });
    });
  }

  // Alert rules and automations: completed responses and imported reviews are analysed, then evaluated.
  ctx.events.subscribe('response.completed', async (event) => {
    if (!event.subjectId) return;
    await ctx.jobs.send(
      jobs.evaluateFeedback,
      { workspaceId: event.workspaceId, itemKind: 'response', itemIds: [event.subjectId] },
      { singletonKey: `evaluate:response:${event.subjectId}` },
    );
  });
  ctx.events.subscribe('reviews.imported', async (event) => {
    const ids = Array.isArray(event.payload.ids) ? (event.payload.ids as string[]) : [];
    for (let start = 0; start < ids.length; start += 1000) {
      await ctx.jobs.send(jobs.evaluateFeedback, {
        workspaceId: event.workspaceId,
        itemKind: 'review',
        itemIds: ids.slice(start, start + 1000),
      });
    }
  });

  // Webhooks: subscribed endpoints get an outbox row per event (idempotent per webhook and event).
  ctx.events.subscribe('response.completed', (event) => enqueueResponseCompleted(ctx, event));
  ctx.events.subscribe('reviews.imported', (event) => enqueueReviewsImported(ctx, event));
  ctx.events.subscribe('case.created', (event) => enqueueCaseEvent(ctx, event));
  ctx.events.subscribe('case.updated', (event) => enqueueCaseEvent(ctx, event));
  ctx.events.subscribe('alert.fired', (event) => enqueueAlertFired(ctx, event));

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

  // Automations: tracked events and case status changes (creation counts as entering `new`) go to the
  // automation job when a rule of the workspace may care.
  for (const type of AUTOMATION_EVENT_TYPES) {
    ctx.events.subscribe(type, (event) => enqueueAutomationEvent(ctx, event));
  }
}

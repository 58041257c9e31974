import { z } from 'zod';
import { announcePlan, announcePlanJob } from './modules/action-plans/index';
import {
  automationEventJob,
  ELAPSED_SWEEP_CRON,
  repairStaleEmails,
  runEventAutomations,
  runFeedbackAutomations,
  sendAutomationEmail,
  sendAutomationEmailJob,
  sweepElapsedAutomations,
} from './modules/automations/index';
import {
  deliverTemplateEmail,
  deliverTemplateEmailJob,
  runCampaign,
  sendCampaignJob,
} from './modules/campaigns/index';
import {
  checkAnomalyRules,
  fireAlertsForFeedback,
  runSlaSweep,
  sendFollowUp,
  sendFollowUpJob,
} from './modules/cases/index';
import {
  BOT_IDLE_SWEEP_CRON,
  linkConversationCases,
  sweepIdleBotConversations,
  wakeSnoozedConversations,
} from './modules/conversations/index';
import {
  deliverInvitation as deliverInvitationEmail,
  deliverInvitationJob,
  findDueReminders,
  inviteFromTrigger,
} from './modules/distribution/index';
import { runDueProgrammeSchedules } from './modules/employees/programme-schedules';
import { loadFeedbackFacts } from './modules/feedback-facts/index';
import { purgeExpiredSessions } from './modules/identity/index';
import { refreshDirtySlices } from './modules/metrics/index';
import { sendNotificationDigests } from './modules/notifications/index';
import {
  RESCORE_CHURN_CRON,
  rescoreAllWorkspaces,
  runChurnTraining,
  trainChurnJob,
} from './modules/predictions/index';
import { eraseContactJob, runAllRetention, runErasure } from './modules/privacy/index';
import {
  analyzeStoredItems,
  reanalyzeForCalibrationJob,
  reanalyzeWorkspace,
  runSentimentCalibration,
  trainSentimentCalibrationJob,
} from './modules/text/index';
import { attemptDelivery, deliverWebhookJob, sweepDueDeliveries } from './modules/webhooks/index';
import { rebuildRollupsJob, runRollupRebuild } from './modules/workspace-settings/index';
import type { AppContext } from './platform/context';
import { dispatchPendingEvents } from './platform/events';
import { defineJob, type JobDefinition } from './platform/jobs';

type FeedbackItemKind = 'response' | 'review' | 'conversation';

/** Some responses, reviews or conversations of one workspace (at most 1,000 per job). */
const ZFeedbackItemsPayload = z.object({
  workspaceId: z.uuid(),
  itemKind: z.enum(['response', 'review', 'conversation']),
  itemIds: z.array(z.uuid()).min(1).max(1000),
});

/** The hour of the workspace's own day at which notification digests are sent. */
const DIGEST_LOCAL_HOUR = 8;

/** Every background job of the app, in one registry: name, payload schema, idempotent handler. */
export function createJobRegistry(ctx: AppContext) {
  const { db, logger } = ctx;
  const dispatchEvents = defineJob({
    name: 'domain-events.dispatch',
    payload: z.object({}),
    // With a singleton key, at most one dispatch waits while another runs: bursts of commits share it.
    policy: 'short',
    // Sweeps every minute too, in case a post-commit kick was lost (process stopped in between).
    schedule: '* * * * *',
    // A kick from this process starts it at once; one from another process (an API-only one) within 0.5 s.
    isUrgent: true,
    pollingIntervalSeconds: 0.5,
    handler: async () => {
      await dispatchPendingEvents(db, ctx.events, logger);
    },
  });
  const purgeSessions = defineJob({
    name: 'sessions.purge-expired',
    payload: z.object({}),
    schedule: '17 3 * * *',
    handler: async () => {
      const purged = await purgeExpiredSessions(db);
      logger.info({ purged }, 'expired sessions purged');
    },
  });
  const deliverInvitation = defineJob({
    ...deliverInvitationJob,
    handler: (payload) => deliverInvitationEmail(ctx, payload),
  });
  const sendReminders = defineJob({
    name: 'invitations.send-due-reminders',
    payload: z.object({}),
    schedule: '*/5 * * * *',
    handler: async () => {
      for (const due of await findDueReminders(ctx)) {
        await ctx.jobs.send(
          deliverInvitation,
          { workspaceId: due.workspaceId, invitationId: due.id, kind: 'reminder' },
          { singletonKey: `reminder:${due.id}` },
        );
      }
    },
  });
  // Employee programmes on a schedule: new waves sent, due waves closed (the scheduler role runs it).
  const runProgrammeSchedules = defineJob({
    name: 'employees.run-programme-schedules',
    payload: z.object({}),
    schedule: '*/10 * * * *',
    handler: async () => {
      await runDueProgrammeSchedules(ctx, async (workspaceId, invitationId) => {
        await ctx.jobs.send(deliverInvitation, { workspaceId, invitationId, kind: 'invitation' });
      });
    },
  });
  const triggeredInvitation = defineJob({
    name: 'invitations.from-trigger',
    payload: z.object({
      workspaceId: z.uuid(),
      surveyId: z.uuid(),
      contactId: z.uuid(),
      event: z.string(),
      eventId: z.number().int(),
    }),
    handler: async (payload) => {
      const outcome = await inviteFromTrigger(ctx, payload);
      if (outcome?.status === 'queued') {
        await ctx.jobs.send(deliverInvitation, {
          workspaceId: payload.workspaceId,
          invitationId: outcome.invitationId,
          kind: 'invitation',
        });
      }
    },
  });
  const refreshRollups = defineJob({
    name: 'rollups.refresh',
    payload: z.object({}),
    policy: 'short',
    // A sweep too, so a slice marked while no kick followed is still refreshed.
    schedule: '* * * * *',
    handler: async () => {
      await refreshDirtySlices(db);
    },
  });
  const analyzeTexts = defineJob({
    name: 'text.analyze',
    payload: ZFeedbackItemsPayload,
    // One job per response arrives in bursts; a batch of them is analysed per poll.
    batchSize: 50,
    handler: async (payload) => {
      await analyzeStoredItems(ctx, payload.workspaceId, payload.itemKind, payload.itemIds);
    },
  });
  /** Analysis, then alert rules, then automations, for some items of one workspace (idempotent per item). */
  const evaluateItems = async (workspaceId: string, itemKind: FeedbackItemKind, itemIds: string[]) => {
    // Analysis runs first (an upsert, so running it again is harmless) so that rules can read sentiment,
    // topics and signals of this very item.
    await analyzeStoredItems(ctx, workspaceId, itemKind, itemIds);
    const facts = await loadFeedbackFacts(db, workspaceId, itemKind, itemIds);
    if (facts.length === 0) return;
    // Both are idempotent per item (alerts unique per rule and item, automation runs per rule and trigger
    // key), so a retried job fires nothing twice.
    await fireAlertsForFeedback(ctx, facts);
    // A case an alert opened from a conversation shows on the conversation too (as one made by hand does).
    if (itemKind === 'conversation') await linkConversationCases(db, workspaceId, itemIds);
    await runFeedbackAutomations(ctx, facts);
  };
  const evaluateFeedback = defineJob({
    name: 'feedback.evaluate',
    payload: ZFeedbackItemsPayload,
    // New feedback meets the workspace's alert rules and automations; a detractor waits for its case, so
    // the queue is urgent. Each job carries up to 100 items (one per dispatched batch and workspace); a
    // fetch of several jobs is merged per workspace into passes of batched SQL, and two workers take turns
    // so one pass's case creation overlaps the next one's analysis.
    isUrgent: true,
    pollingIntervalSeconds: 0.5,
    batchSize: 5,
    concurrency: 2,
    handler: (payload) => evaluateItems(payload.workspaceId, payload.itemKind, payload.itemIds),
    handleBatch: async (payloads) => {
      const merged = new Map<string, { workspaceId: string; itemKind: FeedbackItemKind; ids: Set<string> }>();
      for (const p of payloads) {
        const key = `${p.workspaceId} ${p.itemKind}`;
        const entry = merged.get(key) ?? { workspaceId: p.workspaceId, itemKind: p.itemKind, ids: new Set() };
        for (const id of p.itemIds) entry.ids.add(id);
        merged.set(key, entry);
      }
      // Each (workspace, kind) runs on its own: a failure is logged and the others still run; only then is
      // the batch failed (to be retried, which every step tolerates), so one workspace cannot hold up another.
      const failures: unknown[] = [];
      for (const { workspaceId, itemKind, ids } of merged.values()) {
        const all = [...ids];
        try {
          for (let start = 0; start < all.length; start += 1000) {
            await evaluateItems(workspaceId, itemKind, all.slice(start, start + 1000));
          }
        } catch (error) {
          logger.error({ err: error, workspaceId, itemKind }, 'feedback evaluation failed');
          failures.push(error);
        }
      }
      if (failures.length > 0) {
        throw new AggregateError(
          failures,
          `feedback evaluation failed for ${failures.length} workspace batch(es)`,
        );
      }
    },
  });
  const deliverWebhook = defineJob({
    ...deliverWebhookJob,
    // One job per delivery attempt; a burst of responses fans out to many, so fetch several per poll.
    batchSize: 20,
    isUrgent: true,
    handler: (payload) => attemptDelivery(ctx, payload.workspaceId, payload.deliveryId),
  });
  const sweepWebhooks = defineJob({
    name: 'webhooks.sweep',
    payload: z.object({}),
    policy: 'short',
    // Re-queues outbox rows whose job was lost, so a delivery is never stranded by a crash.
    schedule: '* * * * *',
    handler: async () => {
      const requeued = await sweepDueDeliveries(ctx);
      if (requeued > 0) logger.info({ requeued }, 'overdue webhook deliveries re-queued');
    },
  });
  const automationEvent = defineJob({
    ...automationEventJob,
    batchSize: 10,
    isUrgent: true,
    handler: (payload) => runEventAutomations(ctx, payload),
  });
  const automationEmail = defineJob({
    ...sendAutomationEmailJob,
    batchSize: 5,
    handler: (payload) => sendAutomationEmail(ctx, payload),
  });
  const automationSweep = defineJob({
    name: 'automations.sweep',
    payload: z.object({}),
    policy: 'short',
    // time.elapsed rules ("case open for 24 h"), and emails whose job was lost or whose send was cut off.
    schedule: ELAPSED_SWEEP_CRON,
    handler: async () => {
      const fired = await sweepElapsedAutomations(ctx);
      const repaired = await repairStaleEmails(ctx);
      if (fired + repaired > 0) logger.info({ fired, repaired }, 'automation sweep');
    },
  });
  const eraseContact = defineJob({
    ...eraseContactJob,
    handler: (payload) => runErasure(ctx, payload),
  });
  const applyRetention = defineJob({
    name: 'privacy.retention',
    payload: z.object({}),
    policy: 'short',
    // Daily at 02:23 UTC: each workspace's retention limits (delete or anonymise old data).
    schedule: '23 2 * * *',
    handler: () => runAllRetention(ctx),
  });
  const sendCaseFollowUp = defineJob({
    ...sendFollowUpJob,
    handler: (payload) => sendFollowUp(ctx, payload),
  });
  const checkAnomalies = defineJob({
    name: 'alerts.check-anomalies',
    payload: z.object({}),
    policy: 'short',
    // Hourly; each anomaly rule fires at most once a day (one alert per rule and day).
    schedule: '7 * * * *',
    handler: async () => {
      const fired = await checkAnomalyRules(ctx);
      if (fired > 0) logger.info({ fired }, 'anomaly alerts fired');
    },
  });
  const slaSweep = defineJob({
    name: 'cases.sla-sweep',
    payload: z.object({}),
    policy: 'short',
    // Warns at 80 % of an SLA clock's business time and escalates when it is breached (once per level).
    schedule: '* * * * *',
    handler: async () => {
      const outcome = await runSlaSweep(ctx);
      if (outcome.warned + outcome.breached > 0) logger.info(outcome, 'SLA sweep');
    },
  });
  const sendDigests = defineJob({
    name: 'notifications.send-digests',
    payload: z.object({}),
    policy: 'short',
    // Hourly; each workspace's digests go at 08:00 of its own time zone: one email per person and workspace.
    schedule: '0 * * * *',
    handler: async () => {
      const outcome = await sendNotificationDigests(ctx, { atLocalHour: DIGEST_LOCAL_HOUR });
      if (outcome.sent + outcome.failed > 0) logger.info(outcome, 'notification digests');
    },
  });
  const announcePlanNotices = defineJob({
    ...announcePlanJob,
    handler: async (payload) => {
      await announcePlan(ctx, payload);
    },
  });
  const calibrateSentiment = defineJob({
    ...trainSentimentCalibrationJob,
    // Training marks its own row failed on bad data; a version no longer training is left alone.
    handler: (payload) => runSentimentCalibration(ctx, payload.workspaceId, payload.version),
  });
  const reanalyzeForCalibration = defineJob({
    ...reanalyzeForCalibrationJob,
    handler: async (payload) => {
      await reanalyzeWorkspace(ctx, payload.workspaceId);
    },
  });
  const trainChurn = defineJob({
    ...trainChurnJob,
    // Training marks its own row failed on bad data; a crash mid-way is retried and resumes from the row.
    handler: (payload) => runChurnTraining(ctx, payload.workspaceId, payload.version),
  });
  const rescoreChurn = defineJob({
    name: 'predictions.rescore-churn',
    payload: z.object({}),
    policy: 'short',
    // Daily: scores follow new responses, events and cases without retraining the model.
    schedule: RESCORE_CHURN_CRON,
    handler: async () => {
      const scored = await rescoreAllWorkspaces(ctx);
      if (scored > 0) logger.info({ scored }, 'churn risk re-scored');
    },
  });
  const botIdleSweep = defineJob({
    name: 'conversations.bot-idle-sweep',
    payload: z.object({}),
    policy: 'short',
    // Bot conversations silent for 30 min after the bot's answer are resolved as assumed (once per cluster).
    schedule: BOT_IDLE_SWEEP_CRON,
    handler: async () => {
      const resolved = await sweepIdleBotConversations(ctx);
      if (resolved > 0) logger.info({ resolved }, 'idle bot conversations resolved (assumed)');
    },
  });
  const wakeSnoozed = defineJob({
    name: 'conversations.snooze-wake',
    payload: z.object({}),
    policy: 'short',
    // Snoozed (pending) conversations whose time came are open again and offered to available agents.
    schedule: '* * * * *',
    handler: async () => {
      const woke = await wakeSnoozedConversations(ctx);
      if (woke > 0) logger.info({ woke }, 'snoozed conversations reopened');
    },
  });
  const sendCampaign = defineJob({
    ...sendCampaignJob,
    // Resumable: people already handled are skipped, so a retry never sends twice.
    handler: (payload) => runCampaign(ctx, payload),
  });
  const deliverTemplateEmailJobDef = defineJob({
    ...deliverTemplateEmailJob,
    handler: (payload) => deliverTemplateEmail(ctx, payload),
  });
  const rebuildRollupsForTimeZone = defineJob({
    ...rebuildRollupsJob,
    // After a workspace's time zone changed: its metric days move; progress is kept on the workspace row.
    handler: (payload) => runRollupRebuild(ctx, payload.workspaceId),
  });
  return {
    rebuildRollupsForTimeZone,
    calibrateSentiment,
    reanalyzeForCalibration,
    sendCampaign,
    deliverTemplateEmailJobDef,
    wakeSnoozed,
    botIdleSweep,
    trainChurn,
    rescoreChurn,
    dispatchEvents,
    refreshRollups,
    purgeSessions,
    deliverInvitation,
    sendReminders,
    runProgrammeSchedules,
    triggeredInvitation,
    analyzeTexts,
    evaluateFeedback,
    deliverWebhook,
    sweepWebhooks,
    sendCaseFollowUp,
    checkAnomalies,
    automationEvent,
    automationEmail,
    automationSweep,
    slaSweep,
    sendDigests,
    announcePlanNotices,
    eraseContact,
    applyRetention,
    all: [
      rebuildRollupsForTimeZone,
      calibrateSentiment,
      reanalyzeForCalibration,
      sendCampaign,
      deliverTemplateEmailJobDef,
      wakeSnoozed,
      botIdleSweep,
      trainChurn,
      rescoreChurn,
      dispatchEvents,
      refreshRollups,
      purgeSessions,
      deliverInvitation,
      sendReminders,
      runProgrammeSchedules,
      triggeredInvitation,
      analyzeTexts,
      evaluateFeedback,
      deliverWebhook,
      sweepWebhooks,
      sendCaseFollowUp,
      checkAnomalies,
      automationEvent,
      automationEmail,
      automationSweep,
      slaSweep,
      sendDigests,
      announcePlanNotices,
      eraseContact,
      applyRetention,
    ] as unknown as JobDefinition<never>[],
  };
}

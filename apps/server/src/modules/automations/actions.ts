import type { TAutomationAction, TAutomationActionResult } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { assignCase, createCase } from '../cases/index';
import { deliverInvitationJob, inviteFromTrigger } from '../distribution/index';
import { notifyTeam } from '../notifications/index';
import { enqueueAutomationDelivery } from '../webhooks/index';
import { renderTemplate } from './automation-email';
import { claimCouponCode, poolName } from './coupons.service';
import type { Cause, Subject } from './subjects';
import type { AutomationRule } from './triggers';
import { describeTrigger } from './triggers';

/** Everything an action knows about the run it belongs to. */
export interface RunScope {
  ctx: AppContext;
  rule: AutomationRule;
  subject: Subject;
  runId: number;
  /** The cause of this run; whatever the run causes is one hop deeper, with this rule appended. */
  cause: Cause;
  /** Saves the results so far (in `tx` when given), so that the run log is current before side effects. */
  saveResults: (results: TAutomationActionResult[], tx?: Tx) => Promise<void>;
  /** Results of the actions before this one. */
  results: TAutomationActionResult[];
}

/** `automation:<ruleId>`: how domain events caused by an action name their actor (loop prevention reads it). */
export function automationActor(ruleId: string): string {
  return `automation:${ruleId}`;
}

/** What events an action causes carry, so that the next rule knows how it came about. */
function causedPayload(scope: RunScope) {
  return {
    automationRuleId: scope.rule.id,
    automationRunId: scope.runId,
    automationDepth: scope.cause.depth + 1,
    automationRuleIds: [...scope.cause.chain, scope.rule.id],
  };
}

type Result = Omit<TAutomationActionResult, 'type'>;

const skipped = (reason: string): Result => ({ status: 'skipped', reason });
const failed = (error: string): Result => ({ status: 'failed', error });

function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return error instanceof Error ? error.message.slice(0, 500) : 'unexpected error';
}

interface LiveContact {
  id: string;
  email: string | null;
  name: string | null;
  unsubscribedAt: Date | null;
  attributes: Record<string, unknown>;
}

/** The subject's contact, following merges to the live profile. */
async function loadContact(scope: RunScope): Promise<LiveContact | null> {
  const id = scope.subject.contactId;
  if (!id) return null;
  const row = await scope.ctx.db
    .selectFrom('contacts')
    .select(['id', 'mergedInto'])
    .where('workspaceId', '=', scope.rule.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const live = await scope.ctx.db
    .selectFrom('contacts')
    .select(['id', 'email', 'attributes', 'unsubscribedAt'])
    .where('workspaceId', '=', scope.rule.workspaceId)
    .where('id', '=', row.mergedInto ?? row.id)
    .executeTakeFirst();
  if (!live) return null;
  const name =
    typeof live.attributes.name === 'string' && live.attributes.name.trim() ? live.attributes.name : null;
  return { ...live, name };
}

function customerNameOf(contact: LiveContact): string {
  return contact.name ?? contact.email?.split('@')[0] ?? '';
}

async function createCaseAction(
  scope: RunScope,
  action: Extract<TAutomationAction, { type: 'create_case' }>,
) {
  const { ctx, rule, subject } = scope;
  const trigger = rule.trigger;
  const text = typeof subject.values.text === 'string' ? subject.values.text : '';
  return inTransaction(ctx, async (tx) => {
    // In the same transaction as the result that names the case, so the case's events can always be
    // traced back to this run (loop prevention).
    const created = await createCase(
      ctx,
      rule.workspaceId,
      {
        title: action.title ?? `${rule.name}: ${subject.summary}`.slice(0, 200),
        description: text || `Opened by the automation “${rule.name}” (${describeTrigger(trigger)}).`,
        priority: action.priority ?? 'normal',
        source: 'automation',
        actor: automationActor(rule.id),
        contactId: subject.contactId,
        touchpointId: subject.touchpointId,
        topicId: trigger.type === 'topic.detected' ? trigger.topicId : (subject.topicIds[0] ?? null),
        ...(action.teamId ? { teamId: action.teamId } : {}),
        items: subject.item ? [subject.item] : [],
      },
      tx,
    );
    const result: Result = { status: 'succeeded', data: { caseId: created.id, caseNumber: created.number } };
    await scope.saveResults([...scope.results, { type: 'create_case', ...result }], tx);
    return result;
  });
}

async function assignCaseAction(
  scope: RunScope,
  action: Extract<TAutomationAction, { type: 'assign_case' }>,
) {
  const caseId = scope.subject.caseId;
  if (!caseId) return skipped('only a case can be assigned; this rule fired on something else');
  // The intent is logged before the change, so the case's `case.updated` event always finds this run.
  await scope.saveResults([...scope.results, { type: 'assign_case', status: 'running', data: { caseId } }]);
  await assignCase(
    scope.ctx,
    scope.rule.workspaceId,
    caseId,
    {
      ...(action.teamId !== undefined ? { teamId: action.teamId } : {}),
      ...(action.assigneeId !== undefined ? { assigneeId: action.assigneeId } : {}),
    },
    automationActor(scope.rule.id),
  );
  return {
    status: 'succeeded',
    data: { caseId, teamId: action.teamId, assigneeId: action.assigneeId },
  } as Result;
}

function linkOf(subject: Subject): string | undefined {
  if (subject.caseId) return `/cases/${subject.caseId}`;
  if (subject.kind === 'contact') return `/contacts/${subject.id}`;
  return undefined;
}

async function notifyTeamAction(
  scope: RunScope,
  action: Extract<TAutomationAction, { type: 'notify_team' }>,
) {
  const link = linkOf(scope.subject);
  await notifyTeam(scope.ctx.db, scope.rule.workspaceId, action.teamId, {
    kind: 'automation',
    title: scope.rule.name,
    body: `${action.message}\n${scope.subject.summary}`,
    ...(link ? { link } : {}),
    sourceKey: `automation:${scope.runId}:${scope.results.length}`,
  });
  return { status: 'succeeded', data: { teamId: action.teamId } } as Result;
}

async function notifyEmailAction(
  scope: RunScope,
  action: Extract<TAutomationAction, { type: 'notify_email' }>,
) {
  const { ctx, rule } = scope;
  const teamIds = action.teamIds ?? [];
  const teamUsers =
    teamIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('teamMembers')
          .select('userId')
          .where('workspaceId', '=', rule.workspaceId)
          .where('teamId', 'in', teamIds)
          .execute();
  const userIds = [...new Set([...(action.userIds ?? []), ...teamUsers.map((u) => u.userId)])];
  const recipients =
    userIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('memberships')
          .innerJoin('users', 'users.id', 'memberships.userId')
          .select('users.email')
          .where('memberships.workspaceId', '=', rule.workspaceId)
          .where('memberships.userId', 'in', userIds)
          .where('memberships.deactivatedAt', 'is', null)
          .orderBy('users.email')
          .execute();
  if (recipients.length === 0) return skipped('no active member to email');
  const link = linkOf(scope.subject);
  const body = [action.body, '', scope.subject.summary, link ? `${ctx.publicUrl}${link}` : null]
    .filter((line) => line !== null)
    .join('\n');
  return {
    status: 'queued',
    data: { to: recipients.map((r) => r.email), subject: action.subject, body },
  } as Result;
}

async function tagAction(scope: RunScope, action: Extract<TAutomationAction, { type: 'tag' }>) {
  const { subject } = scope;
  const target: { kind: 'response' | 'review' | 'conversation' | 'contact' | 'case'; id: string } =
    subject.item
      ? subject.item
      : subject.caseId
        ? { kind: 'case', id: subject.caseId }
        : { kind: 'contact', id: subject.id };
  const inserted = await scope.ctx.db
    .insertInto('itemTags')
    .values({
      workspaceId: scope.rule.workspaceId,
      itemKind: target.kind,
      itemId: target.id,
      tag: action.tag,
      createdBy: automationActor(scope.rule.id),
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'itemKind', 'itemId', 'tag']).doNothing())
    .returning('tag')
    .execute();
  return {
    status: 'succeeded',
    data: { itemKind: target.kind, itemId: target.id, tag: action.tag, alreadyTagged: inserted.length === 0 },
  } as Result;
}

async function addToSegmentAction(
  scope: RunScope,
  action: Extract<TAutomationAction, { type: 'add_to_segment' }>,
) {
  const contact = await loadContact(scope);
  if (!contact) return skipped('no contact to add to a segment');
  const { ctx, rule } = scope;
  const previous = await inTransaction(ctx, async (tx) => {
    const row = await tx
      .selectFrom('contacts')
      .select('attributes')
      .where('workspaceId', '=', rule.workspaceId)
      .where('id', '=', contact.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const before = row.attributes.segment ?? null;
    if (before !== action.segment) {
      await tx
        .updateTable('contacts')
        .set({
          attributes: JSON.stringify({ ...row.attributes, segment: action.segment }),
          updatedAt: new Date(),
        })
        .where('workspaceId', '=', rule.workspaceId)
        .where('id', '=', contact.id)
        .execute();
      await recordEvent(tx, {
        workspaceId: rule.workspaceId,
        type: 'contact.segment_changed',
        actor: automationActor(rule.id),
        subjectId: contact.id,
        payload: { from: before, to: action.segment, ...causedPayload(scope) },
      });
    }
    return before;
  });
  return {
    status: 'succeeded',
    data: { contactId: contact.id, segment: action.segment, previousSegment: previous },
  } as Result;
}

async function sendEmailAction(scope: RunScope, action: Extract<TAutomationAction, { type: 'send_email' }>) {
  const contact = await loadContact(scope);
  if (!contact) return skipped('no contact to email');
  if (contact.unsubscribedAt) return skipped('the contact unsubscribed');
  if (!contact.email) return skipped('the contact has no email address');
  const email = contact.email;
  const { ctx, rule } = scope;
  return inTransaction(ctx, async (tx) => {
    let coupon: string | null = null;
    if (action.couponPoolId) {
      coupon = await claimCouponCode(tx, {
        workspaceId: rule.workspaceId,
        poolId: action.couponPoolId,
        contactId: contact.id,
        runId: scope.runId,
      });
      if (!coupon) {
        const name = await poolName(tx, rule.workspaceId, action.couponPoolId);
        return failed(
          name === null
            ? 'The coupon pool no longer exists.'
            : `The coupon pool “${name}” has no unused codes left; add codes to it.`,
        );
      }
    }
    const values = { coupon, customerName: customerNameOf(contact) };
    const result: Result = {
      status: 'queued',
      data: {
        contactId: contact.id,
        to: email,
        subject: renderTemplate(action.subject, values),
        body: renderTemplate(action.body, values),
        ...(coupon ? { couponCode: coupon, couponPoolId: action.couponPoolId } : {}),
      },
    };
    // The claimed code and the message that carries it are stored together, or neither is.
    await scope.saveResults([...scope.results, { type: 'send_email', ...result }], tx);
    return result;
  });
}

async function callWebhookAction(
  scope: RunScope,
  action: Extract<TAutomationAction, { type: 'call_webhook' }>,
) {
  const { ctx, rule, subject } = scope;
  const deliveryId = await enqueueAutomationDelivery(ctx, {
    workspaceId: rule.workspaceId,
    webhookId: action.webhookId,
    sourceKey: `automation:${scope.runId}:${scope.results.length}`,
    occurredAt: new Date(),
    data: {
      rule: { id: rule.id, name: rule.name, trigger: rule.trigger },
      run: { id: scope.runId, depth: scope.cause.depth },
      subject: {
        kind: subject.kind,
        id: subject.id,
        contactId: subject.contactId,
        caseId: subject.caseId,
        occurredAt: subject.occurredAt.toISOString(),
        summary: subject.summary,
      },
    },
  });
  if (!deliveryId)
    return skipped('the webhook is paused, deleted or no longer subscribed to automation.fired');
  return { status: 'succeeded', data: { webhookId: action.webhookId, deliveryId } } as Result;
}

async function triggerSurveyAction(
  scope: RunScope,
  action: Extract<TAutomationAction, { type: 'trigger_survey' }>,
) {
  const contact = await loadContact(scope);
  if (!contact) return skipped('no contact to invite');
  const { ctx, rule } = scope;
  // The distribution module's own path: the contact budget, unsubscribes and one invitation per trigger.
  const outcome = await inviteFromTrigger(ctx, {
    workspaceId: rule.workspaceId,
    surveyId: action.surveyId,
    contactId: contact.id,
    event: automationActor(rule.id),
    eventId: scope.runId,
  });
  if (!outcome) return skipped('the survey is not published');
  if (outcome.status === 'skipped') {
    return {
      status: 'skipped',
      reason: outcome.detail,
      data: { surveyId: action.surveyId, skip: outcome.reason },
    } as Result;
  }
  await ctx.jobs.send(deliverInvitationJob, {
    workspaceId: rule.workspaceId,
    invitationId: outcome.invitationId,
    kind: 'invitation',
  });
  return {
    status: 'succeeded',
    data: { surveyId: action.surveyId, invitationId: outcome.invitationId },
  } as Result;
}

/** Runs one action; an error becomes a failed result (the run log shows it), never an exception. */
export async function runAction(
  scope: RunScope,
  action: TAutomationAction,
): Promise<TAutomationActionResult> {
  let result: Result;
  try {
    switch (action.type) {
      case 'create_case':
        result = await createCaseAction(scope, action);
        break;
      case 'assign_case':
        result = await assignCaseAction(scope, action);
        break;
      case 'notify_team':
        result = await notifyTeamAction(scope, action);
        break;
      case 'notify_email':
        result = await notifyEmailAction(scope, action);
        break;
      case 'tag':
        result = await tagAction(scope, action);
        break;
      case 'add_to_segment':
        result = await addToSegmentAction(scope, action);
        break;
      case 'send_email':
        result = await sendEmailAction(scope, action);
        break;
      case 'call_webhook':
        result = await callWebhookAction(scope, action);
        break;
      case 'trigger_survey':
        result = await triggerSurveyAction(scope, action);
        break;
    }
  } catch (error) {
    scope.ctx.logger.warn(
      { err: error, ruleId: scope.rule.id, runId: scope.runId },
      'automation action failed',
    );
    result = failed(errorMessage(error));
  }
  return { type: action.type, ...result };
}

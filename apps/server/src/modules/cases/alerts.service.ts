import { evaluateCondition, type LogicContext } from '@touchpoint/core';
import type { TCondition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import type { FeedbackFacts } from '../feedback-facts/index';
import { notifyTeam, notifyUsers } from '../notifications/index';
import { type AlertRuleRow, parseCreateCase, parseNotify } from './alert-rules.service';
import { addActivity, createCase } from './cases.service';

const TITLE_SNIPPET = 80;

/** Whether a feedback rule applies to this item: its survey (if any) and its condition. */
export function ruleMatches(
  rule: Pick<AlertRuleRow, 'surveyId' | 'condition'>,
  facts: FeedbackFacts,
): boolean {
  if (rule.surveyId && rule.surveyId !== facts.surveyId) return false;
  if (!rule.condition) return false;
  return evaluateCondition(rule.condition as unknown as TCondition, {
    answers: facts.values as LogicContext['answers'],
    hidden: facts.hidden,
  });
}

function caseTitle(ruleName: string, facts: FeedbackFacts): string {
  const text = typeof facts.values.text === 'string' ? facts.values.text.replace(/\s+/g, ' ').trim() : '';
  if (text) {
    const snippet = text.length > TITLE_SNIPPET ? `${text.slice(0, TITLE_SNIPPET - 1)}…` : text;
    return `${ruleName}: ${snippet}`;
  }
  if (typeof facts.values.nps === 'number') return `${ruleName}: NPS ${facts.values.nps}`;
  return ruleName;
}

/** The facts kept with an alert: what made it fire, without the free text's personal data. */
function alertFacts(facts: FeedbackFacts): Record<string, unknown> {
  const keep = [
    'nps',
    'npsBand',
    'csat',
    'ces',
    'rating',
    'sentiment',
    'effort',
    'urgency',
    'topics',
    'text',
  ];
  return Object.fromEntries(keep.map((key) => [key, facts.values[key] ?? null]));
}

/**
 * Meets new feedback with the workspace's active feedback alert rules. Each (rule, item) fires once
 * whatever the redeliveries (unique alert row); a firing rule may open a case — one case per item, so a
 * second rule firing on the same item links its alert to that case — and notifies the rule's targets.
 */
export async function fireAlertsForFeedback(ctx: AppContext, facts: FeedbackFacts[]): Promise<void> {
  const byWorkspace = new Map<string, FeedbackFacts[]>();
  for (const item of facts)
    byWorkspace.set(item.workspaceId, [...(byWorkspace.get(item.workspaceId) ?? []), item]);
  for (const [workspaceId, items] of byWorkspace) {
    const rules = await ctx.db
      .selectFrom('alertRules')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('kind', '=', 'feedback')
      .where('active', '=', true)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    if (rules.length === 0) continue;
    for (const item of items) {
      for (const rule of rules) {
        if (!ruleMatches(rule, item)) continue;
        await fireFeedbackAlert(ctx, rule, item);
      }
    }
  }
}

async function fireFeedbackAlert(ctx: AppContext, rule: AlertRuleRow, item: FeedbackFacts): Promise<void> {
  const { workspaceId } = item;
  await inTransaction(ctx, async (tx) => {
    // One item at a time: two rules (or two deliveries) firing on the same item see each other's case.
    await sql`select pg_advisory_xact_lock(hashtextextended(${`case-item:${workspaceId}:${item.itemId}`}, 0))`.execute(
      tx,
    );
    const alertId = uuidv7();
    const inserted = await tx
      .insertInto('alerts')
      .values({
        workspaceId,
        id: alertId,
        ruleId: rule.id,
        subjectKind: item.itemKind,
        subjectKey: item.itemId,
        facts: JSON.stringify(alertFacts(item)),
      })
      .onConflict((oc) => oc.columns(['workspaceId', 'ruleId', 'subjectKind', 'subjectKey']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return; // fired before: a redelivery changes nothing
    let caseId: string | null = null;
    const createCaseSpec = parseCreateCase(rule.createCase);
    if (createCaseSpec) {
      const existing = await tx
        .selectFrom('caseItems')
        .select('caseId')
        .where('workspaceId', '=', workspaceId)
        .where('itemKind', '=', item.itemKind)
        .where('itemId', '=', item.itemId)
        .orderBy('caseId')
        .executeTakeFirst();
      if (existing) {
        caseId = existing.caseId;
        await addActivity(tx, workspaceId, caseId, {
          kind: 'alert',
          actor: 'system',
          body: rule.name,
          data: { alertId, ruleId: rule.id },
        });
      } else {
        const created = await createCase(
          ctx,
          workspaceId,
          {
            title: caseTitle(rule.name, item),
            priority: createCaseSpec.priority,
            source: 'alert',
            actor: 'system',
            alertRuleId: rule.id,
            contactId: item.contactId,
            touchpointId: item.touchpointId,
            topicId: item.topicIds[0] ?? null,
            teamId: createCaseSpec.teamId,
            items: [{ kind: item.itemKind, id: item.itemId }],
          },
          tx,
        );
        caseId = created.id;
      }
      await tx
        .updateTable('alerts')
        .set({ caseId })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', alertId)
        .execute();
    }
    await recordEvent(tx, {
      workspaceId,
      type: 'alert.fired',
      actor: 'system',
      subjectId: alertId,
      payload: { alertId, ruleId: rule.id, subjectKind: item.itemKind, subjectKey: item.itemId, caseId },
    });
    await notifyTargets(tx, workspaceId, rule, alertId, {
      title: `Alert: ${rule.name}`,
      body: typeof item.values.text === 'string' ? item.values.text.slice(0, 300) : '',
      link: caseId ? `/cases/${caseId}` : '/cases/alert-rules',
    });
  });
}

export async function notifyTargets(
  tx: Tx,
  workspaceId: string,
  rule: AlertRuleRow,
  alertId: string,
  message: { title: string; body: string; link: string },
): Promise<void> {
  const notify = parseNotify(rule.notify);
  const n = { kind: 'alert.fired', ...message, sourceKey: `alert:${alertId}` };
  if (notify.userIds.length > 0) await notifyUsers(tx, workspaceId, notify.userIds, n);
  for (const teamId of notify.teamIds) await notifyTeam(tx, workspaceId, teamId, n);
}

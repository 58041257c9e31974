import { evaluateCondition, type SurveyAnswer } from '@touchpoint/core';
import {
  type TAutomationAction,
  type TAutomationTrigger,
  type TCondition,
  ZAutomationAction,
  ZAutomationTrigger,
  ZCondition,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import type { FeedbackFacts } from '../feedback-facts/index';
import type { Subject } from './subjects';

/** A stored rule, parsed. */
export interface AutomationRule {
  id: string;
  workspaceId: string;
  name: string;
  trigger: TAutomationTrigger;
  condition: TCondition | null;
  actions: TAutomationAction[];
}

const ZStoredRule = z.object({
  trigger: ZAutomationTrigger,
  condition: ZCondition.nullable(),
  actions: z.array(ZAutomationAction),
});

/** Active rules of the workspace with one of these trigger types (a rule stored in an older shape is left out). */
export async function loadActiveRules(
  db: Db,
  workspaceId: string,
  types: readonly TAutomationTrigger['type'][],
): Promise<AutomationRule[]> {
  const rows = await db
    .selectFrom('automationRules')
    .select(['id', 'workspaceId', 'name', 'trigger', 'condition', 'actions'])
    .where('workspaceId', '=', workspaceId)
    .where('active', '=', true)
    .where(sql<boolean>`trigger ->> 'type' in (${sql.join([...types])})`)
    .orderBy('createdAt')
    .execute();
  return rows.flatMap((row) => {
    const parsed = ZStoredRule.safeParse(row);
    return parsed.success
      ? [{ id: row.id, workspaceId: row.workspaceId, name: row.name, ...parsed.data }]
      : [];
  });
}

/** CSAT low = 1–3, high = 4–5; CES low = 1–3, high = 5–7 (4 is neither). */
function bandOf(metric: 'csat' | 'ces', score: number): 'low' | 'high' | null {
  if (score <= 3) return 'low';
  if (metric === 'csat') return score >= 4 ? 'high' : null;
  return score >= 5 ? 'high' : null;
}

/** Whether new feedback meets a feedback trigger (before the rule's condition). */
export function matchesFeedbackTrigger(trigger: TAutomationTrigger, facts: FeedbackFacts): boolean {
  switch (trigger.type) {
    case 'response.received':
      return facts.itemKind === 'response' && (!trigger.surveyId || facts.surveyId === trigger.surveyId);
    case 'score.band': {
      if (trigger.surveyId && facts.surveyId !== trigger.surveyId) return false;
      if (trigger.metric === 'nps') return facts.values.npsBand === trigger.band;
      const score = facts.values[trigger.metric];
      return typeof score === 'number' && bandOf(trigger.metric, score) === trigger.band;
    }
    case 'topic.detected':
      return facts.topicIds.includes(trigger.topicId);
    default:
      return false;
  }
}

/** Whether a case's move (or its creation, from nothing to `new`) meets a case.status_changed trigger. */
export function matchesStatusChange(trigger: TAutomationTrigger, from: string | null, to: string): boolean {
  if (trigger.type !== 'case.status_changed') return false;
  if (trigger.to && trigger.to !== to) return false;
  if (trigger.from && trigger.from !== from) return false;
  return true;
}

/** The rule's condition over the subject's values; no condition passes everything. */
export function meetsCondition(condition: TCondition | null, subject: Subject): boolean {
  if (!condition) return true;
  return evaluateCondition(condition, {
    answers: subject.values as Record<string, SurveyAnswer>,
    hidden: subject.hidden,
  });
}

/** One line describing a trigger (run log, webhooks). */
export function describeTrigger(trigger: TAutomationTrigger): string {
  switch (trigger.type) {
    case 'response.received':
      return 'a response is received';
    case 'score.band':
      return `${trigger.metric.toUpperCase()} ${trigger.band}`;
    case 'topic.detected':
      return 'a topic is detected';
    case 'event.tracked':
      return `event ${trigger.event}`;
    case 'case.status_changed':
      return `case status ${trigger.from ?? 'any'} → ${trigger.to ?? 'any'}`;
    case 'time.elapsed':
      return `${trigger.hours} h after ${trigger.since}${trigger.status ? ` (still ${trigger.status})` : ''}`;
    case 'conversation.started':
      return 'a conversation starts';
    case 'conversation.handed_over':
      return 'a conversation is handed over to people';
    case 'conversation.resolved':
      return 'a conversation is resolved';
  }
}

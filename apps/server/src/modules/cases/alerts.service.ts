import { evaluateCondition, type LogicContext } from '@touchpoint/core';
import type { TCondition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvents } from '../../platform/events';
import type { FeedbackFacts } from '../feedback-facts/index';
import { notifyTeam, notifyUsers } from '../notifications/index';
import { addContactSegmentFacts } from '../segments/index';
import { type AlertRuleRow, parseCreateCase, parseNotify } from './alert-rules.service';
import { addActivity, createCasesIn } from './cases.service';

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
    // `segments` (and `churnRisk`) for the contacts at hand, when a rule's condition reads them.
    await addContactSegmentFacts(
      ctx.db,
      workspaceId,
      items,
      rules.map((rule) => rule.condition as unknown as TCondition | null),
    );
    const firing = items
      .map((item) => ({ item, rules: rules.filter((rule) => ruleMatches(rule, item)) }))
      .filter((f) => f.rules.length > 0)
      .sort((a, b) => (a.item.itemId < b.item.itemId ? -1 : a.item.itemId > b.item.itemId ? 1 : 0));
    // A burst of detractors fires in a few transactions of up to FIRE_CHUNK items rather than one (and one
    // commit, and a dozen statements) per alert: each locks its items in id order before anything else, so
    // two overlapping chunks (a redelivered job) wait for each other instead of deadlocking, and see each
    // other's alerts and cases.
    const fire = (chunk: typeof firing) =>
      inTransaction(ctx, async (tx) => {
        for (const { item } of chunk) {
          // One item at a time: two rules (or two deliveries) firing on the same item see each other's case.
          await sql`select pg_advisory_xact_lock(hashtextextended(${`case-item:${workspaceId}:${item.itemId}`}, 0))`.execute(
            tx,
          );
        }
        await fireChunk(tx, workspaceId, chunk);
      });
    for (let start = 0; start < firing.length; start += FIRE_CHUNK) {
      const chunk = firing.slice(start, start + FIRE_CHUNK);
      try {
        await fire(chunk);
      } catch (error) {
        if (chunk.length === 1) throw error;
        // One bad item must not cost the chunk its alerts: fire them one per transaction, and log and skip
        // the item that still fails (the others commit; a retry of the job changes nothing for them).
        ctx.logger.warn({ err: error, workspaceId }, 'alert chunk failed; firing its items one at a time');
        for (const one of chunk) {
          try {
            await fire([one]);
          } catch (itemError) {
            ctx.logger.error(
              { err: itemError, workspaceId, itemKind: one.item.itemKind, itemId: one.item.itemId },
              'alerts of a feedback item failed; skipped',
            );
          }
        }
      }
    }
  }
}

/** Items whose alerts fire in one transaction (bounded: each holds an advisory lock until the commit). */
const FIRE_CHUNK = 25;

interface Firing {
  item: FeedbackFacts;
  rule: AlertRuleRow;
  alertId: string;
  caseId: string | null;
}

/**
 * The alerts of a chunk of items, in the caller's transaction (which holds the items' advisory locks):
 * an alert row per (rule, item) unless it fired before; the item's case — its existing one, the one an
 * earlier rule of this chunk opened for it, or a new one — for rules that create cases; `alert.fired`
 * events and the rules' notifications.
 */
async function fireChunk(
  tx: Tx,
  workspaceId: string,
  chunk: { item: FeedbackFacts; rules: AlertRuleRow[] }[],
): Promise<void> {
  const candidates = chunk.flatMap(({ item, rules }) =>
    rules.map((rule) => ({ item, rule, alertId: uuidv7(), caseId: null as string | null })),
  );
  const inserted = await tx
    .insertInto('alerts')
    .values(
      candidates.map((f) => ({
        workspaceId,
        id: f.alertId,
        ruleId: f.rule.id,
        subjectKind: f.item.itemKind,
        subjectKey: f.item.itemId,
        facts: JSON.stringify(alertFacts(f.item)),
      })),
    )
    .onConflict((oc) => oc.columns(['workspaceId', 'ruleId', 'subjectKind', 'subjectKey']).doNothing())
    .returning('id')
    .execute();
  const isNew = new Set(inserted.map((row) => row.id));
  // Fired before: a redelivery changes nothing.
  const fresh: Firing[] = candidates.filter((f) => isNew.has(f.alertId));
  if (fresh.length === 0) return;

  const itemKey = (item: FeedbackFacts) => `${item.itemKind}:${item.itemId}`;
  const caseOfItem = new Map<string, string>();
  const withCases = fresh.filter((f) => parseCreateCase(f.rule.createCase));
  for (const kind of ['response', 'review', 'conversation'] as const) {
    const ids = withCases.filter((f) => f.item.itemKind === kind).map((f) => f.item.itemId);
    if (ids.length === 0) continue;
    const existing = await tx
      .selectFrom('caseItems')
      .select(['itemId', 'caseId'])
      .where('workspaceId', '=', workspaceId)
      .where('itemKind', '=', kind)
      .where('itemId', 'in', ids)
      .orderBy('caseId')
      .execute();
    for (const row of existing) {
      if (!caseOfItem.has(`${kind}:${row.itemId}`)) caseOfItem.set(`${kind}:${row.itemId}`, row.caseId);
    }
  }
  // The first rule to fire on an item without a case opens one; the others link their alerts to it.
  const opening = new Map<string, Firing>();
  for (const f of withCases) {
    if (!caseOfItem.has(itemKey(f.item)) && !opening.has(itemKey(f.item))) opening.set(itemKey(f.item), f);
  }
  const openers = [...opening.values()];
  // A rule naming a team deleted since it was saved opens its case as if it named none (normal routing)
  // rather than failing the whole pass.
  const ruleTeams = [
    ...new Set(openers.flatMap(({ rule }) => parseCreateCase(rule.createCase)?.teamId ?? [])),
  ];
  const liveTeams = new Set(
    ruleTeams.length === 0
      ? []
      : (
          await tx
            .selectFrom('teams')
            .select('id')
            .where('workspaceId', '=', workspaceId)
            .where('id', 'in', ruleTeams)
            .execute()
        ).map((row) => row.id),
  );
  const created = await createCasesIn(
    tx,
    workspaceId,
    openers.map(({ rule, item }) => {
      const spec = parseCreateCase(rule.createCase);
      const teamId = spec?.teamId && liveTeams.has(spec.teamId) ? spec.teamId : undefined;
      return {
        title: caseTitle(rule.name, item),
        priority: spec?.priority,
        source: 'alert' as const,
        actor: 'system',
        alertRuleId: rule.id,
        contactId: item.contactId,
        touchpointId: item.touchpointId,
        topicId: item.topicIds[0] ?? null,
        teamId,
        items: [{ kind: item.itemKind, id: item.itemId }],
      };
    }),
  );
  for (const [index, f] of openers.entries()) {
    f.caseId = created[index]?.id ?? null;
    if (f.caseId) caseOfItem.set(itemKey(f.item), f.caseId);
  }
  for (const f of withCases) {
    if (f.caseId) continue;
    f.caseId = caseOfItem.get(itemKey(f.item)) ?? null;
    if (f.caseId) {
      await addActivity(tx, workspaceId, f.caseId, {
        kind: 'alert',
        actor: 'system',
        body: f.rule.name,
        data: { alertId: f.alertId, ruleId: f.rule.id },
      });
    }
  }
  const linked = withCases.filter((f) => f.caseId);
  if (linked.length > 0) {
    await sql`
      UPDATE alerts a SET case_id = v.case_id
      FROM (VALUES ${sql.join(linked.map((f) => sql`(${f.alertId}::uuid, ${f.caseId}::uuid)`))}) AS v (id, case_id)
      WHERE a.workspace_id = ${workspaceId} AND a.id = v.id
    `.execute(tx);
  }
  await recordEvents(
    tx,
    fresh.map((f) => ({
      workspaceId,
      type: 'alert.fired',
      actor: 'system',
      subjectId: f.alertId,
      payload: {
        alertId: f.alertId,
        ruleId: f.rule.id,
        subjectKind: f.item.itemKind,
        subjectKey: f.item.itemId,
        caseId: f.caseId,
      },
    })),
  );
  for (const f of fresh) {
    await notifyTargets(tx, workspaceId, f.rule, f.alertId, {
      title: `Alert: ${f.rule.name}`,
      body: typeof f.item.values.text === 'string' ? f.item.values.text.slice(0, 300) : '',
      link: f.caseId ? `/cases/${f.caseId}` : '/cases/alert-rules',
    });
  }
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

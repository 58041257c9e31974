import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { addContactSegmentFacts } from '../segments/index';
import { causeOfCase, fireRule } from './engine';
import { loadCaseSubjects } from './subjects';
import { type AutomationRule, loadActiveRules, meetsCondition } from './triggers';

/** Candidate cases read per query, and at most this many per rule per sweep (the next sweep goes on). */
const BATCH = 500;
const MAX_PER_RULE = 5_000;

export const ELAPSED_SWEEP_CRON = '*/5 * * * *';

interface Candidate {
  caseId: string;
  /** The status-change activity the clock started at (since = case.status_changed), else null. */
  activityId: number | null;
}

/** The trigger key: once per case and threshold, and again after each new status change when timed from one. */
export function elapsedTriggerKey(caseId: string, hours: number, activityId: number | null): string {
  return activityId === null ? `elapsed:${caseId}:${hours}` : `elapsed:${caseId}:${hours}:${activityId}`;
}

/**
 * Cases whose clock passed the rule's threshold and that have no run for it yet: open long enough since
 * they were created, or in their current status long enough since it last changed; in the rule's status
 * when it names one, else still open (not resolved or closed).
 */
async function findCandidates(
  ctx: AppContext,
  rule: AutomationRule,
  now: Date,
  after: string | null,
): Promise<Candidate[]> {
  if (rule.trigger.type !== 'time.elapsed') return [];
  const { since, status, hours } = rule.trigger;
  const threshold = new Date(now.getTime() - hours * 3_600_000);
  const statusFilter = status ? sql`c.status = ${status}` : sql`c.status NOT IN ('resolved', 'closed')`;
  const afterFilter = after ? sql`AND c.id > ${after}` : sql``;
  if (since === 'case.created') {
    const rows = await sql<{ caseId: string }>`
      SELECT c.id AS "caseId" FROM cases c
      WHERE c.workspace_id = ${rule.workspaceId} AND ${statusFilter} AND c.created_at <= ${threshold} ${afterFilter}
        AND NOT EXISTS (
          SELECT 1 FROM automation_runs r
          WHERE r.workspace_id = c.workspace_id AND r.rule_id = ${rule.id}
            AND r.trigger_key = 'elapsed:' || c.id::text || ${`:${hours}`}
        )
      ORDER BY c.id
      LIMIT ${BATCH}
    `.execute(ctx.db);
    return rows.rows.map((r) => ({ caseId: r.caseId, activityId: null }));
  }
  const rows = await sql<{ caseId: string; activityId: number }>`
    SELECT c.id AS "caseId", a.id AS "activityId" FROM cases c
    JOIN LATERAL (
      SELECT id, created_at FROM case_activities
      WHERE workspace_id = c.workspace_id AND case_id = c.id AND kind IN ('created', 'status', 'reopened')
      ORDER BY id DESC
      LIMIT 1
    ) a ON true
    WHERE c.workspace_id = ${rule.workspaceId} AND ${statusFilter} AND a.created_at <= ${threshold} ${afterFilter}
      AND NOT EXISTS (
        SELECT 1 FROM automation_runs r
        WHERE r.workspace_id = c.workspace_id AND r.rule_id = ${rule.id}
          AND r.trigger_key = 'elapsed:' || c.id::text || ${`:${hours}:`} || a.id::text
      )
    ORDER BY c.id
    LIMIT ${BATCH}
  `.execute(ctx.db);
  return rows.rows.map((r) => ({ caseId: r.caseId, activityId: Number(r.activityId) }));
}

/** One rule's sweep; returns how many runs it started. */
export async function sweepElapsedRule(
  ctx: AppContext,
  rule: AutomationRule,
  now = new Date(),
): Promise<number> {
  let fired = 0;
  let seen = 0;
  let after: string | null = null;
  while (seen < MAX_PER_RULE) {
    const candidates = await findCandidates(ctx, rule, now, after);
    if (candidates.length === 0) break;
    seen += candidates.length;
    after = candidates.at(-1)?.caseId ?? null;
    const subjects = await loadCaseSubjects(
      ctx.db,
      rule.workspaceId,
      candidates.map((c) => ({ caseId: c.caseId, snapshot: { at: now } })),
    );
    await addContactSegmentFacts(
      ctx.db,
      rule.workspaceId,
      subjects.filter((s) => s !== null),
      [rule.condition],
    );
    for (const [i, subject] of subjects.entries()) {
      const candidate = candidates[i];
      if (!subject || !candidate || !meetsCondition(rule.condition, subject)) continue;
      const cause = await causeOfCase(ctx.db, rule.workspaceId, subject.id);
      const key = elapsedTriggerKey(
        subject.id,
        (rule.trigger as { hours: number }).hours,
        candidate.activityId,
      );
      if ((await fireRule(ctx, rule, subject, cause, key)) !== null) fired++;
    }
    if (candidates.length < BATCH) break;
  }
  return fired;
}

/** The scheduled sweep for time.elapsed rules of every workspace. */
export async function sweepElapsedAutomations(ctx: AppContext, now = new Date()): Promise<number> {
  const workspaces = await ctx.db
    .selectFrom('automationRules')
    .select('workspaceId')
    .distinct()
    .where('active', '=', true)
    .where(sql<boolean>`trigger ->> 'type' = 'time.elapsed'`)
    .execute();
  let fired = 0;
  for (const { workspaceId } of workspaces) {
    for (const rule of await loadActiveRules(ctx.db, workspaceId, ['time.elapsed'])) {
      try {
        fired += await sweepElapsedRule(ctx, rule, now);
      } catch (error) {
        ctx.logger.error({ err: error, ruleId: rule.id }, 'time-elapsed automation sweep failed');
      }
    }
  }
  return fired;
}

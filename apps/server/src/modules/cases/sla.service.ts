import { slaClockState, type TSlaClockState } from '@touchpoint/core';
import type { TBusinessHours } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { notifyTeam, notifyUsers } from '../notifications/index';
import { addActivity } from './cases.service';

// The SLA sweep: every minute, open cases whose clocks still run are compared with their due dates in the
// owning team's business time. At 80 % of a clock's business time the case is warned (escalation level 1:
// the assignee and the team hear of it); when a due date passes without the first action or the
// resolution, the clock is marked breached and the case escalates (level 2: the team and the workspace's
// CX managers and admins hear of it, and the priority goes up one step). Each level fires once per case:
// the UPDATE that raises it is conditional on the level being lower, so two sweeps cannot both fire it.
//
// Deliberately simple: the clocks do not pause while a case waits on the customer, and changing a team's
// hours or targets does not move the due dates of cases already open (a priority change by a person does,
// see updateCase). The 80 % mark is measured with the current team's hours.

const PAGE = 500;
const NEXT_PRIORITY = { low: 'normal', normal: 'high', high: 'urgent', urgent: 'urgent' } as const;
type Priority = keyof typeof NEXT_PRIORITY;
export type SlaClock = 'first_action' | 'resolve';

interface Candidate {
  workspaceId: string;
  id: string;
  createdAt: Date;
  firstActionDueAt: Date | null;
  firstActionAt: Date | null;
  firstActionBreached: boolean;
  resolveDueAt: Date | null;
  resolveBreached: boolean;
  escalationLevel: number;
  businessHours: TBusinessHours | null;
}

/** The clocks of a case that still run, with where each stands now. */
function clockStates(c: Candidate, now: Date): { clock: SlaClock; state: TSlaClockState }[] {
  const states: { clock: SlaClock; state: TSlaClockState }[] = [];
  const stateOf = (dueAt: Date): TSlaClockState =>
    // Once warned, only a breach matters: skip the business-time arithmetic.
    c.escalationLevel >= 1
      ? now.getTime() >= dueAt.getTime()
        ? 'breached'
        : 'ok'
      : slaClockState({ startedAt: c.createdAt, dueAt, now, hours: c.businessHours });
  if (c.firstActionDueAt && !c.firstActionAt && !c.firstActionBreached) {
    states.push({ clock: 'first_action', state: stateOf(c.firstActionDueAt) });
  }
  if (c.resolveDueAt && !c.resolveBreached) states.push({ clock: 'resolve', state: stateOf(c.resolveDueAt) });
  return states;
}

/** The case under a row lock, if it is still open. */
async function lockOpenCase(tx: Tx, workspaceId: string, caseId: string) {
  return tx
    .selectFrom('cases')
    .select([
      'id',
      'number',
      'title',
      'priority',
      'teamId',
      'assigneeId',
      'escalationLevel',
      'firstActionAt',
      'firstActionBreached',
      'resolveBreached',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', caseId)
    .where('status', 'not in', ['resolved', 'closed'])
    .forUpdate()
    .executeTakeFirst();
}

async function managersOf(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('memberships')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('role', 'in', ['admin', 'cx_manager'])
    .where('deactivatedAt', 'is', null)
    .execute();
  return rows.map((r) => r.userId);
}

const CLOCK_LABEL: Record<SlaClock, string> = { first_action: 'first action', resolve: 'resolution' };

async function warnCase(ctx: AppContext, c: Candidate, clock: SlaClock): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const current = await lockOpenCase(tx, c.workspaceId, c.id);
    if (!current) return false;
    const raised = await tx
      .updateTable('cases')
      .set({ escalationLevel: 1, updatedAt: new Date() })
      .where('workspaceId', '=', c.workspaceId)
      .where('id', '=', c.id)
      .where('escalationLevel', '<', 1)
      .returning('id')
      .executeTakeFirst();
    if (!raised) return false;
    await addActivity(tx, c.workspaceId, c.id, {
      kind: 'escalated',
      actor: 'system',
      data: { level: 1, clock },
    });
    await recordEvent(tx, {
      workspaceId: c.workspaceId,
      type: 'case.updated',
      actor: 'system',
      subjectId: c.id,
      payload: { caseId: c.id, changes: { escalationLevel: { from: current.escalationLevel, to: 1 } } },
    });
    const n = {
      kind: 'case.sla_warning',
      title: `Case #${current.number} is close to its ${CLOCK_LABEL[clock]} deadline: ${current.title}`,
      link: `/cases/${c.id}`,
      sourceKey: `case:${c.id}:escalated:1`,
    };
    if (current.assigneeId) await notifyUsers(tx, c.workspaceId, [current.assigneeId], n);
    if (current.teamId) await notifyTeam(tx, c.workspaceId, current.teamId, n);
    return true;
  });
}

async function breachCase(ctx: AppContext, c: Candidate, clocks: SlaClock[]): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const current = await lockOpenCase(tx, c.workspaceId, c.id);
    if (!current) return false;
    // Mark each breached clock once (a first action may have happened since the candidate was read).
    const newlyBreached: SlaClock[] = [];
    for (const clock of clocks) {
      if (clock === 'first_action' && (current.firstActionAt || current.firstActionBreached)) continue;
      if (clock === 'resolve' && current.resolveBreached) continue;
      const marked = await tx
        .updateTable('cases')
        .set(clock === 'first_action' ? { firstActionBreached: true } : { resolveBreached: true })
        .where('workspaceId', '=', c.workspaceId)
        .where('id', '=', c.id)
        .where(clock === 'first_action' ? 'firstActionBreached' : 'resolveBreached', '=', false)
        .returning('id')
        .executeTakeFirst();
      if (marked) newlyBreached.push(clock);
    }
    if (newlyBreached.length === 0) return false;
    const clock = newlyBreached[0] as SlaClock;
    const from = current.priority as Priority;
    const to = NEXT_PRIORITY[from];
    const raised = await tx
      .updateTable('cases')
      .set({ escalationLevel: 2, priority: to, updatedAt: new Date() })
      .where('workspaceId', '=', c.workspaceId)
      .where('id', '=', c.id)
      .where('escalationLevel', '<', 2)
      .returning('id')
      .executeTakeFirst();
    if (!raised) {
      // Already escalated by the other clock: record the breach, without a second escalation.
      for (const breached of newlyBreached) {
        await addActivity(tx, c.workspaceId, c.id, {
          kind: 'sla_breached',
          actor: 'system',
          data: { clock: breached },
        });
      }
      return false;
    }
    await addActivity(tx, c.workspaceId, c.id, {
      kind: 'escalated',
      actor: 'system',
      data: { level: 2, clock, breached: newlyBreached },
    });
    const changes: Record<string, { from: unknown; to: unknown }> = {
      escalationLevel: { from: current.escalationLevel, to: 2 },
    };
    if (to !== from) {
      await addActivity(tx, c.workspaceId, c.id, { kind: 'priority', actor: 'system', data: { from, to } });
      changes.priority = { from, to };
    }
    await recordEvent(tx, {
      workspaceId: c.workspaceId,
      type: 'case.updated',
      actor: 'system',
      subjectId: c.id,
      payload: { caseId: c.id, changes },
    });
    const n = {
      kind: 'case.sla_breached',
      title: `Case #${current.number} missed its ${CLOCK_LABEL[clock]} deadline: ${current.title}`,
      body: to !== from ? `Priority raised from ${from} to ${to}.` : '',
      link: `/cases/${c.id}`,
      sourceKey: `case:${c.id}:escalated:2`,
    };
    const people = await managersOf(tx, c.workspaceId);
    if (current.assigneeId) people.push(current.assigneeId);
    await notifyUsers(tx, c.workspaceId, people, n);
    if (current.teamId) await notifyTeam(tx, c.workspaceId, current.teamId, n);
    return true;
  });
}

/**
 * One pass over every open case with a running clock, in every workspace: warns at 80 % of a clock's
 * business time, escalates when a due date passes. Safe to run concurrently and repeatedly (each level
 * fires once). `now` is a parameter so that tests can walk the clock.
 */
export async function runSlaSweep(
  ctx: AppContext,
  now = new Date(),
): Promise<{ warned: number; breached: number }> {
  let warned = 0;
  let breached = 0;
  let after: { workspaceId: string; id: string } | null = null;
  for (;;) {
    const page: Candidate[] = await ctx.db
      .selectFrom('cases as c')
      .leftJoin('teams as t', (join) =>
        join.onRef('t.workspaceId', '=', 'c.workspaceId').onRef('t.id', '=', 'c.teamId'),
      )
      .select([
        'c.workspaceId',
        'c.id',
        'c.createdAt',
        'c.firstActionDueAt',
        'c.firstActionAt',
        'c.firstActionBreached',
        'c.resolveDueAt',
        'c.resolveBreached',
        'c.escalationLevel',
        't.businessHours',
      ])
      .where('c.status', 'not in', ['resolved', 'closed'])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('c.firstActionAt', 'is', null),
            eb('c.firstActionDueAt', 'is not', null),
            eb('c.firstActionBreached', '=', false),
          ]),
          eb.and([eb('c.resolveDueAt', 'is not', null), eb('c.resolveBreached', '=', false)]),
        ]),
      )
      // A case already warned can only change state once a deadline passes: skip it until then.
      .where((eb) =>
        eb.or([
          eb('c.escalationLevel', '<', 1),
          eb('c.firstActionDueAt', '<=', now),
          eb('c.resolveDueAt', '<=', now),
        ]),
      )
      .$if(after !== null, (q) =>
        q.where(sql<boolean>`(c.workspace_id, c.id) > (${after?.workspaceId}::uuid, ${after?.id}::uuid)`),
      )
      .orderBy('c.workspaceId')
      .orderBy('c.id')
      .limit(PAGE)
      .execute();
    for (const candidate of page) {
      const states = clockStates(candidate, now);
      const overdue = states.filter((s) => s.state === 'breached').map((s) => s.clock);
      try {
        if (overdue.length > 0) {
          if (await breachCase(ctx, candidate, overdue)) breached++;
        } else if (candidate.escalationLevel < 1) {
          const warning = states.find((s) => s.state === 'warn');
          if (warning && (await warnCase(ctx, candidate, warning.clock))) warned++;
        }
      } catch (error) {
        // One bad case (e.g. business hours that never open) must not stop the sweep for the others.
        ctx.logger.error({ err: error, caseId: candidate.id }, 'SLA sweep failed for a case');
      }
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = { workspaceId: last.workspaceId, id: last.id };
  }
  return { warned, breached };
}

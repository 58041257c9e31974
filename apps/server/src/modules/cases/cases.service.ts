import { computeCaseDueDates } from '@touchpoint/core';
import {
  CASE_TRANSITIONS,
  canTransition,
  type TCaseOutcome,
  type TCasePriority,
  type TCaseStatus,
  type TUpdateCaseBody,
} from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent, recordEvents } from '../../platform/events';
import { notifyCaseAssignee, notifyCaseTeam } from './case-notifications';
import { assertAssignable, assertTeamInWorkspace, pickRoundRobin, routeTeam } from './routing';

export type CaseActor = string;

/** What creating a case needs; routing, assignment and SLA due dates follow from it. */
export interface CreateCaseInput {
  title: string;
  description?: string;
  priority?: TCasePriority;
  source: 'manual' | 'alert' | 'automation' | 'api';
  /** 'user:<id>' | 'api_key:<id>' | 'system' | 'automation:<ruleId>' */
  actor: string;
  alertRuleId?: string | null;
  contactId?: string | null;
  touchpointId?: string | null;
  topicId?: string | null;
  /** Else routed: the touchpoint's owner team, then the topic's. */
  teamId?: string | null;
  assigneeId?: string | null;
  items?: { kind: 'response' | 'review' | 'conversation'; id: string }[];
}

/** A person (or an integration acting for people) did it — not Touchpoint itself or an automation. */
export function isHumanActor(actor: string): boolean {
  return actor.startsWith('user:') || actor.startsWith('api_key:');
}

function userIdOfActor(actor: string): string | null {
  return actor.startsWith('user:') ? actor.slice('user:'.length) : null;
}

export async function addActivity(
  tx: Tx,
  workspaceId: string,
  caseId: string,
  activity: { kind: string; actor: string | null; body?: string; data?: Record<string, unknown> },
): Promise<void> {
  await tx
    .insertInto('caseActivities')
    .values({
      workspaceId,
      caseId,
      kind: activity.kind,
      actor: activity.actor,
      body: activity.body ?? '',
      data: JSON.stringify(activity.data ?? {}),
    })
    .execute();
}

/** Stamps the first human action on a case, once. */
export async function markFirstAction(tx: Tx, workspaceId: string, caseId: string, at: Date): Promise<void> {
  await tx
    .updateTable('cases')
    .set({ firstActionAt: at })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', caseId)
    .where('firstActionAt', 'is', null)
    .execute();
}

async function recordCaseUpdated(
  tx: Tx,
  workspaceId: string,
  caseId: string,
  actor: string,
  changes: Record<string, { from: unknown; to: unknown }>,
): Promise<void> {
  await tx
    .updateTable('cases')
    .set({ updatedAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', caseId)
    .execute();
  await recordEvent(tx, {
    workspaceId,
    type: 'case.updated',
    actor,
    subjectId: caseId,
    payload: { caseId, changes },
  });
}

async function teamSla(tx: Tx, workspaceId: string, teamId: string | null) {
  if (!teamId) return { hours: null, policy: null };
  const team = await tx
    .selectFrom('teams')
    .select(['businessHours', 'slaPolicy'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  return { hours: team?.businessHours ?? null, policy: team?.slaPolicy ?? null };
}

async function assertInWorkspace(
  tx: Tx,
  table: 'contacts' | 'touchpoints' | 'topics',
  workspaceId: string,
  id: string,
  param: string,
): Promise<void> {
  const row = await tx
    .selectFrom(table)
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) {
    throw new AppError('VALIDATION_FAILED', `${param}: not found in this workspace`, [
      { name: param, reason: 'not found in this workspace' },
    ]);
  }
}

/**
 * Opens a case: routes it to a team (explicit → the touchpoint's owner → the topic's owner), assigns it
 * round-robin among the team's active members (unless the team assigns by hand or an assignee is given),
 * sets the SLA due dates in the team's business time, logs a `created` activity and records `case.created`.
 * Runs in `tx` when given (the caller commits), else in its own transaction.
 */
export async function createCase(
  ctx: AppContext,
  workspaceId: string,
  input: CreateCaseInput,
  tx?: Tx,
): Promise<{ id: string; number: number }> {
  if (tx) return createCaseIn(tx, workspaceId, input);
  return inTransaction(ctx, (t) => createCaseIn(t, workspaceId, input));
}

async function createCaseIn(
  tx: Tx,
  workspaceId: string,
  input: CreateCaseInput,
): Promise<{ id: string; number: number }> {
  const [created] = await createCasesIn(tx, workspaceId, [input]);
  if (!created) throw new Error('createCasesIn returned no case');
  return created;
}

/**
 * Opens several cases in the caller's transaction, exactly as `createCase` would one after another
 * (validation, routing, round-robin in input order, consecutive numbers, SLA due dates, activity, event,
 * notification), with the checks and writes batched: a burst of alerts costs a few statements per chunk
 * instead of a dozen per case. Returns the cases in input order.
 */
export async function createCasesIn(
  tx: Tx,
  workspaceId: string,
  inputs: readonly CreateCaseInput[],
): Promise<{ id: string; number: number }[]> {
  if (inputs.length === 0) return [];
  const checked = new Set<string>();
  const check = async (table: 'contacts' | 'touchpoints' | 'topics', id: string, param: string) => {
    if (checked.has(`${table}:${id}`)) return;
    await assertInWorkspace(tx, table, workspaceId, id, param);
    checked.add(`${table}:${id}`);
  };
  for (const input of inputs) {
    if (input.contactId) await check('contacts', input.contactId, 'body.contactId');
    if (input.touchpointId) await check('touchpoints', input.touchpointId, 'body.touchpointId');
    if (input.topicId) await check('topics', input.topicId, 'body.topicId');
    if (input.teamId && !checked.has(`teams:${input.teamId}`)) {
      await assertTeamInWorkspace(tx, workspaceId, input.teamId, 'body.teamId');
      checked.add(`teams:${input.teamId}`);
    }
  }
  for (const kind of ['response', 'review', 'conversation'] as const) {
    const ids = [
      ...new Set(
        inputs.flatMap((input) => (input.items ?? []).filter((i) => i.kind === kind).map((i) => i.id)),
      ),
    ];
    if (ids.length === 0) continue;
    const found = await tx
      .selectFrom(kind === 'response' ? 'responses' : kind === 'review' ? 'reviews' : 'conversations')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
    if (found.length < ids.length) {
      throw new AppError('VALIDATION_FAILED', `body.items: no such ${kind} in this workspace`, [
        { name: 'body.items', reason: `no such ${kind} in this workspace` },
      ]);
    }
  }

  const teamIds: (string | null)[] = [];
  for (const input of inputs) teamIds.push(await routeTeam(tx, workspaceId, input));

  // Numbers are per workspace: the workspace row lock serialises concurrent creations (no duplicate number).
  // Taken before any team lock, and the routed teams are then locked once in id order, so two concurrent
  // batches routing to the same teams in different orders wait for each other instead of deadlocking.
  await tx.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forNoKeyUpdate().execute();
  const roundRobinTeams = [
    ...new Set(
      inputs.flatMap((input, index) => {
        const teamId = teamIds[index];
        return teamId && !input.assigneeId && input.assigneeId !== null ? [teamId] : [];
      }),
    ),
  ].sort();
  if (roundRobinTeams.length > 0) {
    await tx
      .selectFrom('teams')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', roundRobinTeams)
      .orderBy('id')
      .forUpdate()
      .execute();
  }
  const routed: { teamId: string | null; assigneeId: string | null }[] = [];
  for (const [index, input] of inputs.entries()) {
    const teamId = teamIds[index] ?? null;
    let assigneeId: string | null = null;
    if (input.assigneeId) {
      await assertAssignable(tx, workspaceId, input.assigneeId, teamId);
      assigneeId = input.assigneeId;
    } else if (teamId && input.assigneeId !== null) {
      assigneeId = await pickRoundRobin(tx, workspaceId, teamId);
    }
    routed.push({ teamId, assigneeId });
  }

  const last = await tx
    .selectFrom('cases')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  const firstNumber = Number(last?.max ?? 0) + 1;

  const createdAt = new Date();
  const slaOfTeam = new Map<string | null, Awaited<ReturnType<typeof teamSla>>>();
  const cases = [];
  for (const [index, input] of inputs.entries()) {
    const { teamId, assigneeId } = routed[index] as (typeof routed)[number];
    let sla = slaOfTeam.get(teamId);
    if (!sla) {
      sla = await teamSla(tx, workspaceId, teamId);
      slaOfTeam.set(teamId, sla);
    }
    const priority = input.priority ?? 'normal';
    const due = computeCaseDueDates({ createdAt, priority, hours: sla.hours, policy: sla.policy });
    cases.push({
      input,
      id: uuidv7(),
      number: firstNumber + index,
      priority,
      teamId,
      assigneeId,
      firstActionDueAt: due.firstActionDueAt,
      resolveDueAt: due.resolveDueAt,
    });
  }
  await tx
    .insertInto('cases')
    .values(
      cases.map((c) => ({
        workspaceId,
        id: c.id,
        number: c.number,
        title: c.input.title,
        description: c.input.description ?? '',
        priority: c.priority,
        source: c.input.source,
        alertRuleId: c.input.alertRuleId ?? null,
        contactId: c.input.contactId ?? null,
        touchpointId: c.input.touchpointId ?? null,
        topicId: c.input.topicId ?? null,
        teamId: c.teamId,
        assigneeId: c.assigneeId,
        firstActionDueAt: c.firstActionDueAt,
        resolveDueAt: c.resolveDueAt,
        createdBy: c.input.actor,
        createdAt,
        updatedAt: createdAt,
      })),
    )
    .execute();
  const items = cases.flatMap((c) =>
    (c.input.items ?? []).map((item) => ({
      workspaceId,
      caseId: c.id,
      itemKind: item.kind,
      itemId: item.id,
    })),
  );
  if (items.length > 0) {
    await tx
      .insertInto('caseItems')
      .values(items)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await tx
    .insertInto('caseActivities')
    .values(
      cases.map((c) => ({
        workspaceId,
        caseId: c.id,
        kind: 'created',
        actor: c.input.actor,
        body: '',
        data: JSON.stringify({
          source: c.input.source,
          priority: c.priority,
          teamId: c.teamId,
          assigneeId: c.assigneeId,
          alertRuleId: c.input.alertRuleId ?? null,
        }),
      })),
    )
    .execute();
  await recordEvents(
    tx,
    cases.map((c) => ({
      workspaceId,
      type: 'case.created',
      actor: c.input.actor,
      subjectId: c.id,
      payload: {
        caseId: c.id,
        number: c.number,
        teamId: c.teamId,
        assigneeId: c.assigneeId,
        priority: c.priority,
        source: c.input.source,
      },
    })),
  );
  for (const c of cases) {
    const summary = { id: c.id, number: c.number, title: c.input.title };
    if (c.assigneeId) await notifyCaseAssignee(tx, workspaceId, summary, c.assigneeId, 'created');
    else if (c.teamId) await notifyCaseTeam(tx, workspaceId, summary, c.teamId);
  }
  return cases.map((c) => ({ id: c.id, number: c.number }));
}

async function lockCase(tx: Tx, workspaceId: string, caseId: string) {
  const row = await tx
    .selectFrom('cases')
    .select([
      'id',
      'number',
      'title',
      'status',
      'priority',
      'teamId',
      'assigneeId',
      'createdAt',
      'resolvedAt',
      'firstActionAt',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw AppError.notFound('case');
  return row;
}

/**
 * Moves a case to another team and/or person. A new team without a named assignee takes the case into its
 * round-robin; an assignee must be an active member of the workspace (and of the team, when there is one).
 */
export async function assignCase(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  change: { teamId?: string | null; assigneeId?: string | null },
  actor: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const changes = await assignCaseIn(tx, workspaceId, caseId, change, actor);
    if (Object.keys(changes).length > 0) await recordCaseUpdated(tx, workspaceId, caseId, actor, changes);
  });
}

async function assignCaseIn(
  tx: Tx,
  workspaceId: string,
  caseId: string,
  change: { teamId?: string | null; assigneeId?: string | null },
  actor: string,
): Promise<Record<string, { from: unknown; to: unknown }>> {
  const current = await lockCase(tx, workspaceId, caseId);
  const teamId = change.teamId === undefined ? current.teamId : change.teamId;
  if (change.teamId) await assertTeamInWorkspace(tx, workspaceId, change.teamId, 'body.teamId');
  let assigneeId: string | null;
  if (change.assigneeId !== undefined) {
    assigneeId = change.assigneeId;
    if (assigneeId) await assertAssignable(tx, workspaceId, assigneeId, teamId);
  } else if (teamId !== current.teamId) {
    assigneeId = teamId ? await pickRoundRobin(tx, workspaceId, teamId) : null;
  } else {
    assigneeId = current.assigneeId;
  }
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (teamId !== current.teamId) changes.teamId = { from: current.teamId, to: teamId };
  if (assigneeId !== current.assigneeId) changes.assigneeId = { from: current.assigneeId, to: assigneeId };
  if (Object.keys(changes).length === 0) return {};
  await tx
    .updateTable('cases')
    .set({ teamId, assigneeId })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', caseId)
    .execute();
  await addActivity(tx, workspaceId, caseId, {
    kind: 'assigned',
    actor,
    data: {
      from: { teamId: current.teamId, assigneeId: current.assigneeId },
      to: { teamId, assigneeId },
    },
  });
  if (actor.startsWith('user:')) await markFirstAction(tx, workspaceId, caseId, new Date());
  if (assigneeId && assigneeId !== current.assigneeId && assigneeId !== userIdOfActor(actor)) {
    await notifyCaseAssignee(tx, workspaceId, current, assigneeId, 'assigned');
  }
  return changes;
}

/** Moves a case along its life cycle; a move the life cycle does not allow is a 409. */
export async function changeCaseStatus(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  status: TCaseStatus,
  actor: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const changes = await changeStatusIn(tx, workspaceId, caseId, status, actor);
    if (changes) await recordCaseUpdated(tx, workspaceId, caseId, actor, changes);
  });
}

async function changeStatusIn(
  tx: Tx,
  workspaceId: string,
  caseId: string,
  status: TCaseStatus,
  actor: string,
): Promise<Record<string, { from: unknown; to: unknown }> | null> {
  const current = await lockCase(tx, workspaceId, caseId);
  if (current.status === status) return null;
  if (!canTransition(current.status, status)) {
    const allowed = CASE_TRANSITIONS[current.status];
    throw new AppError(
      'CONFLICT',
      `A ${current.status} case cannot move to ${status}; it can move to ${allowed.join(', ')}.`,
    );
  }
  const now = new Date();
  const isReopen = (current.status === 'resolved' || current.status === 'closed') && status === 'in_progress';
  await tx
    .updateTable('cases')
    .set({
      status,
      ...(status === 'resolved' ? { resolvedAt: now } : {}),
      ...(status === 'closed' ? { closedAt: now, resolvedAt: current.resolvedAt ?? now } : {}),
      ...(isReopen ? { resolvedAt: null, closedAt: null } : {}),
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', caseId)
    .execute();
  await addActivity(tx, workspaceId, caseId, {
    kind: isReopen ? 'reopened' : 'status',
    actor,
    data: { from: current.status, to: status },
  });
  if (current.status === 'new' && isHumanActor(actor)) await markFirstAction(tx, workspaceId, caseId, now);
  return { status: { from: current.status, to: status } };
}

/** One PATCH: each part is applied and logged as its own activity, and one `case.updated` lists them all. */
export async function updateCase(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  body: TUpdateCaseBody,
  actor: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await lockCase(tx, workspaceId, caseId);
    const full = await tx
      .selectFrom('cases')
      .select(['description', 'outcome', 'outcomeNote'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set: { title?: string; description?: string } = {};
    if (body.title !== undefined && body.title !== current.title) {
      changes.title = { from: current.title, to: body.title };
      set.title = body.title;
    }
    if (body.description !== undefined && body.description !== full.description) {
      changes.description = { from: full.description, to: body.description };
      set.description = body.description;
    }
    if (Object.keys(set).length > 0) {
      await tx
        .updateTable('cases')
        .set(set)
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', caseId)
        .execute();
    }
    if (body.teamId !== undefined || body.assigneeId !== undefined) {
      Object.assign(
        changes,
        await assignCaseIn(
          tx,
          workspaceId,
          caseId,
          { teamId: body.teamId, assigneeId: body.assigneeId },
          actor,
        ),
      );
    }
    if (body.priority !== undefined && body.priority !== current.priority) {
      const after = await tx
        .selectFrom('cases')
        .select('teamId')
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      const sla = await teamSla(tx, workspaceId, after.teamId);
      const due = computeCaseDueDates({
        createdAt: current.createdAt,
        priority: body.priority,
        hours: sla.hours,
        policy: sla.policy,
      });
      await tx
        .updateTable('cases')
        .set({
          priority: body.priority,
          firstActionDueAt: due.firstActionDueAt,
          resolveDueAt: due.resolveDueAt,
        })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', caseId)
        .execute();
      await addActivity(tx, workspaceId, caseId, {
        kind: 'priority',
        actor,
        data: { from: current.priority, to: body.priority },
      });
      changes.priority = { from: current.priority, to: body.priority };
    }
    if (body.status !== undefined) {
      const statusChange = await changeStatusIn(tx, workspaceId, caseId, body.status, actor);
      if (statusChange) Object.assign(changes, statusChange);
    }
    if (body.outcome !== undefined || body.outcomeNote !== undefined) {
      const outcome = body.outcome === undefined ? full.outcome : body.outcome;
      const outcomeNote = body.outcomeNote === undefined ? full.outcomeNote : body.outcomeNote;
      if (outcome !== full.outcome || outcomeNote !== full.outcomeNote) {
        await setOutcomeIn(tx, workspaceId, caseId, outcome, outcomeNote, actor);
        changes.outcome = { from: full.outcome, to: outcome };
      }
    }
    if (Object.keys(changes).length > 0) await recordCaseUpdated(tx, workspaceId, caseId, actor, changes);
  });
}

export async function setOutcomeIn(
  tx: Tx,
  workspaceId: string,
  caseId: string,
  outcome: TCaseOutcome | null,
  outcomeNote: string | null,
  actor: string | null,
): Promise<void> {
  await tx
    .updateTable('cases')
    .set({ outcome, outcomeNote })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', caseId)
    .execute();
  await addActivity(tx, workspaceId, caseId, {
    kind: 'outcome',
    actor,
    body: outcomeNote ?? '',
    data: { outcome },
  });
}

/** An internal note (never shown to the customer); the first one counts as the first action. */
export async function addCaseNote(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  body: string,
  actor: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await lockCase(tx, workspaceId, caseId);
    await addActivity(tx, workspaceId, caseId, { kind: 'note', actor, body });
    if (isHumanActor(actor)) await markFirstAction(tx, workspaceId, caseId, new Date());
    await recordCaseUpdated(tx, workspaceId, caseId, actor, { note: { from: null, to: 'added' } });
  });
}

/**
 * A member was deactivated or removed: their open cases go round-robin to someone else in the case's team
 * (or are left unassigned when there is nobody), each move logged.
 */
export async function reassignCasesOfMember(
  ctx: AppContext,
  workspaceId: string,
  userId: string,
): Promise<number> {
  const open = await ctx.db
    .selectFrom('cases')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('assigneeId', '=', userId)
    .where('status', 'not in', ['resolved', 'closed'])
    .execute();
  for (const { id } of open) {
    await inTransaction(ctx, async (tx) => {
      const current = await lockCase(tx, workspaceId, id);
      if (current.assigneeId !== userId) return;
      const next = current.teamId ? await pickRoundRobin(tx, workspaceId, current.teamId, userId) : null;
      await tx
        .updateTable('cases')
        .set({ assigneeId: next })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', id)
        .execute();
      await addActivity(tx, workspaceId, id, {
        kind: 'assigned',
        actor: 'system',
        body: 'The assignee is no longer active in this workspace.',
        data: {
          reason: 'member_inactive',
          from: { teamId: current.teamId, assigneeId: userId },
          to: { teamId: current.teamId, assigneeId: next },
        },
      });
      await recordCaseUpdated(tx, workspaceId, id, 'system', { assigneeId: { from: userId, to: next } });
      if (next) await notifyCaseAssignee(tx, workspaceId, current, next, 'assigned');
    });
  }
  return open.length;
}

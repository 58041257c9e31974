import type { TProgrammeSchedule, TProgrammeScheduleBody, TSurveyDefinition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, systemPrincipal, type WorkspacePrincipal } from '../../platform/http/principal';
import { createSurvey, setSurveyStatus } from '../surveys/index';
import { sendEmployeeInvitations } from './employee-invitations';

const DAY_MS = 86_400_000;

/** The wall-clock time of `at` in `timeZone`, as if it were UTC (for calendar arithmetic). */
function wallClock(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) +
    at.getUTCMilliseconds()
  );
}

/** The instant whose wall-clock time in `timeZone` is `wall` (a gap in the clock moves it forward). */
function fromWallClock(wall: number, timeZone: string): Date {
  let guess = wall - (wallClock(new Date(wall), timeZone) - wall);
  // A second pass settles instants near a daylight saving change.
  guess = wall - (wallClock(new Date(guess), timeZone) - guess);
  return new Date(guess);
}

/**
 * The next run after `from`, by the calendar of the workspace's time zone: a weekly run keeps its local
 * hour across daylight saving changes, and "monthly" stays on its local day of the month.
 */
export function advanceCadence(from: Date, cadence: TProgrammeSchedule['cadence'], timeZone = 'UTC'): Date {
  const wall = new Date(wallClock(from, timeZone));
  if (cadence === 'weekly') wall.setUTCDate(wall.getUTCDate() + 7);
  else wall.setUTCMonth(wall.getUTCMonth() + (cadence === 'monthly' ? 1 : 3));
  return fromWallClock(wall.getTime(), timeZone);
}

async function findProgramme(db: Db, workspaceId: string, surveyId: string) {
  const survey = await db
    .selectFrom('surveys')
    .select(['id', 'name', 'audience', 'anonymous', 'reportingAttributes', 'definition', 'touchpointId'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) throw AppError.notFound('survey');
  return survey;
}

export async function getSchedule(
  db: Db,
  workspaceId: string,
  surveyId: string,
): Promise<{ schedule: TProgrammeSchedule | null }> {
  await findProgramme(db, workspaceId, surveyId);
  const row = await db
    .selectFrom('employeeProgrammeSchedules')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', surveyId)
    .executeTakeFirst();
  if (!row) return { schedule: null };
  const waves = await db
    .selectFrom('employeeProgrammeWaves')
    .innerJoin('surveys', (join) =>
      join
        .onRef('surveys.workspaceId', '=', 'employeeProgrammeWaves.workspaceId')
        .onRef('surveys.id', '=', 'employeeProgrammeWaves.surveyId'),
    )
    .select([
      'employeeProgrammeWaves.surveyId',
      'surveys.name',
      'surveys.status',
      'employeeProgrammeWaves.series',
      'employeeProgrammeWaves.wave',
      'employeeProgrammeWaves.closeAt',
      'employeeProgrammeWaves.createdAt',
    ])
    .where('employeeProgrammeWaves.workspaceId', '=', workspaceId)
    .where('employeeProgrammeWaves.scheduleId', '=', row.id)
    .orderBy('employeeProgrammeWaves.createdAt', 'desc')
    .orderBy('employeeProgrammeWaves.series')
    .limit(200)
    .execute();
  return {
    schedule: {
      id: row.id,
      surveyId: row.surveyId,
      cadence: row.cadence,
      scope: row.scope,
      departments: row.departments,
      remindAfterDays: row.remindAfterDays,
      closeAfterDays: row.closeAfterDays,
      nextRunAt: row.nextRunAt.toISOString(),
      lastRunAt: row.lastRunAt?.toISOString() ?? null,
      lastError: row.lastError,
      waves: waves.map((w) => ({
        ...w,
        closeAt: w.closeAt.toISOString(),
        createdAt: w.createdAt.toISOString(),
      })),
    },
  };
}

/** Puts an employee programme on a schedule (or changes it). Only employee programmes can be scheduled. */
export async function setSchedule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  surveyId: string,
  body: TProgrammeScheduleBody,
) {
  const { workspaceId } = principal;
  const survey = await findProgramme(ctx.db, workspaceId, surveyId);
  if (survey.audience !== 'employees') {
    throw new AppError(
      'UNPROCESSABLE',
      'Only an employee programme (audience "employees") runs on a schedule.',
    );
  }
  const values = {
    cadence: body.cadence,
    scope: body.scope,
    departments: [...new Set(body.departments)],
    remindAfterDays: body.remindAfterDays,
    closeAfterDays: body.closeAfterDays,
    nextRunAt: body.startAt ? new Date(body.startAt) : new Date(),
    lastError: null,
    updatedAt: new Date(),
  };
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('employeeProgrammeSchedules')
      .values({ workspaceId, id: uuidv7(), surveyId, ...values })
      .onConflict((oc) => oc.columns(['workspaceId', 'surveyId']).doUpdateSet(values))
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'employee_programme.scheduled',
      actor: actorOf(principal),
      subjectId: surveyId,
      payload: { cadence: body.cadence, scope: body.scope, departments: values.departments },
    });
  });
  return getSchedule(ctx.db, workspaceId, surveyId);
}

export async function deleteSchedule(ctx: AppContext, principal: WorkspacePrincipal, surveyId: string) {
  await findProgramme(ctx.db, principal.workspaceId, surveyId);
  await inTransaction(ctx, async (tx) => {
    // Waves already sent stay (they are surveys of their own); only future runs stop.
    await tx
      .deleteFrom('employeeProgrammeWaves')
      .where('workspaceId', '=', principal.workspaceId)
      .where(
        'scheduleId',
        'in',
        tx
          .selectFrom('employeeProgrammeSchedules')
          .select('id')
          .where('workspaceId', '=', principal.workspaceId)
          .where('surveyId', '=', surveyId),
      )
      .execute();
    await tx
      .deleteFrom('employeeProgrammeSchedules')
      .where('workspaceId', '=', principal.workspaceId)
      .where('surveyId', '=', surveyId)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'employee_programme.unscheduled',
      actor: actorOf(principal),
      subjectId: surveyId,
    });
  });
  return { schedule: null };
}

/**
 * One run of a schedule: a new wave per series (everyone, or each department), copied from the
 * programme's survey, published, linked to the schedule and sent to the directory by email.
 */
async function runSchedule(
  ctx: AppContext,
  schedule: {
    workspaceId: string;
    id: string;
    surveyId: string;
    scope: 'everyone' | 'per_department';
    departments: string[];
    remindAfterDays: number | null;
    closeAfterDays: number;
  },
  now: Date,
  deliver: (workspaceId: string, invitationId: string) => Promise<void>,
) {
  const { workspaceId } = schedule;
  const programme = await findProgramme(ctx.db, workspaceId, schedule.surveyId);
  let series: string[] = [''];
  if (schedule.scope === 'per_department') {
    series =
      schedule.departments.length > 0
        ? schedule.departments
        : (
            await ctx.db
              .selectFrom('employees')
              .select('department')
              .distinct()
              .where('workspaceId', '=', workspaceId)
              .where('leftAt', 'is', null)
              .where('department', 'is not', null)
              .orderBy('department')
              .execute()
          ).map((r) => r.department as string);
  }
  const principal = systemPrincipal(workspaceId);
  const day = now.toISOString().slice(0, 10);
  for (const department of series) {
    const definition = programme.definition as TSurveyDefinition;
    const wave = await createSurvey(ctx, principal, {
      ...definition,
      name: `${programme.name} — ${day}${department ? ` — ${department}` : ''}`.slice(0, 200),
      touchpointId: programme.touchpointId,
      audience: 'employees',
      anonymous: programme.anonymous,
      reportingAttributes: programme.reportingAttributes,
    });
    const previous = await ctx.db
      .selectFrom('employeeProgrammeWaves')
      .select(sql<number>`coalesce(max(wave), 0)`.as('last'))
      .where('workspaceId', '=', workspaceId)
      .where('scheduleId', '=', schedule.id)
      .where('series', '=', department)
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('employeeProgrammeWaves')
      .values({
        workspaceId,
        surveyId: wave.id,
        scheduleId: schedule.id,
        series: department,
        wave: Number(previous.last) + 1,
        closeAt: new Date(now.getTime() + schedule.closeAfterDays * DAY_MS),
      })
      .execute();
    const published = await setSurveyStatus(ctx, principal, wave.id, 'published');
    await sendEmployeeInvitations(
      ctx,
      workspaceId,
      {
        workspaceId,
        id: published.id,
        definition,
        audience: 'employees',
        status: 'published',
      },
      {
        ...(schedule.scope === 'per_department'
          ? { departments: [department] }
          : schedule.departments.length > 0
            ? { departments: schedule.departments }
            : {}),
        remindAfterDays: schedule.remindAfterDays,
        trigger: `schedule:${schedule.id}`,
      },
      (invitationId) => deliver(workspaceId, invitationId),
    );
  }
}

/**
 * The scheduler's sweep: runs every schedule that is due (each claimed by moving its next run forward
 * first, so two schedulers cannot both run it) and closes waves whose time is up (their anonymous results
 * then show, final).
 */
export async function runDueProgrammeSchedules(
  ctx: AppContext,
  deliver: (workspaceId: string, invitationId: string) => Promise<void>,
  now = new Date(),
) {
  const due = await ctx.db
    .selectFrom('employeeProgrammeSchedules')
    .innerJoin('workspaces', 'workspaces.id', 'employeeProgrammeSchedules.workspaceId')
    .selectAll('employeeProgrammeSchedules')
    .select('workspaces.timeZone')
    .where('employeeProgrammeSchedules.nextRunAt', '<=', now)
    .orderBy('employeeProgrammeSchedules.nextRunAt')
    .limit(50)
    .execute();
  let ran = 0;
  for (const schedule of due) {
    // Waves follow the workspace's calendar (Settings → Workspace → time zone).
    let next = advanceCadence(schedule.nextRunAt, schedule.cadence, schedule.timeZone);
    while (next <= now) next = advanceCadence(next, schedule.cadence, schedule.timeZone);
    const claimed = await ctx.db
      .updateTable('employeeProgrammeSchedules')
      .set({ nextRunAt: next, lastRunAt: now })
      .where('workspaceId', '=', schedule.workspaceId)
      .where('id', '=', schedule.id)
      .where('nextRunAt', '=', schedule.nextRunAt)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    try {
      await runSchedule(ctx, schedule, now, deliver);
      ran++;
      await ctx.db
        .updateTable('employeeProgrammeSchedules')
        .set({ lastError: null })
        .where('workspaceId', '=', schedule.workspaceId)
        .where('id', '=', schedule.id)
        .execute();
    } catch (error) {
      await ctx.db
        .updateTable('employeeProgrammeSchedules')
        .set({ lastError: error instanceof Error ? error.message.slice(0, 500) : 'run failed' })
        .where('workspaceId', '=', schedule.workspaceId)
        .where('id', '=', schedule.id)
        .execute();
    }
  }
  const closing = await ctx.db
    .selectFrom('employeeProgrammeWaves')
    .innerJoin('surveys', (join) =>
      join
        .onRef('surveys.workspaceId', '=', 'employeeProgrammeWaves.workspaceId')
        .onRef('surveys.id', '=', 'employeeProgrammeWaves.surveyId'),
    )
    .select(['employeeProgrammeWaves.workspaceId', 'employeeProgrammeWaves.surveyId'])
    .where('employeeProgrammeWaves.closeAt', '<=', now)
    .where('surveys.status', '=', 'published')
    .limit(200)
    .execute();
  for (const wave of closing) {
    await setSurveyStatus(ctx, systemPrincipal(wave.workspaceId), wave.surveyId, 'closed');
  }
  return { ran, closed: closing.length };
}

/** Earlier waves of the same series as this survey (for the guard's wave rule), oldest first. */
export async function earlierWaves(db: Db, workspaceId: string, surveyId: string) {
  const current = await db
    .selectFrom('employeeProgrammeWaves')
    .select(['scheduleId', 'series', 'wave'])
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', surveyId)
    .executeTakeFirst();
  if (!current) return [];
  return db
    .selectFrom('employeeProgrammeWaves')
    .innerJoin('surveys', (join) =>
      join
        .onRef('surveys.workspaceId', '=', 'employeeProgrammeWaves.workspaceId')
        .onRef('surveys.id', '=', 'employeeProgrammeWaves.surveyId'),
    )
    .select(['employeeProgrammeWaves.surveyId', 'employeeProgrammeWaves.wave'])
    .where('employeeProgrammeWaves.workspaceId', '=', workspaceId)
    .where('employeeProgrammeWaves.scheduleId', '=', current.scheduleId)
    .where('employeeProgrammeWaves.series', '=', current.series)
    .where('employeeProgrammeWaves.wave', '<', current.wave)
    .where('surveys.status', '=', 'closed')
    .orderBy('employeeProgrammeWaves.wave')
    .execute();
}

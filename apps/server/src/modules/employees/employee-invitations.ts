import { chooseLanguage } from '@touchpoint/core';
import type { TEmployeeSurveyBudget, TSkipReason, TSurveyDefinition } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

// This file must not import the distribution module (which calls it): the caller passes how a queued
// invitation is delivered, so the one delivery job and reminder sweep serve customers and employees alike.

const LINK_DAYS = 30;
const DAY_MS = 86_400_000;
/** One call invites at most this many people (a directory larger than this is sent per department). */
export const MAX_EMPLOYEE_INVITATIONS = 20_000;

export async function getEmployeeSurveyBudget(db: Db, workspaceId: string) {
  const row = await db
    .selectFrom('workspaceSettings')
    .select('employeeSurveyBudget')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row?.employeeSurveyBudget ?? null;
}

export async function setEmployeeSurveyBudget(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  budget: TEmployeeSurveyBudget | null,
): Promise<{ employeeSurveyBudget: TEmployeeSurveyBudget | null }> {
  await inTransaction(ctx, async (tx) => {
    const value = budget ? JSON.stringify(budget) : null;
    await tx
      .insertInto('workspaceSettings')
      .values({ workspaceId: principal.workspaceId, employeeSurveyBudget: value })
      .onConflict((oc) =>
        oc.column('workspaceId').doUpdateSet({ employeeSurveyBudget: value, updatedAt: new Date() }),
      )
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'settings.employee_survey_budget_changed',
      actor: actorOf(principal),
      payload: { employeeSurveyBudget: budget },
    });
  });
  return { employeeSurveyBudget: budget };
}

interface EmployeeProgrammeSurvey {
  workspaceId: string;
  id: string;
  definition: TSurveyDefinition;
}

type Outcome =
  | { status: 'queued'; invitationId: string }
  | { status: 'skipped'; reason: TSkipReason; detail: string };

/**
 * One employee's invitation, inside the caller's transaction: the employee row is locked so two sends at
 * once cannot both spend the last slot of their budget; someone already invited to this survey is not
 * asked twice; over the budget the skip is stored (the invitation list shows why). The personal link
 * names the employee, never a contact: an anonymous programme uses it only to mark completion apart.
 */
async function inviteEmployee(
  tx: Tx,
  survey: EmployeeProgrammeSurvey,
  employeeId: string,
  budget: TEmployeeSurveyBudget | null,
  options: { remindAfterDays: number | null; trigger: string | null },
  now: Date,
): Promise<Outcome & { email: string }> {
  const { workspaceId } = survey;
  const employee = await tx
    .selectFrom('employees')
    .select(['email', 'name', 'attributes', 'leftAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', employeeId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const email = employee.email;
  const already = await tx
    .selectFrom('surveyInvitations')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', survey.id)
    .where('employeeId', '=', employeeId)
    .where('status', '!=', 'skipped')
    .executeTakeFirst();
  if (already) {
    return { email, status: 'skipped', reason: 'duplicate', detail: 'Already invited to this survey.' };
  }
  const language = chooseLanguage(survey.definition, [employee.attributes.language]);
  if (budget) {
    const recent = await tx
      .selectFrom('surveyInvitations')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('workspaceId', '=', workspaceId)
      .where('employeeId', '=', employeeId)
      .where('status', 'in', ['queued', 'sent'])
      .where('createdAt', '>', new Date(now.getTime() - budget.perDays * DAY_MS))
      .executeTakeFirstOrThrow();
    if (Number(recent.count) >= budget.maxSurveys) {
      const detail = `Already asked ${recent.count} time(s) in the last ${budget.perDays} days (budget: ${budget.maxSurveys}).`;
      await tx
        .insertInto('surveyInvitations')
        .values({
          workspaceId,
          id: uuidv7(),
          surveyId: survey.id,
          contactId: null,
          employeeId,
          email,
          name: employee.name || null,
          language,
          trigger: options.trigger,
          status: 'skipped',
          skipReason: 'over_budget',
          error: detail,
        })
        .execute();
      return { email, status: 'skipped', reason: 'over_budget', detail };
    }
  }
  const linkToken = generateSecret(24);
  const linkId = uuidv7();
  await tx
    .insertInto('surveyLinks')
    .values({
      workspaceId,
      id: linkId,
      surveyId: survey.id,
      tokenHash: hashSecret(linkToken),
      contactId: null,
      employeeId,
      language,
      singleUse: true,
      expiresAt: new Date(now.getTime() + LINK_DAYS * DAY_MS),
    })
    .execute();
  const invitationId = uuidv7();
  await tx
    .insertInto('surveyInvitations')
    .values({
      workspaceId,
      id: invitationId,
      surveyId: survey.id,
      contactId: null,
      employeeId,
      linkId,
      linkToken,
      email,
      name: employee.name || null,
      language,
      trigger: options.trigger,
      // Staff surveys are part of work: no unsubscribe link (leavers are never asked).
      unsubscribeToken: null,
      reminderDueAt: options.remindAfterDays
        ? new Date(now.getTime() + options.remindAfterDays * DAY_MS)
        : null,
    })
    .execute();
  return { email, status: 'queued', invitationId };
}

/**
 * Invites every active person of the directory (or of the given departments) to an employee programme
 * by email, each with a personal single-use link. Answers what was queued and what was skipped, and why.
 */
export async function sendEmployeeInvitations(
  ctx: AppContext,
  workspaceId: string,
  survey: EmployeeProgrammeSurvey & { audience: string; status: string },
  body: { departments?: string[] | undefined; remindAfterDays: number | null; trigger?: string | null },
  deliver: (invitationId: string) => Promise<void>,
) {
  if (survey.audience !== 'employees') {
    throw new AppError(
      'UNPROCESSABLE',
      'Only an employee programme (audience "employees") is sent to the employee directory.',
      [{ name: 'body.audience', reason: 'the survey is not an employee programme' }],
    );
  }
  const people = await ctx.db
    .selectFrom('employees')
    .select(['id'])
    .where('workspaceId', '=', workspaceId)
    .where('leftAt', 'is', null)
    .$if(Boolean(body.departments), (q) => q.where('department', 'in', body.departments as string[]))
    .orderBy('email')
    .limit(MAX_EMPLOYEE_INVITATIONS + 1)
    .execute();
  if (people.length > MAX_EMPLOYEE_INVITATIONS) {
    throw new AppError(
      'UNPROCESSABLE',
      `More than ${MAX_EMPLOYEE_INVITATIONS} people would be invited at once; invite by department.`,
      [{ name: 'body.departments', reason: `more than ${MAX_EMPLOYEE_INVITATIONS} people` }],
    );
  }
  const budget = await getEmployeeSurveyBudget(ctx.db, workspaceId);
  const sent: { email: string; employeeId: string; invitationId: string }[] = [];
  const skipped: { email: string; employeeId: string; reason: TSkipReason; detail: string }[] = [];
  const now = new Date();
  for (const person of people) {
    const outcome = await inTransaction(ctx, (tx) =>
      inviteEmployee(
        tx,
        survey,
        person.id,
        budget,
        { remindAfterDays: body.remindAfterDays, trigger: body.trigger ?? null },
        now,
      ),
    );
    if (outcome.status === 'queued') {
      sent.push({ email: outcome.email, employeeId: person.id, invitationId: outcome.invitationId });
      await deliver(outcome.invitationId);
    } else {
      skipped.push({
        email: outcome.email,
        employeeId: person.id,
        reason: outcome.reason,
        detail: outcome.detail,
      });
    }
  }
  return { sent, skipped };
}

/**
 * The employee a personal link of this survey was made for (locked, for the completing transaction), or
 * a clear 4xx. Used by the anonymous answer path, which keeps the link out of the stored response.
 */
export async function findEmployeeLink(tx: Tx, workspaceId: string, surveyId: string, token: string) {
  const link = await tx
    .selectFrom('surveyLinks')
    .select(['id', 'employeeId', 'language', 'usedAt', 'expiresAt'])
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', surveyId)
    .where('tokenHash', '=', hashSecret(token))
    .forUpdate()
    .executeTakeFirst();
  if (!link?.employeeId || link.expiresAt.getTime() < Date.now()) {
    throw new AppError('VALIDATION_FAILED', 'This personal link is not valid or has expired.', [
      { name: 'body.linkToken', reason: 'not a valid, unexpired link of this survey' },
    ]);
  }
  return { ...link, employeeId: link.employeeId };
}

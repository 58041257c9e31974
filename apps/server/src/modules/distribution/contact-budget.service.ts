import { type BudgetDecision, checkContactBudget, effectivePriority } from '@touchpoint/core';
import type { TContactBudget, TSurveyDistribution } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

const DAY_MS = 86_400_000;

export async function getContactBudget(db: Db, workspaceId: string): Promise<TContactBudget | null> {
  const row = await db
    .selectFrom('workspaceSettings')
    .select('contactBudget')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row?.contactBudget ?? null;
}

export async function setContactBudget(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  budget: TContactBudget | null,
): Promise<{ contactBudget: TContactBudget | null }> {
  await inTransaction(ctx, async (tx) => {
    const value = budget ? JSON.stringify(budget) : null;
    await tx
      .insertInto('workspaceSettings')
      .values({ workspaceId: principal.workspaceId, contactBudget: value })
      .onConflict((oc) =>
        oc.column('workspaceId').doUpdateSet({ contactBudget: value, updatedAt: new Date() }),
      )
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'settings.contact_budget_changed',
      actor: actorOf(principal),
      payload: { contactBudget: budget },
    });
  });
  return { contactBudget: budget };
}

export interface BudgetSurveyRow {
  id: string;
  distribution: TSurveyDistribution;
}

/**
 * Decides, inside the caller's transaction, whether the survey may reach the contact now. Locks the
 * contact row first, so two channels deciding for the same person at once cannot both spend the last
 * slot of the budget.
 */
export async function decideForContact(
  tx: Tx,
  workspaceId: string,
  contactId: string,
  survey: BudgetSurveyRow,
  now = new Date(),
): Promise<BudgetDecision> {
  const contact = await tx
    .selectFrom('contacts')
    .select(['unsubscribedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const budget = await getContactBudget(tx, workspaceId);
  const lookbackDays = Math.max(budget?.perDays ?? 0, survey.distribution.cadenceDays ?? 0);
  const touches =
    lookbackDays > 0
      ? await tx
          .selectFrom('surveyTouches')
          .select(['surveyId', 'priority', 'at'])
          .where('workspaceId', '=', workspaceId)
          .where('contactId', '=', contactId)
          .where('at', '>', new Date(now.getTime() - lookbackDays * DAY_MS))
          .orderBy('at', 'desc')
          .execute()
      : [];
  return checkContactBudget({
    contactId,
    isUnsubscribed: contact.unsubscribedAt !== null,
    survey: {
      id: survey.id,
      priority: survey.distribution.priority,
      cadenceDays: survey.distribution.cadenceDays,
      samplingPercent: survey.distribution.samplingPercent,
    },
    budget,
    touches,
    now,
  });
}

/** Remembers that a survey reached a contact, with the survey's priority at that moment. */
export async function recordTouch(
  tx: Tx,
  workspaceId: string,
  contactId: string,
  survey: BudgetSurveyRow,
  channel: string,
): Promise<void> {
  await tx
    .insertInto('surveyTouches')
    .values({
      workspaceId,
      id: uuidv7(),
      contactId,
      surveyId: survey.id,
      priority: effectivePriority(survey.distribution),
      channel,
    })
    .execute();
}

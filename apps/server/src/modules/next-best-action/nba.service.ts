import { type NbaPerson, segmentConditionFields, suggestNextBestActions } from '@touchpoint/core';
import {
  can,
  type TNbaRule,
  type TNbaSuggestion,
  type TNbaSuggestions,
  type TNbaTakeBody,
  type TNbaTaken,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { type PiiView, piiViewOf } from '../../platform/pii-view';
import { updateAccount } from '../accounts/index';
import { deliverTemplateEmailJob, findEmailTemplate, queueTemplateEmail } from '../campaigns/index';
import { createCase } from '../cases/index';
import {
  assertMailConfigured,
  createInvitation,
  deliverInvitationJob,
  findInvitableSurvey,
} from '../distribution/index';
import { loadNbaFacts, type NbaSubject } from './nba-facts';
import { loadNbaRules } from './nba-rules.service';

/** The live profile of a contact id (a merged-away id answers for its survivor); 404 outside the workspace. */
async function liveContact(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<{ id: string; email: string | null; attributes: Record<string, unknown> }> {
  const row = await db
    .selectFrom('contacts')
    .select(['id', 'mergedInto', 'email', 'attributes'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('contact');
  return row.mergedInto ? liveContact(db, workspaceId, row.mergedInto) : row;
}

async function lastTakenOf(db: Db, workspaceId: string, contactIds: string[]) {
  const map = new Map<string, Date>();
  if (contactIds.length === 0) return map;
  const rows = await db
    .selectFrom('nbaActionsTaken')
    .select(['ruleId', 'contactId', (eb) => eb.fn.max('takenAt').as('at')])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', sql<string>`ANY(${contactIds}::uuid[])`)
    .groupBy(['ruleId', 'contactId'])
    .execute();
  for (const row of rows) map.set(`${row.ruleId}:${row.contactId}`, new Date(row.at as Date));
  return map;
}

async function recentTaken(
  db: Db,
  workspaceId: string,
  contactIds: string[],
  rules: TNbaRule[],
): Promise<TNbaTaken[]> {
  if (contactIds.length === 0) return [];
  const names = new Map(rules.map((r) => [r.id, r.name]));
  const rows = await db
    .selectFrom('nbaActionsTaken')
    .select(['id', 'ruleId', 'kind', 'contactId', 'evidence', 'result', 'takenBy', 'takenAt'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', sql<string>`ANY(${contactIds}::uuid[])`)
    .orderBy('takenAt', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => ({
    ...r,
    ruleName: names.get(r.ruleId) ?? '',
    kind: r.kind as TNbaTaken['kind'],
    takenAt: r.takenAt.toISOString(),
  }));
}

/** The suggestions for some people, with the labels the pages show. */
async function suggestFor(
  db: Db,
  workspaceId: string,
  subjects: NbaSubject[],
  pii: PiiView,
  now = new Date(),
): Promise<{ suggestions: TNbaSuggestion[]; rules: TNbaRule[] }> {
  const rules = await loadNbaRules(db, workspaceId);
  const fields = new Set<string>();
  for (const rule of rules) if (rule.active) segmentConditionFields(rule.condition, fields);
  const facts = await loadNbaFacts(db, workspaceId, subjects, fields, now);
  const people: NbaPerson[] = subjects.flatMap((s) => {
    const f = facts.get(s.contactId);
    if (!f) return [];
    const accountId = typeof f._accountId === 'string' ? f._accountId : null;
    return [{ contactId: s.contactId, facts: f, accountId, accountHasOwner: Boolean(f._accountOwnerTeamId) }];
  });
  const lastTaken = await lastTakenOf(
    db,
    workspaceId,
    subjects.map((s) => s.contactId),
  );
  const raw = suggestNextBestActions({ rules, people, lastTaken, now });
  const suggestions = raw.map((s) => {
    const f = facts.get(s.contactId) ?? {};
    const name = typeof f['contact.name'] === 'string' ? f['contact.name'] : null;
    const email = typeof f['contact.email'] === 'string' ? pii.contactEmail(f['contact.email']) : null;
    const role = f['account.role'];
    return {
      ...s,
      contactLabel: name ?? email ?? s.contactId.slice(0, 8),
      accountRole: typeof role === 'string' ? role : null,
    };
  });
  return { suggestions, rules };
}

/** What to do next for one person (the 360 profile and the case page). */
export async function contactNextBestActions(
  ctx: AppContext,
  workspaceId: string,
  contactId: string,
  pii: PiiView,
): Promise<TNbaSuggestions> {
  const contact = await liveContact(ctx.db, workspaceId, contactId);
  const { suggestions, rules } = await suggestFor(
    ctx.db,
    workspaceId,
    [{ contactId: contact.id, accountId: null }],
    pii,
  );
  return { suggestions, taken: await recentTaken(ctx.db, workspaceId, [contact.id], rules) };
}

/** What to do next for an account's people (decision makers first by rule priority). */
export async function accountNextBestActions(
  ctx: AppContext,
  workspaceId: string,
  accountId: string,
  pii: PiiView,
): Promise<TNbaSuggestions> {
  const account = await ctx.db
    .selectFrom('accounts')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw AppError.notFound('account');
  const members = await ctx.db
    .selectFrom('accountContacts as ac')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.workspaceId', '=', 'ac.workspaceId').onRef('c.id', '=', 'ac.contactId'),
    )
    .select('ac.contactId')
    .where('ac.workspaceId', '=', workspaceId)
    .where('ac.accountId', '=', accountId)
    .where('c.mergedInto', 'is', null)
    .orderBy('ac.createdAt')
    .limit(200)
    .execute();
  const subjects = members.map((m) => ({ contactId: m.contactId, accountId }));
  const { suggestions, rules } = await suggestFor(ctx.db, workspaceId, subjects, pii);
  return {
    suggestions,
    taken: await recentTaken(
      ctx.db,
      workspaceId,
      subjects.map((s) => s.contactId),
      rules,
    ),
  };
}

function requirePermission(principal: WorkspacePrincipal, permission: 'invitations.send' | 'contacts.write') {
  if (!can(principal.role, permission)) {
    throw new AppError(
      'FORBIDDEN',
      `The ${principal.role} role may not do this action (needs ${permission}).`,
    );
  }
}

function missing(name: string, what: string): never {
  throw new AppError('VALIDATION_FAILED', `Choose ${what}: the rule leaves it open.`, [
    { name: `body.${name}`, reason: 'required for this rule' },
  ]);
}

/**
 * Does a suggested action for a person, through the module that owns it (a case, an invitation under the
 * contact budget, a template email with one-click unsubscribe, the account's owner team), and records that
 * it was done so the rule rests for its cool-down. 409 when the rule does not suggest it now (done
 * already, or the facts changed) — so a double click does it once.
 */
export async function takeNextBestAction(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TNbaTakeBody,
): Promise<TNbaTaken> {
  const { workspaceId } = principal;
  const contact = await liveContact(ctx.db, workspaceId, body.contactId);
  const rule = (await loadNbaRules(ctx.db, workspaceId)).find((r) => r.id === body.ruleId);
  if (!rule) throw AppError.notFound('next-best-action rule');
  const { action } = rule;
  if (action.kind === 'send_survey' || action.kind === 'send_email')
    requirePermission(principal, 'invitations.send');
  if (action.kind === 'assign_owner') requirePermission(principal, 'contacts.write');

  const current = async () => {
    const { suggestions } = await suggestFor(
      ctx.db,
      workspaceId,
      [{ contactId: contact.id, accountId: body.accountId ?? null }],
      piiViewOf(principal),
    );
    return suggestions.find((s) => s.ruleId === rule.id);
  };
  const suggestion = await current();
  if (!suggestion) {
    throw new AppError(
      'CONFLICT',
      'This action is not suggested for this person now: it was done recently, or their situation changed. Reload the suggestions.',
    );
  }
  const actor = actorOf(principal);
  const record = async (
    tx: Parameters<Parameters<typeof inTransaction>[1]>[0],
    result: Record<string, unknown>,
  ) => {
    // Locks the person's row: two clicks at once cannot both pass the cool-down check.
    await tx
      .selectFrom('contacts')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', contact.id)
      .forUpdate()
      .execute();
    const recent = await tx
      .selectFrom('nbaActionsTaken')
      .select('takenAt')
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', contact.id)
      .where('ruleId', '=', rule.id)
      .where('takenAt', '>', new Date(Date.now() - rule.cooldownDays * 86_400_000))
      .executeTakeFirst();
    if (recent && rule.cooldownDays > 0) {
      throw new AppError('CONFLICT', 'Someone just did this action for this person.');
    }
    const id = uuidv7();
    const row = {
      workspaceId,
      id,
      ruleId: rule.id,
      contactId: contact.id,
      accountId: suggestion.accountId,
      kind: action.kind,
      evidence: suggestion.summary,
      result: JSON.stringify({ ...result, ...(body.caseId ? { fromCaseId: body.caseId } : {}) }),
      takenBy: actor,
      takenAt: new Date(),
    };
    await tx.insertInto('nbaActionsTaken').values(row).execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'nba.action_taken',
      actor,
      subjectId: contact.id,
      payload: { ruleId: rule.id, kind: action.kind, ...result },
    });
    return {
      id,
      ruleId: rule.id,
      ruleName: rule.name,
      kind: action.kind,
      contactId: contact.id,
      evidence: suggestion.summary,
      result: { ...result, ...(body.caseId ? { fromCaseId: body.caseId } : {}) },
      takenBy: actor,
      takenAt: row.takenAt.toISOString(),
    } satisfies TNbaTaken;
  };

  switch (action.kind) {
    case 'create_case':
      return inTransaction(ctx, async (tx) => {
        const within = action.withinHours ? ` (within ${action.withinHours} h)` : '';
        const created = await createCase(
          ctx,
          workspaceId,
          {
            title: action.title,
            description: `Suggested by “${rule.name}”${within}. Evidence: ${suggestion.summary}`,
            priority: action.priority,
            source: 'manual',
            actor,
            contactId: contact.id,
          },
          tx,
        );
        return record(tx, { caseId: created.id, caseNumber: created.number });
      });
    case 'send_survey': {
      const surveyId = action.surveyId ?? body.surveyId ?? missing('surveyId', 'a survey');
      const survey = await findInvitableSurvey(ctx.db, workspaceId, surveyId);
      if (!survey) {
        throw new AppError('VALIDATION_FAILED', 'That survey does not exist in this workspace.', [
          { name: 'body.surveyId', reason: 'no such survey' },
        ]);
      }
      if (survey.status !== 'published') {
        throw new AppError('CONFLICT', 'Publish the survey before inviting people to it.');
      }
      assertMailConfigured(ctx);
      if (!contact.email) throw new AppError('UNPROCESSABLE', 'This person has no email address to invite.');
      const email = contact.email;
      const attrs = contact.attributes ?? {};
      const taken = await inTransaction(ctx, async (tx) => {
        const outcome = await createInvitation(
          tx,
          survey,
          {
            contactId: contact.id,
            email,
            name: typeof attrs.name === 'string' ? attrs.name : null,
            language: typeof attrs.language === 'string' ? attrs.language : undefined,
          },
          { remindAfterDays: null, trigger: `nba:${rule.id}` },
        );
        if (outcome.status === 'skipped') {
          // Nothing is stored: the contact budget said no, and the person sees why.
          throw new AppError('CONFLICT', `Not sent: ${outcome.detail}`, [
            { name: 'body.contactId', reason: outcome.reason },
          ]);
        }
        return {
          taken: await record(tx, { surveyId, invitationId: outcome.invitationId }),
          id: outcome.invitationId,
        };
      });
      await ctx.jobs.send(deliverInvitationJob, { workspaceId, invitationId: taken.id, kind: 'invitation' });
      return taken.taken;
    }
    case 'send_email': {
      const templateId = action.templateId ?? body.templateId ?? missing('templateId', 'an email template');
      const template = await findEmailTemplate(ctx.db, workspaceId, templateId, 'body.templateId');
      assertMailConfigured(ctx);
      if (!contact.email) throw new AppError('UNPROCESSABLE', 'This person has no email address.');
      const unsubscribed = await ctx.db
        .selectFrom('contacts')
        .select('unsubscribedAt')
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', contact.id)
        .executeTakeFirstOrThrow();
      if (unsubscribed.unsubscribedAt)
        throw new AppError('CONFLICT', 'Not sent: this person has unsubscribed.');
      const email = contact.email;
      const done = await inTransaction(ctx, async (tx) => {
        const queued = await queueTemplateEmail(tx, ctx.publicUrl, {
          workspaceId,
          template,
          contact: { id: contact.id, email, attributes: contact.attributes ?? {} },
          source: `nba:${rule.id}`,
        });
        return { taken: await record(tx, { templateId, emailId: queued.id }), id: queued.id };
      });
      await ctx.jobs.send(deliverTemplateEmailJob, { workspaceId, id: done.id });
      return done.taken;
    }
    case 'assign_owner': {
      const teamId = action.teamId ?? body.teamId ?? missing('teamId', 'a team');
      const accountId = suggestion.accountId;
      if (!accountId) throw new AppError('UNPROCESSABLE', 'This person is not in an account.');
      await updateAccount(ctx, principal, accountId, { ownerTeamId: teamId });
      return inTransaction(ctx, (tx) => record(tx, { accountId, teamId }));
    }
  }
}

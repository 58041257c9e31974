import { DEFAULT_NBA_RULES, validateNbaCondition } from '@touchpoint/core';
import type { TCondition, TNbaAction, TNbaRule, TNbaRuleCreate, TNbaRuleUpdate } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

const COLUMNS = [
  'id',
  'builtinKey',
  'name',
  'description',
  'condition',
  'action',
  'priority',
  'cooldownDays',
  'active',
  'createdAt',
  'updatedAt',
] as const;

type Row = {
  id: string;
  builtinKey: string | null;
  name: string;
  description: string;
  condition: Record<string, unknown>;
  action: Record<string, unknown>;
  priority: number;
  cooldownDays: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

function present(row: Row): TNbaRule {
  return {
    ...row,
    condition: row.condition as TCondition,
    action: row.action as TNbaAction,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Gives a workspace the built-in rules the first time its rules are read (each once: an edited or turned
 * off default stays as the workspace left it). Idempotent under concurrency (unique builtin key).
 */
export async function ensureDefaultNbaRules(db: Db, workspaceId: string): Promise<void> {
  const existing = await db
    .selectFrom('nbaRules')
    .select('builtinKey')
    .where('workspaceId', '=', workspaceId)
    .where('builtinKey', 'is not', null)
    .execute();
  const have = new Set(existing.map((r) => r.builtinKey));
  const missing = DEFAULT_NBA_RULES.filter((r) => !have.has(r.builtinKey));
  if (missing.length === 0) return;
  await db
    .insertInto('nbaRules')
    .values(
      missing.map((rule) => ({
        workspaceId,
        id: uuidv7(),
        builtinKey: rule.builtinKey,
        name: rule.name,
        description: rule.description,
        condition: JSON.stringify(rule.condition),
        action: JSON.stringify(rule.action),
        priority: rule.priority,
        cooldownDays: rule.cooldownDays,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['workspaceId', 'builtinKey']).where('builtinKey', 'is not', null).doNothing(),
    )
    .execute();
}

/** Every rule of the workspace (defaults included), highest priority first. */
export async function loadNbaRules(db: Db, workspaceId: string): Promise<TNbaRule[]> {
  await ensureDefaultNbaRules(db, workspaceId);
  const rows = await db
    .selectFrom('nbaRules')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .orderBy('priority', 'desc')
    .orderBy('name')
    .execute();
  return rows.map(present);
}

export async function findNbaRule(db: Db, workspaceId: string, id: string): Promise<TNbaRule> {
  const row = await db
    .selectFrom('nbaRules')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('next-best-action rule');
  return present(row);
}

function assertCondition(condition: TCondition) {
  const issues = validateNbaCondition(condition, 'body.condition');
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'The rule condition is not valid: see invalidParams.', issues);
  }
}

/** Ids a rule's action names must be this workspace's (else 400 naming the field). */
async function assertActionTargets(db: Db, workspaceId: string, action: TNbaAction) {
  const check = async (table: 'surveys' | 'emailTemplates' | 'teams', id: string, name: string) => {
    const row = await db
      .selectFrom(table)
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) {
      throw new AppError('VALIDATION_FAILED', `The action names a ${name} that is not in this workspace.`, [
        {
          name: `body.action.${name === 'survey' ? 'surveyId' : name === 'team' ? 'teamId' : 'templateId'}`,
          reason: 'not found in this workspace',
        },
      ]);
    }
  };
  if (action.kind === 'send_survey' && action.surveyId) await check('surveys', action.surveyId, 'survey');
  if (action.kind === 'send_email' && action.templateId)
    await check('emailTemplates', action.templateId, 'template');
  if (action.kind === 'assign_owner' && action.teamId) await check('teams', action.teamId, 'team');
}

export async function listNbaRules(ctx: AppContext, workspaceId: string) {
  return { items: await loadNbaRules(ctx.db, workspaceId), nextCursor: null };
}

export async function createNbaRule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TNbaRuleCreate,
): Promise<TNbaRule> {
  assertCondition(body.condition);
  await assertActionTargets(ctx.db, principal.workspaceId, body.action);
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('nbaRules')
      .values({
        workspaceId: principal.workspaceId,
        id,
        builtinKey: null,
        name: body.name,
        description: body.description,
        condition: JSON.stringify(body.condition),
        action: JSON.stringify(body.action),
        priority: body.priority,
        cooldownDays: body.cooldownDays,
        active: body.active,
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'nba_rule.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: body.name, action: body.action.kind },
    });
  });
  return findNbaRule(ctx.db, principal.workspaceId, id);
}

export async function updateNbaRule(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: TNbaRuleUpdate,
): Promise<TNbaRule> {
  await findNbaRule(ctx.db, principal.workspaceId, id);
  if (body.condition) assertCondition(body.condition);
  if (body.action) await assertActionTargets(ctx.db, principal.workspaceId, body.action);
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('nbaRules')
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.condition ? { condition: JSON.stringify(body.condition) } : {}),
        ...(body.action ? { action: JSON.stringify(body.action) } : {}),
        ...(body.priority !== undefined ? { priority: body.priority } : {}),
        ...(body.cooldownDays !== undefined ? { cooldownDays: body.cooldownDays } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        updatedAt: new Date(),
      })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'nba_rule.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { fields: Object.keys(body) },
    });
  });
  return findNbaRule(ctx.db, principal.workspaceId, id);
}

/** Deletes a rule of the workspace's own; a built-in one is turned off instead (409 says so). */
export async function deleteNbaRule(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  const rule = await findNbaRule(ctx.db, principal.workspaceId, id);
  if (rule.builtinKey) {
    throw new AppError(
      'CONFLICT',
      'A built-in rule cannot be deleted; turn it off (active: false) or change it instead.',
    );
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('nbaRules')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'nba_rule.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: rule.name },
    });
  });
}

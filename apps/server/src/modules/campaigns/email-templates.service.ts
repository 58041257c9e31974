import type { TEmailTemplate, TEmailTemplateCreate, TEmailTemplateUpdate } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import type { TemplateRow } from './template-emails';

const COLUMNS = ['id', 'name', 'defaultLanguage', 'content', 'createdAt', 'updatedAt'] as const;

type Row = {
  id: string;
  name: string;
  defaultLanguage: string;
  content: Record<string, { subject: string; body: string }>;
  createdAt: Date;
  updatedAt: Date;
};

function present(row: Row): TEmailTemplate {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** A template of the workspace; 404 for another workspace's, like a missing one. */
export async function findEmailTemplate(
  db: Db,
  workspaceId: string,
  id: string,
  param?: string,
): Promise<TemplateRow & { name: string }> {
  const row = await db
    .selectFrom('emailTemplates')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) {
    if (param) {
      throw new AppError('VALIDATION_FAILED', 'That email template does not exist in this workspace.', [
        { name: param, reason: 'no such email template' },
      ]);
    }
    throw AppError.notFound('email template');
  }
  return row;
}

export async function listEmailTemplates(ctx: AppContext, workspaceId: string) {
  const rows = await ctx.db
    .selectFrom('emailTemplates')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .limit(500)
    .execute();
  return { items: rows.map(present), nextCursor: null };
}

export async function getEmailTemplate(ctx: AppContext, workspaceId: string, id: string) {
  return present((await findEmailTemplate(ctx.db, workspaceId, id)) as Row);
}

export async function createEmailTemplate(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TEmailTemplateCreate,
): Promise<TEmailTemplate> {
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('emailTemplates')
      .values({
        workspaceId: principal.workspaceId,
        id,
        name: body.name,
        defaultLanguage: body.defaultLanguage,
        content: JSON.stringify(body.content),
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'email_template.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: body.name },
    });
  });
  return getEmailTemplate(ctx, principal.workspaceId, id);
}

export async function updateEmailTemplate(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: TEmailTemplateUpdate,
): Promise<TEmailTemplate> {
  const current = await findEmailTemplate(ctx.db, principal.workspaceId, id);
  const content = body.content ?? current.content;
  const defaultLanguage = body.defaultLanguage ?? current.defaultLanguage;
  if (!content[defaultLanguage]) {
    throw new AppError('VALIDATION_FAILED', 'The template needs its text in the default language.', [
      { name: 'body.content', reason: `no text in ${defaultLanguage}` },
    ]);
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('emailTemplates')
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        defaultLanguage,
        content: JSON.stringify(content),
        updatedAt: new Date(),
      })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'email_template.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { fields: Object.keys(body) },
    });
  });
  return getEmailTemplate(ctx, principal.workspaceId, id);
}

export async function deleteEmailTemplate(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  await findEmailTemplate(ctx.db, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('emailTemplates')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'email_template.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: {},
    });
  });
}

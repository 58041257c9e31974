import type { TSurvey, TSurveyDefinition, TSurveyDistribution } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { resolveContact } from '../contacts/index';
import { assertTouchpointExists } from '../journeys/index';
import { normaliseDefinition } from './survey-definition';
import { presentSurvey, surveyRows } from './surveys.repository';

type DefinitionFields = Pick<
  TSurveyDefinition,
  'defaultLanguage' | 'languages' | 'questions' | 'hiddenFields' | 'logic' | 'endings'
>;

export async function getSurvey(ctx: AppContext, workspaceId: string, id: string): Promise<TSurvey> {
  const row = await surveyRows(ctx.db, workspaceId).where('surveys.id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound('survey');
  return presentSurvey(row, ctx.publicUrl);
}

export async function listSurveys(
  ctx: AppContext,
  workspaceId: string,
  query: {
    limit: number;
    cursor?: string | undefined;
    status?: string | undefined;
    touchpointId?: string | undefined;
  },
) {
  const before = decodeCursor(query.cursor);
  const rows = await surveyRows(ctx.db, workspaceId)
    .$if(Boolean(before), (q) => q.where('surveys.id', '<', before as string))
    .$if(Boolean(query.status), (q) => q.where('surveys.status', '=', query.status as 'draft'))
    .$if(Boolean(query.touchpointId), (q) =>
      q.where('surveys.touchpointId', '=', query.touchpointId as string),
    )
    .orderBy('surveys.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(
    rows,
    query.limit,
    (row) => row.id,
    (row) => presentSurvey(row, ctx.publicUrl),
  );
}

export async function createSurvey(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: DefinitionFields & {
    name: string;
    touchpointId?: string | null | undefined;
    distribution?: TSurveyDistribution | undefined;
    audience?: 'customers' | 'employees' | undefined;
    anonymous?: boolean | undefined;
    reportingAttributes?: string[] | undefined;
  },
): Promise<TSurvey> {
  const { name, touchpointId, distribution, audience, anonymous, reportingAttributes, ...definition } = input;
  const normalised = normaliseDefinition(definition);
  if (touchpointId)
    await assertTouchpointExists(ctx.db, principal.workspaceId, touchpointId, 'body.touchpointId');
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('surveys')
      .values({
        workspaceId: principal.workspaceId,
        id,
        name,
        touchpointId: touchpointId ?? null,
        definition: JSON.stringify(normalised),
        ...(distribution ? { distribution: JSON.stringify(distribution) } : {}),
        audience: audience ?? 'customers',
        anonymous: anonymous ?? false,
        reportingAttributes: reportingAttributes ?? [],
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'survey.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name },
    });
  });
  return getSurvey(ctx, principal.workspaceId, id);
}

export async function updateSurvey(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  changes: Partial<DefinitionFields> & {
    name?: string | undefined;
    touchpointId?: string | null | undefined;
    distribution?: TSurveyDistribution | undefined;
  },
): Promise<TSurvey> {
  const current = await getSurvey(ctx, principal.workspaceId, id);
  const { name, touchpointId, distribution, ...definitionChanges } = changes;
  const changesDefinition = Object.values(definitionChanges).some((v) => v !== undefined);
  const definition = changesDefinition
    ? normaliseDefinition({
        defaultLanguage: definitionChanges.defaultLanguage ?? current.defaultLanguage,
        languages: definitionChanges.languages ?? current.languages,
        questions: definitionChanges.questions ?? current.questions,
        hiddenFields: definitionChanges.hiddenFields ?? current.hiddenFields,
        logic: definitionChanges.logic ?? current.logic,
        endings: definitionChanges.endings ?? current.endings,
      })
    : undefined;
  if (touchpointId)
    await assertTouchpointExists(ctx.db, principal.workspaceId, touchpointId, 'body.touchpointId');
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('surveys')
      .set((eb) => ({
        ...(name !== undefined ? { name } : {}),
        ...(touchpointId !== undefined ? { touchpointId } : {}),
        ...(distribution ? { distribution: JSON.stringify(distribution) } : {}),
        ...(definition ? { definition: JSON.stringify(definition), version: eb('version', '+', 1) } : {}),
        updatedAt: new Date(),
      }))
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'survey.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: {
        fields: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined),
      },
    });
  });
  return getSurvey(ctx, principal.workspaceId, id);
}

/** Surveys with answers are closed, not deleted, so no customer's answer is lost by accident. */
export async function deleteSurvey(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  const survey = await getSurvey(ctx, principal.workspaceId, id);
  if (survey.responseCount > 0) {
    throw new AppError(
      'CONFLICT',
      `This survey has ${survey.responseCount} responses; close it instead of deleting it.`,
    );
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('surveys')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'survey.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: survey.name },
    });
  });
}

export async function setSurveyStatus(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  status: 'published' | 'closed',
): Promise<TSurvey> {
  const survey = await getSurvey(ctx, principal.workspaceId, id);
  if (status === 'closed' && survey.status !== 'published') {
    throw new AppError('CONFLICT', 'Only a published survey can be closed.');
  }
  if (survey.status === status) return survey;
  if (status === 'published' && survey.status === 'closed' && survey.anonymous) {
    // Its results were shown as final; more answers would let a reader difference before and after.
    throw new AppError('CONFLICT', 'An anonymous survey cannot be reopened; start a new wave instead.');
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('surveys')
      .set(
        status === 'published'
          ? { status, publishedAt: new Date(), closedAt: null }
          : { status, closedAt: new Date() },
      )
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: status === 'published' ? 'survey.published' : 'survey.closed',
      actor: actorOf(principal),
      subjectId: id,
    });
  });
  return getSurvey(ctx, principal.workspaceId, id);
}

/** A personal link: ties the response to a contact; a single-use link answers once. */
export async function createSurveyLink(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  surveyId: string,
  input: {
    contact?:
      | { externalId?: string | undefined; email?: string | undefined; phone?: string | undefined }
      | undefined;
    language?: string | undefined;
    singleUse: boolean;
    expiresInDays: number;
  },
) {
  const survey = await getSurvey(ctx, principal.workspaceId, surveyId);
  const token = generateSecret(24);
  const id = uuidv7();
  const expiresAt = new Date(Date.now() + input.expiresInDays * 24 * 3600 * 1000);
  const contactId = await inTransaction(ctx, async (tx) => {
    const contact = input.contact
      ? (await resolveContact(tx, principal.workspaceId, input.contact, {}, actorOf(principal))).contact.id
      : null;
    await tx
      .insertInto('surveyLinks')
      .values({
        workspaceId: principal.workspaceId,
        id,
        surveyId,
        tokenHash: hashSecret(token),
        contactId: contact,
        language: input.language ?? null,
        singleUse: input.singleUse,
        expiresAt,
      })
      .execute();
    return contact;
  });
  const params = new URLSearchParams({ t: token, ...(input.language ? { lang: input.language } : {}) });
  return {
    id,
    url: `${survey.hostedUrl}?${params.toString()}`,
    token,
    contactId,
    singleUse: input.singleUse,
    expiresAt: expiresAt.toISOString(),
  };
}

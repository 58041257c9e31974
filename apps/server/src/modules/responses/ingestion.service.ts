import { chooseLanguage, validateSubmission } from '@touchpoint/core';
import type { TAnswerValue, TSubmission, TSurveyDefinition } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { hashSecret } from '../../platform/crypto';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { resolveContact } from '../contacts/index';
import { recordTouch } from '../distribution/index';
import { findSurveyForPublic } from '../surveys/index';
import { submitAnonymousResponse } from './anonymous-ingestion';
import { tryFastInsert } from './fast-ingestion';

type PublicSurvey = NonNullable<Awaited<ReturnType<typeof findSurveyForPublic>>>;

/**
 * A survey that may be shown and answered: published. Drafts, unknown ids and system surveys (answered only
 * through their own flow, such as the conversation CSAT survey) look the same: missing.
 */
export async function findAnswerableSurvey(
  ctx: AppContext,
  surveyId: string,
  options: { allowSystem?: boolean } = {},
): Promise<PublicSurvey> {
  const survey = await findSurveyForPublic(ctx.db, surveyId);
  if (!survey || survey.status === 'draft') throw AppError.notFound('survey');
  if (survey.system && !options.allowSystem) throw AppError.notFound('survey');
  if (survey.status === 'closed')
    throw new AppError('SURVEY_CLOSED', 'This survey is closed and no longer takes answers.');
  return survey;
}

export function presentPublicSurvey(survey: PublicSurvey) {
  const definition = survey.definition as TSurveyDefinition;
  return {
    id: survey.id,
    name: survey.name,
    status: survey.status,
    defaultLanguage: definition.defaultLanguage,
    languages: definition.languages ?? [definition.defaultLanguage],
    questions: definition.questions,
    hiddenFields: definition.hiddenFields,
    logic: definition.logic,
    endings: definition.endings,
    version: survey.version,
  };
}

async function findLink(tx: Tx, survey: PublicSurvey, token: string) {
  const link = await tx
    .selectFrom('surveyLinks')
    .select(['id', 'contactId', 'language', 'singleUse', 'usedAt', 'expiresAt'])
    .where('workspaceId', '=', survey.workspaceId)
    .where('surveyId', '=', survey.id)
    .where('tokenHash', '=', hashSecret(token))
    .forUpdate()
    .executeTakeFirst();
  if (!link || link.expiresAt.getTime() < Date.now()) {
    throw new AppError('VALIDATION_FAILED', 'This personal link is not valid or has expired.', [
      { name: 'body.linkToken', reason: 'not a valid, unexpired link of this survey' },
    ]);
  }
  return link;
}

/**
 * One single-use link, one completed response: a compare-and-set on the link row in the completing
 * transaction. Partial responses under other idempotency keys may exist; the first to complete wins and
 * every later completion is refused (409), so the link's answer cannot be replaced or multiplied. A
 * concurrent completion waits on the row lock and then finds `used_at` set.
 */
async function claimLinkForCompletion(tx: Tx, workspaceId: string, linkId: string, now: Date) {
  const claimed = await tx
    .updateTable('surveyLinks')
    .set({ usedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', linkId)
    .where('singleUse', '=', true)
    .where('usedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (claimed) return;
  const link = await tx
    .selectFrom('surveyLinks')
    .select('singleUse')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', linkId)
    .executeTakeFirst();
  if (link?.singleUse) {
    throw new AppError('LINK_USED', 'This personal link has already been used to answer the survey.');
  }
}

export async function recordDisplay(
  ctx: AppContext,
  surveyId: string,
  input: {
    channel: string;
    language?: string | undefined;
    linkToken?: string | undefined;
    contact?:
      | { externalId?: string | undefined; email?: string | undefined; phone?: string | undefined }
      | undefined;
  },
) {
  const survey = await findAnswerableSurvey(ctx, surveyId);
  const id = uuidv7();
  await ctx.db.transaction().execute(async (tx) => {
    const link = input.linkToken ? await findLink(tx, survey, input.linkToken) : null;
    const contactId = input.contact
      ? (await resolveContact(tx, survey.workspaceId, input.contact, {}, null)).contact.id
      : (link?.contactId ?? null);
    if (contactId && input.contact) {
      // Shown to a known person: it spends their contact budget like an invitation would.
      await recordTouch(
        tx,
        survey.workspaceId,
        contactId,
        { id: survey.id, distribution: survey.distribution },
        input.channel,
      );
    }
    await tx
      .insertInto('surveyDisplays')
      .values({
        workspaceId: survey.workspaceId,
        id,
        surveyId,
        channel: input.channel,
        language: input.language ?? null,
        contactId,
      })
      .execute();
  });
  return { id };
}

function firstNpsScore(
  definition: TSurveyDefinition,
  answers: Record<string, TAnswerValue | null>,
): number | null {
  const question = definition.questions.find((q) => q.type === 'nps');
  const value = question ? answers[question.id] : undefined;
  return typeof value === 'number' ? value : null;
}

function sameAnswers(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));
}

/**
 * Stores a submission durably and idempotently. One idempotency key is one response: a partial submission
 * creates it, later ones with the same key add answers, and the same key sent twice at the same moment
 * still makes one row (the unique index decides; the loser re-reads and merges). The whole merged response
 * is validated with the same evaluator the hosted page and widget use, so the server refuses answers the
 * logic could not have produced. Answers at rest are option ids and numbers, never labels.
 */
export async function submitResponse(
  ctx: AppContext,
  surveyId: string,
  idempotencyKey: string | undefined,
  submission: TSubmission,
  options: { allowSystem?: boolean } = {},
): Promise<{ id: string; finished: boolean }> {
  const key = idempotencyKey ?? uuidv7();
  const fast = await tryFastInsert(ctx, surveyId, key, submission);
  if (fast) return fast;
  const survey = await findAnswerableSurvey(ctx, surveyId, options);
  if (survey.anonymous) return submitAnonymousResponse(ctx, survey, key, submission);
  const definition = survey.definition as TSurveyDefinition;

  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await inTransaction(ctx, async (tx) => {
      const existing = await tx
        .selectFrom('responses')
        .select(['id', 'answers', 'hiddenFields', 'finished', 'contactId', 'linkId', 'language'])
        .where('workspaceId', '=', survey.workspaceId)
        .where('surveyId', '=', surveyId)
        .where('idempotencyKey', '=', key)
        .forUpdate()
        .executeTakeFirst();

      const answers = { ...(existing?.answers ?? {}), ...submission.answers } as Record<
        string,
        TAnswerValue | null
      >;
      const hiddenFields = { ...(existing?.hiddenFields ?? {}), ...submission.hiddenFields };
      if (existing?.finished) {
        // A retry of the final submission is answered as before; a change after completion is refused.
        if (sameAnswers(answers, existing.answers) && sameAnswers(hiddenFields, existing.hiddenFields)) {
          return { id: existing.id, finished: true };
        }
        throw new AppError(
          'RESPONSE_FINISHED',
          'This response was already completed; start a new one to answer again.',
        );
      }
      const finished = submission.finished;
      const { issues } = validateSubmission(definition, { answers, hiddenFields, finished });
      if (issues.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          issues.map((i) => `${i.name}: ${i.reason}`).join('; '),
          issues.map((i) => ({ name: `body.${i.name}`, reason: i.reason })),
        );
      }

      const link = submission.linkToken ? await findLink(tx, survey, submission.linkToken) : null;
      if (existing?.linkId && link && existing.linkId !== link.id) {
        // One response belongs to at most one link: a token cannot be swapped in under the same key.
        throw new AppError('VALIDATION_FAILED', 'This response was started with a different personal link.', [
          { name: 'body.linkToken', reason: 'not the link this response was started with' },
        ]);
      }
      if (link?.singleUse && link.usedAt && existing?.linkId !== link.id) {
        throw new AppError('LINK_USED', 'This personal link has already been used to answer the survey.');
      }
      // The response's own link (a later submission may omit the token); a token given to a response
      // started without one attaches it, so the completion below claims it like any other.
      const linkId = existing?.linkId ?? link?.id ?? null;
      let contactId = existing?.contactId ?? link?.contactId ?? null;
      if (submission.contact) {
        contactId = (await resolveContact(tx, survey.workspaceId, submission.contact, {}, null)).contact.id;
      }
      const language =
        existing?.language ?? chooseLanguage(definition, [submission.language, link?.language]);
      const now = new Date();
      const npsScore = firstNpsScore(definition, answers);

      let id: string;
      if (existing) {
        id = existing.id;
        await tx
          .updateTable('responses')
          .set({
            answers: JSON.stringify(answers),
            hiddenFields: JSON.stringify(hiddenFields),
            contactId,
            ...(existing.linkId === null && linkId ? { linkId } : {}),
            npsScore,
            finished,
            updatedAt: now,
            ...(finished ? { finishedAt: now } : {}),
          })
          .where('workspaceId', '=', survey.workspaceId)
          .where('id', '=', id)
          .execute();
        await recordEvent(tx, {
          workspaceId: survey.workspaceId,
          type: 'response.updated',
          actor: null,
          subjectId: id,
          payload: { surveyId, finished },
        });
      } else {
        const inserted = await tx
          .insertInto('responses')
          .values({
            workspaceId: survey.workspaceId,
            id: uuidv7(),
            surveyId,
            surveyVersion: survey.version,
            touchpointId: survey.touchpointId,
            contactId,
            linkId,
            idempotencyKey: key,
            channel: submission.channel,
            language,
            answers: JSON.stringify(answers),
            hiddenFields: JSON.stringify(hiddenFields),
            meta: JSON.stringify(submission.meta),
            npsScore,
            finished,
            finishedAt: finished ? now : null,
          })
          .onConflict((oc) => oc.columns(['workspaceId', 'surveyId', 'idempotencyKey']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) return null; // a concurrent request with the same key won; merge into its row
        id = inserted.id;
        await recordEvent(tx, {
          workspaceId: survey.workspaceId,
          type: 'response.created',
          actor: null,
          subjectId: id,
          payload: { surveyId, touchpointId: survey.touchpointId, channel: submission.channel, finished },
        });
      }
      if (finished) {
        // The response's link, claimed once for all keys.
        if (linkId) await claimLinkForCompletion(tx, survey.workspaceId, linkId, now);
        await recordEvent(tx, {
          workspaceId: survey.workspaceId,
          type: 'response.completed',
          actor: null,
          subjectId: id,
          payload: { surveyId, touchpointId: survey.touchpointId, npsScore, contactId },
        });
      }
      return { id, finished };
    });
    if (outcome) return outcome;
  }
  throw new AppError(
    'CONFLICT',
    'This response is being written by another request; retry with the same key.',
  );
}

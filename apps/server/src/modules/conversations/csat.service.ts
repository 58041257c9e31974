import type { TSurveyDistribution } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { hashSecret, safeEqual } from '../../platform/crypto';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { systemPrincipal } from '../../platform/http/principal';
import { decideForContact, recordTouch } from '../distribution/index';
import { markResponsesDirty } from '../metrics/index';
import { submitResponse } from '../responses/index';
import { createSurvey, setSurveyStatus } from '../surveys/index';
import { withChannelTables } from './channel-tables';

// After a resolution the customer is asked one CSAT question (1–5, an optional comment). It is a real
// survey of the workspace ("Conversation satisfaction", made on first use), so its answers are ordinary
// responses: the dashboards, alert rules and text analytics read them like any other. The response names
// the resolving agent and team in hidden fields (agent_id, team_id) for those readers, but the inbox metrics
// credit the agent and team recorded on the conversation_csat row that links the response. It is a system
// survey: the public survey routes (hosted page, widget, API) treat it as missing.

export const CSAT_SURVEY_NAME = 'Conversation satisfaction';
export const CSAT_QUESTION_ID = 'csat';
export const CSAT_COMMENT_ID = 'comment';
const HIDDEN_FIELDS = ['conversation_id', 'agent_id', 'team_id'];

/** The question the chat shows, in the conversation's language. */
export const CSAT_QUESTION = {
  en: 'How satisfied are you with the help you received?',
  vi: 'Bạn hài lòng đến mức nào với sự hỗ trợ bạn nhận được?',
} as const;

export async function findCsatSurveyId(ctx: AppContext, workspaceId: string): Promise<string | null> {
  const row = await withChannelTables(ctx.db)
    .selectFrom('conversationCsatSurveys')
    .select('surveyId')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row?.surveyId ?? null;
}

/** The workspace's conversation satisfaction survey, created and published the first time it is needed. */
export async function ensureCsatSurvey(ctx: AppContext, workspaceId: string): Promise<string> {
  const existing = await findCsatSurveyId(ctx, workspaceId);
  if (existing) return existing;
  const principal = systemPrincipal(workspaceId);
  const survey = await createSurvey(ctx, principal, {
    name: CSAT_SURVEY_NAME,
    defaultLanguage: 'en',
    languages: ['en', 'vi'],
    questions: [
      { id: CSAT_QUESTION_ID, type: 'csat', text: { ...CSAT_QUESTION }, required: true },
      {
        id: CSAT_COMMENT_ID,
        type: 'open_text',
        text: { en: 'Anything we could do better?', vi: 'Chúng tôi có thể làm gì tốt hơn?' },
        required: false,
        maxLength: 2000,
        multiline: true,
      },
    ],
    hiddenFields: HIDDEN_FIELDS,
    logic: [],
    endings: [],
    // Asked after a conversation, so transactional: it does not crowd out relationship surveys.
    distribution: {
      priority: 'low',
      cadenceDays: null,
      samplingPercent: 100,
      triggers: [],
      widget: { enabled: false, triggers: [], targeting: null },
    } as TSurveyDistribution,
  });
  await setSurveyStatus(ctx, principal, survey.id, 'published');
  const inserted = await withChannelTables(ctx.db)
    .insertInto('conversationCsatSurveys')
    .values({ workspaceId, surveyId: survey.id })
    .onConflict((oc) => oc.column('workspaceId').doNothing())
    .returning('surveyId')
    .executeTakeFirst();
  if (inserted) return inserted.surveyId;
  // Another request made one at the same moment: theirs is the workspace's; ours is closed unused.
  await setSurveyStatus(ctx, principal, survey.id, 'closed');
  return (await findCsatSurveyId(ctx, workspaceId)) as string;
}

export type CsatAsk = { asked: true; question: string } | { asked: false; reason: string };

/**
 * Decides whether the customer of a just-resolved conversation is asked for CSAT, once per resolution
 * (idempotent: the event may be dispatched twice). A known contact is asked only if the workspace's
 * contact budget allows it, and being asked spends a touch like any survey. Resolutions assumed from the
 * customer's silence are not asked (nobody is there to answer).
 */
export async function askCsatAfterResolution(
  ctx: AppContext,
  workspaceId: string,
  conversationId: string,
): Promise<CsatAsk> {
  const conversation = await ctx.db
    .selectFrom('conversations')
    .select([
      'status',
      'resolvedAt',
      'resolution',
      'resolvedByUserId',
      'resolvedByTeamId',
      'contactId',
      'language',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', conversationId)
    .executeTakeFirst();
  if (conversation?.status !== 'resolved' || !conversation.resolvedAt) {
    return { asked: false, reason: 'not resolved' };
  }
  if (conversation.resolution === 'bot_assumed') return { asked: false, reason: 'customer silent' };
  const resolvedAt = conversation.resolvedAt;
  const surveyId = await ensureCsatSurvey(ctx, workspaceId);
  const survey = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'distribution'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirstOrThrow();
  const outcome = await inTransaction(ctx, async (tx) => {
    const db = withChannelTables(tx);
    const existing = await db
      .selectFrom('conversationCsat')
      .select(['asked', 'skipReason'])
      .where('workspaceId', '=', workspaceId)
      .where('conversationId', '=', conversationId)
      .where('resolvedAt', '=', resolvedAt)
      .executeTakeFirst();
    if (existing) return { asked: existing.asked, reason: existing.skipReason ?? '', isNew: false };
    let reason: string | null = null;
    if (conversation.contactId) {
      const decision = await decideForContact(tx, workspaceId, conversation.contactId, survey);
      if (decision.allowed) await recordTouch(tx, workspaceId, conversation.contactId, survey, 'chat');
      else reason = decision.reason;
    }
    await db
      .insertInto('conversationCsat')
      .values({
        workspaceId,
        conversationId,
        resolvedAt,
        surveyId,
        agentUserId: conversation.resolvedByUserId,
        teamId: conversation.resolvedByTeamId,
        asked: reason === null,
        skipReason: reason,
      })
      .execute();
    return { asked: reason === null, reason: reason ?? '', isNew: true };
  });
  if (!outcome.asked) return { asked: false, reason: outcome.reason };
  return { asked: true, question: CSAT_QUESTION[conversation.language] };
}

/** What the chat needs to know: was this resolution's CSAT asked, and answered. */
export async function csatStateOf(
  ctx: AppContext,
  workspaceId: string,
  conversationId: string,
): Promise<{ asked: boolean; answered: boolean }> {
  const row = await withChannelTables(ctx.db)
    .selectFrom('conversationCsat')
    .innerJoin('conversations', (join) =>
      join
        .onRef('conversations.workspaceId', '=', 'conversationCsat.workspaceId')
        .onRef('conversations.id', '=', 'conversationCsat.conversationId')
        .onRef('conversations.resolvedAt', '=', 'conversationCsat.resolvedAt'),
    )
    .select(['conversationCsat.asked', 'conversationCsat.responseId'])
    .where('conversationCsat.workspaceId', '=', workspaceId)
    .where('conversationCsat.conversationId', '=', conversationId)
    .where('conversations.status', '=', 'resolved')
    .executeTakeFirst();
  return { asked: row?.asked ?? false, answered: Boolean(row?.responseId) };
}

/** The conversation a customer's bearer token opens; any mismatch is 404, like a missing one. */
async function findCustomerConversation(ctx: AppContext, conversationId: string, token: string | undefined) {
  const row = await ctx.db
    .selectFrom('conversations')
    .select(['workspaceId', 'id', 'tokenHash', 'status', 'resolvedAt', 'contactId', 'language'])
    .where('id', '=', conversationId)
    .executeTakeFirst();
  if (!row || !token || !safeEqual(row.tokenHash, hashSecret(token))) throw AppError.notFound('conversation');
  return row;
}

/**
 * Stores the customer's CSAT answer as a finished response of the satisfaction survey, credited (hidden
 * fields) to the agent and team who resolved the conversation. Answering the same again is harmless; a
 * different answer to the same resolution is refused (409).
 */
export async function submitCsat(
  ctx: AppContext,
  conversationId: string,
  token: string | undefined,
  input: { score: number; comment?: string | undefined },
): Promise<{ responseId: string; surveyId: string }> {
  const conversation = await findCustomerConversation(ctx, conversationId, token);
  const { workspaceId } = conversation;
  const ask =
    conversation.status === 'resolved' && conversation.resolvedAt
      ? await withChannelTables(ctx.db)
          .selectFrom('conversationCsat')
          .selectAll()
          .where('workspaceId', '=', workspaceId)
          .where('conversationId', '=', conversationId)
          .where('resolvedAt', '=', conversation.resolvedAt)
          .executeTakeFirst()
      : undefined;
  if (!ask?.asked) {
    throw new AppError('CONFLICT', 'This conversation has no satisfaction question waiting for an answer.');
  }
  const contact = conversation.contactId
    ? await ctx.db
        .selectFrom('contacts')
        .select(['externalId', 'email'])
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', conversation.contactId)
        .executeTakeFirst()
    : undefined;
  const identifiers = {
    ...(contact?.externalId ? { externalId: contact.externalId } : {}),
    ...(contact?.email ? { email: contact.email } : {}),
  };
  const result = await submitResponse(
    ctx,
    ask.surveyId,
    `conversation:${conversationId}:${ask.resolvedAt.getTime()}`,
    {
      answers: {
        [CSAT_QUESTION_ID]: input.score,
        ...(input.comment ? { [CSAT_COMMENT_ID]: input.comment } : {}),
      },
      hiddenFields: {
        conversation_id: conversationId,
        ...(ask.agentUserId ? { agent_id: ask.agentUserId } : {}),
        ...(ask.teamId ? { team_id: ask.teamId } : {}),
      },
      ...(Object.keys(identifiers).length > 0 ? { contact: identifiers } : {}),
      language: conversation.language,
      channel: 'chat',
      finished: true,
      meta: { source: 'conversation' },
    },
    { allowSystem: true },
  );
  await withChannelTables(ctx.db)
    .updateTable('conversationCsat')
    .set({ responseId: result.id, answeredAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId)
    .where('resolvedAt', '=', ask.resolvedAt)
    .where('responseId', 'is', null)
    .execute();
  return { responseId: result.id, surveyId: ask.surveyId };
}

/**
 * Past CSAT answers for the demo: responses of the satisfaction survey and their asked/answered rows,
 * written in batches (no budget decisions: this is history). Rollups learn of them like any new response.
 */
export async function seedCsatHistory(
  ctx: AppContext,
  workspaceId: string,
  answers: readonly {
    conversationId: string;
    resolvedAt: Date;
    agentId: string;
    teamId: string | null;
    score: number;
    comment: string | null;
    contactId: string;
    language: 'en' | 'vi';
  }[],
): Promise<void> {
  if (answers.length === 0) return;
  const surveyId = await ensureCsatSurvey(ctx, workspaceId);
  const survey = await ctx.db
    .selectFrom('surveys')
    .select(['version', 'touchpointId'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirstOrThrow();
  const responses = answers.map((answer) => {
    const at = new Date(answer.resolvedAt.getTime() + 90_000);
    return {
      workspaceId,
      id: uuidv7(),
      surveyId,
      surveyVersion: survey.version,
      touchpointId: survey.touchpointId,
      contactId: answer.contactId,
      linkId: null,
      idempotencyKey: `conversation:${answer.conversationId}:${answer.resolvedAt.getTime()}`,
      channel: 'chat',
      language: answer.language,
      answers: JSON.stringify({
        [CSAT_QUESTION_ID]: answer.score,
        ...(answer.comment ? { [CSAT_COMMENT_ID]: answer.comment } : {}),
      }),
      hiddenFields: JSON.stringify({
        conversation_id: answer.conversationId,
        agent_id: answer.agentId,
        ...(answer.teamId ? { team_id: answer.teamId } : {}),
      }),
      meta: JSON.stringify({ source: 'conversation' }),
      npsScore: null,
      finished: true,
      createdAt: at,
      updatedAt: at,
      finishedAt: at,
    };
  });
  for (let start = 0; start < responses.length; start += 500) {
    await ctx.db
      .insertInto('responses')
      .values(responses.slice(start, start + 500))
      .execute();
  }
  await withChannelTables(ctx.db)
    .insertInto('conversationCsat')
    .values(
      answers.map((answer, i) => ({
        workspaceId,
        conversationId: answer.conversationId,
        resolvedAt: answer.resolvedAt,
        surveyId,
        agentUserId: answer.agentId,
        teamId: answer.teamId,
        asked: true,
        skipReason: null,
        responseId: responses[i]?.id ?? null,
        answeredAt: responses[i]?.finishedAt ?? null,
      })),
    )
    .execute();
  await markResponsesDirty(
    ctx.db,
    workspaceId,
    responses.map((response) => response.id),
  );
}

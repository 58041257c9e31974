import {
  type BotContact,
  type BotSettings,
  buildIntentModel,
  DEFAULT_BOT_THRESHOLD,
  decideReply,
  type IntentModel,
} from '@touchpoint/core';
import type {
  TBotDecision,
  TBotInput,
  TBotSettings,
  TCreateIntentBody,
  TIntent,
  TPageQuery,
  TUpdateBotSettingsBody,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { workspaceKnowledge } from '../knowledge/index';

// ---------------------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------------------

export const DEFAULT_GREETING = {
  en: 'Hi! I am the virtual assistant. Ask me anything — and if I cannot help, I will connect you with a person.',
  vi: 'Xin chào! Mình là trợ lý ảo. Bạn cứ hỏi nhé — nếu mình chưa giúp được, mình sẽ kết nối bạn với nhân viên.',
};

export function defaultBotSettings(): TBotSettings {
  return {
    enabled: true,
    greeting: { ...DEFAULT_GREETING },
    handoffRules: [],
    threshold: DEFAULT_BOT_THRESHOLD,
  };
}

export async function getBotSettings(ctx: AppContext, workspaceId: string): Promise<TBotSettings> {
  const row = await ctx.db
    .selectFrom('botSettings')
    .select(['enabled', 'greeting', 'handoffRules', 'threshold'])
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return defaultBotSettings();
  return {
    enabled: row.enabled,
    greeting: { en: row.greeting.en ?? DEFAULT_GREETING.en, vi: row.greeting.vi ?? DEFAULT_GREETING.vi },
    handoffRules: row.handoffRules,
    threshold: row.threshold,
  };
}

export async function updateBotSettings(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  changes: TUpdateBotSettingsBody,
): Promise<TBotSettings> {
  const next = { ...(await getBotSettings(ctx, principal.workspaceId)), ...changes };
  await inTransaction(ctx, async (tx) => {
    const values = {
      enabled: next.enabled,
      greeting: JSON.stringify(next.greeting),
      handoffRules: JSON.stringify(next.handoffRules),
      threshold: next.threshold,
      updatedAt: new Date(),
    };
    await tx
      .insertInto('botSettings')
      .values({ workspaceId: principal.workspaceId, ...values })
      .onConflict((oc) => oc.column('workspaceId').doUpdateSet(values))
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'bot.settings_updated',
      actor: actorOf(principal),
      subjectId: principal.workspaceId,
      payload: { fields: Object.keys(changes) },
    });
  });
  return getBotSettings(ctx, principal.workspaceId);
}

// ---------------------------------------------------------------------------------------------------------
// Intents
// ---------------------------------------------------------------------------------------------------------

function intentRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('botIntents')
    .select(['id', 'name', 'examples', 'reply', 'createdAt', 'updatedAt'])
    .where('workspaceId', '=', workspaceId);
}

type IntentRow = Awaited<ReturnType<ReturnType<typeof intentRows>['execute']>>[number];

function presentIntent(row: IntentRow): TIntent {
  return {
    id: row.id,
    name: row.name,
    examples: row.examples,
    reply: row.reply,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listIntents(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const after = decodeCursor(page.cursor);
  const rows = await intentRows(ctx.db, workspaceId)
    .$if(Boolean(after), (q) => q.where('id', '>', after as string))
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (row) => row.id, presentIntent);
}

export async function getIntent(ctx: AppContext, workspaceId: string, id: string): Promise<TIntent> {
  const row = await intentRows(ctx.db, workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound('intent');
  return presentIntent(row);
}

async function assertIntentNameFree(tx: Tx, workspaceId: string, name: string, exceptId?: string) {
  const taken = await tx
    .selectFrom('botIntents')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .$if(Boolean(exceptId), (q) => q.where('id', '!=', exceptId as string))
    .executeTakeFirst();
  if (taken) {
    throw new AppError('CONFLICT', `An intent named “${name}” already exists.`, [
      { name: 'body.name', reason: 'already used by another intent' },
    ]);
  }
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

export async function createIntent(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: TCreateIntentBody,
): Promise<TIntent> {
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await assertIntentNameFree(tx, principal.workspaceId, input.name);
    await tx
      .insertInto('botIntents')
      .values({
        workspaceId: principal.workspaceId,
        id,
        name: input.name,
        examples: JSON.stringify(distinct(input.examples)),
        reply: JSON.stringify(input.reply),
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'bot.intent_created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: input.name },
    });
  });
  return getIntent(ctx, principal.workspaceId, id);
}

export async function updateIntent(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  changes: Partial<TCreateIntentBody>,
): Promise<TIntent> {
  await getIntent(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    if (changes.name) await assertIntentNameFree(tx, principal.workspaceId, changes.name, id);
    await tx
      .updateTable('botIntents')
      .set({
        ...(changes.name ? { name: changes.name } : {}),
        ...(changes.examples ? { examples: JSON.stringify(distinct(changes.examples)) } : {}),
        ...(changes.reply ? { reply: JSON.stringify(changes.reply) } : {}),
        updatedAt: new Date(),
      })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'bot.intent_updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { fields: Object.keys(changes) },
    });
  });
  return getIntent(ctx, principal.workspaceId, id);
}

export async function deleteIntent(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  const intent = await getIntent(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('botIntents')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'bot.intent_deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: intent.name },
    });
  });
}

/** The trained intent model of a workspace, kept while its intents do not change (any process). */
const intentModels = new Map<string, { fingerprint: string; model: IntentModel | null }>();
const MAX_CACHED_MODELS = 500;

async function workspaceIntentModel(ctx: AppContext, workspaceId: string): Promise<IntentModel | null> {
  const stamp = await ctx.db
    .selectFrom('botIntents')
    .select([
      sql<string>`count(*)::text`.as('n'),
      sql<string>`coalesce(max(updated_at)::text, '')`.as('latest'),
      sql<string>`coalesce(sum(extract(epoch from updated_at))::text, '')`.as('total'),
    ])
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const fingerprint = `${stamp.n}|${stamp.latest}|${stamp.total}`;
  const cached = intentModels.get(workspaceId);
  if (cached && cached.fingerprint === fingerprint) return cached.model;
  const rows = await intentRows(ctx.db, workspaceId).orderBy('id').execute();
  const model =
    rows.length === 0
      ? null
      : buildIntentModel(
          rows.map((row) => ({ id: row.id, name: row.name, examples: row.examples, reply: row.reply })),
        );
  if (intentModels.size >= MAX_CACHED_MODELS) intentModels.delete(intentModels.keys().next().value as string);
  intentModels.set(workspaceId, { fingerprint, model });
  return model;
}

// ---------------------------------------------------------------------------------------------------------
// The decision
// ---------------------------------------------------------------------------------------------------------

/** Whether the churn-score table (added by the churn prediction feature) exists in this database. */
const churnTables = new WeakMap<Db, Promise<boolean>>();

function hasChurnScores(db: Db): Promise<boolean> {
  let known = churnTables.get(db);
  if (!known) {
    known = sql<{ present: boolean }>`select to_regclass('contact_churn_scores') is not null as present`
      .execute(db)
      .then((result) => Boolean(result.rows[0]?.present))
      .catch(() => false);
    churnTables.set(db, known);
  }
  return known;
}

async function isContactAtRisk(ctx: AppContext, workspaceId: string, contactId: string): Promise<boolean> {
  if (!(await hasChurnScores(ctx.db))) return false;
  const result = await sql<{ band: string }>`
    select band from contact_churn_scores where workspace_id = ${workspaceId} and contact_id = ${contactId}
  `
    .execute(ctx.db)
    .catch(() => ({ rows: [] as { band: string }[] }));
  return result.rows.some((row) => row.band === 'high');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The bot's answer to a customer's message, or its hand-over and why — for every channel. Reads the
 * workspace's published articles, intents and settings; writes nothing.
 */
export async function answerCustomerMessage(
  ctx: AppContext,
  workspaceId: string,
  input: TBotInput,
): Promise<TBotDecision> {
  const [settings, knowledge, intents] = await Promise.all([
    getBotSettings(ctx, workspaceId),
    workspaceKnowledge(ctx, workspaceId),
    workspaceIntentModel(ctx, workspaceId),
  ]);
  let contact: BotContact | null = null;
  if (input.contact) {
    contact = {
      attributes: input.contact.attributes,
      atRisk: UUID.test(input.contact.id) ? await isContactAtRisk(ctx, workspaceId, input.contact.id) : false,
    };
  }
  const botSettings: BotSettings = {
    enabled: settings.enabled,
    threshold: settings.threshold,
    handoffRules: settings.handoffRules,
  };
  return decideReply(
    { text: input.text, language: input.language, history: input.history, contact },
    {
      articles: knowledge.published,
      articleTexts: knowledge.rows,
      intents,
    },
    botSettings,
  );
}

/** `POST /api/v1/bot/answer`: the decision on a test message, with a stored contact's attributes if named. */
export async function testAnswer(
  ctx: AppContext,
  workspaceId: string,
  body: {
    text: string;
    language?: 'en' | 'vi' | undefined;
    history?: TBotInput['history'] | undefined;
    contactId?: string | undefined;
    contactAttributes?: Record<string, unknown> | undefined;
  },
): Promise<TBotDecision> {
  let contact: TBotInput['contact'] = null;
  if (body.contactId) {
    const row = await ctx.db
      .selectFrom('contacts')
      .select(['id', 'attributes'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', body.contactId)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('contact');
    contact = { id: row.id, attributes: { ...row.attributes, ...body.contactAttributes } };
  } else if (body.contactAttributes) {
    contact = { id: 'test', attributes: body.contactAttributes };
  }
  return answerCustomerMessage(ctx, workspaceId, {
    text: body.text,
    ...(body.language ? { language: body.language } : {}),
    history: body.history ?? [],
    contact,
  });
}

/** The bot's greeting for a new conversation in `language`, or null when the bot is off or has none. */
export async function botGreeting(
  ctx: AppContext,
  workspaceId: string,
  language: 'en' | 'vi',
): Promise<string | null> {
  const settings = await getBotSettings(ctx, workspaceId);
  if (!settings.enabled) return null;
  return settings.greeting[language].trim() || null;
}

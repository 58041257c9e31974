import type { TPrivacySettings, TRetentionCounts } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

interface SettingsRow {
  retentionMode: 'delete' | 'anonymise';
  responsesDays: number | null;
  conversationsDays: number | null;
  eventsDays: number | null;
  selfServiceEnabled: boolean;
  lastRetentionRunAt: Date | null;
}

type Retention = Pick<SettingsRow, 'retentionMode' | 'responsesDays' | 'conversationsDays' | 'eventsDays'>;

const DEFAULTS: SettingsRow = {
  retentionMode: 'anonymise',
  responsesDays: null,
  conversationsDays: null,
  eventsDays: null,
  selfServiceEnabled: false,
  lastRetentionRunAt: null,
};

async function readSettings(db: Db | Tx, workspaceId: string): Promise<SettingsRow> {
  const { rows } = await sql<SettingsRow>`
    SELECT retention_mode AS "retentionMode", responses_days AS "responsesDays",
      conversations_days AS "conversationsDays", events_days AS "eventsDays",
      self_service_enabled AS "selfServiceEnabled", last_retention_run_at AS "lastRetentionRunAt"
    FROM privacy_settings WHERE workspace_id = ${workspaceId}
  `.execute(db);
  return rows[0] ?? DEFAULTS;
}

/** The public page a workspace's customers use to request a copy of their data. */
export function selfServiceUrl(ctx: AppContext, workspaceId: string): string {
  return `${ctx.publicUrl.replace(/\/$/, '')}/privacy/${workspaceId}`;
}

function present(ctx: AppContext, workspaceId: string, row: SettingsRow): TPrivacySettings {
  return {
    retentionMode: row.retentionMode,
    responsesDays: row.responsesDays,
    conversationsDays: row.conversationsDays,
    eventsDays: row.eventsDays,
    selfServiceEnabled: row.selfServiceEnabled,
    selfServiceUrl: row.selfServiceEnabled ? selfServiceUrl(ctx, workspaceId) : null,
    lastRetentionRunAt: row.lastRetentionRunAt ? new Date(row.lastRetentionRunAt).toISOString() : null,
  };
}

export async function getPrivacySettings(ctx: AppContext, workspaceId: string): Promise<TPrivacySettings> {
  return present(ctx, workspaceId, await readSettings(ctx.db, workspaceId));
}

export async function isSelfServiceEnabled(ctx: AppContext, workspaceId: string): Promise<boolean> {
  return (await readSettings(ctx.db, workspaceId)).selfServiceEnabled;
}

export async function updatePrivacySettings(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: Partial<Omit<SettingsRow, 'lastRetentionRunAt'>>,
): Promise<TPrivacySettings> {
  const ws = principal.workspaceId;
  const row = await inTransaction(ctx, async (tx) => {
    const next = { ...(await readSettings(tx, ws)), ...input };
    await sql`
      INSERT INTO privacy_settings (workspace_id, retention_mode, responses_days, conversations_days, events_days,
        self_service_enabled, updated_at)
      VALUES (${ws}, ${next.retentionMode}, ${next.responsesDays}, ${next.conversationsDays}, ${next.eventsDays},
        ${next.selfServiceEnabled}, now())
      ON CONFLICT (workspace_id) DO UPDATE SET retention_mode = excluded.retention_mode,
        responses_days = excluded.responses_days, conversations_days = excluded.conversations_days,
        events_days = excluded.events_days, self_service_enabled = excluded.self_service_enabled, updated_at = now()
    `.execute(tx);
    await recordEvent(tx, {
      workspaceId: ws,
      type: 'privacy_settings.updated',
      actor: actorOf(principal),
      payload: { ...input },
    });
    return next;
  });
  return present(ctx, ws, row);
}

const cutoff = (days: number) => new Date(Date.now() - days * 86_400_000);

// A response still holds something personal: a link to a person, context, or words (anonymised ones keep
// only numbers and yes/no answers, so they are not counted again).
const RESPONSE_HAS_PERSONAL_DATA = sql`(contact_id IS NOT NULL OR link_id IS NOT NULL OR meta <> '{}'::jsonb
  OR hidden_fields <> '{}'::jsonb
  OR EXISTS (SELECT 1 FROM jsonb_each(answers) a WHERE jsonb_typeof(a.value) NOT IN ('number', 'boolean', 'null')))`;
const CONVERSATION_HAS_PERSONAL_DATA = sql`(c.contact_id IS NOT NULL OR c.claimed_identity IS NOT NULL
  OR EXISTS (SELECT 1 FROM conversation_messages m WHERE m.workspace_id = c.workspace_id
             AND m.conversation_id = c.id AND m.text <> ''))`;

async function countOld(db: Db | Tx, ws: string, settings: Retention): Promise<TRetentionCounts> {
  const anonymise = settings.retentionMode === 'anonymise';
  const count = async (query: ReturnType<typeof sql>) =>
    Number(((await query.execute(db)).rows[0] as { n: number | string }).n);
  return {
    mode: settings.retentionMode,
    responses: settings.responsesDays
      ? await count(sql`SELECT count(*) AS n FROM responses WHERE workspace_id = ${ws}
          AND created_at < ${cutoff(settings.responsesDays)} ${anonymise ? sql`AND ${RESPONSE_HAS_PERSONAL_DATA}` : sql``}`)
      : 0,
    conversations: settings.conversationsDays
      ? await count(sql`SELECT count(*) AS n FROM conversations c WHERE c.workspace_id = ${ws}
          AND c.last_message_at < ${cutoff(settings.conversationsDays)}
          ${anonymise ? sql`AND ${CONVERSATION_HAS_PERSONAL_DATA}` : sql``}`)
      : 0,
    events: settings.eventsDays
      ? await count(sql`SELECT count(*) AS n FROM contact_events WHERE workspace_id = ${ws}
          AND occurred_at < ${cutoff(settings.eventsDays)}`)
      : 0,
  };
}

/** Dry run: what retention would remove with these settings (unsaved changes over the saved ones). */
export async function previewRetention(
  ctx: AppContext,
  workspaceId: string,
  changes: Partial<Retention>,
): Promise<TRetentionCounts> {
  const saved = await readSettings(ctx.db, workspaceId);
  return countOld(ctx.db, workspaceId, { ...saved, ...changes });
}

/**
 * Applies the saved retention of one workspace. `anonymise` keeps responses' numbers and yes/no answers
 * (so dashboards stay the same) and conversations' shape, and removes words, links to people and context;
 * `delete` removes the rows. Contact events carry nothing worth keeping without the person: both delete.
 */
export async function runRetention(
  ctx: AppContext,
  workspaceId: string,
  actor = 'system',
): Promise<TRetentionCounts> {
  const ws = workspaceId;
  const settings = await readSettings(ctx.db, ws);
  return inTransaction(ctx, async (tx) => {
    const counts = await countOld(tx, ws, settings);
    const anonymise = settings.retentionMode === 'anonymise';
    if (settings.responsesDays) {
      const before = cutoff(settings.responsesDays);
      const old = sql`SELECT id FROM responses WHERE workspace_id = ${ws} AND created_at < ${before}`;
      await sql`DELETE FROM text_analyses WHERE workspace_id = ${ws} AND item_kind = 'response' AND item_id IN (${old})`.execute(
        tx,
      );
      await sql`DELETE FROM topic_examples WHERE workspace_id = ${ws} AND item_kind = 'response' AND item_id IN (${old})`.execute(
        tx,
      );
      if (anonymise) {
        await sql`UPDATE responses SET answers = (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
                    FROM jsonb_each(answers) WHERE jsonb_typeof(value) IN ('number', 'boolean')),
                    hidden_fields = '{}'::jsonb, meta = '{}'::jsonb, contact_id = NULL, link_id = NULL
                  WHERE workspace_id = ${ws} AND created_at < ${before} AND ${RESPONSE_HAS_PERSONAL_DATA}`.execute(
          tx,
        );
      } else {
        await sql`DELETE FROM case_items WHERE workspace_id = ${ws} AND item_kind = 'response' AND item_id IN (${old})`.execute(
          tx,
        );
        await sql`DELETE FROM responses WHERE workspace_id = ${ws} AND created_at < ${before}`.execute(tx);
      }
    }
    if (settings.conversationsDays) {
      const before = cutoff(settings.conversationsDays);
      const old = sql`SELECT id FROM conversations WHERE workspace_id = ${ws} AND last_message_at < ${before}`;
      await sql`DELETE FROM text_analyses WHERE workspace_id = ${ws} AND item_kind = 'conversation' AND item_id IN (${old})`.execute(
        tx,
      );
      await sql`DELETE FROM topic_examples WHERE workspace_id = ${ws} AND item_kind = 'conversation' AND item_id IN (${old})`.execute(
        tx,
      );
      await sql`DELETE FROM conversation_channel_threads WHERE workspace_id = ${ws} AND conversation_id IN (${old})`.execute(
        tx,
      );
      if (anonymise) {
        await sql`UPDATE conversation_messages SET text = '' WHERE workspace_id = ${ws} AND conversation_id IN (${old})
                    AND text <> ''`.execute(tx);
        await sql`UPDATE conversations SET contact_id = NULL, claimed_identity = NULL, resolution = NULL,
                    handoff_reason = NULL
                  WHERE workspace_id = ${ws} AND last_message_at < ${before}`.execute(tx);
      } else {
        await sql`DELETE FROM case_items WHERE workspace_id = ${ws} AND item_kind = 'conversation' AND item_id IN (${old})`.execute(
          tx,
        );
        await sql`DELETE FROM conversations WHERE workspace_id = ${ws} AND last_message_at < ${before}`.execute(
          tx,
        );
      }
    }
    if (settings.eventsDays) {
      await sql`DELETE FROM contact_events WHERE workspace_id = ${ws} AND occurred_at < ${cutoff(settings.eventsDays)}`.execute(
        tx,
      );
    }
    await sql`UPDATE privacy_settings SET last_retention_run_at = now() WHERE workspace_id = ${ws}`.execute(
      tx,
    );
    await recordEvent(tx, { workspaceId: ws, type: 'retention.applied', actor, payload: { ...counts } });
    return counts;
  });
}

export async function runRetentionFor(ctx: AppContext, principal: WorkspacePrincipal) {
  return runRetention(ctx, principal.workspaceId, actorOf(principal));
}

/** The daily sweep: every workspace with a retention limit. */
export async function runAllRetention(ctx: AppContext): Promise<void> {
  const { rows } = await sql<{ workspaceId: string }>`
    SELECT workspace_id AS "workspaceId" FROM privacy_settings
    WHERE responses_days IS NOT NULL OR conversations_days IS NOT NULL OR events_days IS NOT NULL
  `.execute(ctx.db);
  for (const row of rows) {
    try {
      await runRetention(ctx, row.workspaceId);
    } catch (error) {
      ctx.logger.error({ err: error, workspaceId: row.workspaceId }, 'retention failed for a workspace');
    }
  }
}

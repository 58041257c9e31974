import { sql } from 'kysely';
import type { Tx } from '../../platform/db/database';
import type { ErasureSubject } from './erasure-subject';

/** One step of an erasure: idempotent, run in its own transaction; returns rows changed per place. */
export interface ErasureStep {
  name: string;
  run(
    tx: Tx,
    workspaceId: string,
    subject: ErasureSubject,
    erasureId: string,
  ): Promise<Record<string, number>>;
}

const REPLACEMENT = '[erased]';

const affected = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0n);

function allIds(subject: ErasureSubject): string[] {
  return [
    ...subject.contactIds,
    ...subject.responseIds,
    ...subject.conversationIds,
    ...subject.messageIds,
    ...subject.caseIds,
    ...subject.reviewIds,
    ...subject.invitationIds,
  ];
}

/** A POSIX regular expression (case-insensitive use) matching any of the texts literally. */
export function alternation(texts: readonly string[]): string | null {
  if (texts.length === 0) return null;
  return texts.map((t) => t.replace(/[^\p{L}\p{N}\s]/gu, '\\$&')).join('|');
}

/**
 * A POSIX regular expression (case-insensitive use) matching the person's record ids anywhere (uuids cannot
 * collide by chance) and their identifiers only as whole tokens, so `ann@x.io` never matches `joann@x.io`.
 */
export function personPattern(ids: readonly string[], identifiers: readonly string[]): string | null {
  const idAlt = alternation(ids);
  const tokenAlt = alternation(identifiers);
  const token = tokenAlt ? `(^|[^[:alnum:]_])(${tokenAlt})($|[^[:alnum:]_])` : null;
  if (idAlt && token) return `(${idAlt})|${token}`;
  return idAlt ?? token;
}

/** The needles as they appear inside JSON text (quotes, backslashes and control characters escaped). */
function jsonNeedles(needles: readonly string[]): string[] {
  return needles.map((n) => JSON.stringify(n).slice(1, -1));
}

function replaceIn(value: unknown, pattern: RegExp): unknown {
  if (typeof value === 'string') return value.replace(pattern, REPLACEMENT);
  if (Array.isArray(value)) return value.map((v) => replaceIn(v, pattern));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.replace(pattern, REPLACEMENT), replaceIn(v, pattern)]),
    );
  }
  return value;
}

/** Keeps only the numbers and yes/no answers of a response: the anonymous scores dashboards count. */
const SCORES_ONLY = sql`(SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(answers)
  WHERE jsonb_typeof(value) IN ('number', 'boolean'))`;

export const ERASURE_STEPS: ErasureStep[] = [
  {
    name: 'responses',
    async run(tx, ws, s) {
      const responses = await tx.executeQuery(
        sql`UPDATE responses SET answers = ${SCORES_ONLY}, hidden_fields = '{}'::jsonb, meta = '{}'::jsonb,
              contact_id = NULL, link_id = NULL, idempotency_key = 'erased:' || id::text
            WHERE workspace_id = ${ws} AND id = ANY(${s.responseIds}::uuid[])`.compile(tx),
      );
      await sql`UPDATE survey_links SET contact_id = NULL
                WHERE workspace_id = ${ws} AND contact_id = ANY(${s.contactIds}::uuid[])`.execute(tx);
      return { responses: affected(responses) };
    },
  },
  {
    name: 'text-analyses',
    async run(tx, ws, s) {
      const items = [...s.responseIds, ...s.reviewIds, ...s.conversationIds];
      // Topic matches keep no text and keep topic counts stable; the analysed text and examples go.
      const analyses = await tx.executeQuery(
        sql`DELETE FROM text_analyses WHERE workspace_id = ${ws} AND item_id = ANY(${items}::uuid[])`.compile(
          tx,
        ),
      );
      const examples = await tx.executeQuery(
        sql`DELETE FROM topic_examples WHERE workspace_id = ${ws} AND item_id = ANY(${items}::uuid[])`.compile(
          tx,
        ),
      );
      return { textAnalyses: affected(analyses), topicExamples: affected(examples) };
    },
  },
  {
    name: 'reviews',
    async run(tx, ws, s) {
      const reviews = await tx.executeQuery(
        sql`UPDATE reviews SET author = NULL, title = NULL, text = '', url = NULL
            WHERE workspace_id = ${ws} AND id = ANY(${s.reviewIds}::uuid[])`.compile(tx),
      );
      return { reviews: affected(reviews) };
    },
  },
  {
    name: 'conversations',
    async run(tx, ws, s) {
      const messages = await tx.executeQuery(
        sql`UPDATE conversation_messages SET text = '', client_message_id = NULL
            WHERE workspace_id = ${ws} AND conversation_id = ANY(${s.conversationIds}::uuid[])`.compile(tx),
      );
      await sql`DELETE FROM conversation_channel_threads
                WHERE workspace_id = ${ws} AND conversation_id = ANY(${s.conversationIds}::uuid[])`.execute(
        tx,
      );
      const conversations = await tx.executeQuery(
        sql`UPDATE conversations SET contact_id = NULL, claimed_identity = NULL, resolution = NULL,
              handoff_reason = NULL
            WHERE workspace_id = ${ws} AND id = ANY(${s.conversationIds}::uuid[])`.compile(tx),
      );
      return { conversations: affected(conversations), messages: affected(messages) };
    },
  },
  {
    name: 'cases',
    async run(tx, ws, s) {
      const cases = await tx.executeQuery(
        sql`UPDATE cases SET title = ${REPLACEMENT}, description = '', outcome_note = NULL, contact_id = NULL
            WHERE workspace_id = ${ws} AND id = ANY(${s.caseIds}::uuid[])`.compile(tx),
      );
      const activities = await tx.executeQuery(
        sql`UPDATE case_activities SET body = '', data = '{}'::jsonb
            WHERE workspace_id = ${ws} AND case_id = ANY(${s.caseIds}::uuid[])`.compile(tx),
      );
      const emails = await tx.executeQuery(
        sql`UPDATE case_follow_ups SET to_address = '', subject = '', body = '', customer_comment = NULL,
              error = NULL
            WHERE workspace_id = ${ws} AND case_id = ANY(${s.caseIds}::uuid[])`.compile(tx),
      );
      return { cases: affected(cases), caseActivities: affected(activities), caseEmails: affected(emails) };
    },
  },
  {
    name: 'alerts-and-automations',
    async run(tx, ws, s) {
      const ids = allIds(s);
      const alerts = await tx.executeQuery(
        sql`UPDATE alerts SET facts = '{}'::jsonb
            WHERE workspace_id = ${ws} AND subject_key = ANY(${ids}::text[])`.compile(tx),
      );
      const runs = await tx.executeQuery(
        sql`DELETE FROM automation_runs WHERE workspace_id = ${ws} AND subject_id = ANY(${ids}::text[])`.compile(
          tx,
        ),
      );
      const notices = await tx.executeQuery(
        sql`DELETE FROM action_plan_notices
            WHERE workspace_id = ${ws} AND contact_id = ANY(${s.contactIds}::uuid[])`.compile(tx),
      );
      await sql`UPDATE coupon_codes SET contact_id = NULL
                WHERE workspace_id = ${ws} AND contact_id = ANY(${s.contactIds}::uuid[])`.execute(tx);
      return { alerts: affected(alerts), automationRuns: affected(runs), planNotices: affected(notices) };
    },
  },
  {
    name: 'outbox',
    async run(tx, ws, s) {
      const pattern = personPattern(allIds(s), jsonNeedles(s.needles));
      if (!pattern) return {} as Record<string, number>;
      // Deliveries not yet made would send the person's data out after the erasure: they are dropped.
      const pending = await tx.executeQuery(
        sql`DELETE FROM webhook_deliveries
            WHERE workspace_id = ${ws} AND status <> 'delivered' AND data::text ~* ${pattern}`.compile(tx),
      );
      const delivered = await tx.executeQuery(
        sql`UPDATE webhook_deliveries SET data = '{"erased": true}'::jsonb
            WHERE workspace_id = ${ws} AND data::text ~* ${pattern}`.compile(tx),
      );
      const notifications = await tx.executeQuery(
        sql`DELETE FROM notifications
            WHERE workspace_id = ${ws} AND (title || ' ' || body || ' ' || coalesce(link, '')) ~* ${pattern}`.compile(
          tx,
        ),
      );
      // The audit log keeps that something happened (type, actor, time) but not what it said about them.
      const events = await tx.executeQuery(
        sql`UPDATE domain_events SET payload = '{"erased": true}'::jsonb
            WHERE workspace_id = ${ws} AND payload <> '{"erased": true}'::jsonb
              AND type NOT IN ('contact.erasure_requested', 'contact.erased')
              AND (subject_id = ANY(${allIds(s)}::text[]) OR payload::text ~* ${pattern})`.compile(tx),
      );
      return {
        webhookDeliveriesDropped: affected(pending),
        webhookDeliveriesScrubbed: affected(delivered),
        notifications: affected(notifications),
        domainEvents: affected(events),
      };
    },
  },
  {
    name: 'queued-jobs',
    async run(tx, ws, s, erasureId) {
      // pg-boss tables are shared by every workspace: only this workspace's jobs are ever looked at, and
      // only for the person's record ids and hard identifiers (never names or free text, which could be any
      // common word and would match other people's jobs).
      const anything = personPattern(allIds(s), jsonNeedles(s.needles));
      if (!anything) return {} as Record<string, number>;
      const identifiers = personPattern([], jsonNeedles(s.needles));
      // Finished jobs that carry the person's ids or identifiers are history: deleted. A job still to run is
      // deleted only when it carries an identifier (an email to them); one that merely lists their ids among
      // others (a batch of items to analyse) still runs, and finds their data already gone.
      const matches = (pattern: string) =>
        sql`(data::text ~* ${pattern} OR coalesce(output::text, '') ~* ${pattern})`;
      const job = await tx.executeQuery(
        sql`DELETE FROM pgboss.job
            WHERE data->>'workspaceId' = ${ws}
              AND coalesce(data->>'erasureId', '') <> ${erasureId}
              AND ((state IN ('completed', 'cancelled', 'failed') AND ${matches(anything)})
                OR ${identifiers ? matches(identifiers) : sql`false`})`.compile(tx),
      );
      const archive = await tx.executeQuery(
        sql`DELETE FROM pgboss.archive WHERE data->>'workspaceId' = ${ws} AND ${matches(anything)}`.compile(
          tx,
        ),
      );
      return { jobs: affected(job) + affected(archive) };
    },
  },
  {
    name: 'employees',
    async run(tx, ws, s) {
      const { rows } = await sql<{ email: string }>`
        SELECT lower(email) AS email FROM contacts
        WHERE workspace_id = ${ws} AND id = ANY(${s.contactIds}::uuid[]) AND email IS NOT NULL
      `.execute(tx);
      const emails = rows.map((r) => r.email);
      const employees = await tx.executeQuery(
        sql`DELETE FROM employees WHERE workspace_id = ${ws} AND lower(email) = ANY(${emails}::text[])`.compile(
          tx,
        ),
      );
      return { employees: affected(employees) };
    },
  },
  {
    name: 'profile',
    async run(tx, ws, s) {
      // Invitations, touches, events, account links, segment memberships, churn scores, consents and
      // response facts go with the profile (ON DELETE CASCADE); displays lose the link (SET NULL).
      const invitations = await tx.executeQuery(
        sql`DELETE FROM survey_invitations WHERE workspace_id = ${ws} AND id = ANY(${s.invitationIds}::uuid[])`.compile(
          tx,
        ),
      );
      const contacts = await tx.executeQuery(
        sql`DELETE FROM contacts WHERE workspace_id = ${ws} AND id = ANY(${s.contactIds}::uuid[])`.compile(
          tx,
        ),
      );
      return { invitations: affected(invitations), profiles: affected(contacts) };
    },
  },
  {
    name: 'copies',
    async run(tx, ws, s) {
      return replaceCopies(tx, ws, [...s.needles, ...s.contactIds]);
    },
  },
];

// Tables that hold no person's data by construction (settings, definitions, content the team wrote,
// accounts of staff, security records) or whose copies an earlier step already handled (the audit log:
// its payload is scrubbed by the outbox step and its actor must stay). They are never rewritten here.
const NOT_PERSONAL_TABLES = new Set([
  'privacy_erasures',
  'privacy_settings',
  'domain_events',
  'workspaces',
  'workspace_settings',
  'workspace_sso',
  'users',
  'user_recovery_codes',
  'password_reset_tokens',
  'sso_identities',
  'sessions',
  'memberships',
  'invitations',
  'api_keys',
  'teams',
  'team_members',
  'surveys',
  'knowledge_articles',
  'email_templates',
  'canned_replies',
  'bot_intents',
  'bot_settings',
  'conversation_settings',
  'conversation_channels',
  'automation_rules',
  'alert_rules',
  'webhooks',
  'nba_rules',
  'journeys',
  'journey_stages',
  'touchpoints',
  'topics',
  'topic_models',
  'churn_models',
  'sentiment_calibrations',
  'metric_rollups',
  'metric_rollup_dirty',
  'maturity_assessments',
]);
// Rows rewritten per table in one run, and how long one statement or lock wait may take, so the step
// cannot hold locks on a large table for long.
const MAX_ROWS_PER_TABLE = 5000;

/**
 * The last line of defence: every text, JSON and text-array column of every workspace table that may hold
 * a person's data (including tables added after this step was written) is searched for the person's hard
 * identifiers and record ids, as whole tokens, and each occurrence is replaced. Names and free text are not
 * searched for: the person's own rows (answers, messages, notes) were erased by the targeted steps before.
 * A row whose rewrite the table refuses (a CHECK constraint) is left as it is rather than failing the step
 * forever.
 */
async function replaceCopies(
  tx: Tx,
  ws: string,
  needles: readonly string[],
): Promise<Record<string, number>> {
  if (needles.length === 0) return { copies: 0 };
  await sql`SET LOCAL statement_timeout = '30s'`.execute(tx);
  await sql`SET LOCAL lock_timeout = '5s'`.execute(tx);
  const { rows: columns } = await sql<{ table: string; column: string; type: string }>`
    SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type"
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
      AND NOT (c.table_name = ANY(${[...NOT_PERSONAL_TABLES]}::text[]))
      AND EXISTS (SELECT 1 FROM information_schema.columns w WHERE w.table_schema = 'public'
                  AND w.table_name = c.table_name AND w.column_name = 'workspace_id')
    ORDER BY c.table_name, c.ordinal_position
  `.execute(tx);
  const byTable = new Map<string, { column: string; type: string }[]>();
  for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const textPattern = personPattern([], needles) as string;
  const jsonPattern = personPattern([], jsonNeedles(needles)) as string;
  const escaped = needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const jsPattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped})(?![\\p{L}\\p{N}_])`, 'giu');
  let changed = 0;
  let refused = 0;
  for (const [table, cols] of byTable) {
    const asText = (c: { column: string; type: string }) =>
      c.type === 'ARRAY' ? sql`array_to_string(${sql.ref(c.column)}, ' ')` : sql`${sql.ref(c.column)}::text`;
    const conditions = cols.map(
      (c) => sql`${asText(c)} ~* ${c.type === 'json' || c.type === 'jsonb' ? jsonPattern : textPattern}`,
    );
    const { rows } = await sql<Record<string, unknown> & { rowCtid: string }>`
      SELECT ctid::text AS "rowCtid", ${sql.join(cols.map((c, i) => sql`${sql.ref(c.column)} AS ${sql.id(`c${i}`)}`))}
      FROM ${sql.table(table)}
      WHERE workspace_id = ${ws} AND (${sql.join(conditions, sql` OR `)})
      LIMIT ${MAX_ROWS_PER_TABLE}
      FOR UPDATE
    `.execute(tx);
    for (const row of rows) {
      const sets = cols
        .map((c, i) => {
          const before = row[`c${i}`];
          if (before === null || before === undefined) return null;
          const after = replaceIn(before, jsPattern);
          if (JSON.stringify(after) === JSON.stringify(before)) return null;
          const value =
            c.type === 'json' || c.type === 'jsonb'
              ? sql`${JSON.stringify(after)}::jsonb`
              : c.type === 'ARRAY'
                ? sql`${after}::text[]`
                : sql`${after}`;
          return sql`${sql.ref(c.column)} = ${value}`;
        })
        .filter((s) => s !== null);
      if (sets.length === 0) continue;
      await sql`SAVEPOINT erasure_copy`.execute(tx);
      try {
        await sql`UPDATE ${sql.table(table)} SET ${sql.join(sets)} WHERE workspace_id = ${ws} AND ctid = ${row.rowCtid}::tid`.execute(
          tx,
        );
        await sql`RELEASE SAVEPOINT erasure_copy`.execute(tx);
        changed++;
      } catch {
        await sql`ROLLBACK TO SAVEPOINT erasure_copy`.execute(tx);
        refused++;
      }
    }
  }
  return { copies: changed, copiesRefused: refused };
}

import { chooseLanguage, validateSubmission } from '@touchpoint/core';
import type { TAnswerValue, TSubmission, TSurveyDefinition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { findSurveyForPublic } from '../surveys/index';

type CachedSurvey = NonNullable<Awaited<ReturnType<typeof findSurveyForPublic>>> & { fetchedAt: number };

const CACHE_MS = 5_000;
const cache = new Map<string, CachedSurvey>();

/**
 * Published surveys for the fast path, cached briefly per process. The cache can never make an answer
 * wrong: the insert below re-checks status and version inside the statement, and any mismatch falls back
 * to the full path, which reads the survey fresh.
 */
export async function cachedSurvey(ctx: AppContext, surveyId: string): Promise<CachedSurvey | undefined> {
  const hit = cache.get(surveyId);
  if (hit && Date.now() - hit.fetchedAt < CACHE_MS) return hit;
  const survey = await findSurveyForPublic(ctx.db, surveyId);
  if (!survey) return undefined;
  const entry = { ...survey, fetchedAt: Date.now() };
  if (cache.size > 10_000) cache.clear();
  cache.set(surveyId, entry);
  return entry;
}

export function forgetCachedSurvey(surveyId: string): void {
  cache.delete(surveyId);
}

interface PendingRow {
  id: string;
  workspaceId: string;
  surveyId: string;
  version: number;
  key: string;
  channel: string;
  language: string;
  answers: string;
  hiddenFields: string;
  meta: string;
  npsScore: number | null;
  finished: boolean;
  at: Date;
  created: string;
  completed: string;
  resolve: (inserted: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 200;

/**
 * Group commit: submissions that arrive in the same turn of the event loop are written by one statement
 * (one round trip and one commit for the whole group, instead of one each). Each row still commits only
 * if its survey is published at the version it was validated against, and its key is new.
 */
class GroupCommitter {
  private pending: PendingRow[] = [];
  private scheduled = false;

  constructor(private readonly ctx: AppContext) {}

  insert(row: Omit<PendingRow, 'resolve' | 'reject'>): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pending.push({ ...row, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          while (this.pending.length > 0) void this.flush(this.pending.splice(0, MAX_BATCH));
        });
      }
    });
  }

  private async flush(rows: PendingRow[]): Promise<void> {
    try {
      const values = sql.join(
        rows.map(
          (
            r,
          ) => sql`(${r.id}::uuid, ${r.workspaceId}::uuid, ${r.surveyId}::uuid, ${r.version}::int, ${r.key}, ${r.channel},
            ${r.language}, ${r.answers}::jsonb, ${r.hiddenFields}::jsonb, ${r.meta}::jsonb, ${r.npsScore}::smallint,
            ${r.finished}::boolean, ${r.at}::timestamptz, ${r.created}::jsonb, ${r.completed}::jsonb)`,
        ),
      );
      const result = await sql<{ id: string }>`
        WITH v (id, workspace_id, survey_id, version, key, channel, language, answers, hidden_fields, meta, nps_score,
                finished, at, created, completed) AS (VALUES ${values}),
        r AS (
          INSERT INTO responses (workspace_id, id, survey_id, survey_version, touchpoint_id, idempotency_key, channel,
            language, answers, hidden_fields, meta, nps_score, finished, created_at, updated_at, finished_at)
          SELECT v.workspace_id, v.id, v.survey_id, v.version, s.touchpoint_id, v.key, v.channel, v.language, v.answers,
            v.hidden_fields, v.meta, v.nps_score, v.finished, v.at, v.at, CASE WHEN v.finished THEN v.at END
          FROM v JOIN surveys s ON s.workspace_id = v.workspace_id AND s.id = v.survey_id
            AND s.status = 'published' AND s.version = v.version
          ON CONFLICT (workspace_id, survey_id, idempotency_key) DO NOTHING
          RETURNING id
        ), e AS (
          INSERT INTO domain_events (workspace_id, type, actor, subject_id, payload)
          SELECT v.workspace_id, t.type, NULL, v.id::text, t.payload
          FROM r JOIN v ON v.id = r.id
          CROSS JOIN LATERAL (VALUES ('response.created', v.created), ('response.completed', v.completed)) AS t (type, payload)
          WHERE t.type = 'response.created' OR v.finished
        )
        SELECT id FROM r
      `.execute(this.ctx.db);
      const inserted = new Set(result.rows.map((row) => row.id));
      if (inserted.size > 0) this.ctx.afterCommit();
      for (const row of rows) row.resolve(inserted.has(row.id));
    } catch (error) {
      for (const row of rows) row.reject(error);
    }
  }
}

const committers = new WeakMap<AppContext, GroupCommitter>();

/**
 * The common case without an explicit transaction, group-committed with its neighbours: a new response
 * key, no contact to resolve, no personal link, answers that validate on their own. The response and its
 * events are written together or not at all; a key that already exists, a survey that changed or closed,
 * or anything else unusual returns null and the caller takes the full path.
 */
export async function tryFastInsert(
  ctx: AppContext,
  surveyId: string,
  key: string,
  submission: TSubmission,
): Promise<{ id: string; finished: boolean } | null> {
  if (submission.contact || submission.linkToken) return null;
  const survey = await cachedSurvey(ctx, surveyId);
  // Anonymous programmes take the path that strips identity (anonymous-ingestion.ts).
  // System surveys (conversation CSAT) take the full path, which refuses them unless the caller allows it.
  if (survey?.status !== 'published' || survey.anonymous || survey.system) return null;
  const definition = survey.definition as TSurveyDefinition;
  const answers = submission.answers as Record<string, TAnswerValue | null>;
  const { issues } = validateSubmission(definition, {
    answers,
    hiddenFields: submission.hiddenFields,
    finished: submission.finished,
  });
  if (issues.length > 0) return null;
  const npsQuestion = definition.questions.find((q) => q.type === 'nps');
  const nps = npsQuestion ? answers[npsQuestion.id] : undefined;
  const npsScore = typeof nps === 'number' ? nps : null;
  const id = uuidv7();
  const now = new Date();
  const language = chooseLanguage(definition, [submission.language]);
  const created = JSON.stringify({
    surveyId,
    touchpointId: survey.touchpointId,
    channel: submission.channel,
    finished: submission.finished,
  });
  const completed = JSON.stringify({
    surveyId,
    touchpointId: survey.touchpointId,
    npsScore,
    contactId: null,
  });
  let committer = committers.get(ctx);
  if (!committer) {
    committer = new GroupCommitter(ctx);
    committers.set(ctx, committer);
  }
  const inserted = await committer.insert({
    id,
    workspaceId: survey.workspaceId,
    surveyId,
    version: survey.version,
    key,
    channel: submission.channel,
    language,
    answers: JSON.stringify(answers),
    hiddenFields: JSON.stringify(submission.hiddenFields),
    meta: JSON.stringify(submission.meta),
    npsScore,
    finished: submission.finished,
    at: now,
    created,
    completed,
  });
  if (!inserted) return null;
  return { id, finished: submission.finished };
}

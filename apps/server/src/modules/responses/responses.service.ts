import type { TQuestion, TResponse, TResponseListQuery, TSurveyDefinition } from '@touchpoint/schemas';
import { type RawBuilder, sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { createCsvStream } from '../../platform/csv';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination';
import type { PiiView } from '../../platform/pii-view';
import { segmentMembership } from '../segments/index';

type Filters = Omit<TResponseListQuery, 'limit' | 'cursor'>;

const NPS_BANDS = { detractor: [0, 6], passive: [7, 8], promoter: [9, 10] } as const;

/**
 * The filtered responses of a workspace, newest first; keyset-paginated on (created_at, id). Answers to an
 * anonymous programme are never among them: they are shown only as guarded group results.
 */
function filteredResponses(
  db: Db,
  workspaceId: string,
  filters: Filters,
  segment?: RawBuilder<boolean> | null,
) {
  return db
    .selectFrom('responses')
    .innerJoin('surveys', (join) =>
      join
        .onRef('surveys.workspaceId', '=', 'responses.workspaceId')
        .onRef('surveys.id', '=', 'responses.surveyId'),
    )
    .select([
      'responses.id',
      'responses.surveyId',
      'surveys.name as surveyName',
      'responses.surveyVersion',
      'responses.touchpointId',
      'responses.contactId',
      'responses.channel',
      'responses.language',
      'responses.answers',
      'responses.hiddenFields',
      'responses.npsScore',
      'responses.finished',
      'responses.createdAt',
      'responses.updatedAt',
    ])
    .where('responses.workspaceId', '=', workspaceId)
    .where('surveys.anonymous', '=', false)
    .$if(Boolean(filters.surveyId), (q) => q.where('responses.surveyId', '=', filters.surveyId as string))
    .$if(Boolean(filters.touchpointId), (q) =>
      q.where('responses.touchpointId', '=', filters.touchpointId as string),
    )
    .$if(Boolean(filters.from), (q) => q.where('responses.createdAt', '>=', new Date(filters.from as string)))
    .$if(Boolean(filters.to), (q) => q.where('responses.createdAt', '<', new Date(filters.to as string)))
    .$if(Boolean(filters.language), (q) => q.where('responses.language', '=', filters.language as string))
    .$if(filters.finished !== undefined, (q) =>
      q.where('responses.finished', '=', filters.finished === 'true'),
    )
    .$if(Boolean(filters.npsBand), (q) => {
      const [low, high] = NPS_BANDS[filters.npsBand as keyof typeof NPS_BANDS];
      return q.where('responses.npsScore', '>=', low).where('responses.npsScore', '<=', high);
    })
    .$if(Boolean(segment), (q) =>
      q.where(
        sql<boolean>`responses.contact_id IN (SELECT x.id FROM contacts x
          JOIN contacts c ON c.workspace_id = x.workspace_id AND c.id = coalesce(x.merged_into, x.id)
          WHERE x.workspace_id = ${workspaceId} AND c.merged_into IS NULL AND ${segment})`,
      ),
    )
    .orderBy('responses.createdAt', 'desc')
    .orderBy('responses.id', 'desc');
}

type ResponseRow = Awaited<ReturnType<ReturnType<typeof filteredResponses>['execute']>>[number];

/** Free-text answers and hidden fields (often an email or a name) as the caller may see them. */
function presentResponse(row: ResponseRow, pii: PiiView): TResponse {
  return {
    ...row,
    answers: pii.values(row.answers as Record<string, unknown>) as TResponse['answers'],
    hiddenFields: pii.values(row.hiddenFields as Record<string, unknown>) as TResponse['hiddenFields'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function parseKeyset(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  const raw = decodeCursor(cursor);
  if (!raw) return undefined;
  const [at, id] = raw.split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  }
  return { createdAt, id };
}

function afterKeyset<Q extends ReturnType<typeof filteredResponses>>(
  query: Q,
  keyset: { createdAt: Date; id: string } | undefined,
): Q {
  if (!keyset) return query;
  return query.where((eb) =>
    eb.or([
      eb('responses.createdAt', '<', keyset.createdAt),
      eb.and([eb('responses.createdAt', '=', keyset.createdAt), eb('responses.id', '<', keyset.id)]),
    ]),
  ) as Q;
}

/** Naming an anonymous survey is refused outright rather than answered with an empty list. */
async function refuseAnonymousSurvey(ctx: AppContext, workspaceId: string, surveyId: string | undefined) {
  if (!surveyId) return;
  const survey = await ctx.db
    .selectFrom('surveys')
    .select('anonymous')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (survey?.anonymous) {
    throw new AppError(
      'UNPROCESSABLE',
      'This survey is anonymous: its answers are only shown as group results (see the metrics API).',
    );
  }
}

/** The segment filter as membership over contacts `c` (404 for a segment of another workspace). */
async function segmentFilter(ctx: AppContext, workspaceId: string, segmentId: string | undefined) {
  return segmentId ? segmentMembership(ctx.db, workspaceId, segmentId) : null;
}

const keysetOf = (row: ResponseRow) => encodeCursor(`${row.createdAt.toISOString()}|${row.id}`);

export async function listResponses(
  ctx: AppContext,
  workspaceId: string,
  query: TResponseListQuery,
  pii: PiiView,
) {
  await refuseAnonymousSurvey(ctx, workspaceId, query.surveyId);
  const segment = await segmentFilter(ctx, workspaceId, query.segmentId);
  const rows = await afterKeyset(
    filteredResponses(ctx.db, workspaceId, query, segment),
    parseKeyset(query.cursor),
  )
    .limit(query.limit + 1)
    .execute();
  const shown = rows.slice(0, query.limit);
  return {
    items: shown.map((row) => presentResponse(row, pii)),
    nextCursor: rows.length > query.limit && shown.length > 0 ? keysetOf(shown.at(-1) as ResponseRow) : null,
  };
}

export async function getResponse(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  pii: PiiView,
): Promise<TResponse> {
  const row = await filteredResponses(ctx.db, workspaceId, {})
    .where('responses.id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('response');
  return presentResponse(row, pii);
}

/**
 * Option ids and numbers as stored; a multiple choice joins its ids with `;`. Numbers stay numbers, so the
 * CSV writer leaves them alone while it neutralises formulas in text (a typed "-5" is text, a score -5 is not).
 */
function formatAnswer(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return Array.isArray(value) ? value.join(';') : String(value);
}

const EXPORT_BATCH = 1000;

/**
 * Streams the filtered responses as CSV, reading in keyset batches so memory stays flat however many rows
 * there are (and no long transaction holds the embedded database). With one survey selected, each question
 * gets its own column (option ids, as stored); otherwise answers are one JSON column.
 */
export async function exportResponsesCsv(
  ctx: AppContext,
  workspaceId: string,
  filters: Filters,
  pii: PiiView,
) {
  let questions: TQuestion[] | null = null;
  let hiddenFieldIds: string[] = [];
  if (filters.surveyId) {
    const survey = await ctx.db
      .selectFrom('surveys')
      .select('definition')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', filters.surveyId)
      .executeTakeFirst();
    if (!survey) throw AppError.notFound('survey');
    await refuseAnonymousSurvey(ctx, workspaceId, filters.surveyId);
    const definition = survey.definition as TSurveyDefinition;
    questions = definition.questions;
    hiddenFieldIds = definition.hiddenFields;
  }
  const header = [
    'response_id',
    'survey_id',
    'survey_name',
    'touchpoint_id',
    'contact_id',
    'channel',
    'language',
    'finished',
    'created_at',
    'nps_score',
    ...(questions ? questions.map((q) => q.id) : ['answers']),
    ...(questions ? hiddenFieldIds.map((h) => `hidden.${h}`) : ['hidden_fields']),
  ];
  // Resolved before the stream starts, so an unknown segment is a 404 rather than a broken download.
  const segment = await segmentFilter(ctx, workspaceId, filters.segmentId);
  const csv = createCsvStream(header);

  const pump = async () => {
    let keyset: { createdAt: Date; id: string } | undefined;
    for (;;) {
      const rows = await afterKeyset(filteredResponses(ctx.db, workspaceId, filters, segment), keyset)
        .limit(EXPORT_BATCH)
        .execute();
      for (const row of rows) {
        const base = [
          row.id,
          row.surveyId,
          row.surveyName,
          row.touchpointId ?? '',
          row.contactId ?? '',
          row.channel,
          row.language,
          row.finished ? 'true' : 'false',
          row.createdAt.toISOString(),
          row.npsScore ?? '',
        ];
        const answers = pii.values(row.answers as Record<string, unknown>);
        const hidden = pii.values(row.hiddenFields as Record<string, string>);
        const record = questions
          ? [
              ...base,
              ...questions.map((q) => formatAnswer(answers[q.id])),
              ...hiddenFieldIds.map((h) => hidden[h] ?? ''),
            ]
          : [...base, JSON.stringify(answers), JSON.stringify(hidden)];
        // Respect back-pressure: wait for the consumer when the stream's buffer is full.
        if (!csv.write(record)) await new Promise((resolve) => csv.once('drain', resolve));
      }
      if (rows.length < EXPORT_BATCH) break;
      const last = rows.at(-1) as ResponseRow;
      keyset = { createdAt: last.createdAt, id: last.id };
    }
    csv.end();
  };
  pump().catch((error: unknown) => {
    ctx.logger.error({ err: error }, 'CSV export failed');
    csv.destroy(error as Error);
  });
  return csv;
}

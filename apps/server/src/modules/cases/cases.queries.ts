import {
  CASE_TRANSITIONS,
  type TCaseDetail,
  type TCaseItem,
  type TCaseSummary,
  type TCasesQuery,
} from '@touchpoint/schemas';
import { type ExpressionBuilder, sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Database } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import type { KnownIdentifiers, PiiView } from '../../platform/pii-view';
import { listFollowUps } from './follow-ups.service';

const CLOSED = ['resolved', 'closed'] as const;

function contactLabel(contact: {
  attributes: Record<string, unknown> | null;
  email: string | null;
  externalId: string | null;
}) {
  const name = contact.attributes?.name;
  if (typeof name === 'string' && name.trim()) return name.trim();
  return contact.email ?? contact.externalId ?? null;
}

/** An SLA clock that still runs and is past due: first action not taken in time, or not resolved in time. */
function overdueExpression(eb: ExpressionBuilder<Database & { c: Database['cases'] }, 'c'>, now: Date) {
  return eb.and([
    eb('c.status', 'not in', [...CLOSED]),
    eb.or([
      eb.and([eb('c.firstActionAt', 'is', null), eb('c.firstActionDueAt', '<', now)]),
      eb('c.resolveDueAt', '<', now),
    ]),
  ]);
}

function caseRows(ctx: AppContext, workspaceId: string) {
  return ctx.db
    .selectFrom('cases as c')
    .leftJoin('teams as t', (join) =>
      join.onRef('t.workspaceId', '=', 'c.workspaceId').onRef('t.id', '=', 'c.teamId'),
    )
    .leftJoin('users as u', 'u.id', 'c.assigneeId')
    .leftJoin('contacts as ct', (join) =>
      join.onRef('ct.workspaceId', '=', 'c.workspaceId').onRef('ct.id', '=', 'c.contactId'),
    )
    .selectAll('c')
    .select([
      't.name as teamName',
      'u.name as assigneeName',
      'u.email as assigneeEmail',
      'ct.email as contactEmail',
      'ct.phone as contactPhone',
      'ct.externalId as contactExternalId',
      'ct.attributes as contactAttributes',
      'ct.unsubscribedAt as contactUnsubscribedAt',
    ])
    .where('c.workspaceId', '=', workspaceId);
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof caseRows>['execute']>>[number];

function isOverdue(row: CaseRow, now: Date): boolean {
  if (row.status === 'resolved' || row.status === 'closed') return false;
  if (!row.firstActionAt && row.firstActionDueAt && row.firstActionDueAt < now) return true;
  return Boolean(row.resolveDueAt && row.resolveDueAt < now);
}

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** The customer's own identifiers, masked in free text about them for callers without pii.read. */
function knownOf(row: CaseRow): KnownIdentifiers {
  const name = row.contactAttributes?.name;
  return [typeof name === 'string' ? name : null, row.contactEmail, row.contactPhone];
}

function labelOf(row: CaseRow, visibility: PiiView): string | null {
  if (!row.contactId) return null;
  if (!visibility.canReadContacts) return row.contactExternalId ?? `#${row.contactId.slice(-6)}`;
  return (
    contactLabel({
      attributes: row.contactAttributes,
      email: row.contactEmail,
      externalId: row.contactExternalId,
    }) ?? `#${row.contactId.slice(-6)}`
  );
}

function presentSummary(row: CaseRow, now: Date, visibility: PiiView): TCaseSummary {
  return {
    id: row.id,
    number: row.number,
    title: visibility.text(row.title, knownOf(row)),
    status: row.status,
    priority: row.priority,
    source: row.source,
    alertRuleId: row.alertRuleId,
    contactId: row.contactId,
    contactLabel: labelOf(row, visibility),
    touchpointId: row.touchpointId,
    topicId: row.topicId,
    teamId: row.teamId,
    teamName: row.teamName,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    actionPlanId: row.actionPlanId,
    firstActionDueAt: iso(row.firstActionDueAt),
    resolveDueAt: iso(row.resolveDueAt),
    firstActionAt: iso(row.firstActionAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    isOverdue: isOverdue(row, now),
    escalationLevel: row.escalationLevel,
    outcome: row.outcome,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Cases of a workspace, newest first, filtered; a team's queue is `teamId`, one's own work `assigneeId=me`. */
export async function listCases(
  ctx: AppContext,
  workspaceId: string,
  query: TCasesQuery,
  userId: string | null,
  visibility: PiiView,
) {
  const before = decodeCursor(query.cursor);
  let assigneeId = query.assigneeId;
  if (assigneeId === 'me') {
    if (!userId) {
      throw new AppError(
        'VALIDATION_FAILED',
        'query.assigneeId: "me" needs a signed-in person, not an API key',
        [{ name: 'query.assigneeId', reason: '"me" needs a signed-in person' }],
      );
    }
    assigneeId = userId;
  }
  const now = new Date();
  const q = query.q?.trim();
  const number = q && /^#?\d{1,9}$/.test(q) ? Number(q.replace('#', '')) : null;
  const rows = await caseRows(ctx, workspaceId)
    .$if(Boolean(query.status?.length), (qb) => qb.where('c.status', 'in', query.status ?? []))
    .$if(Boolean(query.priority?.length), (qb) => qb.where('c.priority', 'in', query.priority ?? []))
    .$if(Boolean(query.teamId), (qb) => qb.where('c.teamId', '=', query.teamId as string))
    .$if(Boolean(assigneeId), (qb) => qb.where('c.assigneeId', '=', assigneeId as string))
    .$if(Boolean(query.touchpointId), (qb) => qb.where('c.touchpointId', '=', query.touchpointId as string))
    .$if(Boolean(query.contactId), (qb) => qb.where('c.contactId', '=', query.contactId as string))
    .$if(Boolean(q), (qb) =>
      qb.where((eb) =>
        eb.or([
          // Titles are shown redacted without pii.read, so a text search over them would let the caller
          // recover the hidden parts character by character: such a caller searches case numbers only.
          ...(visibility.canReadPii
            ? [eb('c.title', 'ilike', `%${(q as string).replace(/[\\%_]/g, (m) => `\\${m}`)}%`)]
            : []),
          ...(number !== null ? [eb('c.number', '=', number)] : []),
          eb.lit(false),
        ]),
      ),
    )
    .$if(query.overdue === 'true', (qb) => qb.where((eb) => overdueExpression(eb, now)))
    .$if(query.overdue === 'false', (qb) => qb.where((eb) => eb.not(overdueExpression(eb, now))))
    .$if(Boolean(before), (qb) => qb.where('c.id', '<', before as string))
    .orderBy('c.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(
    rows,
    query.limit,
    (row) => row.id,
    (row) => presentSummary(row, now, visibility),
  );
}

export async function getCaseSummary(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  visibility: PiiView,
): Promise<TCaseSummary> {
  const row = await caseRows(ctx, workspaceId).where('c.id', '=', caseId).executeTakeFirst();
  if (!row) throw AppError.notFound('case');
  return presentSummary(row, new Date(), visibility);
}

/** The feedback behind a case, with its text redacted unless the caller may read personal data. */
async function caseItems(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  pii: PiiView,
  known: KnownIdentifiers,
) {
  const links = await ctx.db
    .selectFrom('caseItems')
    .select(['itemKind', 'itemId'])
    .where('workspaceId', '=', workspaceId)
    .where('caseId', '=', caseId)
    .execute();
  const visible = (text: string) => pii.text(text, known);
  const items: TCaseItem[] = [];
  const responseIds = links.filter((l) => l.itemKind === 'response').map((l) => l.itemId);
  if (responseIds.length > 0) {
    const rows = await ctx.db
      .selectFrom('responses as r')
      .innerJoin('surveys as s', (join) =>
        join.onRef('s.workspaceId', '=', 'r.workspaceId').onRef('s.id', '=', 'r.surveyId'),
      )
      .select([
        'r.id',
        'r.surveyId',
        's.name as surveyName',
        's.definition',
        'r.answers',
        'r.npsScore',
        'r.createdAt',
      ])
      .where('r.workspaceId', '=', workspaceId)
      .where('r.id', 'in', responseIds)
      .execute();
    for (const row of rows) {
      const text = row.definition.questions
        .filter((q) => q.type === 'open_text')
        .map((q) => row.answers[q.id])
        .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
        .join('\n');
      items.push({
        kind: 'response',
        id: row.id,
        surveyId: row.surveyId,
        surveyName: row.surveyName,
        source: 'survey',
        nps: row.npsScore,
        rating: null,
        text: visible(text),
        occurredAt: row.createdAt.toISOString(),
      });
    }
  }
  const reviewIds = links.filter((l) => l.itemKind === 'review').map((l) => l.itemId);
  if (reviewIds.length > 0) {
    const rows = await ctx.db
      .selectFrom('reviews')
      .select(['id', 'source', 'rating', 'text', 'postedAt'])
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', reviewIds)
      .execute();
    for (const row of rows) {
      items.push({
        kind: 'review',
        id: row.id,
        surveyId: null,
        surveyName: null,
        source: row.source,
        nps: null,
        rating: row.rating,
        text: visible(row.text),
        occurredAt: row.postedAt.toISOString(),
      });
    }
  }
  for (const link of links.filter((l) => l.itemKind === 'conversation')) {
    items.push({
      kind: 'conversation',
      id: link.itemId,
      surveyId: null,
      surveyName: null,
      source: null,
      nps: null,
      rating: null,
      text: '',
      occurredAt: null,
    });
  }
  return items;
}

async function caseActivities(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  pii: PiiView,
  known: KnownIdentifiers,
) {
  const rows = await ctx.db
    .selectFrom('caseActivities as a')
    .leftJoin('users as u', (join) => join.on(sql`a.actor`, '=', sql`'user:' || u.id::text`))
    .select(['a.id', 'a.kind', 'a.actor', 'a.body', 'a.data', 'a.createdAt', 'u.name as actorName'])
    .where('a.workspaceId', '=', workspaceId)
    .where('a.caseId', '=', caseId)
    .orderBy('a.id')
    .execute();
  // Bodies are notes, follow-up subjects, the address a follow-up went to, SMTP errors: free text.
  return rows.map((row) => ({
    ...row,
    body: pii.text(row.body, known),
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function getCaseDetail(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  visibility: PiiView,
): Promise<TCaseDetail> {
  const row = await caseRows(ctx, workspaceId).where('c.id', '=', caseId).executeTakeFirst();
  if (!row) throw AppError.notFound('case');
  const now = new Date();
  const showContact = visibility.canReadContacts;
  const known = knownOf(row);
  return {
    ...presentSummary(row, now, visibility),
    description: visibility.text(row.description, known),
    outcomeNote: visibility.optionalText(row.outcomeNote, known),
    createdBy: row.createdBy,
    firstActionBreached: row.firstActionBreached,
    resolveBreached: row.resolveBreached,
    allowedTransitions: [...CASE_TRANSITIONS[row.status]],
    customer: row.contactId
      ? {
          id: row.contactId,
          label: labelOf(row, visibility) ?? row.contactId,
          email: showContact ? row.contactEmail : null,
          externalId: row.contactExternalId,
          isContactable: Boolean(row.contactEmail) && row.contactUnsubscribedAt === null,
          attributes: showContact ? (row.contactAttributes ?? {}) : {},
        }
      : null,
    team: row.teamId && row.teamName ? { id: row.teamId, name: row.teamName } : null,
    assignee:
      row.assigneeId && row.assigneeName !== null
        ? { id: row.assigneeId, name: row.assigneeName, email: row.assigneeEmail ?? '' }
        : null,
    items: await caseItems(ctx, workspaceId, caseId, visibility, known),
    activities: await caseActivities(ctx, workspaceId, caseId, visibility, known),
    followUps: (await listFollowUps(ctx.db, workspaceId, caseId)).map((f) => ({
      ...f,
      toAddress: showContact ? f.toAddress : '',
      // The message greets the customer by name; their reply is their own words.
      subject: visibility.text(f.subject, known),
      body: visibility.text(f.body, known),
      error: visibility.optionalText(f.error, known),
      customerComment: visibility.optionalText(f.customerComment, known),
    })),
  };
}

import { type NbaFacts, parseSegmentField } from '@touchpoint/core';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

/** A person as the rules see them: in an account (the account page) or on their own (their first account). */
export interface NbaSubject {
  contactId: string;
  accountId: string | null;
}

const DAY_MS = 86_400_000;
const NPS_BAND = (n: number) => (n >= 9 ? 'promoter' : n >= 7 ? 'passive' : 'detractor');

/**
 * Loads, for a few people (one profile or one account's people), the values of the segment fields the
 * rules read, with the same meaning as in segments (`openCases` counts unresolved cases, `npsBand` is the
 * latest NPS answer's band, event counts are 0 when none…), plus details the evidence quotes.
 */
export async function loadNbaFacts(
  db: Db,
  workspaceId: string,
  subjects: NbaSubject[],
  fields: Set<string>,
  now: Date,
): Promise<Map<string, NbaFacts>> {
  const ids = [...new Set(subjects.map((s) => s.contactId))];
  const facts = new Map<string, NbaFacts>();
  if (ids.length === 0) return facts;
  const idList = sql<string>`ANY(${ids}::uuid[])`;

  const contacts = await db
    .selectFrom('contacts')
    .select(['id', 'email', 'externalId', 'phone', 'attributes'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', idList)
    .execute();
  for (const c of contacts) {
    const f: NbaFacts = {
      'contact.email': c.email,
      'contact.externalId': c.externalId,
      'contact.phone': c.phone,
      openCases: 0,
      responseCount: 0,
    };
    for (const [key, value] of Object.entries(c.attributes ?? {})) {
      if (typeof value === 'string' || typeof value === 'number') f[`contact.${key}`] = value;
      else if (typeof value === 'boolean') f[`contact.${key}`] = String(value);
    }
    facts.set(c.id, f);
  }

  const answers = await sql<{
    contactId: string;
    latestNps: number | null;
    latestNpsAt: Date | null;
    lastResponseAt: Date | null;
    responseCount: number;
  }>`SELECT contact_id, latest_nps, latest_nps_at, last_response_at, response_count
     FROM contact_response_facts WHERE workspace_id = ${workspaceId} AND contact_id = ${idList}`.execute(db);
  for (const row of answers.rows) {
    const f = facts.get(row.contactId);
    if (!f) continue;
    if (row.latestNps !== null) {
      f.latestNps = Number(row.latestNps);
      f.npsBand = NPS_BAND(Number(row.latestNps));
      f._latestNpsAt = row.latestNpsAt ? new Date(row.latestNpsAt).toISOString() : null;
    }
    f.lastResponseAt = row.lastResponseAt ? new Date(row.lastResponseAt).toISOString() : null;
    f.responseCount = Number(row.responseCount);
  }

  const cases = await db
    .selectFrom('cases')
    .select(['contactId', 'title'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', idList)
    .where('status', 'not in', ['resolved', 'closed'])
    .orderBy('createdAt', 'desc')
    .execute();
  for (const row of cases) {
    const f = row.contactId ? facts.get(row.contactId) : undefined;
    if (!f) continue;
    f.openCases = Number(f.openCases ?? 0) + 1;
    const titles = (f._openCaseTitles as string[] | undefined) ?? [];
    if (titles.length < 3) f._openCaseTitles = [...titles, row.title];
  }

  const churn = await db
    .selectFrom('contactChurnScores')
    .select(['contactId', 'score', 'band', 'reasons'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', idList)
    .execute();
  for (const row of churn) {
    const f = facts.get(row.contactId);
    if (!f) continue;
    f.churnRisk = row.band;
    f.churnScore = Number(row.score);
    f._churnReasons = row.reasons
      .map((r) => (typeof r.text === 'string' ? r.text : ''))
      .filter(Boolean)
      .slice(0, 3);
  }

  if (fields.has('sentiment')) {
    const sentiment = await sql<{ contactId: string; label: string }>`
      SELECT DISTINCT ON (r.contact_id) r.contact_id, t.sentiment_label AS label
      FROM text_analyses t JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.item_id
      WHERE t.workspace_id = ${workspaceId} AND t.item_kind = 'response' AND r.contact_id = ${idList}
      ORDER BY r.contact_id, t.occurred_at DESC, t.analyzed_at DESC`.execute(db);
    for (const row of sentiment.rows) {
      const f = facts.get(row.contactId);
      if (f) f.sentiment = row.label;
    }
  }

  for (const field of fields) {
    const parsed = parseSegmentField(field);
    if (parsed?.source !== 'event') continue;
    for (const f of facts.values()) f[field] = parsed.measure === 'count' ? 0 : null;
    const since =
      parsed.measure === 'count' && parsed.days !== null
        ? sql`AND occurred_at >= ${new Date(now.getTime() - parsed.days * DAY_MS).toISOString()}::timestamptz`
        : sql``;
    const rows = await sql<{ contactId: string; n: number; last: Date }>`
      SELECT contact_id, count(*)::int AS n, max(occurred_at) AS last FROM contact_events
      WHERE workspace_id = ${workspaceId} AND contact_id = ${idList} AND event = ${parsed.event}::text ${since}
      GROUP BY contact_id`.execute(db);
    for (const row of rows.rows) {
      const f = facts.get(row.contactId);
      if (!f) continue;
      f[field] =
        parsed.measure === 'count'
          ? Number(row.n)
          : Math.floor((now.getTime() - new Date(row.last).getTime()) / DAY_MS);
    }
  }

  // The account each person is seen in: the one asked for, else their first account.
  const links = await db
    .selectFrom('accountContacts as ac')
    .innerJoin('accounts as a', (join) =>
      join.onRef('a.workspaceId', '=', 'ac.workspaceId').onRef('a.id', '=', 'ac.accountId'),
    )
    .select([
      'ac.contactId',
      'ac.role',
      'a.id',
      'a.name',
      'a.domain',
      'a.externalId',
      'a.attributes',
      'a.ownerTeamId',
    ])
    .where('ac.workspaceId', '=', workspaceId)
    .where('ac.contactId', '=', idList)
    .orderBy('ac.createdAt')
    .orderBy('a.id')
    .execute();
  for (const subject of subjects) {
    const f = facts.get(subject.contactId);
    if (!f) continue;
    const link =
      links.find((l) => l.contactId === subject.contactId && l.id === subject.accountId) ??
      (subject.accountId ? undefined : links.find((l) => l.contactId === subject.contactId));
    if (!link) continue;
    f['account.role'] = link.role;
    f['account.name'] = link.name;
    f['account.domain'] = link.domain;
    f['account.externalId'] = link.externalId;
    f._accountName = link.name;
    f._accountId = link.id;
    f._accountOwnerTeamId = link.ownerTeamId;
    for (const [key, value] of Object.entries(link.attributes ?? {})) {
      if (typeof value === 'string' || typeof value === 'number') f[`account.${key}`] = value;
    }
  }
  return facts;
}

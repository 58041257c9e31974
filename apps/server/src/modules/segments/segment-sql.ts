import {
  evaluateCondition,
  foldText,
  parseSegmentField,
  resolveSegmentDate,
  type SegmentField,
  segmentConditionFields,
  validateSegmentCondition,
} from '@touchpoint/core';
import type { TCondition } from '@touchpoint/schemas';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

// A segment condition compiles to ONE boolean SQL expression over the live contacts `c` (alias of
// `contacts`), so counting and paging are single queries. Facts kept in other tables (latest NPS, event
// counts, open cases…) are per-contact subqueries used as `c.id IN (…)` semi-joins, which PostgreSQL runs
// as one hashed pass over the fact table instead of a lookup per contact. Every subquery filters on the
// workspace, so a condition never sees another workspace's data.

type Sql = RawBuilder<unknown>;
type Leaf = { field: string; op: string; value?: unknown };

/** What compiling needs to know about the workspace beyond the condition. */
export interface SegmentSqlContext {
  workspaceId: string;
  now: Date;
  /** The first CSAT question of each survey (what `latestCsat` reads). */
  csatQuestions: { surveyId: string; questionId: string }[];
}

const NEGATIVE: Record<string, string> = {
  neq: 'eq',
  nin: 'in',
  not_contains: 'contains',
  skipped: 'answered',
};

const NUMERIC_TEXT = '^-?([0-9]+([.][0-9]+)?|[.][0-9]+)$';
const DATE_TEXT = '^[0-9]{4}-[0-9]{2}-[0-9]{2}';
// Vietnamese (and common Latin) letters with marks and their plain letters, as foldText folds them.
const MARKED = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđçñü';
const PLAIN = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydcnu';

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(String(value).trim());
}

const COMPARISON: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A text expression (null when missing) against a leaf's positive operator; never null. */
function textPredicate(expr: Sql, op: string, value: unknown, now: Date): Sql {
  const equals = (item: unknown): Sql => {
    if (typeof item === 'boolean') return sql`${expr} = ${String(item)}::text`;
    if (typeof item === 'number' || (typeof item === 'string' && /^-?\d+(\.\d+)?$/.test(item.trim()))) {
      // Numbers compare by value ("42" and 42.0 are equal), as in survey logic.
      const numeric = sql`CASE WHEN btrim(${expr}) ~ ${NUMERIC_TEXT} THEN btrim(${expr})::numeric = ${toNumber(item)}::numeric ELSE false END`;
      return typeof item === 'number' ? numeric : sql`(${expr} = ${item}::text OR ${numeric})`;
    }
    return sql`${expr} = ${String(item)}::text`;
  };
  let predicate: Sql;
  switch (op) {
    case 'answered':
      predicate = sql`btrim(${expr}) <> ''`;
      break;
    case 'eq':
      predicate = equals(value);
      break;
    case 'in':
      predicate = sql`(${sql.join(asList(value).map(equals), sql` OR `)})`;
      break;
    case 'contains': {
      const folded = sql`translate(lower(${expr}), ${MARKED}::text, ${PLAIN}::text)`;
      const needles = asList(value).map(
        (needle) => sql`${folded} LIKE ${`%${escapeLike(foldText(String(needle)))}%`}::text`,
      );
      predicate = sql`(${sql.join(needles, sql` AND `)})`;
      break;
    }
    default: {
      const comparison = sql.raw(COMPARISON[op] as string);
      const date = typeof value === 'string' ? resolveSegmentDate(value, now) : null;
      predicate = date
        ? // Dates kept as text compare by day: ISO dates sort as text, and a malformed one is no match.
          sql`CASE WHEN ${expr} ~ ${DATE_TEXT} THEN left(${expr}, 10) ${comparison} ${date.toISOString().slice(0, 10)}::text ELSE false END`
        : sql`CASE WHEN btrim(${expr}) ~ ${NUMERIC_TEXT} THEN btrim(${expr})::numeric ${comparison} ${toNumber(value)}::numeric ELSE false END`;
    }
  }
  return sql`coalesce(${predicate}, false)`;
}

/** A typed fact value `f.v` (number, enum text or timestamp) against a positive operator; never null. */
function valuePredicate(
  field: SegmentField,
  op: string,
  value: unknown,
  now: Date,
  v: Sql = sql.ref('f.v'),
): Sql {
  if (op === 'answered') return sql`${v} IS NOT NULL`;
  if (field.kind === 'date') {
    const date = resolveSegmentDate(value, now) as Date;
    return sql`coalesce(${v} ${sql.raw(COMPARISON[op] as string)} ${date.toISOString()}::timestamptz, false)`;
  }
  if (field.kind === 'number') {
    if (op === 'eq') return sql`coalesce(${v} = ${toNumber(value)}::numeric, false)`;
    if (op === 'in') {
      return sql`coalesce(${v} = ANY(${asList(value).map(toNumber)}::numeric[]), false)`;
    }
    return sql`coalesce(${v} ${sql.raw(COMPARISON[op] as string)} ${toNumber(value)}::numeric, false)`;
  }
  // enum
  if (op === 'eq') return sql`coalesce(${v} = ${String(value)}::text, false)`;
  return sql`coalesce(${v} = ANY(${asList(value).map(String)}::text[]), false)`;
}

/** One value per contact (`contact_id`, `v`) for the fact a field reads, or null for list/text fields. */
function factQuery(field: SegmentField, cx: SegmentSqlContext): Sql | null {
  const ws = cx.workspaceId;
  switch (field.source) {
    // Answer facts come from contact_response_facts, kept per contact by a trigger on responses.
    case 'latestNps':
    case 'npsBand': {
      const v =
        field.source === 'latestNps'
          ? sql`x.latest_nps::numeric`
          : sql`CASE WHEN x.latest_nps >= 9 THEN 'promoter' WHEN x.latest_nps >= 7 THEN 'passive' ELSE 'detractor' END`;
      return sql`SELECT x.contact_id, ${v} AS v FROM contact_response_facts x
        WHERE x.workspace_id = ${ws} AND x.latest_nps IS NOT NULL`;
    }
    case 'latestCsat': {
      if (cx.csatQuestions.length === 0)
        return sql`SELECT NULL::uuid AS contact_id, NULL::numeric AS v WHERE false`;
      const surveys = cx.csatQuestions.map((q) => q.surveyId);
      const questions = cx.csatQuestions.map((q) => q.questionId);
      return sql`SELECT DISTINCT ON (r.contact_id) r.contact_id, (r.answers ->> q.qid)::numeric AS v
        FROM responses r
        JOIN unnest(${surveys}::uuid[], ${questions}::text[]) AS q (sid, qid) ON q.sid = r.survey_id
        WHERE r.workspace_id = ${ws} AND r.contact_id IS NOT NULL AND jsonb_typeof(r.answers -> q.qid) = 'number'
        ORDER BY r.contact_id, r.created_at DESC, r.id DESC`;
    }
    case 'lastResponseAt':
      return sql`SELECT x.contact_id, x.last_response_at AS v FROM contact_response_facts x
        WHERE x.workspace_id = ${ws} AND x.last_response_at IS NOT NULL`;
    case 'responseCount':
      return sql`SELECT x.contact_id, x.response_count::numeric AS v FROM contact_response_facts x
        WHERE x.workspace_id = ${ws} AND x.response_count > 0`;
    case 'event': {
      const since =
        field.measure === 'count' && field.days !== null
          ? sql`AND e.occurred_at >= ${new Date(cx.now.getTime() - field.days * 86_400_000).toISOString()}::timestamptz`
          : sql``;
      const v =
        field.measure === 'count'
          ? sql`count(*)::numeric`
          : sql`floor(extract(epoch FROM (${cx.now.toISOString()}::timestamptz - max(e.occurred_at))) / 86400)::numeric`;
      return sql`SELECT e.contact_id, ${v} AS v FROM contact_events e
        WHERE e.workspace_id = ${ws} AND e.event = ${field.event}::text ${since} GROUP BY e.contact_id`;
    }
    case 'sentiment':
      return sql`SELECT DISTINCT ON (r.contact_id) r.contact_id, t.sentiment_label AS v
        FROM text_analyses t
        JOIN responses r ON r.workspace_id = t.workspace_id AND r.id = t.item_id
        WHERE t.workspace_id = ${ws} AND t.item_kind = 'response' AND r.contact_id IS NOT NULL
        ORDER BY r.contact_id, t.occurred_at DESC, t.analyzed_at DESC,
          CASE t.sentiment_label WHEN 'negative' THEN 0 WHEN 'mixed' THEN 1 WHEN 'neutral' THEN 2 ELSE 3 END`;
    case 'churnRisk':
    case 'churnScore':
      return sql`SELECT DISTINCT ON (s.contact_id) s.contact_id,
          ${field.source === 'churnRisk' ? sql`s.band::text` : sql`s.score::numeric`} AS v
        FROM contact_churn_scores s WHERE s.workspace_id = ${ws}
        ORDER BY s.contact_id, s.scored_at DESC`;
    case 'openCases':
      return sql`SELECT k.contact_id, count(*)::numeric AS v FROM cases k
        WHERE k.workspace_id = ${ws} AND k.contact_id IS NOT NULL AND k.status NOT IN ('resolved', 'closed')
        GROUP BY k.contact_id`;
    default:
      return null;
  }
}

/** `count >= 1`, `count > 0` (and the same written as `gt 0.5`…): nothing to aggregate, only to find one. */
function isAtLeastOne(leaf: Leaf): boolean {
  if (typeof leaf.value !== 'number' && typeof leaf.value !== 'string') return false;
  const n = toNumber(leaf.value);
  return (leaf.op === 'gte' && n > 0 && n <= 1) || (leaf.op === 'gt' && n >= 0 && n < 1);
}

/** The rows a count field counts, as `<table> x WHERE …` (for EXISTS), or null for other fields. */
function countedRows(field: SegmentField, cx: SegmentSqlContext): Sql | null {
  if (field.source === 'event' && field.measure === 'count') {
    const since =
      field.days === null
        ? sql``
        : sql`AND x.occurred_at >= ${new Date(cx.now.getTime() - field.days * 86_400_000).toISOString()}::timestamptz`;
    return sql`contact_events x WHERE x.workspace_id = ${cx.workspaceId} AND x.event = ${field.event}::text ${since}`;
  }
  if (field.source === 'openCases') {
    return sql`cases x WHERE x.workspace_id = ${cx.workspaceId} AND x.status NOT IN ('resolved', 'closed')`;
  }
  return null;
}

/** Counts read 0 for a contact with nothing counted (so `openCases lt 1` includes contacts without cases). */
function isCount(field: SegmentField): boolean {
  return (
    field.source === 'responseCount' ||
    field.source === 'openCases' ||
    (field.source === 'event' && field.measure === 'count')
  );
}

function compileLeaf(leaf: Leaf, cx: SegmentSqlContext): Sql {
  const negative = NEGATIVE[leaf.op];
  // Each negative operator is exactly the negation of its positive one, missing values included.
  if (negative) return sql`NOT (${compileLeaf({ ...leaf, op: negative }, cx)})`;
  const field = parseSegmentField(leaf.field) as SegmentField;
  const ws = cx.workspaceId;
  switch (field.source) {
    case 'contact': {
      const column = { email: 'c.email', externalId: 'c.external_id', phone: 'c.phone' }[field.column];
      return textPredicate(sql.ref(column), leaf.op, leaf.value, cx.now);
    }
    case 'attribute':
      return textPredicate(sql`(c.attributes ->> ${field.key}::text)`, leaf.op, leaf.value, cx.now);
    case 'account':
    case 'accountAttribute': {
      const expr =
        field.source === 'accountAttribute'
          ? sql`(a.attributes ->> ${field.key}::text)`
          : sql.ref(
              { name: 'a.name', domain: 'a.domain', externalId: 'a.external_id', role: 'ac.role' }[
                field.column
              ],
            );
      return sql`c.id IN (SELECT ac.contact_id FROM account_contacts ac
        JOIN accounts a ON a.workspace_id = ac.workspace_id AND a.id = ac.account_id
        WHERE ac.workspace_id = ${ws} AND ${textPredicate(expr, leaf.op, leaf.value, cx.now)})`;
    }
    case 'topics':
    case 'topicIds': {
      const since = new Date(cx.now.getTime() - field.days * 86_400_000).toISOString();
      const mentioned = (match: Sql) => sql`c.id IN (SELECT r.contact_id FROM text_topic_matches m
        JOIN topics t ON t.workspace_id = m.workspace_id AND t.id = m.topic_id
        JOIN responses r ON r.workspace_id = m.workspace_id AND r.id = m.item_id
        WHERE m.workspace_id = ${ws} AND m.item_kind = 'response' AND r.contact_id IS NOT NULL
          AND r.created_at >= ${since}::timestamptz AND ${match})`;
      const column = field.source === 'topics' ? sql`lower(t.name)` : sql`t.id::text`;
      const norm = (v: unknown) => (field.source === 'topics' ? String(v).toLowerCase() : String(v));
      if (leaf.op === 'answered') return mentioned(sql`true`);
      if (leaf.op === 'in') return mentioned(sql`${column} = ANY(${asList(leaf.value).map(norm)}::text[])`);
      // contains: every named topic was mentioned (not necessarily in the same answer).
      return sql`(${sql.join(
        asList(leaf.value).map((v) => mentioned(sql`${column} = ${norm(v)}::text`)),
        sql` AND `,
      )})`;
    }
    case 'npsBand':
      if (leaf.op === 'eq' || leaf.op === 'in') {
        // Bands as score ranges, so the planner can use the (workspace, latest_nps) index and estimate well.
        const ranges = asList(leaf.value).map((band) => sql.raw(NPS_BAND_RANGES[String(band)] ?? 'false'));
        return sql`c.id IN (SELECT x.contact_id FROM contact_response_facts x
          WHERE x.workspace_id = ${ws} AND (${sql.join(ranges, sql` OR `)}))`;
      }
      return compileFact(field, leaf, cx);
    default:
      return compileFact(field, leaf, cx);
  }
}

const NPS_BAND_RANGES: Record<string, string> = {
  detractor: 'x.latest_nps <= 6',
  passive: 'x.latest_nps BETWEEN 7 AND 8',
  promoter: 'x.latest_nps >= 9',
};

/** A field read from a per-contact fact (a value or a count), with "no row" meaning none or 0. */
function compileFact(field: SegmentField, leaf: Leaf, cx: SegmentSqlContext): Sql {
  const rows = countedRows(field, cx);
  if (rows && isAtLeastOne(leaf)) {
    // "At least once": a semi-join the planner can also run as index probes for a few candidates.
    return sql`EXISTS (SELECT 1 FROM ${rows} AND x.contact_id = c.id)`;
  }
  const facts = factQuery(field, cx) as Sql;
  const predicate = valuePredicate(field, leaf.op, leaf.value, cx.now);
  const holdsAtZero =
    isCount(field) &&
    evaluateCondition(
      { field: 'v', op: leaf.op as 'eq', value: leaf.value as number },
      { answers: { v: 0 }, hidden: {} },
    );
  // A contact without a fact row has the value 0 (counts) or none: when the condition holds for 0,
  // select everyone except those whose counted value fails it.
  return holdsAtZero
    ? sql`NOT (c.id IN (SELECT f.contact_id FROM (${facts}) f WHERE NOT (${predicate})))`
    : sql`c.id IN (SELECT f.contact_id FROM (${facts}) f WHERE ${predicate})`;
}

/**
 * A leaf read from the contact's own answer-facts row (latest NPS or its band, last answer, answer count)
 * as a predicate over that row `x`, or null for any other leaf. Only positive operators that never hold
 * for a contact without a row qualify, so "has a row and the predicate holds" is exactly the leaf.
 */
function answerFactPredicate(leaf: Leaf, cx: SegmentSqlContext): Sql | null {
  if (NEGATIVE[leaf.op]) return null;
  const field = parseSegmentField(leaf.field);
  if (!field) return null;
  if (field.source === 'npsBand' && (leaf.op === 'eq' || leaf.op === 'in')) {
    const ranges = asList(leaf.value).map((band) => sql.raw(NPS_BAND_RANGES[String(band)] ?? 'false'));
    return sql`(${sql.join(ranges, sql` OR `)})`;
  }
  const column = {
    latestNps: 'x.latest_nps',
    lastResponseAt: 'x.last_response_at',
    responseCount: 'x.response_count',
  }[field.source as string];
  if (!column) return null;
  if (field.source === 'responseCount') {
    const holdsAtZero = evaluateCondition(
      { field: 'v', op: leaf.op as 'eq', value: leaf.value as number },
      { answers: { v: 0 }, hidden: {} },
    );
    if (holdsAtZero) return null;
  }
  const v = field.source === 'lastResponseAt' ? sql.ref(column) : sql`${sql.ref(column)}::numeric`;
  return valuePredicate(field, leaf.op, leaf.value, cx.now, v);
}

/** The condition as one SQL boolean over `contacts c` (check it first with `prepareSegmentCondition`). */
export function compileSegmentCondition(condition: TCondition, cx: SegmentSqlContext): RawBuilder<boolean> {
  const compile = (node: TCondition): Sql => {
    if ('all' in node) {
      // Leaves of one group that read the contact's answer-facts row become ONE semi-join with their
      // predicates together: a single pass over that table instead of one per leaf (one row per contact,
      // so "in each subset" and "in the subset where all hold" are the same contacts).
      const facts: { child: TCondition; predicate: Sql }[] = [];
      const rest: Sql[] = [];
      for (const child of node.all) {
        const predicate = 'field' in child ? answerFactPredicate(child, cx) : null;
        if (predicate) facts.push({ child, predicate });
        else rest.push(compile(child));
      }
      if (facts.length > 1) {
        rest.unshift(sql`c.id IN (SELECT x.contact_id FROM contact_response_facts x
          WHERE x.workspace_id = ${cx.workspaceId} AND ${sql.join(
            facts.map((f) => f.predicate),
            sql` AND `,
          )})`);
      } else if (facts.length === 1) rest.unshift(compile((facts[0] as { child: TCondition }).child));
      return rest.length === 0 ? sql`true` : sql`(${sql.join(rest, sql` AND `)})`;
    }
    if ('any' in node) return sql`(${sql.join(node.any.map(compile), sql` OR `)})`;
    if ('not' in node) return sql`NOT (${compile(node.not)})`;
    return compileLeaf(node, cx);
  };
  return compile(condition) as RawBuilder<boolean>;
}

/** A static segment's members as a boolean over `contacts c` (a merged member counts as its survivor). */
export function staticMembership(workspaceId: string, segmentId: string): RawBuilder<boolean> {
  return sql<boolean>`c.id IN (SELECT coalesce(x.merged_into, x.id) FROM segment_members sm
    JOIN contacts x ON x.workspace_id = sm.workspace_id AND x.id = sm.contact_id
    WHERE sm.workspace_id = ${workspaceId} AND sm.segment_id = ${segmentId})`;
}

/** Caps on one condition's size, so a single request cannot compile to thousands of subqueries. */
export const SEGMENT_CONDITION_LIMITS = { leaves: 50, listItems: 200, depth: 6 } as const;

/** Problems with the condition's overall size (leaves, list items across all leaves, group nesting depth). */
function conditionSizeIssues(condition: TCondition, param: string): { name: string; reason: string }[] {
  let leaves = 0;
  let listItems = 0;
  let depth = 0;
  // Iterative walk: a deeply nested body must not recurse once per level before the cap is checked.
  const stack: { node: TCondition; level: number }[] = [{ node: condition, level: 0 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop() as { node: TCondition; level: number };
    depth = Math.max(depth, level);
    if (depth > SEGMENT_CONDITION_LIMITS.depth) break;
    if ('all' in node) for (const child of node.all) stack.push({ node: child, level: level + 1 });
    else if ('any' in node) for (const child of node.any) stack.push({ node: child, level: level + 1 });
    else if ('not' in node) stack.push({ node: node.not, level: level + 1 });
    else {
      const list = Array.isArray(node.value) ? node.value.length : 0;
      listItems += list;
      // `topics contains [a, b, ...]` compiles to one subquery per value: each counts as a condition.
      leaves += node.op === 'contains' && list > 0 ? list : 1;
    }
  }
  const { leaves: maxLeaves, listItems: maxItems, depth: maxDepth } = SEGMENT_CONDITION_LIMITS;
  const issues: { name: string; reason: string }[] = [];
  if (depth > maxDepth) issues.push({ name: param, reason: `groups nest more than ${maxDepth} levels deep` });
  if (leaves > maxLeaves)
    issues.push({ name: param, reason: `more than ${maxLeaves} conditions (${leaves})` });
  if (listItems > maxItems) {
    issues.push({ name: param, reason: `more than ${maxItems} list values in total (${listItems})` });
  }
  return issues;
}

async function tableExists(db: Db, table: string): Promise<boolean> {
  const result = await sql<{ found: boolean }>`SELECT to_regclass(${table}) IS NOT NULL AS found`.execute(db);
  return Boolean(result.rows[0]?.found);
}

/**
 * Checks a condition (400 with every problem in invalidParams) and loads what compiling it needs: the
 * CSAT questions when `latestCsat` is used, and whether accounts and churn scores exist on this server.
 */
export async function prepareSegmentCondition(
  db: Db,
  workspaceId: string,
  condition: TCondition,
  param = 'condition',
): Promise<SegmentSqlContext> {
  const tooLarge = conditionSizeIssues(condition, param);
  if (tooLarge.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The segment condition is too large: see invalidParams.',
      tooLarge,
    );
  }
  const issues = validateSegmentCondition(condition, param);
  const fields = [...segmentConditionFields(condition)].map((name) => ({
    name,
    field: parseSegmentField(name),
  }));
  const needs = async (sources: string[], table: string, what: string) => {
    const using = fields.filter((f) => f.field && sources.includes(f.field.source));
    if (using.length > 0 && !(await tableExists(db, table))) {
      for (const f of using)
        issues.push({ name: param, reason: `${f.name}: ${what} are not available on this server yet` });
    }
  };
  await needs(['account', 'accountAttribute'], 'accounts', 'account fields');
  await needs(['churnRisk', 'churnScore'], 'contact_churn_scores', 'churn predictions');
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'The segment condition is not valid: see invalidParams.', issues);
  }
  const csatQuestions: SegmentSqlContext['csatQuestions'] = [];
  if (fields.some((f) => f.field?.source === 'latestCsat')) {
    const surveys = await db
      .selectFrom('surveys')
      .select(['id', 'definition'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    for (const survey of surveys) {
      const question = survey.definition.questions.find((q) => q.type === 'csat');
      if (question) csatQuestions.push({ surveyId: survey.id, questionId: question.id });
    }
  }
  return { workspaceId, now: new Date(), csatQuestions };
}

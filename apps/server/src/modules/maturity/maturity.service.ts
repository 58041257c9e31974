import {
  compareViews,
  MATURITY_QUESTIONS,
  type MaturityResult,
  maturityEvidence,
  scoreMaturity,
  validateAnswers,
} from '@touchpoint/core';
import type {
  TMaturityAnswersBody,
  TMaturityAssessment,
  TMaturityComparison,
  TMaturityOverview,
  TRole,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import type { WorkspacePrincipal } from '../../platform/http/principal';
import { responseRates } from '../metrics/index';
import { programmeHealth } from '../programme-health/index';

/** Evidence is measured over the last 90 days. */
const EVIDENCE_DAYS = 90;
const DAY_MS = 86_400_000;

type Row = {
  id: string;
  userId: string | null;
  userName: string | null;
  role: string;
  answers: Record<string, number>;
  result: Record<string, unknown>;
  createdAt: Date;
};

function present(row: Row): TMaturityAssessment {
  const result = row.result as unknown as MaturityResult;
  return {
    id: row.id,
    userId: row.userId,
    userName: row.userName,
    role: row.role as TRole,
    level: result.level,
    mean: result.mean,
    competencies: result.competencies,
    recommendations: result.recommendations,
    answers: row.answers,
    createdAt: row.createdAt.toISOString(),
  };
}

function selectAssessments(ctx: AppContext, workspaceId: string) {
  return ctx.db
    .selectFrom('maturityAssessments as m')
    .leftJoin('users as u', 'u.id', 'm.userId')
    .select(['m.id', 'm.userId', 'u.name as userName', 'm.role', 'm.answers', 'm.result', 'm.createdAt'])
    .where('m.workspaceId', '=', workspaceId);
}

/** What the workspace's own data shows for the competencies Touchpoint can see. */
export async function measureEvidence(ctx: AppContext, workspaceId: string, now = new Date()) {
  const from = new Date(now.getTime() - EVIDENCE_DAYS * DAY_MS).toISOString().slice(0, 10);
  const health = await programmeHealth(ctx, workspaceId, { from }, now);
  const rates = await responseRates(ctx, workspaceId, { groupBy: 'channel', from });
  const touchpoints = await ctx.db
    .selectFrom('touchpoints')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`(count(*) FILTER (WHERE owner_team_id IS NOT NULL))::int`.as('owned'),
    ])
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const automations = await ctx.db
    .selectFrom('automationRules')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  // An employee programme runs when an employee survey is published (live).
  const employeeSurvey = await ctx.db
    .selectFrom('surveys')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('audience', '=', 'employees')
    .where('status', '=', 'published')
    .limit(1)
    .executeTakeFirst();
  return maturityEvidence({
    loopClosure: { closed: health.loopClosure.closed, detractors: health.loopClosure.detractors },
    timeToFirstAction: health.timeToFirstAction,
    responses: {
      displays: rates.groups.reduce((s, g) => s + g.displays, 0),
      // Responses without a recorded display (e.g. imported ones) do not count towards the rate.
      started: rates.groups.reduce((s, g) => s + (g.displays > 0 ? g.started : 0), 0),
    },
    touchpoints: { owned: Number(touchpoints.owned), total: Number(touchpoints.total) },
    automationsLive: Number(automations.n),
    employeeProgramme: employeeSurvey !== undefined,
  });
}

export async function maturityOverview(ctx: AppContext, workspaceId: string): Promise<TMaturityOverview> {
  const latest = await selectAssessments(ctx, workspaceId)
    .orderBy('m.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    questions: MATURITY_QUESTIONS.map((q) => ({
      id: q.id,
      competency: q.competency,
      text: q.text,
      options: q.options.map((text, i) => ({ value: i + 1, text })),
    })),
    evidence: await measureEvidence(ctx, workspaceId),
    latest: latest ? present(latest) : null,
  };
}

export async function createAssessment(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TMaturityAnswersBody,
): Promise<TMaturityAssessment> {
  const problems = validateAnswers(body.answers);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Answer every question with 1 to 5: ${problems.length} problem(s).`,
      problems.map((p) => ({ name: `body.answers.${p.questionId}`, reason: p.reason })),
    );
  }
  const result = scoreMaturity(body.answers);
  const id = uuidv7();
  await ctx.db
    .insertInto('maturityAssessments')
    .values({
      workspaceId: principal.workspaceId,
      id,
      userId: principal.userId,
      role: principal.role,
      answers: JSON.stringify(body.answers),
      result: JSON.stringify(result),
    })
    .execute();
  const row = await selectAssessments(ctx, principal.workspaceId)
    .where('m.id', '=', id)
    .executeTakeFirstOrThrow();
  return present(row);
}

export async function listAssessments(
  ctx: AppContext,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  const before = decodeCursor(query.cursor);
  const rows = await selectAssessments(ctx, workspaceId)
    .$if(Boolean(before), (q) => q.where('m.id', '<', before as string))
    .orderBy('m.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => r.id, present);
}

/** The latest assessment of each person (API keys count as one view per role), compared per competency. */
export async function compareAssessments(ctx: AppContext, workspaceId: string): Promise<TMaturityComparison> {
  const rows = await selectAssessments(ctx, workspaceId)
    .distinctOn(sql`coalesce(m.user_id::text, m.role)`)
    .orderBy(sql`coalesce(m.user_id::text, m.role)`)
    .orderBy('m.id', 'desc')
    .execute();
  const latest = rows.map(present).sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  return {
    people: latest.map((a) => ({
      assessmentId: a.id,
      userId: a.userId,
      userName: a.userName,
      role: a.role,
      level: a.level,
      createdAt: a.createdAt,
    })),
    competencies: compareViews(
      latest.map((a) => ({ userId: a.userId, role: a.role, competencies: a.competencies })),
    ).map((c) => ({ ...c, scores: c.scores.map((s) => ({ ...s, role: s.role as TRole })) })),
  };
}

import { computeCes, computeCsat, computeNps, isSmallSample } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { queryMetric } from '../metrics/index';

// The metric a plan should move, before and after: the 30 days before the plan was created, and the time
// since it was completed (or since it was created, while it is not done yet). Scope: the plan's
// touchpoint (all its responses, through the metrics module and its rollups), else — for a plan with
// only a topic — the responses that mention the topic (read raw, since rollups carry no topics; the
// arithmetic is @touchpoint/core's computeNps/computeCsat/computeCes, as everywhere else).

const DAY_MS = 86_400_000;
export const BEFORE_DAYS = 30;
/** A topic window reads raw responses: a bound keeps a huge topic from making one page slow. */
const TOPIC_ROW_LIMIT = 50_000;

type Metric = 'nps' | 'csat' | 'ces';
const SCALES: Record<Metric, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };

export interface MetricWindow {
  from: string;
  to: string;
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  smallSample: boolean;
}

export interface PlanImpact {
  metric: Metric;
  scope: 'touchpoint' | 'topic';
  before: MetricWindow;
  after: MetricWindow;
  afterSince: 'completion' | 'creation';
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

async function touchpointWindow(
  ctx: AppContext,
  workspaceId: string,
  metric: Metric,
  touchpointId: string,
  from: string,
  to: string,
): Promise<MetricWindow> {
  const result = await queryMetric(ctx, workspaceId, { metric, touchpointId, from, to });
  return {
    from,
    to,
    value: result.value,
    n: result.n,
    ci95: result.ci95,
    smallSample: result.smallSample,
  };
}

async function topicWindow(
  ctx: AppContext,
  workspaceId: string,
  metric: Metric,
  topicId: string,
  from: string,
  to: string,
): Promise<MetricWindow> {
  const { rows } = await sql<{ answers: Record<string, unknown>; definition: TSurveyDefinition }>`
    SELECT r.answers, s.definition
    FROM responses r
    JOIN surveys s ON s.workspace_id = r.workspace_id AND s.id = r.survey_id
    WHERE r.workspace_id = ${workspaceId}
      AND r.created_at >= ${`${from}T00:00:00Z`}::timestamptz AND r.created_at < ${`${to}T00:00:00Z`}::timestamptz
      AND EXISTS (SELECT 1 FROM text_topic_matches m
        WHERE m.workspace_id = r.workspace_id AND m.item_kind = 'response' AND m.item_id = r.id AND m.topic_id = ${topicId})
    LIMIT ${TOPIC_ROW_LIMIT}
  `.execute(ctx.db);
  const values: number[] = [];
  const [min, max] = SCALES[metric];
  for (const row of rows) {
    for (const question of row.definition.questions) {
      if (question.type !== metric) continue;
      const value = row.answers[question.id];
      // Stored answers were validated on submission; a value off the scale (an old definition) is skipped.
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
        values.push(value);
    }
  }
  const result =
    metric === 'nps' ? computeNps(values) : metric === 'csat' ? computeCsat(values) : computeCes(values);
  return {
    from,
    to,
    value: result.value,
    n: result.n,
    ci95: result.ci95,
    smallSample: isSmallSample(result.n),
  };
}

/** Before and after figures of a plan, or null when it names neither a touchpoint nor a topic. */
export async function planImpact(
  ctx: AppContext,
  workspaceId: string,
  plan: {
    metric: Metric;
    touchpointId: string | null;
    topicId: string | null;
    status: string;
    createdAt: Date;
    completedAt: Date | null;
  },
  now = new Date(),
): Promise<PlanImpact | null> {
  const created = plan.createdAt.getTime();
  const isDone = plan.status === 'done' && plan.completedAt !== null;
  const afterStart = isDone ? (plan.completedAt as Date).getTime() : created;
  // Whole UTC days: before = [creation day − 30, creation day), after = [start day, tomorrow).
  const before = { from: day(created - BEFORE_DAYS * DAY_MS), to: day(created) };
  const after = { from: day(afterStart), to: day(now.getTime() + DAY_MS) };
  const windowOf = plan.touchpointId
    ? (from: string, to: string) =>
        touchpointWindow(ctx, workspaceId, plan.metric, plan.touchpointId as string, from, to)
    : plan.topicId
      ? (from: string, to: string) =>
          topicWindow(ctx, workspaceId, plan.metric, plan.topicId as string, from, to)
      : null;
  if (!windowOf) return null;
  return {
    metric: plan.metric,
    scope: plan.touchpointId ? 'touchpoint' : 'topic',
    before: await windowOf(before.from, before.to),
    after: await windowOf(after.from, after.to),
    afterSince: isDone ? 'completion' : 'creation',
  };
}

import { type ChangeTest, compareNps, compareProportions } from '@touchpoint/core';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { queryMetric } from '../metrics/index';
import { type AlertRuleRow, parseAnomaly, parseCreateCase } from './alert-rules.service';
import { notifyTargets } from './alerts.service';
import { createCase } from './cases.service';

const DAY_MS = 86_400_000;

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function shiftDay(day: string, days: number): string {
  return dayOf(new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS));
}

/**
 * The metric over the last `windowDays` days (today included) against the `baselineDays` before them, with
 * the significance test the dashboards use for "change vs previous period".
 */
export async function measureAnomaly(
  ctx: AppContext,
  rule: Pick<AlertRuleRow, 'workspaceId' | 'surveyId' | 'anomaly'>,
  today: string,
): Promise<{
  windowFrom: string;
  windowTo: string;
  baselineFrom: string;
  baseline: number | null;
  current: number | null;
  n: { baseline: number; current: number };
  test: ChangeTest | null;
} | null> {
  const anomaly = parseAnomaly(rule.anomaly);
  if (!anomaly) return null;
  const windowTo = shiftDay(today, 1); // exclusive
  const windowFrom = shiftDay(windowTo, -anomaly.windowDays);
  const baselineFrom = shiftDay(windowFrom, -anomaly.baselineDays);
  const base = {
    metric: anomaly.metric,
    surveyId: rule.surveyId ?? undefined,
    touchpointId: anomaly.touchpointId ?? undefined,
  };
  const before = await queryMetric(ctx, rule.workspaceId, { ...base, from: baselineFrom, to: windowFrom });
  const now = await queryMetric(ctx, rule.workspaceId, { ...base, from: windowFrom, to: windowTo });
  const test =
    anomaly.metric === 'nps'
      ? compareNps(before as never, now as never)
      : compareProportions(
          { successes: (before as { successes?: number }).successes ?? 0, n: before.n },
          { successes: (now as { successes?: number }).successes ?? 0, n: now.n },
        );
  return {
    windowFrom,
    windowTo,
    baselineFrom,
    baseline: before.value,
    current: now.value,
    n: { baseline: before.n, current: now.n },
    test,
  };
}

/**
 * The hourly anomaly check: each active anomaly rule whose metric dropped significantly fires once a day
 * (one alert per rule and window end date), opening a case when the rule says so.
 */
export async function checkAnomalyRules(ctx: AppContext, now = new Date()): Promise<number> {
  const today = dayOf(now);
  const rules = await ctx.db
    .selectFrom('alertRules')
    .selectAll()
    .where('kind', '=', 'anomaly')
    .where('active', '=', true)
    .execute();
  let fired = 0;
  for (const rule of rules) {
    const already = await ctx.db
      .selectFrom('alerts')
      .select('id')
      .where('workspaceId', '=', rule.workspaceId)
      .where('ruleId', '=', rule.id)
      .where('subjectKind', '=', 'metric')
      .where('subjectKey', '=', today)
      .executeTakeFirst();
    if (already) continue;
    const measured = await measureAnomaly(ctx, rule, today);
    if (!measured?.test?.significant || measured.test.delta >= 0) continue;
    const anomaly = parseAnomaly(rule.anomaly);
    const metricName = anomaly?.metric === 'csat' ? 'CSAT' : 'NPS';
    const didFire = await inTransaction(ctx, async (tx) => {
      const alertId = uuidv7();
      const inserted = await tx
        .insertInto('alerts')
        .values({
          workspaceId: rule.workspaceId,
          id: alertId,
          ruleId: rule.id,
          subjectKind: 'metric',
          subjectKey: today,
          facts: JSON.stringify({ metric: anomaly?.metric, ...measured }),
        })
        .onConflict((oc) => oc.columns(['workspaceId', 'ruleId', 'subjectKind', 'subjectKey']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      const delta = Math.round((measured.test?.delta ?? 0) * 10) / 10;
      const title = `${rule.name}: ${metricName} dropped ${Math.abs(delta)} points (${measured.windowFrom} – ${today})`;
      let caseId: string | null = null;
      const spec = parseCreateCase(rule.createCase);
      if (spec) {
        const created = await createCase(
          ctx,
          rule.workspaceId,
          {
            title,
            description: `${metricName} ${formatValue(measured.current)} over ${measured.n.current} answers since ${measured.windowFrom}, against ${formatValue(measured.baseline)} over ${measured.n.baseline} answers in the ${anomaly?.baselineDays ?? 28} days before (p = ${measured.test?.pValue.toFixed(4)}).`,
            priority: spec.priority,
            source: 'alert',
            actor: 'system',
            alertRuleId: rule.id,
            touchpointId: anomaly?.touchpointId ?? null,
            teamId: spec.teamId,
          },
          tx,
        );
        caseId = created.id;
        await tx
          .updateTable('alerts')
          .set({ caseId })
          .where('workspaceId', '=', rule.workspaceId)
          .where('id', '=', alertId)
          .execute();
      }
      await recordEvent(tx, {
        workspaceId: rule.workspaceId,
        type: 'alert.fired',
        actor: 'system',
        subjectId: alertId,
        payload: { alertId, ruleId: rule.id, subjectKind: 'metric', subjectKey: today, caseId },
      });
      await notifyTargets(tx, rule.workspaceId, rule, alertId, {
        title,
        body: '',
        link: caseId ? `/cases/${caseId}` : '/cases/alert-rules',
      });
      return true;
    });
    if (didFire) fired += 1;
  }
  return fired;
}

function formatValue(value: number | null): string {
  return value === null ? '—' : String(Math.round(value * 10) / 10);
}

import { guardBreakdowns, SMALL_SAMPLE_FLOOR, wilsonInterval } from '@touchpoint/core';
import type { TExCxResult, TGuardedFigure, TMeasured, TSurveyDefinition } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { anonymousMetric, findAnonymousSurvey, minimumGroupSizes } from '../employees/anonymous-results';
import { pearson } from './correlation';
import { customerScores, dayWindow, measuredCsat, measuredNps } from './customer-scores';
import { type TeamResponseIds, teamCustomerResponses } from './team-customer-responses';

type Team = { id: string; name: string };

/**
 * The department each team's staff answer in. Anonymous answers keep only their reporting attributes
 * (department, location, tenure band), never a team, so a team's eNPS is that of the department most of its
 * people (by the directory's team link) belong to; a team nobody is linked to takes the department of the
 * same name. Several teams in one department share its figure: the page says which department it is.
 */
async function teamDepartments(db: Db, workspaceId: string, teams: readonly Team[]) {
  const rows = await db
    .selectFrom('employees')
    .select(['teamId', 'department'])
    .select((eb) => eb.fn.countAll<number>().as('people'))
    .where('workspaceId', '=', workspaceId)
    .where('leftAt', 'is', null)
    .where('department', 'is not', null)
    .groupBy(['teamId', 'department'])
    .execute();
  const departments = new Set(rows.map((r) => r.department as string));
  const result = new Map<string, string | null>();
  for (const team of teams) {
    const linked = rows
      .filter((r) => r.teamId === team.id)
      .sort(
        (a, b) =>
          Number(b.people) - Number(a.people) ||
          (a.department as string).localeCompare(b.department as string),
      );
    const sameName = [...departments].find((d) => d.toLowerCase() === team.name.trim().toLowerCase());
    result.set(team.id, (linked[0]?.department as string | undefined) ?? sameName ?? null);
  }
  return result;
}

/** A respondent is engaged when their pulse statements (1–5 ratings) average 4 or more. */
function engagementOf(answers: Record<string, unknown>, ratingIds: readonly string[]): boolean | null {
  const values = ratingIds.map((id) => answers[id]).filter((v): v is number => typeof v === 'number');
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length >= 4;
}

function engagementFigure(flags: readonly boolean[]): TMeasured {
  const engaged = flags.filter(Boolean).length;
  const estimate = wilsonInterval(engaged, flags.length);
  if (estimate.value === null) return { value: null, n: 0, ci95: null };
  return {
    value: (engaged * 100) / flags.length,
    n: flags.length,
    ci95: [estimate.ci95[0] * 100, estimate.ci95[1] * 100],
  };
}

interface Wave {
  surveyId: string;
  name: string;
  closedAt: Date;
  enps: Map<string, TGuardedFigure>;
  engagement: Map<string, TGuardedFigure>;
}

/**
 * One closed anonymous pulse's department cells, through the confidentiality guard exactly as the metrics
 * API judges them: the whole and every group of every reporting attribute of the survey form one table, so
 * this view can show nothing the results page would not (a suppressed department stays suppressed here).
 */
async function readWave(
  ctx: AppContext,
  workspaceId: string,
  survey: {
    id: string;
    name: string;
    closedAt: Date;
    definition: TSurveyDefinition;
    reportingAttributes: string[];
  },
  k: number,
): Promise<Wave> {
  const npsQuestion = survey.definition.questions.find((q) => q.type === 'nps');
  const ratingIds = survey.definition.questions.filter((q) => q.type === 'rating').map((q) => q.id);
  const rows = await ctx.db
    .selectFrom('responses')
    .select(['answers', 'hiddenFields'])
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', survey.id)
    .where('finished', '=', true)
    .execute();
  const judge = <T>(
    values: { attributes: Record<string, string>; value: T }[],
    figure: (v: T[]) => TMeasured,
  ) => {
    const cells = new Map<string, TGuardedFigure>();
    if (values.length === 0) return cells;
    const { guard, wholeKey, groupKey } = guardBreakdowns(
      values.map((v) => ({ attributes: v.attributes, count: 1 })),
      survey.reportingAttributes,
      k,
    );
    const wholeSuppressed = guard.isSuppressed(wholeKey);
    const byDepartment = new Map<string, T[]>();
    for (const v of values) {
      const department = v.attributes.department ?? '';
      byDepartment.set(department, [...(byDepartment.get(department) ?? []), v.value]);
    }
    for (const [department, list] of byDepartment) {
      if (department === '') continue;
      cells.set(
        department,
        wholeSuppressed || guard.isSuppressed(groupKey('department', department))
          ? { suppressed: true }
          : { suppressed: false, ...figure(list) },
      );
    }
    return cells;
  };
  const engagementValues = rows.flatMap((r) => {
    const engaged = engagementOf(r.answers, ratingIds);
    return engaged === null ? [] : [{ attributes: r.hiddenFields, value: engaged }];
  });
  // eNPS comes from the metrics API's own guarded reading (the same cells, the same wave rule), so this
  // view can never show a department the results page hides.
  const enps = new Map<string, TGuardedFigure>();
  const anonymous = npsQuestion ? await findAnonymousSurvey(ctx, workspaceId, survey.id) : undefined;
  if (anonymous) {
    const result = await anonymousMetric(ctx, workspaceId, anonymous, {
      metric: 'nps',
      groupBy: 'department',
      smallSampleFloor: SMALL_SAMPLE_FLOOR,
    });
    for (const group of result.groups) {
      if (group.key === '(none)') continue;
      enps.set(
        group.key,
        group.suppressed
          ? { suppressed: true }
          : { suppressed: false, value: group.value, n: group.n, ci95: group.ci95 },
      );
    }
  }
  const engagement = judge(engagementValues, engagementFigure);
  for (const department of engagement.keys()) {
    if (enps.get(department)?.suppressed !== false) engagement.set(department, { suppressed: true });
  }
  return {
    surveyId: survey.id,
    name: survey.name,
    closedAt: survey.closedAt,
    enps,
    engagement,
  };
}

function customerFigures(
  ids: TeamResponseIds | undefined,
  scores: Awaited<ReturnType<typeof customerScores>>,
) {
  const pick = (list: readonly string[]) => [...new Set(list)].flatMap((id) => scores.get(id) ?? []);
  const all = pick([...(ids?.touchpoints ?? []), ...(ids?.cases ?? []), ...(ids?.conversations ?? [])]);
  const tp = pick(ids?.touchpoints ?? []);
  const cases = pick(ids?.cases ?? []);
  const conversations = pick(ids?.conversations ?? []);
  return {
    csat: measuredCsat(all.map((s) => s.csat)),
    nps: measuredNps(all.map((s) => s.nps)),
    sources: {
      touchpoints: { csat: measuredCsat(tp.map((s) => s.csat)), nps: measuredNps(tp.map((s) => s.nps)) },
      cases: { csat: measuredCsat(cases.map((s) => s.csat)), nps: measuredNps(cases.map((s) => s.nps)) },
      conversations: { csat: measuredCsat(conversations.map((s) => s.csat)) },
    },
  };
}

async function customerFiguresByTeam(ctx: AppContext, workspaceId: string, start: Date, end: Date) {
  const byTeam = await teamCustomerResponses(ctx.db, workspaceId, start, end);
  const ids = [...byTeam.values()].flatMap((e) => [...e.touchpoints, ...e.cases, ...e.conversations]);
  const scores = await customerScores(ctx.db, workspaceId, ids);
  return (teamId: string) => customerFigures(byTeam.get(teamId), scores);
}

const MONTH = (d: Date) => d.toISOString().slice(0, 7);

export async function exCx(
  ctx: AppContext,
  workspaceId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<TExCxResult> {
  const window = dayWindow(query);
  const teams = await ctx.db
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute();
  const departments = await teamDepartments(ctx.db, workspaceId, teams);
  const { results: k } = await minimumGroupSizes(ctx, workspaceId);
  // Only closed pulses: their answers are final, so looking twice cannot isolate the newest answers.
  const surveys = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'name', 'closedAt', 'definition', 'reportingAttributes'])
    .where('workspaceId', '=', workspaceId)
    .where('audience', '=', 'employees')
    .where('anonymous', '=', true)
    .where('status', '=', 'closed')
    .where('closedAt', '>=', window.start)
    .where('closedAt', '<', window.end)
    .orderBy('closedAt')
    .execute();
  const waves: Wave[] = [];
  for (const s of surveys) {
    if (!s.closedAt || !s.reportingAttributes.includes('department')) continue;
    waves.push(
      await readWave(
        ctx,
        workspaceId,
        { ...s, closedAt: s.closedAt, definition: s.definition as TSurveyDefinition },
        k,
      ),
    );
  }
  const latest = waves.at(-1);
  const overall = await customerFiguresByTeam(ctx, workspaceId, window.start, window.end);

  // Over time: each pulse beside the customer figures of the calendar month it closed in.
  const monthly = new Map<string, Awaited<ReturnType<typeof customerFiguresByTeam>>>();
  const periods: TExCxResult['periods'] = [];
  const enpsCsat: [number, number][] = [];
  const enpsNps: [number, number][] = [];
  for (const wave of waves) {
    const month = MONTH(wave.closedAt);
    if (!monthly.has(month)) {
      const start = new Date(`${month}-01T00:00:00Z`);
      const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
      monthly.set(month, await customerFiguresByTeam(ctx, workspaceId, start, end));
    }
    const figuresOf = monthly.get(month) as Awaited<ReturnType<typeof customerFiguresByTeam>>;
    const rows = teams.map((team) => {
      const department = departments.get(team.id);
      const enps = department ? (wave.enps.get(department) ?? null) : null;
      const customer = figuresOf(team.id);
      if (enps && !enps.suppressed && enps.value !== null) {
        if (customer.csat.value !== null) enpsCsat.push([enps.value, customer.csat.value]);
        if (customer.nps.value !== null) enpsNps.push([enps.value, customer.nps.value]);
      }
      return { teamId: team.id, enps, csat: customer.csat, nps: customer.nps };
    });
    periods.push({
      surveyId: wave.surveyId,
      name: wave.name,
      closedAt: wave.closedAt.toISOString(),
      month,
      teams: rows,
    });
  }

  return {
    from: window.from,
    to: window.to,
    minGroupSize: k,
    teams: teams.map((team) => {
      const department = departments.get(team.id) ?? null;
      return {
        teamId: team.id,
        name: team.name,
        department,
        wave: latest
          ? { surveyId: latest.surveyId, name: latest.name, closedAt: latest.closedAt.toISOString() }
          : null,
        enps: latest && department ? (latest.enps.get(department) ?? null) : null,
        engagement: latest && department ? (latest.engagement.get(department) ?? null) : null,
        customer: overall(team.id),
      };
    }),
    periods,
    correlation: { enpsCsat: pearson(enpsCsat), enpsNps: pearson(enpsNps) },
  };
}

// Dashboard metrics at scale: the same questions answered from the metric rollups and from raw responses,
// in the same run, on the same PostgreSQL database. Prints figures and ratios; never fails on time. It exits
// 1 only when it could not run (a setup request failed, the load or the rollup build threw).
//
//   npx tsx bench/metrics.bench.ts
//
// BENCH_RESPONSES (10000000), BENCH_RUNS (5 measured runs after 1 warm-up), BENCH_DATABASE_URL
// (postgres://postgres@127.0.0.1:5432/postgres; a temporary database is created and dropped, also on failure),
// BENCH_EXPLAIN=1 prints EXPLAIN (ANALYZE, BUFFERS) of one call of each query on both paths,
// BENCH_KEEP_DATABASE=1 keeps the database for a closer look (its name is printed; drop it yourself).
//
// The queries, each through queryMetric(…, 'rollups'), queryMetric(…, 'raw') and GET /api/v1/metrics (rollups):
// (1) the overview, NPS, CSAT and CES over the last 30 days (three calls); (2) the weekly NPS trend of each of
// the 8 touchpoints over 53 weeks (eight calls, groupBy=week&touchpointId=…: one series per touchpoint, as a
// chart with one line per touchpoint asks for it); (3) CSAT by channel for language vi over the last 90 days;
// and, beyond the issue, (4) the web overview's sparkline (NPS by week over 90 days, all touchpoints) and (5) the
// overview's NPS over the last 365 days.
//
// The responses are generated on the fly (a seeded generator: every run draws the same scores, channels and
// languages; ids are random and the year ends yesterday) and streamed into PostgreSQL with COPY: the benchmark
// never holds more than one chunk of rows in memory.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { queryMetric, rebuildRollups } from '../apps/server/src/modules/metrics/index';
import type { MetricQuery } from '../apps/server/src/modules/metrics/metrics.service';
import { createLogger } from '../apps/server/src/platform/logger';
import { startTouchpoint, type Touchpoint } from '../apps/server/src/touchpoint';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 10_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === '1';
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The dashboard goal of the issue: every query under this, at 10 M responses. */
const GOAL_MS = 150;
/** …and at least this many times faster than computing the same answer from raw rows. */
const GOAL_RATIO = 30;
const NO_TOUCHPOINT = '00000000-0000-0000-0000-000000000000';
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length };
}

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const int = (value: number) => Math.round(value).toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The first field where two answers differ (ignoring `source` at the top), or null when they are equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path || '(answer)'}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
    return `${path}.length: ${a.length} vs ${b.length}`;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (path === '' && key === 'source') continue;
    const difference = firstDifference(
      left[key],
      right[key],
      Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key,
    );
    if (difference) return difference;
  }
  return null;
}

/** A seeded generator (mulberry32): the same data on every run, so runs can be compared. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | null = null;
  const normal = () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u = 1 - next();
    const v = next();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };
  return { next, normal };
}

/** Picks an index by weight; `cumulative` is the running sum of the weights, ending at 1. */
function pick(cumulative: number[], u: number): number {
  for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] as number)) return i;
  return cumulative.length - 1;
}

function cumulativeOf(weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let running = 0;
  return weights.map((w) => {
    running += w / total;
    return running;
  });
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, Math.round(value)));

// ---------------------------------------------------------------------------------------------------------
// Memory of the server process (this process: Touchpoint runs in it), sampled every 250 ms
// ---------------------------------------------------------------------------------------------------------

interface MemoryFigures {
  samples: number;
  rssPeak: number;
  rssSum: number;
  heapPeak: number;
  heapSum: number;
}

class MemorySampler {
  readonly phases = new Map<string, MemoryFigures>();
  private current: string | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
  }

  phase(name: string | null) {
    this.current = name;
    this.sample();
  }

  stop() {
    clearInterval(this.timer);
  }

  private sample() {
    if (!this.current) return;
    const { rss, heapUsed } = process.memoryUsage();
    const figures = this.phases.get(this.current) ?? {
      samples: 0,
      rssPeak: 0,
      rssSum: 0,
      heapPeak: 0,
      heapSum: 0,
    };
    figures.samples += 1;
    figures.rssPeak = Math.max(figures.rssPeak, rss);
    figures.rssSum += rss;
    figures.heapPeak = Math.max(figures.heapPeak, heapUsed);
    figures.heapSum += heapUsed;
    this.phases.set(this.current, figures);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The workspace: a journey of 5 stages and 8 touchpoints, 3 bilingual surveys (NPS, CSAT, CES, a comment)
// ---------------------------------------------------------------------------------------------------------

const CHANNELS = ['web', 'app', 'email', 'sms', 'store'] as const;
/** Channel effect on the latent score (people answering in a store are happier than by SMS). */
const CHANNEL_EFFECT = [0, 0.25, -0.2, -0.35, 0.3];
const LANGUAGES = ['en', 'vi'] as const;
const LANGUAGE_CUMULATIVE = cumulativeOf([0.55, 0.45]);

interface TouchpointSpec {
  name: string;
  stage: string;
  /** Mean latent score (0–10 scale) at the start of the year. */
  base: number;
  /** Change of the mean over the year, spread linearly. */
  drift: number;
  /** Change of the mean in the seasonal peak (late November–December), times the peak's intensity. */
  peakEffect: number;
  /** A step change half-way through the year (a release, a new courier, a staffing change). */
  step: number;
  /** Weights of CHANNELS for responses collected at this touchpoint. */
  channels: number[];
}

const TOUCHPOINTS: TouchpointSpec[] = [
  {
    name: 'Website',
    stage: 'Discover',
    base: 7.9,
    drift: 0.3,
    peakEffect: -0.2,
    step: 0,
    channels: [55, 5, 25, 10, 5],
  },
  {
    name: 'Checkout',
    stage: 'Buy',
    base: 8.4,
    drift: -0.3,
    peakEffect: -0.5,
    step: 0,
    channels: [45, 30, 15, 5, 5],
  },
  {
    name: 'Store visit',
    stage: 'Buy',
    base: 8.8,
    drift: 0.1,
    peakEffect: -0.3,
    step: 0,
    channels: [5, 5, 15, 25, 50],
  },
  {
    name: 'Delivery',
    stage: 'Receive',
    base: 7.6,
    drift: -0.4,
    peakEffect: -1.4,
    step: 0.6,
    channels: [10, 20, 30, 40, 0],
  },
  {
    name: 'Store pickup',
    stage: 'Receive',
    base: 8.2,
    drift: 0,
    peakEffect: -0.4,
    step: 0,
    channels: [0, 10, 10, 20, 60],
  },
  {
    name: 'Mobile app',
    stage: 'Use',
    base: 7.4,
    drift: 0.2,
    peakEffect: 0,
    step: 0.9,
    channels: [10, 75, 10, 5, 0],
  },
  {
    name: 'Call centre',
    stage: 'Get help',
    base: 6.7,
    drift: 0.7,
    peakEffect: -0.6,
    step: 0,
    channels: [15, 0, 40, 45, 0],
  },
  {
    name: 'Live chat',
    stage: 'Get help',
    base: 7.7,
    drift: -0.1,
    peakEffect: -0.3,
    step: 0,
    channels: [50, 35, 15, 0, 0],
  },
];
const STAGES = [...new Set(TOUCHPOINTS.map((t) => t.stage))];

interface SurveySpec {
  name: string;
  /** Question ids differ between surveys, as they do in real workspaces. */
  ids: { nps: string; csat: string; ces: string; comment: string };
  /** Indexes into TOUCHPOINTS of the touchpoints this survey is collected at, with weights. */
  touchpoints: number[];
  touchpointWeights: number[];
  /** The touchpoint the survey is attached to in Touchpoint. */
  attachedTo: number;
  share: number;
  csatAnswered: number;
  cesAnswered: number;
  commentAnswered: number;
}

const SURVEYS: SurveySpec[] = [
  {
    name: 'Purchase experience',
    ids: { nps: 'nps', csat: 'csat', ces: 'effort', comment: 'comment' },
    touchpoints: [0, 1, 2, 5],
    touchpointWeights: [25, 35, 20, 20],
    attachedTo: 1,
    share: 0.45,
    csatAnswered: 0.93,
    cesAnswered: 0.8,
    commentAnswered: 0.22,
  },
  {
    name: 'Delivery and pickup',
    ids: { nps: 'recommend', csat: 'satisfaction', ces: 'ease', comment: 'comment' },
    touchpoints: [3, 4],
    touchpointWeights: [70, 30],
    attachedTo: 3,
    share: 0.3,
    csatAnswered: 0.9,
    cesAnswered: 0.6,
    commentAnswered: 0.18,
  },
  {
    name: 'Support follow-up',
    ids: { nps: 'nps', csat: 'csat', ces: 'ces', comment: 'why' },
    touchpoints: [6, 7],
    touchpointWeights: [55, 45],
    attachedTo: 6,
    share: 0.25,
    csatAnswered: 0.95,
    cesAnswered: 0.85,
    commentAnswered: 0.3,
  },
];
/** Share of responses with no touchpoint (imported history, links sent before touchpoints existed). */
const NO_TOUCHPOINT_SHARE = 0.03;

const COMMENTS = [
  'Fast delivery and friendly staff.',
  'Nhân viên thân thiện, giao hàng nhanh.',
  'The app crashed twice while paying; please fix it.',
  'Giá hơi cao so với chất lượng.',
  'Waited 20 minutes on the phone before anyone answered.',
  'Đóng gói cẩn thận, sẽ mua lại.',
].map((comment) => JSON.stringify(comment));

function surveyBody(spec: SurveySpec, touchpointId: string) {
  return {
    name: spec.name,
    touchpointId,
    defaultLanguage: 'en',
    languages: ['en', 'vi'],
    questions: [
      {
        id: spec.ids.nps,
        type: 'nps',
        required: true,
        text: {
          en: 'How likely are you to recommend us to a friend?',
          vi: 'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè không?',
        },
        lowLabel: { en: 'Not at all likely', vi: 'Hoàn toàn không' },
        highLabel: { en: 'Extremely likely', vi: 'Chắc chắn có' },
      },
      {
        id: spec.ids.csat,
        type: 'csat',
        text: { en: 'How satisfied are you with this visit?', vi: 'Bạn hài lòng thế nào với lần này?' },
      },
      {
        id: spec.ids.ces,
        type: 'ces',
        text: { en: 'It was easy to get what I needed.', vi: 'Tôi dễ dàng có được điều mình cần.' },
      },
      {
        id: spec.ids.comment,
        type: 'open_text',
        text: { en: 'What should we improve?', vi: 'Chúng tôi nên cải thiện điều gì?' },
      },
    ],
  };
}

interface Workspace {
  workspaceId: string;
  cookie: string;
  touchpointIds: string[];
  surveyIds: string[];
}

async function createWorkspace(app: FastifyInstance): Promise<Workspace> {
  const signUp = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: {
      email: `bench${Date.now()}@example.com`,
      password: 'benchmark password',
      name: 'Bench',
      workspaceName: 'Metrics bench',
    },
  });
  if (signUp.statusCode !== 201) throw new Error(`sign-up failed: ${signUp.statusCode} ${signUp.body}`);
  const me = signUp.json() as { workspace: { id: string }; csrfToken: string };
  const cookie = `tp_session=${signUp.cookies.find((c) => c.name === 'tp_session')?.value}`;
  const headers = { cookie, 'x-csrf-token': me.csrfToken };
  const post = async (url: string, payload: object, expected = 201) => {
    const response = await app.inject({ method: 'POST', url, headers, payload });
    if (response.statusCode !== expected) {
      throw new Error(`POST ${url} failed: ${response.statusCode} ${response.body}`);
    }
    return response.json();
  };

  const journey = (await post('/api/v1/journeys', {
    name: 'Retail customer journey',
    stages: STAGES.map((stage) => ({
      name: stage,
      touchpoints: TOUCHPOINTS.filter((t) => t.stage === stage).map((t) => ({
        name: t.name,
        channels: CHANNELS.filter((_, i) => (t.channels[i] ?? 0) > 0),
      })),
    })),
  })) as { stages: { touchpoints: { id: string; name: string }[] }[] };
  const byName = new Map(journey.stages.flatMap((s) => s.touchpoints).map((t) => [t.name, t.id]));
  const touchpointIds = TOUCHPOINTS.map((t) => {
    const id = byName.get(t.name);
    if (!id) throw new Error(`touchpoint ${t.name} missing from the created journey`);
    return id;
  });

  const surveyIds: string[] = [];
  for (const spec of SURVEYS) {
    const survey = (await post(
      '/api/v1/surveys',
      surveyBody(spec, touchpointIds[spec.attachedTo] as string),
    )) as { id: string };
    const published = await app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/publish`,
      headers,
    });
    if (published.statusCode >= 300) {
      throw new Error(`publishing failed: ${published.statusCode} ${published.body}`);
    }
    surveyIds.push(survey.id);
  }
  return { workspaceId: me.workspace.id, cookie, touchpointIds, surveyIds };
}

// ---------------------------------------------------------------------------------------------------------
// Responses, generated on the fly and streamed with COPY
// ---------------------------------------------------------------------------------------------------------

const COPY_COLUMNS =
  'workspace_id, id, survey_id, survey_version, touchpoint_id, idempotency_key, channel, language, ' +
  'answers, nps_score, finished, created_at, updated_at, finished_at';

/** 0…1: how deep into the seasonal peak (around 1 December) a day is. */
function peakIntensity(time: number): number {
  const date = new Date(time);
  const dayOfYear = (time - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS;
  const distance = Math.min(Math.abs(dayOfYear - 335), 365 - Math.abs(dayOfYear - 335));
  return Math.exp(-(distance * distance) / (2 * 14 * 14));
}

/**
 * The 365 full UTC days before today, each with its number of responses: growing over the year (0.75× to
 * 1.25×), fewer at weekends, 60% more at the seasonal peak. Counts add up to exactly `total`.
 */
function dailyVolumes(total: number, firstDay: number): number[] {
  const weights = Array.from({ length: 365 }, (_, d) => {
    const time = firstDay + d * DAY_MS;
    const weekday = new Date(time).getUTCDay();
    return (
      (0.75 + (0.5 * d) / 364) * (weekday === 0 || weekday === 6 ? 0.7 : 1) * (1 + 0.6 * peakIntensity(time))
    );
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let remainder = total - counts.reduce((a, b) => a + b, 0);
  const byFraction = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byFraction) {
    if (remainder-- <= 0) break;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/**
 * COPY text rows in chronological order (as responses arrive), in chunks of `chunkRows`. The scores come from
 * a latent satisfaction per response: the touchpoint's mean, drifting over the year, with a seasonal dip and
 * step changes, shifted by channel and language, plus noise; NPS, CSAT and CES are read off it with their own
 * noise, so they agree with each other as real answers do. NPS is required; CSAT, CES and the comment are
 * skipped at realistic rates.
 */
function* responseRows(
  workspace: Workspace,
  total: number,
  firstDay: number,
  progress: { rows: number },
  chunkRows = 2000,
): Generator<string> {
  const random = seededRandom(20261126);
  const surveyCumulative = cumulativeOf(SURVEYS.map((s) => s.share));
  const touchpointCumulative = SURVEYS.map((s) => cumulativeOf(s.touchpointWeights));
  const channelCumulative = TOUCHPOINTS.map((t) => cumulativeOf(t.channels));
  const anyChannel = cumulativeOf([1, 1, 1, 1, 1]);
  const volumes = dailyVolumes(total, firstDay);
  let chunk = '';
  let inChunk = 0;
  let sequence = 0;
  for (let d = 0; d < volumes.length; d++) {
    const count = volumes[d] as number;
    const dayStart = firstDay + d * DAY_MS;
    const yearShare = d / 364;
    const peak = peakIntensity(dayStart);
    for (let j = 0; j < count; j++) {
      const time = dayStart + Math.floor(((j + random.next()) / count) * DAY_MS);
      const stamp = new Date(time).toISOString();
      const s = pick(surveyCumulative, random.next());
      const survey = SURVEYS[s] as SurveySpec;
      const t =
        random.next() < NO_TOUCHPOINT_SHARE
          ? -1
          : (survey.touchpoints[pick(touchpointCumulative[s] as number[], random.next())] as number);
      const spec = t >= 0 ? (TOUCHPOINTS[t] as TouchpointSpec) : null;
      const c = pick(spec ? (channelCumulative[t] as number[]) : anyChannel, random.next());
      const language = random.next() < (LANGUAGE_CUMULATIVE[0] as number) ? 0 : 1;
      const mean = spec
        ? spec.base + spec.drift * yearShare + spec.peakEffect * peak + (yearShare > 0.5 ? spec.step : 0)
        : 7.8;
      const latent =
        mean + (CHANNEL_EFFECT[c] as number) + (language === 1 ? 0.15 : 0) + 2.1 * random.normal();
      const nps = clamp(latent, 0, 10);
      let answers = `{"${survey.ids.nps}":${nps}`;
      if (random.next() < survey.csatAnswered) {
        answers += `,"${survey.ids.csat}":${clamp(1 + (latent / 10) * 4 + 0.7 * random.normal(), 1, 5)}`;
      }
      if (random.next() < survey.cesAnswered) {
        answers += `,"${survey.ids.ces}":${clamp(1 + (latent / 10) * 6 + random.normal(), 1, 7)}`;
      }
      if (random.next() < survey.commentAnswered) {
        answers += `,"${survey.ids.comment}":${COMMENTS[Math.floor(random.next() * COMMENTS.length)]}`;
      }
      answers += '}';
      sequence += 1;
      chunk +=
        `${workspace.workspaceId}\t${randomUUID()}\t${workspace.surveyIds[s]}\t1\t` +
        `${t >= 0 ? workspace.touchpointIds[t] : '\\N'}\tbench-${sequence}\t${CHANNELS[c]}\t${LANGUAGES[language]}\t` +
        `${answers}\t${nps}\tt\t${stamp}\t${stamp}\t${stamp}\n`;
      if (++inChunk === chunkRows) {
        progress.rows = sequence;
        yield chunk;
        chunk = '';
        inChunk = 0;
      }
    }
  }
  progress.rows = sequence;
  if (chunk) yield chunk;
}

async function loadResponses(databaseUrl: string, workspace: Workspace, firstDay: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const progress = { rows: 0 };
  const start = performance.now();
  let lastRows = 0;
  let lastTime = start;
  const reporter = setInterval(() => {
    const now = performance.now();
    console.log(
      `  ${int(progress.rows)} rows (${((progress.rows / RESPONSES) * 100).toFixed(0)}%) · ` +
        `${int(((progress.rows - lastRows) / (now - lastTime)) * 1000)} rows/s now · ` +
        `${int((progress.rows / (now - start)) * 1000)} rows/s overall`,
    );
    lastRows = progress.rows;
    lastTime = now;
  }, 30_000);
  try {
    const copy = client.query(copyFrom(`COPY responses (${COPY_COLUMNS}) FROM STDIN`));
    await pipeline(Readable.from(responseRows(workspace, RESPONSES, firstDay, progress)), copy);
    return { rows: copy.rowCount, ms: performance.now() - start };
  } finally {
    clearInterval(reporter);
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// The rollups: rebuildRollups (one statement per survey-day slice) against one INSERT … SELECT
// ---------------------------------------------------------------------------------------------------------

const ROLLUP_COLUMNS =
  'workspace_id, day, survey_id, question_id, touchpoint_id, channel, language, question_type, ' +
  'n, sum, sum_squares, promoters, passives, detractors, satisfied, agree';

/** The whole workspace's rollups in one statement: the baseline for rebuildRollups' per-slice work. */
const SINGLE_STATEMENT_ROLLUP = `
  INSERT INTO bench_single_rollups (${ROLLUP_COLUMNS})
  SELECT r.workspace_id, (r.created_at AT TIME ZONE 'UTC')::date AS day, r.survey_id, q.id,
    coalesce(r.touchpoint_id, '${NO_TOUCHPOINT}'::uuid), r.channel, r.language, q.type,
    count(*)::int, sum(a.v)::bigint, sum(a.v * a.v)::bigint,
    (count(*) FILTER (WHERE q.type = 'nps' AND a.v >= 9))::int,
    (count(*) FILTER (WHERE q.type = 'nps' AND a.v BETWEEN 7 AND 8))::int,
    (count(*) FILTER (WHERE q.type = 'nps' AND a.v <= 6))::int,
    (count(*) FILTER (WHERE q.type = 'csat' AND a.v >= 4))::int,
    (count(*) FILTER (WHERE q.type = 'ces' AND a.v >= 5))::int
  FROM responses r
  JOIN (
    SELECT s.workspace_id, s.id AS survey_id, x ->> 'id' AS id, x ->> 'type' AS type
    FROM surveys s CROSS JOIN jsonb_array_elements(s.definition -> 'questions') x
    WHERE x ->> 'type' IN ('nps', 'csat', 'ces', 'rating')
  ) q ON q.workspace_id = r.workspace_id AND q.survey_id = r.survey_id
  CROSS JOIN LATERAL (SELECT (r.answers ->> q.id)::int AS v) a
  WHERE jsonb_typeof(r.answers -> q.id) = 'number' AND r.workspace_id = $1
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;

// ---------------------------------------------------------------------------------------------------------
// The dashboard queries
// ---------------------------------------------------------------------------------------------------------

interface Case {
  key: string;
  title: string;
  /** The calls one dashboard panel makes. */
  calls: { label: string; query: MetricQuery }[];
}

function dashboardCases(workspace: Workspace, today: number): Case[] {
  const day = (offset: number) => isoDay(today + offset * DAY_MS);
  const weekday = (new Date(today).getUTCDay() + 6) % 7; // 0 = Monday
  const trendFrom = isoDay(today - (weekday + 52 * 7) * DAY_MS); // the Monday 52 weeks before this week's
  return [
    {
      key: 'overview',
      title: 'Overview: NPS, CSAT and CES, last 30 days',
      calls: (['nps', 'csat', 'ces'] as const).map((metric) => ({
        label: metric.toUpperCase(),
        query: { metric, from: day(-30), to: day(0) },
      })),
    },
    {
      key: 'trend',
      title:
        'Weekly NPS trend per touchpoint, 53 weeks (one call per touchpoint: groupBy=week&touchpointId=…)',
      calls: TOUCHPOINTS.map((t, i) => ({
        label: t.name,
        query: {
          metric: 'nps',
          touchpointId: workspace.touchpointIds[i] as string,
          from: trendFrom,
          to: day(0),
          groupBy: 'week',
        },
      })),
    },
    {
      key: 'breakdown',
      title: 'Breakdown: CSAT by channel, language vi, last 90 days',
      calls: [
        {
          label: 'CSAT by channel, vi',
          query: { metric: 'csat', language: 'vi', from: day(-90), to: day(0), groupBy: 'channel' },
        },
      ],
    },
    {
      // Not in the issue: the web overview's weekly sparkline of each key metric (apps/web key-metrics.tsx
      // asks for 90 days by week, all touchpoints).
      key: 'spark',
      title: "Beyond the issue: the web overview's sparkline, NPS by week, last 90 days, all touchpoints",
      calls: [
        {
          label: 'NPS by week, 90 days',
          query: { metric: 'nps', from: day(-90), to: day(0), groupBy: 'week' },
        },
      ],
    },
    {
      // Not in the issue: the overview with the date picker on "last 12 months", which reads 12× the
      // rollup rows of the 30-day overview.
      key: 'year',
      title: 'Beyond the issue: overview NPS, last 365 days',
      calls: [{ label: 'NPS, 365 days', query: { metric: 'nps', from: day(-365), to: day(0) } }],
    },
  ];
}

function queryString(query: MetricQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return params.toString();
}

interface CaseFigures {
  rollups: number[];
  raw: number[];
  http: number[];
  /** Per run: the panel's calls one after the other (sum), and the HTTP calls all at once (wall time). */
  rollupsPanel: number[];
  rawPanel: number[];
  httpPanel: number[];
  httpParallelPanel: number[];
  compared: number;
  differences: string[];
  httpDifferences: string[];
  /** What the dashboard shows, for a glance: n and value of the first call. */
  sample: { n: number; value: number | null; groups: number };
}

async function timeIt<T>(call: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await call();
  return { ms: performance.now() - start, value };
}

async function measureCase(touchpoint: Touchpoint, workspace: Workspace, c: Case): Promise<CaseFigures> {
  const app = touchpoint.app as FastifyInstance;
  const http = async (query: MetricQuery) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/metrics?${queryString(query)}`,
      headers: { cookie: workspace.cookie },
    });
    if (response.statusCode !== 200) throw new Error(`GET /api/v1/metrics failed: ${response.statusCode}`);
    return response.json() as unknown;
  };
  const figures: CaseFigures = {
    rollups: [],
    raw: [],
    http: [],
    rollupsPanel: [],
    rawPanel: [],
    httpPanel: [],
    httpParallelPanel: [],
    compared: 0,
    differences: [],
    httpDifferences: [],
    sample: { n: 0, value: null, groups: 0 },
  };
  for (let run = 0; run <= RUNS; run++) {
    const measured = run > 0; // run 0 is the warm-up
    let rollupsPanel = 0;
    let rawPanel = 0;
    let httpPanel = 0;
    for (const { label, query } of c.calls) {
      const rollups = await timeIt(() =>
        queryMetric(touchpoint.ctx, workspace.workspaceId, query, 'rollups'),
      );
      const raw = await timeIt(() => queryMetric(touchpoint.ctx, workspace.workspaceId, query, 'raw'));
      const viaHttp = await timeIt(() => http(query));
      const difference = firstDifference(rollups.value, raw.value);
      figures.compared += 1;
      if (difference) figures.differences.push(`${label}: ${difference}`);
      const httpDifference = firstDifference(JSON.parse(JSON.stringify(rollups.value)), viaHttp.value);
      if (httpDifference) figures.httpDifferences.push(`${label}: ${httpDifference}`);
      if (run === 0 && label === c.calls[0]?.label) {
        figures.sample = {
          n: rollups.value.n,
          value: rollups.value.value,
          groups: rollups.value.groups.length,
        };
      }
      if (!measured) continue;
      figures.rollups.push(rollups.ms);
      figures.raw.push(raw.ms);
      figures.http.push(viaHttp.ms);
      rollupsPanel += rollups.ms;
      rawPanel += raw.ms;
      httpPanel += viaHttp.ms;
    }
    // The dashboard sends a panel's requests together; time that too (rollups only: it is cheap).
    const parallel = await timeIt(() => Promise.all(c.calls.map(({ query }) => http(query))));
    if (!measured) continue;
    figures.rollupsPanel.push(rollupsPanel);
    figures.rawPanel.push(rawPanel);
    figures.httpPanel.push(httpPanel);
    figures.httpParallelPanel.push(parallel.ms);
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------------------
// EXPLAIN (ANALYZE, BUFFERS) of the statements one call sends (BENCH_EXPLAIN=1)
// ---------------------------------------------------------------------------------------------------------

let captured: { text: string; values: unknown[] }[] | null = null;
if (EXPLAIN) {
  // Kysely's PostgreSQL driver sends each statement as client.query(text, values): record them while
  // `captured` is set. Benchmark-only instrumentation; the server code is unchanged.
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (captured && typeof args[0] === 'string') {
      captured.push({ text: args[0], values: Array.isArray(args[1]) ? args[1] : [] });
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

async function explainCall(
  touchpoint: Touchpoint,
  workspace: Workspace,
  databaseUrl: string,
  label: string,
  query: MetricQuery,
  source: 'rollups' | 'raw',
) {
  captured = [];
  await queryMetric(touchpoint.ctx, workspace.workspaceId, query, source);
  const statements = captured.filter((s) => /metric_rollups|from responses/i.test(s.text));
  captured = null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const statement of statements) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
        statement.values,
      );
      console.log(`\n#### ${label} — ${source}\n`);
      console.log('```');
      console.log(statement.text.replace(/\s+/g, ' ').trim());
      console.log(`-- parameters: ${JSON.stringify(statement.values).slice(0, 300)}`);
      for (const row of rows) console.log(row['QUERY PLAN']);
      console.log('```');
    }
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Orchestration
// ---------------------------------------------------------------------------------------------------------

async function main() {
  const dbName = `tp_metrics_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const settings = await admin.query<{ name: string; setting: string }>(
    "SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit') ORDER BY name",
  );
  const pgSettings = Object.fromEntries(settings.rows.map((r) => [r.name, r.setting]));
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const memory = new MemorySampler();
  let touchpoint: Touchpoint | null = null;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    if (KEEP_DATABASE) {
      console.log(
        `\nKept the database ${dbName} (BENCH_KEEP_DATABASE=1): DROP DATABASE ${dbName} when done.`,
      );
      return;
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    console.error(`\n${signal}: dropping ${dbName}`);
    void (async () => {
      await touchpoint?.stop().catch(() => undefined);
      await drop().catch(() => undefined);
      process.exit(130);
    })();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    console.log(
      `Metrics at scale: rollups against raw responses, ${int(RESPONSES)} responses, ${RUNS} run${RUNS === 1 ? '' : 's'} after 1 warm-up`,
    );
    console.log(
      `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ` +
        `${(totalmem() / 1024 ** 3).toFixed(0)} GiB · PostgreSQL ${pgSettings.server_version} (shared_buffers ` +
        `${pgSettings.shared_buffers}, work_mem ${pgSettings.work_mem}, max_parallel_workers_per_gather ` +
        `${pgSettings.max_parallel_workers_per_gather}, jit ${pgSettings.jit}) · load average ${loadavg()[0]?.toFixed(1)}`,
    );

    memory.phase('setup');
    const tp = await startTouchpoint({
      logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
      roles: ['api'],
      seedDemo: false,
      publicUrl: 'http://bench',
      databaseUrl,
    });
    touchpoint = tp;
    const app = tp.app as FastifyInstance;
    const workspace = await createWorkspace(app);
    console.log(
      `\nWorkspace: ${TOUCHPOINTS.length} touchpoints over ${STAGES.length} stages, ${SURVEYS.length} published ` +
        'bilingual surveys (NPS, CSAT, CES, a comment), created through the API.',
    );

    // Load
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const firstDay = today - 365 * DAY_MS;
    console.log(
      `\nLoading ${int(RESPONSES)} responses (${isoDay(firstDay)} … ${isoDay(today - DAY_MS)}) with COPY…`,
    );
    memory.phase('load');
    const load = await loadResponses(databaseUrl, workspace, firstDay);
    const loadRate = (load.rows / load.ms) * 1000;
    console.log(`  ${int(load.rows)} rows in ${ms(load.ms)}: ${int(loadRate)} rows/s`);
    const pool = tp.database.pool;
    const vacuum = await timeIt(() => pool.query('VACUUM (ANALYZE) responses'));
    const sizes = await pool.query<{ heap: string; indexes: string; total: string }>(
      "SELECT pg_size_pretty(pg_relation_size('responses')) AS heap, pg_size_pretty(pg_indexes_size('responses')) AS indexes, pg_size_pretty(pg_total_relation_size('responses')) AS total",
    );
    console.log(
      `  VACUUM (ANALYZE) responses: ${ms(vacuum.ms)} · table ${sizes.rows[0]?.heap}, indexes ` +
        `${sizes.rows[0]?.indexes}, total ${sizes.rows[0]?.total}`,
    );

    // Rollups
    console.log('\nBuilding the rollups…');
    memory.phase('rollups');
    const rebuild = await timeIt(() => rebuildRollups(tp.ctx, workspace.workspaceId));
    const rollupRows = Number(
      (await pool.query<{ n: string }>('SELECT count(*) AS n FROM metric_rollups')).rows[0]?.n ?? 0,
    );
    const rollupSize = (
      await pool.query<{ size: string }>(
        "SELECT pg_size_pretty(pg_total_relation_size('metric_rollups')) AS size",
      )
    ).rows[0]?.size;
    console.log(
      `  rebuildRollups: ${ms(rebuild.ms)} for ${int(rebuild.value)} survey-day slices ` +
        `(${ms(rebuild.ms / Math.max(1, rebuild.value))} per slice) → ${int(rollupRows)} rollup rows (${rollupSize})`,
    );
    await pool.query('CREATE TABLE bench_single_rollups (LIKE metric_rollups INCLUDING ALL)');
    const single = await timeIt(() => pool.query(SINGLE_STATEMENT_ROLLUP, [workspace.workspaceId]));
    const mismatched = Number(
      (
        await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM (
             (SELECT ${ROLLUP_COLUMNS} FROM metric_rollups EXCEPT SELECT ${ROLLUP_COLUMNS} FROM bench_single_rollups)
             UNION ALL
             (SELECT ${ROLLUP_COLUMNS} FROM bench_single_rollups EXCEPT SELECT ${ROLLUP_COLUMNS} FROM metric_rollups)
           ) d`,
        )
      ).rows[0]?.n ?? 0,
    );
    await pool.query('DROP TABLE bench_single_rollups');
    await pool.query('ANALYZE metric_rollups');
    console.log(
      `  baseline, one INSERT … SELECT for the whole workspace: ${ms(single.ms)} → ${int(single.value.rowCount ?? 0)} rows ` +
        `(${mismatched === 0 ? 'the same rows as rebuildRollups' : `${int(mismatched)} rows differ from rebuildRollups`}) · ` +
        `rebuildRollups / one statement: ${(rebuild.ms / single.ms).toFixed(2)}×`,
    );

    // Queries
    const cases = dashboardCases(workspace, today);
    const results: { c: Case; figures: CaseFigures }[] = [];
    memory.phase('queries');
    for (const c of cases) {
      console.log(`\n${c.title}: ${c.calls.length} call${c.calls.length > 1 ? 's' : ''} per run…`);
      const started = performance.now();
      const figures = await measureCase(tp, workspace, c);
      results.push({ c, figures });
      const rollups = stats(figures.rollups);
      const raw = stats(figures.raw);
      console.log(
        `  rollups p50 ${ms(rollups.p50)} · raw p50 ${ms(raw.p50)} · ${(raw.p50 / rollups.p50).toFixed(0)}× · ` +
          `${figures.differences.length === 0 ? 'IDENTICAL' : 'DIFFERENT'} (${figures.compared} answers compared) · ` +
          `${ms(performance.now() - started)} for the case`,
      );
    }
    memory.phase(null);

    // Report
    console.log('\n### Results\n');
    console.log(
      `${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · Node ${process.version} · ` +
        `PostgreSQL ${pgSettings.server_version} (shared_buffers ${pgSettings.shared_buffers}, work_mem ${pgSettings.work_mem}) · ` +
        `${int(RESPONSES)} responses · ${RUNS} run${RUNS === 1 ? '' : 's'} after 1 warm-up · times per call unless “panel”\n`,
    );
    console.log(
      '| query | calls / run | rollups p50 | rollups p95 | HTTP (rollups) p50 | HTTP p95 | raw p50 | raw p95 | raw / rollups (p50) | answers |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    const verdicts: string[] = [];
    for (const { c, figures } of results) {
      const rows: [string, number[], number[], number[]][] = [];
      if (c.calls.length === 1) {
        rows.push([c.calls[0]?.label ?? c.key, figures.rollups, figures.http, figures.raw]);
      } else if (c.key === 'overview') {
        c.calls.forEach((call, i) => {
          const every = (samples: number[]) => samples.filter((_, k) => k % c.calls.length === i);
          rows.push([
            `${c.key} · ${call.label}`,
            every(figures.rollups),
            every(figures.http),
            every(figures.raw),
          ]);
        });
      } else {
        rows.push([`${c.key} · one touchpoint`, figures.rollups, figures.http, figures.raw]);
      }
      if (c.calls.length > 1) {
        rows.push([
          `${c.key} · panel (${c.calls.length} calls in sequence)`,
          figures.rollupsPanel,
          figures.httpPanel,
          figures.rawPanel,
        ]);
      }
      for (const [label, rollupSamples, httpSamples, rawSamples] of rows) {
        const rollups = stats(rollupSamples);
        const http = stats(httpSamples);
        const raw = stats(rawSamples);
        const calls = label.includes('panel') ? c.calls.length : 1;
        console.log(
          `| ${label} | ${calls} | ${ms(rollups.p50)} | ${ms(rollups.p95)} | ${ms(http.p50)} | ${ms(http.p95)} | ` +
            `${ms(raw.p50)} | ${ms(raw.p95)} | **${(raw.p50 / rollups.p50).toFixed(0)}×** | ` +
            `${figures.differences.length === 0 ? 'IDENTICAL' : 'DIFFERENT'} |`,
        );
      }
      const perCallHttp = stats(figures.http);
      const perCall = stats(figures.rollups);
      const ratio = stats(figures.raw).p50 / perCall.p50;
      verdicts.push(
        `- ${c.title}: slowest call p95 ${ms(Math.max(perCall.p95, perCallHttp.p95))} (HTTP ${ms(perCallHttp.p95)}) → ` +
          `under ${GOAL_MS} ms ${Math.max(perCall.p95, perCallHttp.p95) < GOAL_MS ? 'MET' : 'NOT MET'}; raw / rollups ` +
          `${ratio.toFixed(0)}× → ≥ ${GOAL_RATIO}× ${ratio >= GOAL_RATIO ? 'MET' : 'NOT MET'}; answers ` +
          `${figures.differences.length === 0 ? `IDENTICAL (${figures.compared} compared) → MET` : 'DIFFERENT → NOT MET'}` +
          `${c.calls.length > 1 ? `; the panel's ${c.calls.length} HTTP calls sent together: p50 ${ms(stats(figures.httpParallelPanel).p50)}, p95 ${ms(stats(figures.httpParallelPanel).p95)}` : ''}` +
          ` · e.g. ${c.calls[0]?.label}: n ${int(figures.sample.n)}, value ${figures.sample.value?.toFixed(1) ?? '—'}, ${figures.sample.groups} groups`,
      );
      for (const difference of figures.differences.slice(0, 3))
        verdicts.push(`  - first difference: ${difference}`);
      for (const difference of figures.httpDifferences.slice(0, 1)) {
        verdicts.push(`  - HTTP answer differs from the direct call: ${difference}`);
      }
    }
    console.log(
      '\nGoals (every dashboard query under 150 ms, at least 30× faster than raw, identical answers):',
    );
    for (const line of verdicts) console.log(line);

    console.log('\nLoad and rollups:\n');
    console.log('| step | time | figure |');
    console.log('|---|---|---|');
    console.log(`| COPY ${int(load.rows)} responses | ${ms(load.ms)} | ${int(loadRate)} rows/s |`);
    console.log(
      `| VACUUM (ANALYZE) responses | ${ms(vacuum.ms)} | table ${sizes.rows[0]?.total} with indexes |`,
    );
    console.log(
      `| rebuildRollups (per survey-day slice) | ${ms(rebuild.ms)} | ${int(rebuild.value)} slices → ${int(rollupRows)} rows (${rollupSize}) |`,
    );
    console.log(
      `| one INSERT … SELECT (baseline) | ${ms(single.ms)} | rebuildRollups / baseline ${(rebuild.ms / single.ms).toFixed(2)}× · ${mismatched === 0 ? 'same rows' : `${int(mismatched)} rows differ`} |`,
    );

    console.log('\nMemory of the server process (Touchpoint runs in this process), sampled every 250 ms:\n');
    console.log('| phase | samples | RSS peak | RSS mean | heap used peak | heap used mean |');
    console.log('|---|---|---|---|---|---|');
    for (const [phase, m] of memory.phases) {
      console.log(
        `| ${phase} | ${m.samples} | ${mib(m.rssPeak)} | ${mib(m.rssSum / m.samples)} | ${mib(m.heapPeak)} | ${mib(m.heapSum / m.samples)} |`,
      );
    }

    if (EXPLAIN) {
      console.log('\n### EXPLAIN (ANALYZE, BUFFERS), one call of each query');
      for (const { c } of results) {
        const call = c.calls[c.key === 'trend' ? 3 : 0] ?? c.calls[0];
        if (!call) continue;
        for (const source of ['rollups', 'raw'] as const) {
          await explainCall(tp, workspace, databaseUrl, `${c.key} · ${call.label}`, call.query, source);
        }
      }
    }
  } finally {
    memory.stop();
    await touchpoint?.stop().catch(() => undefined);
    await drop();
    await admin.end();
  }
}

/** Set on SIGINT/SIGTERM: the errors of the connections the drop cuts off are then expected, not news. */
let interrupted = false;
try {
  await main();
  process.exit(0);
} catch (error) {
  if (!interrupted) console.error(error);
  process.exit(interrupted ? 130 : 1);
}

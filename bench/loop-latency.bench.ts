// The inner loop under sustained load: how long a detractor waits between its response committing and its
// case existing, while responses keep arriving at a fixed rate. Prints figures; never fails on time.
//
//   npx tsx bench/loop-latency.bench.ts
//
// For each backend and each target rate it starts Touchpoint as the default single process (api, worker
// and scheduler roles) on a real port with a fresh database, signs up, publishes a survey, creates an alert
// rule "NPS ≤ 6 → create case", then drives POST /api/v1/public/surveys/:id/responses at the target rate
// (autocannon `overallRate`, in a child process) for BENCH_SECONDS, one submission in ten a detractor. Every
// second, during the load and after it until the backlog is empty, it samples the responses stored, the
// domain events not yet dispatched, the feedback items waiting in `feedback.evaluate` jobs and the cases.
// At the end: p50/p95/p99 of response commit → case created (cases.created_at − responses.finished_at),
// events dispatched per second, and how long the backlog took to drain after the load ended.
//
// BENCH_SECONDS (30), BENCH_BACKENDS (pglite,postgres), BENCH_RATES_POSTGRES (500,1000),
// BENCH_RATES_PGLITE (200,400), BENCH_CONNECTIONS (50), BENCH_DRAIN_SECONDS (120: longest wait after the
// load), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres; a temporary database per run is
// created and dropped), BENCH_EVERY (5: print a sample every N seconds).
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import autocannon, { type Request as LoadRequest } from 'autocannon';
import pg from 'pg';
import { createLogger } from '../apps/server/src/platform/logger';
import { startTouchpoint } from '../apps/server/src/touchpoint';
import {
  type LoadGenerator as BenchLoadGenerator,
  IS_LOAD_GENERATOR,
  serveLoadJobs,
  startLoadGenerator,
} from './support/load-generator';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',').map((b) => b.trim());
const RATES: Record<string, number[]> = {
  postgres: (process.env.BENCH_RATES_POSTGRES ?? '500,1000').split(',').map(Number),
  pglite: (process.env.BENCH_RATES_PGLITE ?? '200,400').split(',').map(Number),
};
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DRAIN_SECONDS = Number(process.env.BENCH_DRAIN_SECONDS ?? 120);
const PRINT_EVERY = Number(process.env.BENCH_EVERY ?? 5);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NO_LIMIT = 1_000_000_000;

// ---------------------------------------------------------------------------------------------------------
// Load generator (child process)
// ---------------------------------------------------------------------------------------------------------

interface LoadJob {
  url: string;
  seconds: number;
  rate: number;
  connections: number;
  keyPrefix: string;
}

interface LoadFigures {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  created: number;
  answers: number;
  errors: number;
  statusCodes: Record<string, number>;
}

const COMMENTS = [
  'Fast delivery and friendly staff.',
  'Nhân viên thân thiện, giao hàng nhanh.',
  'The app crashed twice while paying; please fix it.',
  'Giá hơi cao so với chất lượng.',
];

/** A finished submission; every tenth is a detractor (0–6), the rest passives and promoters (7–10). */
function submissionBody(n: number): string {
  const nps = n % 10 === 0 ? Math.floor(n / 10) % 7 : 7 + (n % 4);
  return JSON.stringify({
    answers: { nps, comment: COMMENTS[n % COMMENTS.length] },
    language: n % 2 === 0 ? 'en' : 'vi',
    channel: 'link',
    finished: true,
    meta: { url: 'https://shop.example.com/thanks', userAgent: 'bench/1.0' },
  });
}

async function runLoad(job: LoadJob): Promise<LoadFigures> {
  let counter = 0;
  const request: LoadRequest = {
    method: 'POST',
    setupRequest: (req) => {
      counter += 1;
      return {
        ...req,
        headers: { 'content-type': 'application/json', 'idempotency-key': `${job.keyPrefix}-${counter}` },
        body: submissionBody(counter),
      };
    },
  };
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    overallRate: job.rate,
    duration: job.seconds,
    timeout: 30,
    requests: [request],
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  );
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    created: statusCodes['201'] ?? 0,
    answers: Object.values(statusCodes).reduce((sum, count) => sum + count, 0),
    errors: result.errors,
    statusCodes,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Orchestration (parent process)
// ---------------------------------------------------------------------------------------------------------

type LoadGenerator = BenchLoadGenerator<LoadJob, LoadFigures>;

interface Sample {
  /** Seconds since the load started. */
  t: number;
  responses: number;
  detractors: number;
  events: number;
  undispatched: number;
  /** Feedback items in `feedback.evaluate` jobs not yet completed (a job may carry several). */
  feedbackItems: number;
  feedbackJobs: number;
  cases: number;
}

interface RunFigures {
  backend: string;
  rate: number;
  load: LoadFigures;
  samples: Sample[];
  /** Response commit → case created, ms, one per case. */
  latencies: number[];
  detractors: number;
  cases: number;
  /** Responses linked to more than one case (must be 0). */
  duplicates: number;
  /** Seconds after the load ended until nothing waited (null: not within BENCH_DRAIN_SECONDS). */
  drainSeconds: number | null;
  loadAverage: number[];
}

async function api(base: string, path: string, init: RequestInit & { json?: unknown } = {}) {
  const response = await fetch(`${base}${path}`, {
    ...init,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function runOnce(loader: LoadGenerator, backend: string, rate: number, databaseUrl?: string) {
  const touchpoint = await startTouchpoint({
    logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
    roles: ['api', 'worker', 'scheduler'],
    seedDemo: false,
    publicUrl: 'http://bench',
    ...(databaseUrl ? { databaseUrl } : {}),
    limits: { publicPerIpPerMinute: NO_LIMIT, publicPerSurveyPerMinute: NO_LIMIT },
  });
  try {
    const app = touchpoint.app;
    if (!app) throw new Error('Touchpoint started without its HTTP app');
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const signUp = await api(base, '/api/v1/auth/sign-up', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      json: {
        email: `bench${Date.now()}@example.com`,
        password: 'benchmark password',
        name: 'Bench',
        workspaceName: 'Bench',
      },
    });
    const session = signUp.headers.getSetCookie().find((c) => c.startsWith('tp_session='));
    const { csrfToken, workspace } = (await signUp.json()) as {
      csrfToken: string;
      workspace?: { id: string };
    };
    const headers = {
      'content-type': 'application/json',
      cookie: session?.split(';')[0] ?? '',
      'x-csrf-token': csrfToken,
    };
    const survey = (await (
      await api(base, '/api/v1/surveys', {
        method: 'POST',
        headers,
        json: {
          name: 'Loop latency benchmark',
          defaultLanguage: 'en',
          languages: ['en', 'vi'],
          questions: [
            {
              id: 'nps',
              type: 'nps',
              required: true,
              text: {
                en: 'How likely are you to recommend us?',
                vi: 'Bạn có sẵn lòng giới thiệu chúng tôi không?',
              },
            },
            { id: 'comment', type: 'open_text', text: { en: 'Why?', vi: 'Vì sao?' } },
          ],
        },
      })
    ).json()) as { id: string; workspaceId?: string };
    await api(base, `/api/v1/surveys/${survey.id}/publish`, {
      method: 'POST',
      headers: { cookie: headers.cookie, 'x-csrf-token': csrfToken },
    });
    await api(base, '/api/v1/alert-rules', {
      method: 'POST',
      headers,
      json: {
        name: 'Detractors',
        kind: 'feedback',
        condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
        createCase: { priority: 'high', teamId: null },
      },
    });
    const { pool } = touchpoint.database;
    const workspaceId =
      workspace?.id ??
      (await pool.query<{ id: string }>('SELECT workspace_id AS id FROM surveys WHERE id = $1', [survey.id]))
        .rows[0]?.id;

    const started = Date.now();
    const sample = async (): Promise<Sample> => {
      const { rows } = await pool.query<Omit<Sample, 't'>>(
        `SELECT
           (SELECT count(*) FROM responses WHERE workspace_id = $1)::int AS responses,
           (SELECT count(*) FROM responses WHERE workspace_id = $1 AND nps_score <= 6)::int AS detractors,
           (SELECT count(*) FROM domain_events)::int AS events,
           (SELECT count(*) FROM domain_events WHERE dispatched_at IS NULL)::int AS undispatched,
           (SELECT coalesce(sum(jsonb_array_length(data->'itemIds')), 0) FROM pgboss.job
             WHERE name = 'feedback.evaluate' AND state IN ('created', 'retry', 'active'))::int AS "feedbackItems",
           (SELECT count(*) FROM pgboss.job
             WHERE name = 'feedback.evaluate' AND state IN ('created', 'retry', 'active'))::int AS "feedbackJobs",
           (SELECT count(*) FROM cases WHERE workspace_id = $1)::int AS cases`,
        [workspaceId],
      );
      return { t: (Date.now() - started) / 1000, ...(rows[0] as Omit<Sample, 't'>) };
    };
    const samples: Sample[] = [];
    const print = (s: Sample) =>
      console.log(
        `    t=${s.t.toFixed(0).padStart(4)} s · responses ${String(s.responses).padStart(6)} · ` +
          `undispatched events ${String(s.undispatched).padStart(6)} · feedback items waiting ${String(s.feedbackItems).padStart(6)} ` +
          `(${s.feedbackJobs} jobs) · cases ${s.cases}/${s.detractors}`,
      );
    let sampling = true;
    const sampler = (async () => {
      let next = started;
      while (sampling) {
        const s = await sample();
        samples.push(s);
        if (Math.round(s.t) % PRINT_EVERY === 0) print(s);
        next += 1000;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
      }
    })();
    const loadAverage = [loadavg()[0] ?? 0];
    const load = await loader.run({
      url: `${base}/api/v1/public/surveys/${survey.id}/responses`,
      seconds: SECONDS,
      rate,
      connections: CONNECTIONS,
      keyPrefix: randomUUID(),
    });
    const loadEnded = (Date.now() - started) / 1000;
    loadAverage.push(loadavg()[0] ?? 0);
    let drainSeconds: number | null = null;
    while ((Date.now() - started) / 1000 < loadEnded + DRAIN_SECONDS) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const last = samples.at(-1);
      if (
        last &&
        last.t > loadEnded &&
        last.undispatched === 0 &&
        last.feedbackItems === 0 &&
        last.cases >= last.detractors
      ) {
        drainSeconds = Math.max(0, last.t - loadEnded);
        break;
      }
    }
    sampling = false;
    await sampler;
    const final = samples.at(-1);
    if (final) print(final);
    loadAverage.push(loadavg()[0] ?? 0);

    const { rows: latencyRows } = await pool.query<{ ms: number }>(
      `SELECT (extract(epoch FROM (c.created_at - r.finished_at)) * 1000)::float8 AS ms
       FROM cases c
       JOIN case_items ci ON ci.workspace_id = c.workspace_id AND ci.case_id = c.id AND ci.item_kind = 'response'
       JOIN responses r ON r.workspace_id = ci.workspace_id AND r.id = ci.item_id
       WHERE c.workspace_id = $1`,
      [workspaceId],
    );
    const { rows: counts } = await pool.query<{ detractors: number; cases: number; duplicates: number }>(
      `SELECT
         (SELECT count(*) FROM responses WHERE workspace_id = $1 AND nps_score <= 6)::int AS detractors,
         (SELECT count(*) FROM cases WHERE workspace_id = $1)::int AS cases,
         (SELECT count(*) FROM (SELECT item_id FROM case_items WHERE workspace_id = $1
            GROUP BY item_id HAVING count(*) > 1) d)::int AS duplicates`,
      [workspaceId],
    );
    const figures: RunFigures = {
      backend,
      rate,
      load,
      samples,
      latencies: latencyRows.map((r) => Number(r.ms)).sort((a, b) => a - b),
      detractors: counts[0]?.detractors ?? 0,
      cases: counts[0]?.cases ?? 0,
      duplicates: counts[0]?.duplicates ?? 0,
      drainSeconds,
      loadAverage,
    };
    (figures as RunFigures & { loadEnded: number }).loadEnded = loadEnded;
    return figures as RunFigures & { loadEnded: number };
  } finally {
    await touchpoint.stop();
  }
}

/** Percentile over the detractors: a detractor still without a case counts as slower than any case. */
function percentile(sorted: number[], missing: number, p: number): number {
  const n = sorted.length + missing;
  if (n === 0) return Number.NaN;
  const index = Math.min(n - 1, Math.ceil((p / 100) * n) - 1);
  return index < sorted.length ? (sorted[index] as number) : Number.POSITIVE_INFINITY;
}

function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'no case yet';
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(0)} ms`;
}

const BACKEND_NAMES: Record<string, string> = { pglite: 'PGlite (embedded)', postgres: 'PostgreSQL 15' };

function summarise(run: RunFigures & { loadEnded: number }) {
  const missing = Math.max(0, run.detractors - run.latencies.length);
  const atLoadEnd = [...run.samples].reverse().find((s) => s.t <= run.loadEnded) ?? run.samples.at(-1);
  const first = run.samples[0];
  const dispatched = (s: Sample | undefined) => (s ? s.events - s.undispatched : 0);
  const last = run.samples.at(-1);
  const duringLoad =
    (dispatched(atLoadEnd) - dispatched(first)) / Math.max(1, (atLoadEnd?.t ?? 1) - (first?.t ?? 0));
  const overall = (dispatched(last) - dispatched(first)) / Math.max(1, (last?.t ?? 1) - (first?.t ?? 0));
  return {
    p50: percentile(run.latencies, missing, 50),
    p95: percentile(run.latencies, missing, 95),
    p99: percentile(run.latencies, missing, 99),
    max: missing > 0 ? Number.POSITIVE_INFINITY : (run.latencies.at(-1) ?? Number.NaN),
    peakUndispatched: Math.max(0, ...run.samples.map((s) => s.undispatched)),
    peakFeedback: Math.max(0, ...run.samples.map((s) => s.feedbackItems)),
    atLoadEnd,
    duringLoad,
    overall,
  };
}

async function main() {
  console.log(
    `Loop latency: response commit → case under a fixed arrival rate, ${SECONDS} s per run, ${CONNECTIONS} connections, ` +
      'one submission in ten a detractor, alert rule NPS ≤ 6 → create case, single process (api, worker, scheduler)',
  );
  console.log(
    `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  );
  const loader = await startLoadGenerator<LoadJob, LoadFigures>(import.meta.url);
  const runs: (RunFigures & { loadEnded: number })[] = [];
  try {
    for (const backend of BACKENDS) {
      for (const rate of RATES[backend] ?? []) {
        console.log(`\n${BACKEND_NAMES[backend] ?? backend} at ${rate} responses/s`);
        if (backend === 'pglite') {
          runs.push(await runOnce(loader, backend, rate));
        } else if (backend === 'postgres') {
          const dbName = `tp_loop_bench_${process.pid}_${rate}`;
          const admin = new pg.Client({ connectionString: adminUrl });
          await admin.connect();
          await admin.query(`CREATE DATABASE ${dbName}`);
          try {
            const url = new URL(adminUrl);
            url.pathname = `/${dbName}`;
            runs.push(await runOnce(loader, backend, rate, url.toString()));
          } finally {
            await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
            await admin.end();
          }
        } else {
          throw new Error(`unknown backend ${backend}: use pglite or postgres`);
        }
        const run = runs.at(-1) as RunFigures & { loadEnded: number };
        const s = summarise(run);
        console.log(
          `  achieved ${run.load.requestsPerSecond.toFixed(0)} req/s (${run.load.created} × 201, status ${JSON.stringify(run.load.statusCodes)}, ` +
            `${run.load.errors} errors, p50 ${run.load.latencyP50} ms, p99 ${run.load.latencyP99} ms) · ` +
            `cases ${run.cases}/${run.detractors} detractors, ${run.duplicates} duplicated · response → case p50 ${formatMs(s.p50)}, ` +
            `p95 ${formatMs(s.p95)}, p99 ${formatMs(s.p99)}, max ${formatMs(s.max)} · at load end ${s.atLoadEnd?.undispatched ?? '?'} events ` +
            `and ${s.atLoadEnd?.feedbackItems ?? '?'} feedback items waiting · drained ${run.drainSeconds === null ? `not within ${DRAIN_SECONDS} s` : `${run.drainSeconds.toFixed(1)} s`} after the load · ` +
            `load average ${run.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`,
        );
      }
    }
  } finally {
    loader.stop();
  }

  console.log(
    '\n| backend | target /s | achieved /s | detractors | cases | response → case p50 | p95 | p99 | max | peak undispatched events | peak feedback items waiting | events/s dispatched (during load / overall) | backlog at load end (events / feedback items) | drained after load | load average |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const run of runs) {
    const s = summarise(run);
    console.log(
      `| ${BACKEND_NAMES[run.backend] ?? run.backend} | ${run.rate} | ${run.load.requestsPerSecond.toFixed(0)} | ${run.detractors} | ` +
        `${run.cases}${run.duplicates ? ` (${run.duplicates} dup.)` : ''} | ${formatMs(s.p50)} | ${formatMs(s.p95)} | ${formatMs(s.p99)} | ${formatMs(s.max)} | ` +
        `${s.peakUndispatched} | ${s.peakFeedback} | ${s.duringLoad.toFixed(0)} / ${s.overall.toFixed(0)} | ` +
        `${s.atLoadEnd?.undispatched ?? '?'} / ${s.atLoadEnd?.feedbackItems ?? '?'} | ` +
        `${run.drainSeconds === null ? `> ${DRAIN_SECONDS} s` : `${run.drainSeconds.toFixed(1)} s`} | ${run.loadAverage.map((l) => l.toFixed(1)).join(' → ')} |`,
    );
  }
  process.exit(0);
}

if (IS_LOAD_GENERATOR) {
  serveLoadJobs(runLoad);
} else {
  await main();
}

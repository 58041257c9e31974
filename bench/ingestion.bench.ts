// Public response ingestion under concurrent load: POST /api/v1/public/surveys/:id/responses (validation,
// idempotency, domain events) against a bare Fastify route that inserts one row, on the same backend, with
// the same load, in the same run. Prints figures and ratios; never fails on time. It exits 1 only when the
// figures would mean nothing: more than 1% of answers are not 201, or an acknowledged response was not stored.
//
//   npx tsx bench/ingestion.bench.ts
//
// BENCH_SECONDS (20), BENCH_CONNECTIONS (50), BENCH_WARMUP_SECONDS (3), BENCH_BACKENDS (pglite,postgres),
// BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres; a temporary database is created and dropped).
//
// The load generator (autocannon) runs in a child process of this one, so it does not share the server's
// event loop; the server, its embedded database thread and the load generator still share the machine.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import autocannon, { type Request as LoadRequest } from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { startEmbeddedPostgres } from '../apps/server/src/platform/db/embedded-postgres';
import { createLogger } from '../apps/server/src/platform/logger';
import { startTouchpoint } from '../apps/server/src/touchpoint';
import {
  type LoadGenerator as BenchLoadGenerator,
  IS_LOAD_GENERATOR,
  serveLoadJobs,
  startLoadGenerator,
} from './support/load-generator';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',').map((b) => b.trim());
// The roles of the Touchpoint process under load: with `worker` (the default) the loop's dispatch,
// analysis and cases run in the same process during the burst, as in `npm start`.
const ROLES = (process.env.BENCH_ROLES ?? 'api,worker').split(',').map((r) => r.trim()) as Array<
  'api' | 'worker' | 'scheduler'
>;
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Above this share of answers that are not 201 (or connection errors), the figures measure something else. */
const MAX_FAILURE_SHARE = 0.01;
/** High enough that the public endpoint's per-IP and per-survey limits never answer 429 during the run. */
const NO_LIMIT = 1_000_000_000;

// ---------------------------------------------------------------------------------------------------------
// Load generator (child process)
// ---------------------------------------------------------------------------------------------------------

interface LoadJob {
  url: string;
  seconds: number;
  connections: number;
  /** Prefix of this job's idempotency keys; a counter makes each key unique. */
  keyPrefix: string;
}

interface LoadFigures {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  latencyMean: number;
  answers: number;
  created: number;
  notCreated: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Ids from the 201 answers: the responses the server promised to have stored. */
  acknowledgedIds: string[];
}

const REASONS = ['price', 'quality', 'service'] as const;
const COMMENTS = [
  'Fast delivery and friendly staff.',
  'Nhân viên thân thiện, giao hàng nhanh.',
  'The app crashed twice while paying; please fix it.',
  'Giá hơi cao so với chất lượng.',
];

/** A complete, valid submission; varied so the stored rows look like real ones. */
function submissionBody(n: number): string {
  const language = n % 2 === 0 ? 'en' : 'vi';
  return JSON.stringify({
    answers: { nps: n % 11, reason: REASONS[n % REASONS.length], comment: COMMENTS[n % COMMENTS.length] },
    language,
    channel: 'link',
    finished: true,
    meta: { url: 'https://shop.example.com/thanks', userAgent: 'bench/1.0' },
  });
}

async function runLoad(job: LoadJob): Promise<LoadFigures> {
  let counter = 0;
  const acknowledgedIds: string[] = [];
  const request: LoadRequest = {
    method: 'POST',
    // Every request gets its own Idempotency-Key (and body), so no two requests share a response.
    setupRequest: (req) => {
      counter += 1;
      return {
        ...req,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `${job.keyPrefix}-${counter}`,
        },
        body: submissionBody(counter),
      };
    },
    onResponse: (status, body) => {
      if (status !== 201) return;
      const id = (JSON.parse(String(body)) as { id?: string }).id;
      if (id) acknowledgedIds.push(id);
    },
  };
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: 30,
    requests: [request],
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  );
  const answers = Object.values(statusCodes).reduce((sum, count) => sum + count, 0);
  const created = statusCodes['201'] ?? 0;
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMean: result.latency.average,
    answers,
    created,
    notCreated: answers - created,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    acknowledgedIds,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Orchestration (parent process): servers, databases, checks and the report
// ---------------------------------------------------------------------------------------------------------

type LoadGenerator = BenchLoadGenerator<LoadJob, LoadFigures>;

interface Durability {
  /** Rows in the table after the run settled. */
  stored: number;
  /** 201 answers over warm-up and measurement. */
  acknowledged: number;
  /** Acknowledged ids found in the table: must equal `acknowledged`. */
  acknowledgedStored: number;
  /** Domain events written with the responses (Touchpoint only). */
  events?: number;
  /** Of those, not yet dispatched to subscribers when the run settled (Touchpoint only). */
  undispatched?: number;
}

interface RunFigures {
  load: LoadFigures;
  durability: Durability;
  /** CPU time of this process (HTTP server, and for PGlite the database thread) per 201, in ms. */
  serverCpuMsPerRequest: number;
  /** The machine's 1-minute load average when the measured run started (others' work skews the figures). */
  loadBefore: number;
  /** Load phases (warm-up and measured): each may leave one cut-off request per connection. */
  phases: number;
}

interface Target {
  url: string;
  /** Counts rows, acknowledged ids among them and (for Touchpoint) events. */
  count(ids: string[]): Promise<Omit<Durability, 'acknowledged'>>;
  stop(): Promise<void>;
}

async function waitUntilSettled(count: () => Promise<number>): Promise<void> {
  // Requests cut off at the end of the run may still be committing; wait for the count to stop moving.
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const now = await count();
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function measure(loader: LoadGenerator, target: Target, label: string): Promise<RunFigures> {
  const keyPrefix = `${label}-${randomUUID()}`;
  const warmUp = WARMUP_SECONDS
    ? await loader.run({
        url: target.url,
        seconds: WARMUP_SECONDS,
        connections: CONNECTIONS,
        keyPrefix: `${keyPrefix}-w`,
      })
    : null;
  const loadBefore = loadavg()[0] ?? 0;
  const cpuBefore = process.cpuUsage();
  const load = await loader.run({ url: target.url, seconds: SECONDS, connections: CONNECTIONS, keyPrefix });
  const cpu = process.cpuUsage(cpuBefore);
  const ids = [...(warmUp?.acknowledgedIds ?? []), ...load.acknowledgedIds];
  await waitUntilSettled(async () => (await target.count([])).stored);
  const counted = await target.count(ids);
  return {
    load,
    durability: { ...counted, acknowledged: (warmUp?.created ?? 0) + load.created },
    serverCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, load.created),
    loadBefore,
    phases: warmUp ? 2 : 1,
  };
}

/** Touchpoint with the api and worker roles, one bilingual survey published through the API. */
async function startTouchpointTarget(
  databaseUrl: string | undefined,
): Promise<Target & { poolSize: number }> {
  const touchpoint = await startTouchpoint({
    logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
    roles: ROLES,
    seedDemo: false,
    publicUrl: 'http://bench',
    ...(databaseUrl ? { databaseUrl } : {}),
    limits: { publicPerIpPerMinute: NO_LIMIT, publicPerSurveyPerMinute: NO_LIMIT },
  });
  try {
    const app = touchpoint.app;
    if (!app) throw new Error('Touchpoint started without its HTTP app');
    const base = await app.listen({ port: 0, host: '127.0.0.1' });

    const signUp = await fetch(`${base}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `bench${Date.now()}@example.com`,
        password: 'benchmark password',
        name: 'Bench',
        workspaceName: 'Bench',
      }),
    });
    if (signUp.status !== 201 && signUp.status !== 200) {
      throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
    }
    const session = signUp.headers.getSetCookie().find((c) => c.startsWith('tp_session='));
    const { csrfToken } = (await signUp.json()) as { csrfToken: string };
    const headers = {
      'content-type': 'application/json',
      cookie: session?.split(';')[0] ?? '',
      'x-csrf-token': csrfToken,
    };
    const created = await fetch(`${base}/api/v1/surveys`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'Ingestion benchmark',
        defaultLanguage: 'en',
        languages: ['en', 'vi'],
        questions: [
          {
            id: 'nps',
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
            id: 'reason',
            type: 'single_choice',
            text: { en: 'What matters most to you?', vi: 'Điều gì quan trọng nhất với bạn?' },
            options: [
              { id: 'price', label: { en: 'Price', vi: 'Giá cả' } },
              { id: 'quality', label: { en: 'Quality', vi: 'Chất lượng' } },
              { id: 'service', label: { en: 'Service', vi: 'Dịch vụ' } },
            ],
          },
          {
            id: 'comment',
            type: 'open_text',
            text: { en: 'What should we improve?', vi: 'Chúng tôi nên cải thiện điều gì?' },
          },
        ],
      }),
    });
    if (created.status !== 201)
      throw new Error(`survey creation failed: ${created.status} ${await created.text()}`);
    const survey = (await created.json()) as { id: string };
    const published = await fetch(`${base}/api/v1/surveys/${survey.id}/publish`, {
      method: 'POST',
      headers: { cookie: headers.cookie, 'x-csrf-token': csrfToken },
    });
    if (!published.ok) throw new Error(`publishing failed: ${published.status} ${await published.text()}`);

    const { pool } = touchpoint.database;
    return {
      url: `${base}/api/v1/public/surveys/${survey.id}/responses`,
      poolSize: pool.options.max ?? 10,
      async count(ids) {
        const stored = await pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM responses WHERE survey_id = $1',
          [survey.id],
        );
        const found = await pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM responses WHERE survey_id = $1 AND id = ANY($2::uuid[])',
          [survey.id, ids],
        );
        const events = await pool.query<{ n: number; undispatched: number }>(
          'SELECT count(*)::int AS n, (count(*) FILTER (WHERE dispatched_at IS NULL))::int AS undispatched ' +
            "FROM domain_events WHERE type IN ('response.created', 'response.completed')",
        );
        return {
          stored: stored.rows[0]?.n ?? 0,
          acknowledgedStored: found.rows[0]?.n ?? 0,
          events: events.rows[0]?.n ?? 0,
          undispatched: events.rows[0]?.undispatched ?? 0,
        };
      },
      stop: () => touchpoint.stop(),
    };
  } catch (error) {
    await touchpoint.stop();
    throw error;
  }
}

/** The least a server can do per submission: parse JSON, insert one row, answer 201. No validation, no auth. */
async function startBaselineTarget(connectionString: string, poolSize: number): Promise<Target> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  pool.on('error', () => undefined);
  await pool.query('CREATE TABLE IF NOT EXISTS bench_rows (id uuid PRIMARY KEY, body jsonb NOT NULL)');
  await pool.query('TRUNCATE bench_rows');
  const app = Fastify({ logger: false });
  app.post('/rows', async (request, reply) => {
    const id = randomUUID();
    await pool.query('INSERT INTO bench_rows (id, body) VALUES ($1, $2)', [id, request.body]);
    return reply.code(201).send({ id });
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `${base}/rows`,
    async count(ids) {
      const stored = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_rows');
      const found = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM bench_rows WHERE id = ANY($1::uuid[])',
        [ids],
      );
      return { stored: stored.rows[0]?.n ?? 0, acknowledgedStored: found.rows[0]?.n ?? 0 };
    },
    async stop() {
      await app.close();
      await pool.end();
    },
  };
}

interface BackendFigures {
  backend: string;
  touchpoint: RunFigures;
  baseline: RunFigures;
}

/** Why a run's figures cannot be trusted, or null when they can. */
function problemsOf(name: string, run: RunFigures): string | null {
  const { load, durability } = run;
  const failed = load.notCreated + load.errors;
  const share = failed / Math.max(1, load.answers + load.errors);
  const problems: string[] = [];
  if (share > MAX_FAILURE_SHARE) {
    problems.push(
      `${(share * 100).toFixed(1)}% of answers were not 201 (status codes ${JSON.stringify(load.statusCodes)}, ` +
        `${load.errors} connection errors) — the figures would measure refusals, not ingestion`,
    );
  }
  if (durability.acknowledgedStored !== durability.acknowledged) {
    problems.push(
      `${durability.acknowledged - durability.acknowledgedStored} of ${durability.acknowledged} acknowledged ` +
        'responses are missing from the database',
    );
  }
  // Beyond the acknowledged rows, only requests cut off when a phase ended (one per connection) may be
  // stored; more would mean one request stored twice.
  const unacknowledged = durability.stored - durability.acknowledged;
  if (unacknowledged < 0 || unacknowledged > run.phases * CONNECTIONS) {
    problems.push(
      `${durability.stored} rows stored for ${durability.acknowledged} acknowledged requests ` +
        `(at most ${run.phases * CONNECTIONS} cut-off requests may add to them)`,
    );
  }
  return problems.length > 0 ? `${name}: ${problems.join('; ')}` : null;
}

function describeRun(name: string, run: RunFigures): string {
  const { load, durability } = run;
  const codes = Object.entries(load.statusCodes)
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');
  return (
    `  ${name.padEnd(11)} ${load.requestsPerSecond.toFixed(0).padStart(6)} req/s · p50 ${load.latencyP50} ms · ` +
    `p99 ${load.latencyP99} ms · non-2xx ${load.non2xx} · errors ${load.errors} · [${codes}] · ` +
    `${run.serverCpuMsPerRequest.toFixed(2)} ms server-process CPU per request · load average ${run.loadBefore.toFixed(1)}\n` +
    `  ${''.padEnd(11)} durability: ${durability.stored} rows stored, ${durability.acknowledged} answered 201 ` +
    `(warm-up included), ${durability.acknowledgedStored} of those found` +
    `${durability.stored > durability.acknowledged ? `, ${durability.stored - durability.acknowledged} more committed for requests cut off at the end` : ''}` +
    `${durability.events !== undefined ? `, ${durability.events} domain events (${durability.undispatched} not yet dispatched)` : ''}`
  );
}

async function benchBackend(loader: LoadGenerator, backend: string): Promise<BackendFigures> {
  if (backend === 'pglite') {
    const touchpoint = await startTouchpointTarget(undefined);
    let touchpointRun: RunFigures;
    try {
      touchpointRun = await measure(loader, touchpoint, 'tp-pglite');
    } finally {
      await touchpoint.stop();
    }
    const embedded = await startEmbeddedPostgres();
    try {
      const baseline = await startBaselineTarget(embedded.connectionString, touchpoint.poolSize);
      try {
        return {
          backend,
          touchpoint: touchpointRun,
          baseline: await measure(loader, baseline, 'base-pglite'),
        };
      } finally {
        await baseline.stop();
      }
    } finally {
      await embedded.stop();
    }
  }
  if (backend === 'postgres') {
    const dbName = `tp_ingest_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${dbName}`;
      const touchpoint = await startTouchpointTarget(url.toString());
      let touchpointRun: RunFigures;
      try {
        touchpointRun = await measure(loader, touchpoint, 'tp-postgres');
      } finally {
        await touchpoint.stop();
      }
      const baseline = await startBaselineTarget(url.toString(), touchpoint.poolSize);
      try {
        return {
          backend,
          touchpoint: touchpointRun,
          baseline: await measure(loader, baseline, 'base-postgres'),
        };
      } finally {
        await baseline.stop();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
  throw new Error(`unknown backend ${backend}: use pglite or postgres`);
}

const BACKEND_NAMES: Record<string, string> = {
  pglite: 'PGlite (embedded)',
  postgres: 'PostgreSQL 15',
};

async function main() {
  console.log(
    `Public ingestion: POST /api/v1/public/surveys/:id/responses against a bare insert route, ` +
      `${CONNECTIONS} connections, ${SECONDS} s (after ${WARMUP_SECONDS} s warm-up), every request a finished ` +
      'submission with its own Idempotency-Key',
  );
  console.log(
    `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  );
  const loader = await startLoadGenerator<LoadJob, LoadFigures>(import.meta.url);
  const results: BackendFigures[] = [];
  const problems: string[] = [];
  try {
    for (const backend of BACKENDS) {
      const figures = await benchBackend(loader, backend);
      results.push(figures);
      const name = BACKEND_NAMES[backend] ?? backend;
      console.log(`\n${name}`);
      console.log(describeRun('Touchpoint', figures.touchpoint));
      console.log(describeRun('baseline', figures.baseline));
      for (const problem of [
        problemsOf(`${name} Touchpoint`, figures.touchpoint),
        problemsOf(`${name} baseline`, figures.baseline),
      ]) {
        if (problem) problems.push(problem);
      }
      if (problems.length > 0) break; // the remaining figures would be compared with meaningless ones
    }
  } finally {
    loader.stop();
  }

  console.log(
    '\n| backend | run | requests/s (mean) | p50 | p99 | non-2xx | 201s found stored | process CPU / request | Touchpoint / baseline |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { backend, touchpoint, baseline } of results) {
    const ratio = touchpoint.load.requestsPerSecond / baseline.load.requestsPerSecond;
    for (const [run, figures] of [
      ['Touchpoint', touchpoint],
      ['baseline', baseline],
    ] as const) {
      const { load, durability } = figures;
      console.log(
        `| ${BACKEND_NAMES[backend] ?? backend} | ${run} | ${load.requestsPerSecond.toFixed(0)} | ` +
          `${load.latencyP50} ms | ${load.latencyP99} ms | ${load.non2xx} | ` +
          `${durability.acknowledgedStored}/${durability.acknowledged} | ${figures.serverCpuMsPerRequest.toFixed(2)} ms | ` +
          `${run === 'Touchpoint' ? `${ratio.toFixed(2)}×` : ''} |`,
      );
    }
  }

  if (problems.length > 0) {
    console.error('\nBENCHMARK INVALID — these figures do not measure ingestion:');
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  process.exit(0);
}

if (IS_LOAD_GENERATOR) {
  serveLoadJobs(runLoad);
} else {
  await main();
}

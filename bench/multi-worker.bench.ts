// Background throughput with 1 and then 2 `touchpoint worker` processes on one PostgreSQL: how fast a
// backlog of responses is worked off — domain events dispatched per second and pg-boss jobs done per second.
// Prints figures; never fails on time.
//
//   npx tsx bench/multi-worker.bench.ts
//
// BENCH_RESPONSES (4000), BENCH_WORKER_COUNTS (1,2), BENCH_DATABASE_URL
// (postgres://postgres@127.0.0.1:5432/postgres; a temporary database per run is created and dropped).
//
// Each run: a fresh database; Touchpoint with only the api role (in this process) signs up, publishes an NPS
// survey with a comment, adds an alert rule that opens a case for each detractor, and takes BENCH_RESPONSES
// submissions through the public endpoint — with no worker running, so every event and job waits. Then the
// worker processes (the real CLI) are started while this process holds the start-up advisory lock, so they
// all queue up behind it; releasing it is the start signal. The clock runs from the release until no event
// is undispatched and no job is queued, retrying or active. Figures come from the database's own
// timestamps (domain_events.dispatched_at, pgboss.job.completed_on).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SETUP_LOCK_KEY } from '../apps/server/src/platform/db/setup-lock';
import { createLogger } from '../apps/server/src/platform/logger';
import { startTouchpoint } from '../apps/server/src/touchpoint';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 4000);
const WORKER_COUNTS = (process.env.BENCH_WORKER_COUNTS ?? '1,2').split(',').map(Number);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BIN = fileURLToPath(new URL('../apps/server/bin/touchpoint.mjs', import.meta.url));
const NO_LIMIT = 1_000_000_000;
const COMMENTS = [
  'Fast delivery and friendly staff.',
  'Nhân viên thân thiện, giao hàng nhanh.',
  'The app crashed twice while paying; please fix it.',
  'Giá hơi cao so với chất lượng.',
  'Refund took three weeks and nobody answered my emails.',
];

interface RunFigures {
  workers: number;
  events: number;
  eventsSeconds: number;
  jobs: number;
  jobsSeconds: number;
  failedJobs: number;
  cases: number;
  detractors: number;
  workerCpuSeconds: number[];
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** User + system CPU seconds a process has used so far (Linux /proc). */
function cpuSecondsOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** A workspace with a survey and a detractor alert rule, and a backlog of submissions nobody has worked on. */
async function prepareBacklog(url: string): Promise<void> {
  const touchpoint = await startTouchpoint({
    logger: createLogger('silent'),
    roles: ['api'],
    seedDemo: false,
    publicUrl: 'http://bench',
    databaseUrl: url,
    limits: { publicPerIpPerMinute: NO_LIMIT, publicPerSurveyPerMinute: NO_LIMIT },
  });
  try {
    const app = touchpoint.app;
    if (!app) throw new Error('Touchpoint started without its HTTP app');
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: {
        email: 'bench@example.com',
        password: 'benchmark password',
        name: 'Bench',
        workspaceName: 'Bench',
      },
    });
    if (signUp.statusCode !== 201) throw new Error(`sign-up failed: ${signUp.statusCode} ${signUp.body}`);
    const session = signUp.cookies.find((c) => c.name === 'tp_session');
    const headers = {
      cookie: `tp_session=${session?.value}`,
      'x-csrf-token': (signUp.json() as { csrfToken: string }).csrfToken,
    };
    const call = async (method: 'POST', path: string, payload: object) => {
      const response = await app.inject({ method, url: path, headers, payload });
      if (response.statusCode >= 300) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
      return response.json() as { id: string };
    };
    const survey = await call('POST', '/api/v1/surveys', {
      name: 'Worker benchmark',
      defaultLanguage: 'en',
      questions: [
        { id: 'nps', type: 'nps', required: true, text: { en: 'How likely are you to recommend us?' } },
        { id: 'comment', type: 'open_text', text: { en: 'Why?' } },
      ],
    });
    await call('POST', `/api/v1/surveys/${survey.id}/publish`, {});
    await call('POST', '/api/v1/alert-rules', {
      name: 'Detractors',
      surveyId: survey.id,
      condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
      createCase: { priority: 'high' },
    });
    // 50 submissions in flight at a time: group commit writes each burst in one statement.
    let next = 0;
    const submitAll = async () => {
      while (next < RESPONSES) {
        const n = next++;
        const response = await app.inject({
          method: 'POST',
          url: `/api/v1/public/surveys/${survey.id}/responses`,
          payload: { answers: { nps: n % 11, comment: COMMENTS[n % COMMENTS.length] }, finished: true },
        });
        if (response.statusCode !== 201)
          throw new Error(`submission: ${response.statusCode} ${response.body}`);
      }
    };
    await Promise.all(Array.from({ length: 50 }, submitAll));
  } finally {
    await touchpoint.stop();
  }
}

/**
 * Bytes on disk per response once everything derived from it exists (events, text analyses, alerts, cases,
 * rollups, jobs): pg_total_relation_size (heap + indexes + TOAST) of every table, after VACUUM.
 */
async function printStorage(db: pg.Client): Promise<void> {
  await db.query('VACUUM (ANALYZE)');
  const { rows } = await db.query<{ schema: string; name: string; bytes: number }>(
    `SELECT n.nspname AS schema, c.relname AS name, pg_total_relation_size(c.oid)::float AS bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'pgboss') ORDER BY bytes DESC`,
  );
  const total = (schema: string) => rows.filter((r) => r.schema === schema).reduce((a, r) => a + r.bytes, 0);
  const perResponse = (bytes: number) => `${(bytes / RESPONSES).toFixed(0)} B/response`;
  console.log(`  storage after ${RESPONSES} responses (VACUUM ANALYZE; heap + indexes + TOAST):`);
  for (const row of rows.filter((r) => r.schema === 'public').slice(0, 8)) {
    console.log(`    ${row.name}: ${(row.bytes / 1024).toFixed(0)} KiB, ${perResponse(row.bytes)}`);
  }
  console.log(
    `    all Touchpoint tables: ${(total('public') / 1048576).toFixed(1)} MiB, ${perResponse(total('public'))}`,
  );
  console.log(
    `    pg-boss job tables: ${(total('pgboss') / 1048576).toFixed(1)} MiB, ${perResponse(total('pgboss'))}`,
  );
}

async function startWorkers(url: string, count: number): Promise<ChildProcess[]> {
  const workers: ChildProcess[] = [];
  for (let n = 0; n < count; n++) {
    const child = spawn(process.execPath, [BIN, 'worker'], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', TOUCHPOINT_NO_DEMO: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(child);
  }
  return workers;
}

async function runWith(workerCount: number): Promise<RunFigures> {
  const name = `tp_multi_worker_bench_${process.pid}_${workerCount}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  const db = new pg.Client({ connectionString: url });
  let workers: ChildProcess[] = [];
  try {
    await prepareBacklog(url);
    await db.connect();
    const count = async (query: string) => Number((await db.query(query)).rows[0].n);
    console.log(
      `  ${workerCount} worker(s): backlog of ${await count('SELECT count(*) AS n FROM domain_events WHERE dispatched_at IS NULL')} events ` +
        `and ${await count("SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry')")} jobs; starting the workers`,
    );

    // The start gate: every worker waits for the start-up lock this client holds.
    await db.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY.toString()]);
    workers = await startWorkers(url, workerCount);
    for (;;) {
      const waiting = await count(
        `SELECT count(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND NOT l.granted AND a.application_name = 'touchpoint setup lock'`,
      );
      if (waiting === workerCount) break;
      if (workers.some((w) => w.exitCode !== null)) throw new Error('a worker exited before it started');
      await sleep(200);
    }
    const cpuBefore = workers.map((w) => cpuSecondsOf(w.pid));
    const { rows } = await db.query<{ t0: Date }>('SELECT pg_advisory_unlock($1), clock_timestamp() AS t0', [
      SETUP_LOCK_KEY.toString(),
    ]);
    const t0 = rows[0]?.t0 as Date;

    // Done when nothing is undispatched and no job is waiting to run now or running.
    let quietSince = 0;
    for (;;) {
      const pending =
        (await count('SELECT count(*) AS n FROM domain_events WHERE dispatched_at IS NULL')) +
        (await count(
          "SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()",
        ));
      if (pending === 0) {
        quietSince ||= Date.now();
        // Settled for a few seconds: a dispatch may still queue jobs for the last events.
        if (Date.now() - quietSince > 5_000) break;
      } else quietSince = 0;
      await sleep(500);
    }
    const workerCpuSeconds = workers.map((w, i) => cpuSecondsOf(w.pid) - (cpuBefore[i] ?? 0));
    if (workerCount === WORKER_COUNTS[WORKER_COUNTS.length - 1]) await printStorage(db);
    const events = await db.query<{ n: number; seconds: number }>(
      `SELECT count(*)::int AS n, extract(epoch FROM max(dispatched_at) - $1::timestamptz)::float AS seconds
       FROM domain_events WHERE dispatched_at >= $1`,
      [t0],
    );
    const jobs = await db.query<{ n: number; seconds: number; failed: number }>(
      `SELECT (count(*) FILTER (WHERE state = 'completed'))::int AS n,
              (count(*) FILTER (WHERE state = 'failed'))::int AS failed,
              extract(epoch FROM max(completed_on) - $1::timestamptz)::float AS seconds
       FROM (SELECT state, completed_on FROM pgboss.job UNION ALL SELECT state, completed_on FROM pgboss.archive) j
       WHERE completed_on >= $1`,
      [t0],
    );
    return {
      workers: workerCount,
      events: events.rows[0]?.n ?? 0,
      eventsSeconds: events.rows[0]?.seconds ?? Number.NaN,
      jobs: jobs.rows[0]?.n ?? 0,
      jobsSeconds: jobs.rows[0]?.seconds ?? Number.NaN,
      failedJobs: jobs.rows[0]?.failed ?? 0,
      cases: await count('SELECT count(*) AS n FROM cases'),
      detractors: await count('SELECT count(*) AS n FROM responses WHERE nps_score <= 6'),
      workerCpuSeconds,
    };
  } finally {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.exitCode !== null) return resolve();
            w.once('exit', () => resolve());
            w.kill('SIGTERM');
          }),
      ),
    );
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  console.log(
    `Worker throughput on PostgreSQL: a backlog of ${RESPONSES} responses (NPS + comment, an alert rule opening ` +
      `a case per detractor) worked off by ${WORKER_COUNTS.join(' then ')} worker process(es).`,
  );
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ` +
      `${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the start.`,
  );
  const results: RunFigures[] = [];
  for (const count of WORKER_COUNTS) {
    const result = await runWith(count);
    results.push(result);
    console.log(
      `  ${count} worker(s): ${result.events} events in ${result.eventsSeconds.toFixed(1)} s = ` +
        `${(result.events / result.eventsSeconds).toFixed(0)} events/s dispatched; ${result.jobs} jobs in ` +
        `${result.jobsSeconds.toFixed(1)} s = ${(result.jobs / result.jobsSeconds).toFixed(0)} jobs/s done ` +
        `(${result.failedJobs} failed); ${result.cases} cases for ${result.detractors} detractors; worker CPU ` +
        `${result.workerCpuSeconds.map((s) => `${s.toFixed(1)} s`).join(' + ')}; load average ${loadavg()[0]?.toFixed(2)}`,
    );
  }
  const base = results[0];
  if (base && results.length > 1) {
    for (const result of results.slice(1)) {
      const eventRatio = result.events / result.eventsSeconds / (base.events / base.eventsSeconds);
      const jobRatio = result.jobs / result.jobsSeconds / (base.jobs / base.jobsSeconds);
      console.log(
        `  ${result.workers} vs ${base.workers} worker(s): ${eventRatio.toFixed(2)}× events/s, ${jobRatio.toFixed(2)}× jobs/s`,
      );
    }
  }
}

await main();

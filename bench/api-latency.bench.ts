// API latency on the embedded database (PGlite) against PostgreSQL 15 as the baseline, measured in the
// same run on the same machine. Prints figures and ratios; never fails on time.
//
//   npx tsx bench/api-latency.bench.ts            (PostgreSQL baseline from BENCH_DATABASE_URL,
//                                                  default postgres://postgres@127.0.0.1:5432/postgres)
import { cpus } from 'node:os';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { createLogger } from '../apps/server/src/platform/logger';
import { startTouchpoint, type Touchpoint } from '../apps/server/src/touchpoint';

const READS = Number(process.env.BENCH_READS ?? 2000);
const WRITES = Number(process.env.BENCH_WRITES ?? 300);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Figures {
  readP50: number;
  readP95: number;
  readsPerSecond: number;
  writeP50: number;
  writeP95: number;
  writesPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function time(count: number, call: (i: number) => Promise<void>) {
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await call(i);
    samples.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), perSecond: (count / total) * 1000 };
}

async function measure(touchpoint: Touchpoint): Promise<Figures> {
  const app = touchpoint.app as FastifyInstance;
  const signUp = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: {
      email: `bench${Date.now()}@example.com`,
      password: 'benchmark password',
      name: 'Bench',
      workspaceName: 'Bench',
    },
  });
  const me = signUp.json();
  const cookie = `tp_session=${signUp.cookies.find((c) => c.name === 'tp_session')?.value}`;
  const headers = { cookie, 'x-csrf-token': me.csrfToken };
  for (let i = 0; i < 20; i++) {
    await app.inject({ method: 'POST', url: '/api/v1/teams', headers, payload: { name: `Warm-up ${i}` } });
  }
  const writes = await time(WRITES, async (i) => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers,
      payload: { name: `Team ${i}` },
    });
    if (r.statusCode !== 201) throw new Error(`write failed: ${r.statusCode} ${r.body}`);
  });
  const reads = await time(READS, async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/teams?limit=50', headers });
    if (r.statusCode !== 200) throw new Error(`read failed: ${r.statusCode}`);
  });
  return {
    readP50: reads.p50,
    readP95: reads.p95,
    readsPerSecond: reads.perSecond,
    writeP50: writes.p50,
    writeP95: writes.p95,
    writesPerSecond: writes.perSecond,
  };
}

const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');
const common = {
  logger,
  roles: ['api', 'worker'] as ('api' | 'worker')[],
  seedDemo: false,
  publicUrl: 'http://bench',
};

const embedded = await startTouchpoint(common);
const embeddedFigures = await measure(embedded);
await embedded.stop();

const dbName = `tp_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const server = await startTouchpoint({ ...common, databaseUrl: url.toString() });
const serverFigures = await measure(server);
await server.stop();
await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
await admin.end();

const row = (label: string, key: keyof Figures, unit: string, digits = 2) =>
  `| ${label} | ${embeddedFigures[key].toFixed(digits)} ${unit} | ${serverFigures[key].toFixed(digits)} ${unit} | ${(embeddedFigures[key] / serverFigures[key]).toFixed(2)}× |`;

console.log(
  `API latency, in-process (app.inject), ${READS} reads of GET /api/v1/teams?limit=50 (70 teams) and ${WRITES} writes of POST /api/v1/teams`,
);
console.log(
  `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);
console.log('| figure | PGlite (embedded) | PostgreSQL 15 (baseline) | PGlite / baseline |');
console.log('|---|---|---|---|');
console.log(row('read p50', 'readP50', 'ms'));
console.log(row('read p95', 'readP95', 'ms'));
console.log(row('reads per second', 'readsPerSecond', '/s', 0));
console.log(row('write p50', 'writeP50', 'ms'));
console.log(row('write p95', 'writeP95', 'ms'));
console.log(row('writes per second', 'writesPerSecond', '/s', 0));

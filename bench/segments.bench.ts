// Segment evaluation at scale: 100 k contacts on PostgreSQL, with responses, events and cases, and segments
// of three conditions each. Measures, through the HTTP API (app.inject), the segment's live count
// (GET /api/v1/segments/:id) and its first page of contacts (GET /api/v1/segments/:id/contacts?limit=50),
// and prints p50/p95 against the goal (< 200 ms p95). Never fails on time; exits 1 only when it
// could not run.
//
//   npx tsx bench/segments.bench.ts
//
// BENCH_CONTACTS (100000), BENCH_RUNS (30 measured calls after 3 warm-ups), BENCH_DATABASE_URL
// (postgres://postgres@127.0.0.1:5432/postgres; a temporary database is created and dropped),
// BENCH_EXPLAIN=1 prints EXPLAIN ANALYZE of each count query; BENCH_KEEP=1 keeps the database (its name is
// printed) to try plans by hand afterwards.
//
// Data (generated in SQL, seeded by contact number so every run is the same): each contact has a plan
// (10 % enterprise), 70 % answered an NPS survey 1–3 times over the last 180 days (the latest answer
// decides the band; about a third are detractors), 0–4 `order.delivered` events over the last 60 days,
// and 5 % have an open case.
import { cpus, loadavg } from 'node:os';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import {
  compileSegmentCondition,
  prepareSegmentCondition,
} from '../apps/server/src/modules/segments/segment-sql';
import { createLogger } from '../apps/server/src/platform/logger';
import { startTouchpoint, type Touchpoint } from '../apps/server/src/touchpoint';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const KEEP = process.env.BENCH_KEEP === '1';
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GOAL_MS = 200;

const SEGMENTS = [
  {
    name: 'Enterprise detractors with a delivery in 30 days',
    condition: {
      all: [
        { field: 'npsBand', op: 'eq', value: 'detractor' },
        { field: 'event.order.delivered.count30d', op: 'gte', value: 1 },
        { field: 'contact.plan', op: 'eq', value: 'enterprise' },
      ],
    },
  },
  {
    name: 'Detractors, last 90 days, with an open case',
    condition: {
      all: [
        { field: 'npsBand', op: 'eq', value: 'detractor' },
        { field: 'lastResponseAt', op: 'gte', value: '-90d' },
        { field: 'openCases', op: 'gte', value: 1 },
      ],
    },
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function load(client: pg.Client, workspaceId: string, surveyId: string) {
  // md5 of the contact number gives stable pseudo-random draws per contact without a seeded RNG in SQL.
  await client.query(
    `INSERT INTO contacts (workspace_id, id, email, attributes, created_at, updated_at)
     SELECT $1, gen_random_uuid(), 'c' || i || '@bench.example',
       jsonb_build_object('plan', CASE WHEN i % 10 = 0 THEN 'enterprise' WHEN i % 3 = 0 THEN 'business' ELSE 'starter' END,
                          'city', (ARRAY['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng'])[1 + i % 3]),
       now(), now()
     FROM generate_series(1, $2::int) AS i`,
    [workspaceId, CONTACTS],
  );
  await client.query(
    `CREATE TEMP TABLE bench_contacts AS
     SELECT id, row_number() OVER (ORDER BY email) AS n FROM contacts WHERE workspace_id = $1`,
    [workspaceId],
  );
  await client.query(
    `INSERT INTO responses (workspace_id, id, survey_id, survey_version, contact_id, idempotency_key, channel,
       language, answers, nps_score, finished, created_at, updated_at)
     SELECT $1, gen_random_uuid(), $2, 1, c.id, 'k' || c.n || '-' || k, 'email', 'en',
       jsonb_build_object('q1', s.score), s.score, true, s.at, s.at
     FROM bench_contacts c
     CROSS JOIN generate_series(1, 3) AS k
     CROSS JOIN LATERAL (SELECT
         (('x' || substr(md5(c.n || ':' || k), 1, 4))::bit(16)::int % 11) AS score,
         now() - ((('x' || substr(md5(c.n || ':' || k), 5, 4))::bit(16)::int % 180) || ' days')::interval AS at) s
     WHERE c.n % 10 < 7 AND k <= 1 + c.n % 3`,
    [workspaceId, surveyId],
  );
  await client.query(
    `INSERT INTO contact_events (workspace_id, contact_id, event, occurred_at)
     SELECT $1, c.id, 'order.delivered',
       now() - ((('x' || substr(md5(c.n || '/' || k), 1, 4))::bit(16)::int % 60) || ' days')::interval
     FROM bench_contacts c CROSS JOIN generate_series(1, 4) AS k
     WHERE k <= c.n % 5`,
    [workspaceId],
  );
  await client.query(
    `INSERT INTO contact_events (workspace_id, contact_id, event, occurred_at)
     SELECT $1, c.id, 'page.viewed', now() - ((c.n % 90) || ' days')::interval
     FROM bench_contacts c CROSS JOIN generate_series(1, 3) AS k`,
    [workspaceId],
  );
  await client.query(
    `INSERT INTO cases (workspace_id, id, number, title, contact_id, created_at, updated_at)
     SELECT $1, gen_random_uuid(), c.n, 'Call back', c.id, now(), now()
     FROM bench_contacts c WHERE c.n % 20 = 0`,
    [workspaceId],
  );
  // VACUUM as autovacuum would soon after a bulk load: it sets the visibility map index-only scans rely on.
  await client.query('VACUUM ANALYZE');
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM contacts WHERE workspace_id = $1) AS contacts,
            (SELECT count(*) FROM responses WHERE workspace_id = $1) AS responses,
            (SELECT count(*) FROM contact_events WHERE workspace_id = $1) AS events,
            (SELECT count(*) FROM cases WHERE workspace_id = $1) AS cases`,
    [workspaceId],
  );
  return counts.rows[0] as Record<string, string>;
}

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const version = (await admin.query('SHOW server_version')).rows[0]?.server_version;
  const dbName = `bench_segments_${process.pid}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  let touchpoint: Touchpoint | null = null;
  try {
    console.log(
      `Segments at scale: ${CONTACTS.toLocaleString('en')} contacts, ${RUNS} runs after 3 warm-ups · ` +
        `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ` +
        `PostgreSQL ${version} · load average ${loadavg()[0]?.toFixed(1)}`,
    );
    touchpoint = await startTouchpoint({
      logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
      roles: ['api'],
      seedDemo: false,
      publicUrl: 'http://bench',
      databaseUrl: url.toString(),
    });
    const app = touchpoint.app as FastifyInstance;
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: {
        email: `bench${Date.now()}@example.com`,
        password: 'benchmark password',
        name: 'Bench',
        workspaceName: 'Segments bench',
      },
    });
    if (signUp.statusCode !== 201) throw new Error(`sign-up failed: ${signUp.statusCode} ${signUp.body}`);
    const me = signUp.json() as { workspace: { id: string }; csrfToken: string };
    const cookie = `tp_session=${signUp.cookies.find((c) => c.name === 'tp_session')?.value}`;
    const headers = { cookie, 'x-csrf-token': me.csrfToken };
    const call = async (method: 'GET' | 'POST', path: string, payload?: object) => {
      const response = await app.inject({ method, url: path, headers, ...(payload ? { payload } : {}) });
      if (response.statusCode >= 300)
        throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`);
      return response.json();
    };
    const survey = await call('POST', '/api/v1/surveys', {
      name: 'Relationship NPS',
      defaultLanguage: 'en',
      questions: [{ id: 'q1', type: 'nps', text: { en: 'Recommend us?' }, required: true }],
    });
    await call('POST', `/api/v1/surveys/${survey.id}/publish`);

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const started = performance.now();
    const loaded = await load(client, me.workspace.id, survey.id);
    console.log(
      `Loaded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${loaded.contacts} contacts, ` +
        `${loaded.responses} responses, ${loaded.events} events, ${loaded.cases} open cases`,
    );

    for (const segment of SEGMENTS) {
      const created = await call('POST', '/api/v1/segments', segment);
      if (EXPLAIN) {
        const cx = await prepareSegmentCondition(
          touchpoint.ctx.db,
          me.workspace.id,
          segment.condition as never,
        );
        const predicate = compileSegmentCondition(segment.condition as never, cx);
        const compiled = touchpoint.ctx.db
          .selectFrom('contacts as c')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('c.workspaceId', '=', me.workspace.id)
          .where('c.mergedInto', 'is', null)
          .where(predicate)
          .compile();
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${compiled.sql}`, [
          ...compiled.parameters,
        ]);
        console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      const countTimes: number[] = [];
      const pageTimes: number[] = [];
      let count = 0;
      let pageSize = 0;
      for (let run = 0; run < RUNS + 3; run++) {
        let t = performance.now();
        const one = await call('GET', `/api/v1/segments/${created.id}`);
        const countMs = performance.now() - t;
        t = performance.now();
        const page = await call('GET', `/api/v1/segments/${created.id}/contacts?limit=50`);
        const pageMs = performance.now() - t;
        count = one.count;
        pageSize = page.items.length;
        if (run >= 3) {
          countTimes.push(countMs);
          pageTimes.push(pageMs);
        }
      }
      const c = stats(countTimes);
      const p = stats(pageTimes);
      const verdict = (ms: number) => (ms < GOAL_MS ? 'meets' : 'MISSES');
      console.log(`\n"${segment.name}" → ${count} contacts (first page ${pageSize})`);
      console.log(`  ${JSON.stringify(segment.condition)}`);
      console.log(
        `  count      p50 ${c.p50.toFixed(1)} ms · p95 ${c.p95.toFixed(1)} ms (${verdict(c.p95)} < ${GOAL_MS} ms)`,
      );
      console.log(
        `  first page p50 ${p.p50.toFixed(1)} ms · p95 ${p.p95.toFixed(1)} ms (${verdict(p.p95)} < ${GOAL_MS} ms)`,
      );
    }
    await client.end();
  } finally {
    await touchpoint?.stop().catch(() => undefined);
    if (KEEP) console.log(`Kept database ${dbName}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

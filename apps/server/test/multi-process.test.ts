import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { requireTestDatabaseUrl, withDatabase } from './support/global-setup';
import { freePort, TOUCHPOINT_BIN } from './support/processes';
import { TEST_BACKEND } from './support/test-touchpoint';

// Many processes on one PostgreSQL (issue 16): 2 API + 2 worker processes of the real CLI start at the same
// moment on an empty database (migrations and job-queue set-up run under an advisory lock), then responses
// posted through both API processes give every detractor exactly one case, every event is dispatched once,
// webhooks go out once, and a notification written by a worker is seen through either API process (the
// bell polls the database, so no process-local state is involved).

const SKIP_REASON =
  TEST_BACKEND === 'postgres'
    ? null
    : 'needs a PostgreSQL server: set TEST_DATABASE_URL (runs in the server:postgres project only)';
const RESPONSES_PER_API = 40;

interface Child {
  name: string;
  process: ChildProcess;
  output: string;
  port: number;
}

const children: Child[] = [];
let databaseName: string | null = null;
let receiver: Server | null = null;

afterAll(async () => {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  receiver?.close();
  if (databaseName) {
    const admin = new pg.Client({ connectionString: requireTestDatabaseUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
});

async function waitFor<T>(what: string, check: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A session on one API process; the cookie works on every process since sessions live in the database. */
class Caller {
  constructor(
    private readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  async call<T = any>(port: number, method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} on :${port} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}

describe.skipIf(SKIP_REASON !== null)(
  `2 API + 2 worker processes on one PostgreSQL${SKIP_REASON ? ` (skipped: ${SKIP_REASON})` : ''}`,
  () => {
    it('start together, then handle every detractor, event, webhook and notification exactly once', async () => {
      const adminUrl = requireTestDatabaseUrl();
      databaseName = `tp_multi_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${databaseName}`);
      await admin.end();
      const databaseUrl = withDatabase(adminUrl, databaseName);

      // Webhook receiver: counts each delivered (type, subject) pair.
      const received = new Map<string, number>();
      receiver = createHttpServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => {
          body += chunk;
        });
        request.on('end', () => {
          const delivery = JSON.parse(body) as { type: string; data: Record<string, { id: string }> };
          const subject = delivery.data.response?.id ?? delivery.data.case?.id ?? '?';
          const key = `${delivery.type}:${subject}`;
          received.set(key, (received.get(key) ?? 0) + 1);
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver?.listen(0, '127.0.0.1', resolve));
      const receiverAddress = receiver.address();
      const receiverPort = typeof receiverAddress === 'object' && receiverAddress ? receiverAddress.port : 0;

      // All four at the same moment, on an empty database.
      const startedAt = Date.now();
      for (const [name, args] of [
        ['api-1', ['start', '--roles', 'api']],
        ['api-2', ['start', '--roles', 'api']],
        ['worker-1', ['worker']],
        ['worker-2', ['worker']],
      ] as const) {
        const port = await freePort();
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          TOUCHPOINT_NO_DEMO: '1',
          LOG_LEVEL: 'warn',
          PUBLIC_RATE_LIMIT_PER_IP: '100000',
          TOUCHPOINT_WEBHOOK_ALLOW_PRIVATE: '1',
        };
        const child: Child = {
          name,
          port,
          output: '',
          process: spawn(process.execPath, [TOUCHPOINT_BIN, ...args], { env }),
        };
        child.process.stdout?.on('data', (chunk) => {
          child.output += chunk;
        });
        child.process.stderr?.on('data', (chunk) => {
          child.output += chunk;
        });
        children.push(child);
      }
      const [api1, api2, ...workers] = children as [Child, Child, Child, Child];
      try {
        await waitFor(
          'all four processes to be ready',
          async () => {
            const exited = children.find((c) => c.process.exitCode !== null);
            if (exited)
              throw new Error(`${exited.name} exited (${exited.process.exitCode}):\n${exited.output}`);
            for (const api of [api1, api2]) {
              const health = await fetch(`http://127.0.0.1:${api.port}/healthz`).catch(() => null);
              if (health?.status !== 200) return null;
            }
            return workers.every((w) => w.output.includes('worker running')) ? true : null;
          },
          120_000,
        );
      } catch (error) {
        throw new Error(
          `${(error as Error).message}\n${children.map((c) => `--- ${c.name}\n${c.output}`).join('\n')}`,
        );
      }
      const readyMs = Date.now() - startedAt;

      // Sign up through API process 1; the session works on API process 2 as well.
      const signUp = await fetch(`http://127.0.0.1:${api1.port}/api/v1/auth/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: `multi.${Date.now()}@example.com`,
          password: 'correct horse battery',
          name: 'Multi Owner',
          workspaceName: 'Multi-process',
        }),
      });
      expect(signUp.status).toBe(201);
      const me = (await signUp.json()) as { user: { id: string }; csrfToken: string };
      const cookie = signUp.headers
        .getSetCookie()
        .find((c) => c.startsWith('tp_session='))
        ?.split(';')[0] as string;
      const caller = new Caller(cookie, me.csrfToken);

      const survey = await caller.call<{ id: string }>(api1.port, 'POST', '/api/v1/surveys', {
        name: 'Checkout NPS',
        defaultLanguage: 'en',
        questions: [
          { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
          { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
        ],
      });
      await caller.call(api1.port, 'POST', `/api/v1/surveys/${survey.id}/publish`, {});
      await caller.call(api2.port, 'POST', '/api/v1/alert-rules', {
        name: 'Detractors',
        surveyId: survey.id,
        condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
        createCase: { priority: 'high' },
        notify: { teamIds: [], userIds: [me.user.id] },
      });
      await caller.call(api1.port, 'POST', '/api/v1/webhooks', {
        url: `http://127.0.0.1:${receiverPort}/hook`,
        events: ['response.completed', 'case.created'],
      });

      // Responses through both API processes at once; scores cycle 0–10, so 7 in 11 are detractors.
      const posts: Promise<{ id: string }>[] = [];
      for (let n = 0; n < RESPONSES_PER_API * 2; n++) {
        const api = n % 2 === 0 ? api1 : api2;
        posts.push(
          fetch(`http://127.0.0.1:${api.port}/api/v1/public/surveys/${survey.id}/responses`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ answers: { q1: n % 11, q2: `Visit number ${n}` }, finished: true }),
          }).then(async (response) => {
            expect(response.status).toBeLessThan(300);
            return (await response.json()) as { id: string };
          }),
        );
      }
      const responseIds = (await Promise.all(posts)).map((r) => r.id);
      const detractorIds = responseIds.filter((_, n) => n % 11 <= 6).sort();
      const postedAt = Date.now();

      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        const count = async (query: string, values: unknown[] = []) =>
          Number((await db.query(query, values)).rows[0].count);
        // Settled: every event dispatched, a case per detractor, every webhook delivered.
        await waitFor(
          'the loop to settle',
          async () => {
            const pending = await count('SELECT count(*) FROM domain_events WHERE dispatched_at IS NULL');
            const cases = await count('SELECT count(*) FROM cases');
            const undelivered = await count(
              `SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered'`,
            );
            return pending === 0 && cases >= detractorIds.length && undelivered === 0 && received.size > 0
              ? true
              : null;
          },
          90_000,
        );
        const settledMs = Date.now() - postedAt;
        // Anything done twice would show up late: give it a moment.
        await new Promise((r) => setTimeout(r, 3_000));

        // Exactly one case and one alert per detractor.
        const caseItems = await db.query<{ item_id: string; n: number }>(
          `SELECT ci.item_id, count(*)::int AS n FROM case_items ci JOIN cases c
             ON c.workspace_id = ci.workspace_id AND c.id = ci.case_id
           WHERE c.source = 'alert' GROUP BY ci.item_id ORDER BY ci.item_id`,
        );
        expect(caseItems.rows.map((r) => r.item_id)).toEqual(detractorIds);
        expect(caseItems.rows.every((r) => r.n === 1)).toBe(true);
        expect(await count('SELECT count(*) FROM cases')).toBe(detractorIds.length);
        expect(await count('SELECT count(*) FROM alerts')).toBe(detractorIds.length);

        // Every event dispatched once: all are marked, and each completed response was handed to
        // feedback.evaluate exactly once (a second dispatch of its event would queue it again).
        expect(await count('SELECT count(*) FROM domain_events WHERE dispatched_at IS NULL')).toBe(0);
        const evaluated = await db.query<{ id: string; n: number }>(
          `SELECT item.id, count(*)::int AS n
           FROM (SELECT data FROM pgboss.job WHERE name = 'feedback.evaluate'
                 UNION ALL SELECT data FROM pgboss.archive WHERE name = 'feedback.evaluate') j,
                jsonb_array_elements_text(j.data->'itemIds') AS item(id)
           GROUP BY item.id`,
        );
        expect(evaluated.rows.length).toBe(responseIds.length);
        expect(evaluated.rows.filter((r) => r.n !== 1)).toEqual([]);

        // Webhooks once each: one response.completed per response, one case.created per case.
        const caseIds = (await db.query<{ id: string }>('SELECT id FROM cases')).rows.map((r) => r.id);
        const expected = new Map<string, number>([
          ...responseIds.map((id) => [`response.completed:${id}`, 1] as [string, number]),
          ...caseIds.map((id) => [`case.created:${id}`, 1] as [string, number]),
        ]);
        expect(new Map([...received].sort())).toEqual(new Map([...expected].sort()));

        // A notification written by a worker reaches the person through either API process.
        for (const api of [api1, api2]) {
          const unread = await caller.call<{ unread: number }>(
            api.port,
            'GET',
            '/api/v1/notifications/unread-count',
          );
          expect(unread.unread).toBe(detractorIds.length);
        }
        // Marked read through one process, read as read through the other.
        await caller.call(api2.port, 'POST', '/api/v1/notifications/read', { all: true });
        const after = await caller.call<{ unread: number }>(
          api1.port,
          'GET',
          '/api/v1/notifications/unread-count',
        );
        expect(after.unread).toBe(0);

        // Nobody crashed along the way.
        expect(children.filter((c) => c.process.exitCode !== null).map((c) => c.name)).toEqual([]);
        console.log(
          `multi-process: 4 processes ready in ${readyMs} ms; ${responseIds.length} responses, ` +
            `${detractorIds.length} detractors settled ${settledMs} ms after the last post`,
        );
      } finally {
        await db.end();
      }

      // Stop them as an operator would.
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              child.process.once('exit', () => resolve());
              child.process.kill('SIGTERM');
            }),
        ),
      );
    }, 240_000);
  },
);

// Live chat under load: agent message → customer stream latency with 200 open conversations, each with
// its public Server-Sent Events stream, against a bare SSE echo doing the same fan-out in the same run.
// Prints figures; never fails on time.
//
//   npx tsx bench/conversation.bench.ts
//
// For each backend it starts Touchpoint (api, worker, scheduler roles) on a real port with a fresh
// database, signs up, creates CONVERSATIONS public conversations, opens each one's stream
// (GET /api/v1/public/conversations/:id/stream?token=…), then keeps CONCURRENCY agent replies in flight
// (POST /api/v1/conversations/:id/messages to random conversations) for BENCH_SECONDS and times each from
// the moment the POST is sent to the moment its `message` event arrives on the customer's stream. A second
// phase repeats it while survey responses are ingested at INGEST_RATE per second (each one queues
// analysis, rollup and evaluation jobs) — a chat message must not wait behind that background work.
// The bare baseline is a node:http server with the same 200 SSE streams and a POST that writes to one.
//
// BENCH_SECONDS (15), BENCH_BACKENDS (pglite,postgres), BENCH_CONVERSATIONS (200), BENCH_CONCURRENCY (8),
// BENCH_INGEST_RATE (100), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres; a temporary
// database per run is created and dropped).
import { randomUUID } from 'node:crypto';
import { Agent, createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { createLogger } from '../apps/server/src/platform/logger';
import { startTouchpoint } from '../apps/server/src/touchpoint';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',').map((b) => b.trim());
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const INGEST_RATE = Number(process.env.BENCH_INGEST_RATE ?? 100);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NO_LIMIT = 1_000_000_000;
const streamAgent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

interface Figures {
  sent: number;
  delivered: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  ingested?: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** Opens an SSE stream and calls `onMessage` with each `message` event's data. */
function openStream(
  url: string,
  onMessage: (data: string) => void,
  clientIp?: string,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        agent: streamAgent,
        headers: { accept: 'text/event-stream', ...(clientIp ? { 'x-forwarded-for': clientIp } : {}) },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream ${url}: ${res.statusCode}`));
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (;;) {
            const end = buffer.indexOf('\n\n');
            if (end < 0) break;
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = block.split('\n');
            if (!lines.some((line) => line === 'event: message')) continue;
            const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6));
            onMessage(data.join('\n'));
          }
        });
        resolve(res);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Keeps CONCURRENCY sends in flight for SECONDS; each send is timed until `arrived(marker)` resolves it.
 */
async function drive(
  send: (conversation: number, marker: string) => Promise<void>,
  pending: Map<string, (at: number) => void>,
): Promise<Figures> {
  const latencies: number[] = [];
  let sent = 0;
  const stopAt = Date.now() + SECONDS * 1000;
  const started = performance.now();
  const worker = async () => {
    while (Date.now() < stopAt) {
      const marker = randomUUID();
      const conversation = Math.floor(Math.random() * CONVERSATIONS);
      const t0 = performance.now();
      const arrived = new Promise<number>((resolve) => pending.set(marker, resolve));
      sent++;
      await send(conversation, marker);
      const at = await Promise.race([arrived, new Promise<number>((r) => setTimeout(() => r(-1), 10_000))]);
      pending.delete(marker);
      if (at > 0) latencies.push(at - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    sent,
    delivered: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
  };
}

/** The bare baseline: node:http, one SSE response per conversation, POST /send/:n writes to stream n. */
async function bareEcho(): Promise<Figures> {
  const streams = new Map<number, import('node:http').ServerResponse>();
  const server = createServer((req, res) => {
    const [, kind, n] = (req.url ?? '').split('/');
    if (kind === 'stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': open\n\n');
      streams.set(Number(n), res);
      return;
    }
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const { text } = JSON.parse(body) as { text: string };
      streams.get(Number(n))?.write(`event: message\ndata: ${JSON.stringify({ text })}\n\n`);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pending = new Map<string, (at: number) => void>();
  const responses: IncomingMessage[] = [];
  for (let n = 0; n < CONVERSATIONS; n++) {
    responses.push(
      await openStream(`${base}/stream/${n}`, (data) => {
        const { text } = JSON.parse(data) as { text: string };
        pending.get(text)?.(performance.now());
      }),
    );
  }
  const figures = await drive(async (n, marker) => {
    await fetch(`${base}/send/${n}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: marker }),
    });
  }, pending);
  for (const response of responses) response.destroy();
  for (const stream of streams.values()) stream.end();
  await new Promise((resolve) => server.close(resolve));
  return figures;
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

async function runTouchpoint(_backend: string, databaseUrl?: string) {
  const touchpoint = await startTouchpoint({
    logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
    roles: ['api', 'worker', 'scheduler'],
    seedDemo: false,
    publicUrl: 'http://bench',
    ...(databaseUrl ? { databaseUrl } : {}),
    limits: { publicPerIpPerMinute: NO_LIMIT, publicPerSurveyPerMinute: NO_LIMIT },
    // Each customer stream comes from its own address (X-Forwarded-For), as 200 customers would.
    trustProxy: true,
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
      workspace: { id: string };
    };
    const headers = {
      'content-type': 'application/json',
      cookie: session?.split(';')[0] ?? '',
      'x-csrf-token': csrfToken,
    };

    // The conversations and their customers' streams.
    const pending = new Map<string, (at: number) => void>();
    const ids: string[] = [];
    const responses: IncomingMessage[] = [];
    for (let n = 0; n < CONVERSATIONS; n++) {
      const created = (await (
        await api(base, '/api/v1/public/conversations', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          json: { workspaceId: workspace.id, language: n % 2 ? 'vi' : 'en' },
        })
      ).json()) as { id: string; token: string };
      ids.push(created.id);
      responses.push(
        await openStream(
          `${base}/api/v1/public/conversations/${created.id}/stream?token=${created.token}`,
          (data) => {
            const { text } = JSON.parse(data) as { text: string };
            pending.get(text)?.(performance.now());
          },
          `10.0.${Math.floor(n / 250)}.${(n % 250) + 1}`,
        ),
      );
    }
    const send = async (n: number, marker: string) => {
      await api(base, `/api/v1/conversations/${ids[n]}/messages`, {
        method: 'POST',
        headers,
        json: { text: marker },
      });
    };
    const quiet = await drive(send, pending);

    // Again, with survey responses arriving at INGEST_RATE per second (each queues background jobs).
    const survey = (await (
      await api(base, '/api/v1/surveys', {
        method: 'POST',
        headers,
        json: {
          name: 'Ingestion during chat',
          defaultLanguage: 'en',
          questions: [
            { id: 'nps', type: 'nps', required: true, text: { en: 'How likely are you to recommend us?' } },
            { id: 'comment', type: 'open_text', text: { en: 'Why?' } },
          ],
        },
      })
    ).json()) as { id: string };
    await api(base, `/api/v1/surveys/${survey.id}/publish`, {
      method: 'POST',
      headers: { cookie: headers.cookie, 'x-csrf-token': csrfToken },
    });
    let ingesting = true;
    let ingested = 0;
    const ingestion = (async () => {
      const interval = 1000 / INGEST_RATE;
      let next = performance.now();
      const inFlight = new Set<Promise<void>>();
      while (ingesting) {
        next += interval;
        const p = fetch(`${base}/api/v1/public/surveys/${survey.id}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({
            answers: {
              nps: Math.floor(Math.random() * 11),
              comment: 'Delivery was late and the box was damaged',
            },
            finished: true,
          }),
        })
          .then((r) => {
            if (r.ok) ingested++;
            return r.arrayBuffer();
          })
          .then(() => undefined)
          .catch(() => undefined);
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      await Promise.all(inFlight);
    })();
    const loaded = await drive(send, pending);
    ingesting = false;
    await ingestion;
    loaded.ingested = ingested;
    for (const response of responses) response.destroy();
    return { quiet, loaded };
  } finally {
    await touchpoint.stop();
  }
}

function line(name: string, f: Figures, baseline?: Figures) {
  const ratio = baseline
    ? ` | ${(f.p50 / baseline.p50).toFixed(1)}× / ${(f.p99 / baseline.p99).toFixed(1)}× the bare p50/p99`
    : '';
  const ingest =
    f.ingested !== undefined ? ` | ${(f.ingested / SECONDS).toFixed(0)} responses/s ingested` : '';
  console.log(
    `${name.padEnd(34)} ${f.delivered}/${f.sent} delivered, ${f.perSecond.toFixed(0)} msg/s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(0)} ms${ratio}${ingest}`,
  );
}

console.log(
  `conversation bench: ${CONVERSATIONS} open conversations with SSE streams, ${CONCURRENCY} agent sends in flight, ${SECONDS} s per phase; ${cpus().length} CPUs, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const bare = await bareEcho();
line('bare node:http SSE echo', bare);
for (const backend of BACKENDS) {
  let databaseUrl: string | undefined;
  let dbName: string | null = null;
  if (backend === 'postgres') {
    dbName = `bench_conv_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  try {
    const { quiet, loaded } = await runTouchpoint(backend, databaseUrl);
    line(`Touchpoint on ${backend}`, quiet, bare);
    line(`Touchpoint on ${backend} + ingestion`, loaded, bare);
  } finally {
    if (dbName) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
}
process.exit(0);

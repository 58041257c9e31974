// The hosted survey page on a phone over slow 4G, against the signed-in app's first screen measured in the
// same run on the same server (the old SPA route `/s/:id` is no longer reachable: the server renders it).
// Prints bytes (transferred, and each script's raw / gzip / brotli size as the server sends them) and the
// time from navigation to the first question (or, for the app, the sign-in form) in Chromium with
// `Network.emulateNetworkConditions` (150 ms latency, 1.6 Mbps down, 750 kbps up). Never fails on time.
//
//   npm run build:web && npm run build:widget && npx tsx bench/hosted-page.bench.ts
//   BENCH_RUNS=7 (cold loads per page, median reported) · BENCH_CPU_THROTTLE=4 (CPU slowdown, default 1)
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { chromium } from 'playwright-core';
import { createLogger } from '../apps/server/src/platform/logger';
import { DEFAULT_WEB_DIST, startTouchpoint } from '../apps/server/src/touchpoint';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CPU_THROTTLE = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

interface TLoad {
  /** ms from navigation start until the selector's element is in the page and the page has painted. */
  visibleMs: number;
  transferred: number;
  scriptTransferred: number;
  scripts: string[];
}

interface TSizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** The bytes the server sends for `url` with this Accept-Encoding (no decompression). */
function transferSize(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve(bytes));
    });
    req.on('error', reject);
    req.end();
  });
}

async function scriptSizes(urls: string[]): Promise<TSizes> {
  const total: TSizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const url of urls) {
    total.raw += await transferSize(url, 'identity');
    total.gzip += await transferSize(url, 'gzip');
    total.brotli += await transferSize(url, 'br');
  }
  return total;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const touchpoint = await startTouchpoint({
  logger: createLogger(process.env.LOG_LEVEL ?? 'silent'),
  roles: ['api', 'worker'],
  seedDemo: false,
  publicUrl: 'http://bench',
  webDist: DEFAULT_WEB_DIST,
});
const app = touchpoint.app as FastifyInstance;
await app.listen({ port: 0, host: '127.0.0.1' });
const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

// A workspace with a bilingual NPS survey (NPS, a follow-up for detractors).
const signUp = await fetch(`${origin}/api/v1/auth/sign-up`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    email: `bench-${Date.now()}@example.com`,
    password: 'benchmark password',
    name: 'Bench',
    workspaceName: 'Bench',
  }),
});
const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const me = (await (await fetch(`${origin}/api/v1/me`, { headers: { cookie } })).json()) as {
  csrfToken: string;
};
const headers = { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };
const created = (await (
  await fetch(`${origin}/api/v1/surveys`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'Checkout NPS',
      defaultLanguage: 'en',
      languages: ['en', 'vi'],
      questions: [
        {
          id: 'nps',
          type: 'nps',
          text: {
            en: 'How likely are you to recommend us to a friend?',
            vi: 'Bạn có sẵn lòng giới thiệu không?',
          },
          required: true,
        },
        { id: 'why', type: 'open_text', text: { en: 'What should we improve?', vi: 'Cải thiện điều gì?' } },
      ],
      logic: [{ after: 'nps', if: { field: 'nps', op: 'gte', value: 7 }, then: { end: null } }],
    }),
  })
).json()) as { id: string };
await fetch(`${origin}/api/v1/surveys/${created.id}/publish`, { method: 'POST', headers, body: '{}' });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** One cold load (fresh profile) of `path` until `selector` is in the page and painted. */
async function load(path: string, selector: string): Promise<TLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    if (CPU_THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    const types = new Map<string, string>();
    const scripts: string[] = [];
    let transferred = 0;
    let scriptTransferred = 0;
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, event.type);
      if (event.type === 'Script') scripts.push(event.response.url);
    });
    cdp.on('Network.loadingFinished', (event) => {
      transferred += event.encodedDataLength;
      if (types.get(event.requestId) === 'Script') scriptTransferred += event.encodedDataLength;
    });
    // Polled every 10 ms from the document's start (headless Chromium runs no animation frames here, and
    // mutation callbacks wait for a microtask checkpoint): when the element is first in the page.
    await page.addInitScript((wanted: string) => {
      const w = window as unknown as { __seenAt?: number };
      const timer = setInterval(() => {
        if (!document.querySelector(wanted)) return;
        w.__seenAt = performance.now();
        clearInterval(timer);
      }, 10);
    }, selector);
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const { visibleMs, detail } = await page.evaluate(() => {
      const seen = (window as unknown as { __seenAt?: number }).__seenAt ?? performance.now();
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        visibleMs: Math.max(seen, paint),
        detail: `response ${Math.round(nav?.responseStart ?? 0)}, in DOM ${Math.round(seen)}, FCP ${Math.round(paint)}, DCL ${Math.round(nav?.domContentLoadedEventEnd ?? 0)}`,
      };
    });
    if (process.env.BENCH_VERBOSE) console.error(path, detail);
    return { visibleMs, transferred, scriptTransferred, scripts };
  } finally {
    await context.close();
  }
}

async function measure(label: string, path: string, selector: string) {
  const loads: TLoad[] = [];
  await load(path, selector); // warm the server (first render, first file reads), not counted
  for (let run = 0; run < RUNS; run++) loads.push(await load(path, selector));
  const scripts = [...new Set(loads.flatMap((l) => l.scripts))];
  return {
    label,
    path,
    visibleMs: median(loads.map((l) => l.visibleMs)),
    minMs: Math.min(...loads.map((l) => l.visibleMs)),
    maxMs: Math.max(...loads.map((l) => l.visibleMs)),
    transferred: median(loads.map((l) => l.transferred)),
    scriptTransferred: median(loads.map((l) => l.scriptTransferred)),
    scriptCount: scripts.length,
    sizes: await scriptSizes(scripts),
  };
}

const hosted = await measure(
  'hosted survey page (new)',
  `/s/${created.id}`,
  '[data-testid="survey-question"]',
);
const app1 = await measure('signed-in app, first screen (/sign-in)', '/sign-in', '#root form');
await browser.close();
await touchpoint.stop();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `Hosted survey page vs the signed-in app's first screen · slow 4G (150 ms, 1.6 Mbps down) · CPU ×${CPU_THROTTLE} · ${RUNS} cold loads each (median)`,
);
console.log(
  `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  '| page | first question / form visible | range | transferred (all) | script transferred | scripts | script raw | script gzip | script brotli |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const m of [hosted, app1]) {
  console.log(
    `| ${m.label} | ${Math.round(m.visibleMs)} ms | ${Math.round(m.minMs)}–${Math.round(m.maxMs)} ms | ${kb(m.transferred)} | ${kb(m.scriptTransferred)} | ${m.scriptCount} | ${kb(m.sizes.raw)} | ${kb(m.sizes.gzip)} | ${kb(m.sizes.brotli)} |`,
  );
}
console.log(
  `Ratios (hosted / app): time ${(hosted.visibleMs / app1.visibleMs).toFixed(2)}×, script transferred ${(hosted.scriptTransferred / app1.scriptTransferred).toFixed(3)}×`,
);

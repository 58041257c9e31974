import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startMailSink } from './support/mail-sink';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://localhost:41234. */
    baseURL: string;
    /** The mail sink the server sends to: `GET {mailURL}/messages?to=…` lists what arrived. */
    mailURL: string;
  }
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const webDist = join(repoRoot, 'apps/web/dist/index.html');
const widgetManifest = join(repoRoot, 'packages/widget/dist/hosted-page.json');
const STARTUP_TIMEOUT_MS = 90_000;

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port'));
      });
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer /healthz within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the real server on a free port with a fresh data directory, and stops it after the run. */
export default async function setup(project: TestProject) {
  if (!existsSync(webDist)) {
    // `npm run test:e2e` builds first; this covers running the config directly.
    const build = spawnSync('npx', ['vite', 'build'], { cwd: join(repoRoot, 'apps/web'), stdio: 'inherit' });
    if (build.status !== 0) throw new Error('Building the web app failed');
  }
  if (!existsSync(widgetManifest)) {
    // The hosted survey page's script and styles come from the widget build.
    const build = spawnSync('npx', ['vite', 'build'], {
      cwd: join(repoRoot, 'packages/widget'),
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('Building the widget failed');
  }

  const port = await findFreePort();
  const baseURL = `http://localhost:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'touchpoint-e2e-'));
  // Email invitations go over real SMTP to a local sink the tests can read.
  const mail = await startMailSink();
  let log = '';
  const child = spawn(process.execPath, ['apps/server/bin/touchpoint.mjs', 'start'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      TOUCHPOINT_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SMTP_URL: mail.smtpUrl,
      // Webhook receivers in the tests listen on loopback, and a failed delivery is retried within seconds.
      TOUCHPOINT_WEBHOOK_ALLOW_PRIVATE: '1',
      TOUCHPOINT_WEBHOOK_RETRY_DELAYS: '2,2,2',
      // The SSO test's provider runs on plain http on loopback (refused without this flag).
      TOUCHPOINT_SSO_ALLOW_INSECURE_ISSUER: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  try {
    await waitForHealth(baseURL, child, () => log);
  } catch (error) {
    await stopServer(child);
    await mail.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  project.provide('baseURL', baseURL);
  project.provide('mailURL', mail.url);

  return async () => {
    await stopServer(child);
    await mail.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };
}

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, TOUCHPOINT_BIN } from './support/processes';
import { TEST_BACKEND } from './support/test-touchpoint';

const dirs: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...extra };
  delete env.DATABASE_URL;
  return env;
}

// The CLI as a newcomer uses it, on the embedded database (the PostgreSQL backend is covered in-process).
describe.runIf(TEST_BACKEND === 'pglite')('touchpoint CLI', () => {
  it('--help lists the commands', () => {
    const result = spawnSync(process.execPath, [TOUCHPOINT_BIN, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const command of ['start', 'migrate', 'seed', 'worker']) expect(result.stdout).toContain(command);
  });

  it('migrate, then seed --demo (idempotent), on a fresh data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-cli-'));
    dirs.push(dir);
    const env = cleanEnv({ TOUCHPOINT_DATA_DIR: dir });
    const migrate = spawnSync(process.execPath, [TOUCHPOINT_BIN, 'migrate'], { encoding: 'utf8', env });
    expect(migrate.stdout).toContain('Database is up to date');
    expect(migrate.status).toBe(0);
    const seed = spawnSync(process.execPath, [TOUCHPOINT_BIN, 'seed', '--demo'], { encoding: 'utf8', env });
    expect(seed.stdout).toContain('Demo workspace created');
    const again = spawnSync(process.execPath, [TOUCHPOINT_BIN, 'seed', '--demo'], { encoding: 'utf8', env });
    expect(again.stdout).toContain('already exists');
  }, 180_000);

  it('start serves the app and a second start on the same directory exits with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-cli-'));
    dirs.push(dir);
    const port = await freePort();
    const env = cleanEnv({ TOUCHPOINT_DATA_DIR: dir, PORT: String(port) });
    const first = spawn(process.execPath, [TOUCHPOINT_BIN, 'start'], { env });
    children.push(first);
    let output = '';
    first.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    // The first start creates the whole demo workspace (conversations, accounts, a trained churn model…).
    const deadline = Date.now() + 150_000;
    while (!output.includes('is running at') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(output).toContain(`http://localhost:${port}`);
    expect(output).toContain('demo@touchpoint.local');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    const second = spawnSync(process.execPath, [TOUCHPOINT_BIN, 'start'], {
      encoding: 'utf8',
      env: { ...env, PORT: String(await freePort()) },
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already using the data directory');

    first.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => first.on('exit', resolve));
    expect(code).toBe(0);
  }, 240_000);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/platform/logger';
import { startTouchpoint } from '../../src/touchpoint';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated data-directory tarball. PostgreSQL: name of a migrated template database. */
    template: string;
  }
}

/** Migrates one template database per run; each test file then starts from a copy (a fresh PGlite costs seconds). */
export default async function setup(project: TestProject) {
  const backend = process.env.TP_TEST_BACKEND ?? project.config.env?.TP_TEST_BACKEND;
  const logger = createLogger('silent');
  if (backend === 'postgres') {
    const adminUrl = requireTestDatabaseUrl();
    const name = `tp_template_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const touchpoint = await startTouchpoint({
      logger,
      roles: [],
      databaseUrl: withDatabase(adminUrl, name),
      seedDemo: false,
      publicUrl: 'http://localhost',
    });
    await touchpoint.stop();
    project.provide('template', name);
    return async () => {
      // Drop the template and any test database a crashed file left behind.
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
        [name, `${name}_%`],
      );
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  const touchpoint = await startTouchpoint({
    logger,
    roles: [],
    seedDemo: false,
    publicUrl: 'http://localhost',
  });
  const dir = mkdtempSync(join(tmpdir(), 'tp-template-'));
  const file = join(dir, 'template.tar');
  // Stop the job queue and pool first so the dump is a quiet, consistent database.
  await touchpoint.stopServices();
  writeFileSync(file, await dumpEmbedded(touchpoint));
  await touchpoint.stop();
  project.provide('template', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function dumpEmbedded(touchpoint: Awaited<ReturnType<typeof startTouchpoint>>): Promise<Uint8Array> {
  if (!touchpoint.embedded) throw new Error('expected the embedded database');
  return touchpoint.embedded.dump();
}

export function requireTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

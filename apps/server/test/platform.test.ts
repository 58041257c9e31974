import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, startEmbeddedPostgres } from '../src/platform/db/embedded-postgres';
import type { Touchpoint } from '../src/touchpoint';
import { signUp } from './support/client';
import { startTestTouchpoint, TEST_BACKEND } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
});
afterAll(() => touchpoint.stop());

describe('schema rules', () => {
  it('every tenant table has workspace_id first in its primary key', async () => {
    const { rows } = await sql<{ table: string; firstKeyColumn: string | null; hasWorkspaceId: boolean }>`
      SELECT c.relname AS table,
             (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
               WHERE i.indrelid = c.oid AND i.indisprimary) AS first_key_column,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id') AS has_workspace_id
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'touchpoint_migrations%'`.execute(
      touchpoint.database.db,
    );
    // A person's own sign-in data belongs to the person, who may be in several workspaces.
    const global = new Set([
      'users',
      'workspaces',
      'sessions',
      'user_recovery_codes',
      'password_reset_tokens',
    ]);
    const tenant = rows.filter((r) => !global.has(r.table));
    expect(tenant.length).toBeGreaterThanOrEqual(6);
    for (const row of tenant) {
      expect(row.hasWorkspaceId, row.table).toBe(true);
      expect(row.firstKeyColumn, row.table).toBe('workspace_id');
    }
  });
});

describe('health', () => {
  it('answers 200 ok while the database answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('OpenAPI document', () => {
  it('documents every route with its schemas, roles and the problem format', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    for (const route of touchpoint.routes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(operation.responses.default.content['application/problem+json']).toBeDefined();
    }
    const signUpBody =
      document.paths['/api/v1/auth/sign-up'].post.requestBody.content['application/json'].schema;
    expect(signUpBody.required).toEqual(
      expect.arrayContaining(['email', 'password', 'name', 'workspaceName']),
    );
    expect(signUpBody.additionalProperties).toBe(false);
    expect(document.paths['/api/v1/api-keys'].post['x-roles']).toEqual(['admin']);
    expect(document.paths['/api/v1/teams/{id}'].patch.parameters[0]).toMatchObject({
      name: 'id',
      in: 'path',
      required: true,
    });
  });
});

describe('domain events', () => {
  it('records events in the same transaction and dispatches them after commit through the job queue', async () => {
    const seen: string[] = [];
    const unsubscribe = touchpoint.ctx.events.subscribe('team.created', async (event) => {
      seen.push(String(event.payload.name));
    });
    try {
      const { client } = await signUp(app);
      expect((await client.post('/api/v1/teams', { name: 'Dispatch me' })).status).toBe(201);
      const deadline = Date.now() + 20_000;
      while (!seen.includes('Dispatch me') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(seen).toContain('Dispatch me');
      const audit = await client.get('/api/v1/audit-log');
      expect(audit.body.items.map((e: { type: string }) => e.type)).toEqual([
        'team.created',
        'workspace.created',
      ]);
    } finally {
      unsubscribe();
    }
  });

  it('records nothing for a change that was refused', async () => {
    const { client } = await signUp(app);
    await client.post('/api/v1/teams', { name: 'Once' });
    expect((await client.post('/api/v1/teams', { name: 'once' })).status).toBe(409);
    const audit = await client.get('/api/v1/audit-log');
    expect(audit.body.items.filter((e: { type: string }) => e.type === 'team.created')).toHaveLength(1);
  });
});

describe.runIf(TEST_BACKEND === 'pglite')('embedded database directory lock', () => {
  it('refuses a second process on the same data directory with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-lock-'));
    const first = await startEmbeddedPostgres({ dataDir: dir });
    try {
      await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(startEmbeddedPostgres({ dataDir: dir })).rejects.toThrow(
        /already using the data directory/,
      );
    } finally {
      await first.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps committed rows across a restart of the same directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-durable-'));
    try {
      const pg = await import('pg');
      const first = await startEmbeddedPostgres({ dataDir: dir });
      const client = new pg.default.Client({ connectionString: first.connectionString });
      await client.connect();
      await client.query('CREATE TABLE kept (value text)');
      await client.query(`INSERT INTO kept VALUES ('acknowledged')`);
      await client.end();
      await first.stop();
      const second = await startEmbeddedPostgres({ dataDir: dir });
      const again = new pg.default.Client({ connectionString: second.connectionString });
      await again.connect();
      const { rows } = await again.query('SELECT value FROM kept');
      await again.end();
      await second.stop();
      expect(rows).toEqual([{ value: 'acknowledged' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('health when the database is gone', () => {
  it('answers 503', async () => {
    const own = await startTestTouchpoint();
    const ownApp = own.app as FastifyInstance;
    await own.database.close();
    const response = await ownApp.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    await own.stop().catch(() => undefined);
  });
});

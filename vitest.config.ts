import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Integration tests run once on embedded PostgreSQL (PGlite) and, when TEST_DATABASE_URL is set, again on
// a PostgreSQL server: the same files, the same assertions, two backends.
const integration = (backend: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  test: {
    name: `server:${backend}`,
    include: ['apps/server/test/**/*.test.ts'],
    globalSetup: ['apps/server/test/support/global-setup.ts'],
    env: { TP_TEST_BACKEND: backend },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

export default defineConfig({
  test: {
    maxWorkers: 2,
    // CI also writes a JSON summary, from which .ci/run prints one closing "N passed, N failed" line.
    reporters: process.env.TOUCHPOINT_TEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: { json: `${process.env.TOUCHPOINT_TEST_REPORT ?? 'test-results'}/vitest.json` },
    projects: [
      {
        test: {
          name: 'unit',
          // Property tests run hundreds of cases; CI machines are shared, so allow more than the default 5 s.
          testTimeout: 20_000,
          include: [
            'packages/*/test/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
          ],
        },
      },
      integration('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ],
  },
});

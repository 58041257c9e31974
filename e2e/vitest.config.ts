import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Browser tests: one real server for the run (global setup), files one after another. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: process.env.TOUCHPOINT_TEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: { json: `${process.env.TOUCHPOINT_TEST_REPORT ?? 'test-results'}/e2e.json` },
  },
});

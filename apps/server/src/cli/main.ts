import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILTIN_TEXT_ANALYZER } from '@touchpoint/core';
import { Command } from 'commander';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemoWorkspace } from '../modules/demo/index';
import { rebuildRollups, verifyRollups } from '../modules/metrics/index';
import { countTextSources, reanalyzeWorkspace } from '../modules/text/index';
import { DataDirLockedError } from '../platform/db/embedded-postgres';
import { readEnv, type TEnv } from '../platform/env';
import { createLogger } from '../platform/logger';
import { dkimFromEnv } from '../platform/mail';
import { DEFAULT_WEB_DIST, type ProcessRole, ROLES, startTouchpoint, VERSION } from '../touchpoint';
import { evalChurnCommand } from './eval-churn';
import { evalTextCommand } from './eval-text';
import { importEmployeeFile } from './import-employees';
import { importReviewFile, pickWorkspace } from './import-reviews';
import { createProgressBar, printStep } from './progress';

function parseRoles(value: string): ProcessRole[] {
  const roles = value
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) throw new Error(`Unknown role(s) ${unknown.join(', ')}; use ${ROLES.join(', ')}.`);
  return roles as ProcessRole[];
}

function describeDatabase(env: TEnv): string {
  return env.DATABASE_URL
    ? 'PostgreSQL server (DATABASE_URL)'
    : `embedded PostgreSQL in ${resolve(env.TOUCHPOINT_DATA_DIR)}`;
}

/** TOUCHPOINT_SECRET_KEY, or the content of TOUCHPOINT_SECRET_KEY_FILE. */
function secretKeyFromEnv(env: TEnv): string | undefined {
  if (env.TOUCHPOINT_SECRET_KEY) return env.TOUCHPOINT_SECRET_KEY;
  return env.TOUCHPOINT_SECRET_KEY_FILE ? readFileSync(env.TOUCHPOINT_SECRET_KEY_FILE, 'utf8') : undefined;
}

/** The database and job queue without HTTP or workers, for one-off commands (migrate, seed, import…). */
function openForMaintenance(env: TEnv) {
  return startTouchpoint({
    logger: createLogger('warn'),
    roles: [],
    databaseUrl: env.DATABASE_URL,
    dataDir: env.TOUCHPOINT_DATA_DIR,
    seedDemo: false,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    secretKey: secretKeyFromEnv(env),
    onStep: printStep,
  });
}

async function run(roles: ProcessRole[]): Promise<void> {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL, process.stdout.isTTY);
  const isApi = roles.includes('api');
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const touchpoint = await startTouchpoint({
    logger,
    roles,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.TOUCHPOINT_DATA_DIR,
    seedDemo: isApi && !['true', '1'].includes(env.TOUCHPOINT_NO_DEMO),
    publicUrl,
    cookieSecure: env.COOKIE_SECURE === 'true',
    signUp: env.TOUCHPOINT_SIGNUP,
    smtpUrl: env.SMTP_URL,
    trustProxy: env.TRUST_PROXY === 'true',
    mailFrom: env.MAIL_FROM,
    dkim: dkimFromEnv(env),
    secretKey: secretKeyFromEnv(env),
    limits: {
      publicPerIpPerMinute: env.PUBLIC_RATE_LIMIT_PER_IP,
      publicPerSurveyPerMinute: env.PUBLIC_RATE_LIMIT_PER_SURVEY,
    },
    webhooks: {
      allowPrivate: ['true', '1'].includes(env.TOUCHPOINT_WEBHOOK_ALLOW_PRIVATE),
      requireHttps: env.NODE_ENV === 'production',
      ...(env.TOUCHPOINT_WEBHOOK_RETRY_DELAYS
        ? { retryDelaysMs: env.TOUCHPOINT_WEBHOOK_RETRY_DELAYS.split(',').map((s) => Number(s) * 1000) }
        : {}),
    },
    webDist: DEFAULT_WEB_DIST,
    onStep: printStep,
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    printStep(`${signal} received, stopping`);
    await touchpoint.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (touchpoint.app) {
    await touchpoint.app.listen({ port: env.PORT, host: env.HOST });
    const address = touchpoint.app.server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    console.log(`
  Touchpoint ${VERSION} is running at http://localhost:${port}
  Database: ${describeDatabase(env)}
  Roles:    ${roles.join(', ')}

  Sign in to the demo workspace as ${DEMO_EMAIL} with the password ${DEMO_PASSWORD}
  (or sign up to create your own workspace). API reference: http://localhost:${port}/api-reference
  Press Ctrl+C to stop.
`);
  } else {
    printStep(`Touchpoint ${roles.join(' + ')} running on ${describeDatabase(env)}. Ctrl+C to stop.`);
  }
}

const program = new Command()
  .name('touchpoint')
  .description('Touchpoint — open-source Customer Experience Management')
  .version(VERSION);

program
  .command('start')
  .description('Start Touchpoint (API, job worker and scheduler); seeds the demo workspace on first start')
  .option(
    '--roles <roles>',
    `comma-separated process roles (${ROLES.join(', ')})`,
    process.env.TOUCHPOINT_ROLES ?? 'api,worker,scheduler',
  )
  .action(async (options: { roles: string }) => run(parseRoles(options.roles)));

program
  .command('worker')
  .description(
    'Run only the job worker role (scale out with DATABASE_URL; the embedded database allows one process)',
  )
  .action(async () => run(['worker']));

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(async () => {
    const env = readEnv();
    const touchpoint = await openForMaintenance(env);
    await touchpoint.stop();
    printStep(`Database is up to date (${describeDatabase(env)}).`);
  });

program
  .command('seed')
  .description('Load data into the database')
  .option('--demo', 'create the demo workspace (skipped when it exists)')
  .action(async (options: { demo?: boolean }) => {
    if (!options.demo) {
      program.error('Say what to seed: touchpoint seed --demo');
    }
    const env = readEnv();
    const touchpoint = await openForMaintenance(env);
    const bar = createProgressBar('Demo workspace');
    const created = await seedDemoWorkspace(touchpoint.ctx, (done, total) => bar.update(done, total));
    bar.stop();
    await touchpoint.stop();
    printStep(
      created
        ? `Demo workspace created. Sign in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}.`
        : 'The demo workspace already exists; nothing to do.',
    );
  });

program
  .command('rollups')
  .description('Check the metric rollups against raw responses, or rebuild them')
  .argument('<action>', 'verify or rebuild')
  .option('--workspace <id>', 'only this workspace')
  .action(async (action: string, options: { workspace?: string }) => {
    if (action !== 'verify' && action !== 'rebuild') program.error('Use: touchpoint rollups verify|rebuild');
    const env = readEnv();
    const touchpoint = await openForMaintenance(env);
    try {
      if (action === 'rebuild') {
        const slices = await rebuildRollups(touchpoint.ctx, options.workspace);
        printStep(`Rebuilt ${slices} survey-day slices from raw responses.`);
      } else {
        const { checked, differences } = await verifyRollups(touchpoint.ctx, options.workspace);
        printStep(`Checked ${checked} rollup rows against raw responses: ${differences.length} differ.`);
        for (const difference of differences.slice(0, 20)) printStep(`  ${difference}`);
        if (differences.length > 0) {
          printStep('Repair with: touchpoint rollups rebuild');
          process.exitCode = 1;
        }
      }
    } finally {
      await touchpoint.stop();
    }
  });

program
  .command('reanalyze')
  .description(
    `Re-run the built-in text analyzer (${BUILTIN_TEXT_ANALYZER.name} v${BUILTIN_TEXT_ANALYZER.version}) over every response and review, and re-assign topics`,
  )
  .option('--workspace <id>', 'only this workspace')
  .action(async (options: { workspace?: string }) => {
    const env = readEnv();
    const touchpoint = await openForMaintenance(env);
    try {
      const { db } = touchpoint.ctx;
      let query = db.selectFrom('workspaces').select(['id', 'name']).orderBy('name');
      if (options.workspace) query = query.where('id', '=', options.workspace);
      const workspaces = await query.execute();
      if (workspaces.length === 0) program.error('No such workspace.');
      for (const workspace of workspaces) {
        const total = await countTextSources(db, workspace.id);
        const bar = createProgressBar(`Analysing ${workspace.name}`);
        const result = await reanalyzeWorkspace(touchpoint.ctx, workspace.id, (done) =>
          bar.update(done, total),
        );
        bar.stop();
        printStep(
          `${workspace.name}: ${result.texts} comments analysed in ${result.items} responses and reviews.`,
        );
      }
    } finally {
      await touchpoint.stop();
    }
  });

program
  .command('import')
  .description('Import data from a file')
  .argument('<kind>', 'what to import: reviews or employees')
  .argument('<file>', 'a CSV (with a header row), JSON array or JSON-lines file')
  .option('--workspace <id>', 'the workspace to import into (needed when there is more than one)')
  .option('--source <name>', 'source for rows that do not name one, e.g. google, appstore, facebook')
  .option('--full', 'employees: the file is the whole staff list; people not in it are marked as left')
  .action(
    async (kind: string, file: string, options: { workspace?: string; source?: string; full?: boolean }) => {
      if (kind !== 'reviews' && kind !== 'employees')
        program.error(
          `Cannot import "${kind}"; try: touchpoint import reviews FILE, or import employees FILE`,
        );
      const env = readEnv();
      const touchpoint = await openForMaintenance(env);
      try {
        const workspaceId = await pickWorkspace(touchpoint.ctx.db, options.workspace);
        if (kind === 'employees') {
          const result = await importEmployeeFile(touchpoint.ctx, workspaceId, file, options.full === true);
          printStep(
            `Employees: ${result.created} added, ${result.updated} updated, ${result.markedLeft} marked as left; ${result.errors.length} rows had errors.`,
          );
          for (const error of result.errors.slice(0, 20)) printStep(`  row ${error.row}: ${error.reason}`);
          if (result.errors.length > 20) printStep(`  … and ${result.errors.length - 20} more`);
          if (options.full && result.errors.length > 0)
            printStep('  Nobody was marked as left: fix the rows first.');
          return;
        }
        const result = await importReviewFile(touchpoint.ctx, workspaceId, file, options.source);
        printStep(
          `Imported ${result.created} reviews; ${result.duplicates} were already there; ${result.errors.length} rows had errors.`,
        );
        for (const error of result.errors.slice(0, 20)) printStep(`  line ${error.line}: ${error.error}`);
        if (result.errors.length > 20) printStep(`  … and ${result.errors.length - 20} more`);
      } finally {
        await touchpoint.stop();
      }
    },
  );

program
  .command('eval-text')
  .description(
    'Score text analytics on labelled JSON lines: a classifier trained on --train, or built-in sentiment',
  )
  .option('--task <task>', 'sentiment, topic or intent')
  .option('--test <file>', 'JSON lines to score: {"text": "...", "label": "...", "lang"?: "en"|"vi"}')
  .option('--train <file>', 'JSON lines to train a classifier on')
  .option('--builtin', 'score the built-in sentiment analyzer (--task sentiment only)')
  .action(evalTextCommand);

program
  .command('eval-churn')
  .description(
    'Train the churn model on --train and score it on --test (JSON lines of customer attributes plus the label), next to plain logistic regression',
  )
  .option('--train <file>', 'JSON lines to train on: one customer a line, attributes plus the label')
  .option('--test <file>', 'JSON lines to score, in the same shape')
  .option('--label <name>', 'the label field (true/false, yes/no, 1/0)', 'label')
  .option('--seed <n>', 'seed of the validation split', '42')
  .action(evalChurnCommand);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(`\n  ${error.message}\n`);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  }
  process.exit(1);
}

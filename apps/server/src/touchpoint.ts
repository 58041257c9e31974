import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { createJobRegistry } from './jobs.registry';
import { accessRoutes } from './modules/access/index';
import { accountRoutes } from './modules/accounts/index';
import { actionPlanRoutes } from './modules/action-plans/index';
import { annotationRoutes } from './modules/annotations/index';
import { auditLogRoutes } from './modules/audit-log/index';
import { automationRoutes } from './modules/automations/index';
import { botRoutes } from './modules/bot/index';
import { campaignRoutes, registerTemplateEmailClicks } from './modules/campaigns/index';
import { caseRoutes } from './modules/cases/index';
import { coachingRoutes } from './modules/coaching/index';
import { contactRoutes } from './modules/contacts/index';
import {
  conversationExtraRoutes,
  conversationRoutes,
  registerChannelInbound,
} from './modules/conversations/index';
import { hasAnyWorkspace, seedDemoWorkspace } from './modules/demo/index';
import { distributionRoutes, registerOneClickUnsubscribe } from './modules/distribution/index';
import { employeeRoutes } from './modules/employees/index';
import { exCxRoutes } from './modules/ex-cx/index';
import { registerHealthRoute } from './modules/health/index';
import { registerHostedSurveyPage } from './modules/hosted-survey/index';
import { createAuthenticator, identityRoutes, sealPlainTwoFactorSecrets } from './modules/identity/index';
import { sealPlainIdentitySecrets } from './modules/identity-verification/index';
import { journeyRoutes } from './modules/journeys/index';
import { knowledgeRoutes, registerHelpCenterPage } from './modules/knowledge/index';
import { maturityRoutes } from './modules/maturity/index';
import { metricRoutes } from './modules/metrics/index';
import { nextBestActionRoutes } from './modules/next-best-action/index';
import { notificationRoutes } from './modules/notifications/index';
import { predictionRoutes } from './modules/predictions/index';
import { privacyRoutes, registerPrivacyPages } from './modules/privacy/index';
import { programmeHealthRoutes } from './modules/programme-health/index';
import { responseRoutes } from './modules/responses/index';
import { reviewRoutes } from './modules/reviews/index';
import { segmentRoutes } from './modules/segments/index';
import { ssoRoutes } from './modules/sso/index';
import { suggestionRoutes } from './modules/suggestions/index';
import { surveyRoutes } from './modules/surveys/index';
import { teamRoutes } from './modules/teams/index';
import { sentimentCalibrationRoutes, textRoutes } from './modules/text/index';
import { webhookRoutes } from './modules/webhooks/index';
import { workspaceSettingsRoutes } from './modules/workspace-settings/index';
import {
  type AppContext,
  DEFAULT_PUBLIC_LIMITS,
  DEFAULT_WEBHOOK_SETTINGS,
  type PublicLimits,
  type WebhookSettings,
} from './platform/context';
import { connectDatabase, type DatabaseHandle, migrateToLatest } from './platform/db/database';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './platform/db/embedded-postgres';
import { withSetupLock } from './platform/db/setup-lock';
import { EventBus } from './platform/events';
import { buildApp } from './platform/http/app';
import type { RouteDefinition } from './platform/http/route';
import { JobRunner } from './platform/jobs';
import { createLocalLiveUpdates, createPgLiveUpdates, type LiveUpdates } from './platform/live-updates';
import type { Logger } from './platform/logger';
import { createMailer, type DkimSettings } from './platform/mail';
import { createSecretBox, resolveSecretKey } from './platform/secret-box';
import { registerSubscribers } from './subscribers';

export const VERSION = '0.1.0';
/** How long commits may wait for one shared event-dispatch kick. */
const DISPATCH_COALESCE_MS = 50;
const DEFAULT_MAIL_FROM = 'Touchpoint <surveys@touchpoint.local>';
export const ROLES = ['api', 'worker', 'scheduler'] as const;
export type ProcessRole = (typeof ROLES)[number];

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const DEFAULT_WIDGET_DIST = fileURLToPath(new URL('../../../packages/widget/dist', import.meta.url));

export interface TouchpointOptions {
  logger: Logger;
  roles: ProcessRole[];
  /** A PostgreSQL server; without it the embedded database runs in `dataDir`. */
  databaseUrl?: string;
  /** Embedded database directory; undefined keeps it in memory (tests). */
  dataDir?: string;
  /** Start the embedded database from this tarball (tests clone a migrated template). */
  loadDataDir?: Uint8Array;
  /** Seed the demo workspace when the database has no workspace yet. */
  seedDemo: boolean;
  publicUrl: string;
  cookieSecure?: boolean;
  /** `invite` turns public sign-up off: new accounts only through invitations (default `open`). */
  signUp?: 'open' | 'invite';
  /** SMTP server for email invitations and reminders; without it, sending email is refused clearly. */
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  /** Sign every email with DKIM (SMTP_DKIM_*). */
  dkim?: DkimSettings | undefined;
  /** TOUCHPOINT_SECRET_KEY; without it the key file in `dataDir` (or, in memory, a key for this process). */
  secretKey?: string | undefined;
  jobPollingIntervalSeconds?: number;
  /** Trust X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** Raise or lower the public endpoints' rate limits (benchmarks, busy kiosks behind one IP). */
  limits?: Partial<PublicLimits>;
  /** Webhook delivery: private targets, https, retry schedule and timeout. */
  webhooks?: Partial<WebhookSettings>;
  webDist?: string;
  widgetDist?: string;
  onStep?: (message: string) => void;
}

export interface Touchpoint {
  ctx: AppContext;
  database: DatabaseHandle;
  app: FastifyInstance | null;
  routes: RouteDefinition[];
  /** Every background job definition (tests and the CLI run some directly). */
  jobs: ReturnType<typeof createJobRegistry>;
  /** The embedded database, when Touchpoint runs one (no DATABASE_URL). */
  embedded: EmbeddedPostgres | null;
  /** Stops the HTTP app, the job queue and the connection pool, but leaves an embedded database running. */
  stopServices(): Promise<void>;
  /** Stops every part in reverse order of start; safe to call twice. */
  stop(): Promise<void>;
}

/** Every HTTP route of the app; the OpenAPI document and the access test suite read this list too. */
export function allRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    ...identityRoutes(ctx),
    ...workspaceSettingsRoutes(ctx),
    ...accessRoutes(ctx),
    ...teamRoutes(ctx),
    ...auditLogRoutes(ctx),
    ...journeyRoutes(ctx),
    ...surveyRoutes(ctx),
    ...responseRoutes(ctx),
    ...contactRoutes(ctx),
    ...segmentRoutes(ctx),
    ...employeeRoutes(ctx),
    ...accountRoutes(ctx),
    ...predictionRoutes(ctx),
    ...nextBestActionRoutes(ctx),
    ...campaignRoutes(ctx),
    ...distributionRoutes(ctx),
    ...reviewRoutes(ctx),
    ...metricRoutes(ctx),
    ...annotationRoutes(ctx),
    ...textRoutes(ctx),
    ...sentimentCalibrationRoutes(ctx),
    ...webhookRoutes(ctx),
    ...notificationRoutes(ctx),
    ...actionPlanRoutes(ctx),
    ...programmeHealthRoutes(ctx),
    ...maturityRoutes(ctx),
    ...exCxRoutes(ctx),
    ...coachingRoutes(ctx),
    ...suggestionRoutes(ctx),
    ...caseRoutes(ctx),
    ...knowledgeRoutes(ctx),
    ...botRoutes(ctx),
    ...automationRoutes(ctx),
    ...conversationExtraRoutes(ctx),
    ...conversationRoutes(ctx),
    ...ssoRoutes(ctx),
    ...privacyRoutes(ctx),
  ];
}

/** Opens the database, migrates, starts the job queue and (for the api role) builds the HTTP app. */
export async function startTouchpoint(options: TouchpointOptions): Promise<Touchpoint> {
  const step = options.onStep ?? (() => undefined);
  const { logger } = options;
  // Read before anything starts: a bad TOUCHPOINT_SECRET_KEY stops the start with its own message.
  const secretKey = resolveSecretKey({ configured: options.secretKey, dataDir: options.dataDir });
  if (secretKey.source === 'file' && options.databaseUrl) {
    logger.info(
      'stored secrets are encrypted with the key file in the data directory; set TOUCHPOINT_SECRET_KEY if other hosts share this database',
    );
  }
  let embedded: EmbeddedPostgres | null = null;
  let connectionString = options.databaseUrl;
  if (!connectionString) {
    step(
      options.dataDir ? `Opening embedded PostgreSQL in ${options.dataDir}` : 'Starting in-memory PostgreSQL',
    );
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
    connectionString = embedded.connectionString;
  }
  const database = connectDatabase(connectionString);
  const jobs = new JobRunner(connectionString, logger, options.jobPollingIntervalSeconds);
  const mailer = options.smtpUrl
    ? createMailer(options.smtpUrl, options.mailFrom ?? DEFAULT_MAIL_FROM, options.dkim)
    : null;
  let app: FastifyInstance | null = null;
  let live: LiveUpdates | null = null;

  let dispatchKick: NodeJS.Timeout | null = null;
  let servicesStopped = false;
  const stopServices = async () => {
    if (servicesStopped) return;
    servicesStopped = true;
    // Open streams end first, so the HTTP server has no busy connection left to wait for.
    await live?.close();
    await app?.close();
    if (dispatchKick) clearTimeout(dispatchKick);
    await jobs.stop();
    mailer?.close();
    await database.close();
  };
  const stop = async () => {
    await stopServices();
    await embedded?.stop();
  };

  try {
    live = embedded ? createLocalLiveUpdates(logger) : await createPgLiveUpdates(connectionString, logger);
    const ctx: AppContext = {
      db: database.db,
      jobs,
      events: new EventBus(),
      mailer,
      logger,
      publicUrl: options.publicUrl.replace(/\/$/, ''),
      cookieSecure: options.cookieSecure ?? false,
      signUp: options.signUp ?? 'open',
      limits: { ...DEFAULT_PUBLIC_LIMITS, ...options.limits },
      webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, ...options.webhooks },
      live,
      afterCommit: () => {
        // Many commits in a burst need one dispatch, not one job each: coalesce kicks for a moment.
        if (dispatchKick) return;
        dispatchKick = setTimeout(() => {
          dispatchKick = null;
          jobs
            .send(registry.dispatchEvents, {}, { singletonKey: 'dispatch' })
            .catch((error: unknown) =>
              logger.warn({ err: error }, 'could not enqueue event dispatch; the sweep will'),
            );
        }, DISPATCH_COALESCE_MS);
        dispatchKick.unref();
      },
      secretBox: createSecretBox(secretKey.key),
    };
    const registry = createJobRegistry(ctx);
    jobs.register(registry.all);
    registerSubscribers(ctx, registry);

    // Processes that start together on one PostgreSQL take turns: each step below is idempotent, so the
    // ones that waited only find it done (see withSetupLock; the embedded database has one process).
    await withSetupLock(embedded ? null : connectionString, async () => {
      step('Applying database migrations');
      const applied = await migrateToLatest(database.db as unknown as Kysely<unknown>);
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
      const sealed = await sealPlainTwoFactorSecrets(ctx.db, ctx.secretBox);
      if (sealed > 0) logger.info({ sealed }, 'two-factor secrets stored in plain text were encrypted');
      const sealedIdentity = await sealPlainIdentitySecrets(ctx.db, ctx.secretBox);
      if (sealedIdentity > 0) {
        logger.info({ sealed: sealedIdentity }, 'identity secrets stored in plain text were encrypted');
      }

      step('Starting the job queue');
      await jobs.start({
        work: options.roles.includes('worker'),
        schedule: options.roles.includes('scheduler'),
      });

      // Inside the lock too: two API processes on an empty database would both seed a demo workspace.
      if (options.seedDemo && !(await hasAnyWorkspace(ctx))) {
        step('Creating the demo workspace');
        await seedDemoWorkspace(ctx);
      }
    });

    const routes = allRoutes(ctx);
    if (options.roles.includes('api')) {
      app = await buildApp({
        logger,
        routes,
        authenticate: createAuthenticator(database.db),
        webDist: options.webDist,
        widgetDist: options.widgetDist ?? DEFAULT_WIDGET_DIST,
        trustProxy: options.trustProxy ?? false,
        isHttps: options.cookieSecure ?? false,
        version: VERSION,
      });
      registerHealthRoute(app, database.db);
      registerHostedSurveyPage(app, ctx, { widgetDist: options.widgetDist ?? DEFAULT_WIDGET_DIST });
      registerHelpCenterPage(app, ctx);
      registerOneClickUnsubscribe(app, ctx);
      registerPrivacyPages(app, ctx);
      registerTemplateEmailClicks(app, ctx);
      registerChannelInbound(app, ctx);
    }
    return { ctx, database, app, routes, jobs: registry, embedded, stopServices, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

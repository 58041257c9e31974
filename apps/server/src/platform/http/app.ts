import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { AppError, validationError } from '../errors';
import type { Logger } from '../logger';
import { buildOpenApiDocument } from './openapi';
import { type Principal, requireUser, requireWorkspace } from './principal';
import { sendProblem } from './problem-handler';
import type { RouteDefinition } from './route';
import { applySecurityHeaders } from './security-headers';

export interface BuildAppOptions {
  logger: Logger;
  routes: RouteDefinition[];
  /** Resolves the caller from the request (session cookie or API key); null when anonymous. */
  authenticate: (request: FastifyRequest) => Promise<Principal | null>;
  /** The built web app; served at `/` with a fallback to index.html for client-side routes. */
  webDist?: string;
  /** The built website widget, served at /widget/ to any origin (host pages load it cross-site). */
  widgetDist?: string;
  version: string;
  bodyLimitBytes?: number;
  /**
   * Behind a reverse proxy, trust X-Forwarded-For for the client address (rate limits key on it). Off by
   * default: without a proxy, any client could name itself another address and escape its limits.
   */
  trustProxy?: boolean;
  /** Served over HTTPS (COOKIE_SECURE=true): adds Strict-Transport-Security. */
  isHttps?: boolean;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Files whose names carry a content hash: Vite's `assets/name-<hash>.js`, the widget's `hosted.<hash>.js`. */
const HASHED_WEB_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;
const HASHED_WIDGET_FILE = /\.[0-9a-f]{12}\.js(\.br|\.gz)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

const MAX_BODY_DEPTH = 64;

/**
 * Recursive schemas (conditions) would overflow the stack on absurdly nested input and answer 500;
 * JSON that deep is never legitimate, so it is refused before validation. Iterative on purpose.
 */
function assertShallow(value: unknown): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_BODY_DEPTH) {
      throw new AppError('VALIDATION_FAILED', `The body is nested more than ${MAX_BODY_DEPTH} levels deep.`, [
        { name: 'body', reason: `nested more than ${MAX_BODY_DEPTH} levels` },
      ]);
    }
    if (current && typeof current === 'object') {
      for (const child of Object.values(current)) stack.push([child, depth + 1]);
    }
  }
}

function parseInput<T extends z.ZodType>(schema: T | undefined, value: unknown, location: string) {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (location === 'body' ? undefined : {}));
  if (!result.success) throw validationError(result.error, location);
  return result.data;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  // The pino instance is typed as pino's Logger; Fastify's default instance type uses its base logger.
  return (await buildTypedApp(options)) as unknown as FastifyInstance;
}

async function buildTypedApp(options: BuildAppOptions) {
  const app = Fastify({
    loggerInstance: options.logger,
    genReqId: () => uuidv7(),
    requestIdHeader: 'x-request-id',
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });

  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    applySecurityHeaders(reply, { isHttps: options.isHttps ?? false });
  });

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new AppError('RATE_LIMITED', 'Too many requests; wait a minute and try again.'),
  });
  // Public endpoints (hosted survey, widget) are called from customers' sites: any origin, no cookies.
  await app.register(cors, {
    hook: 'onRequest',
    delegator: (request, callback) => {
      const isPublic = (request.url ?? '').startsWith('/api/v1/public/');
      callback(
        null,
        isPublic
          ? {
              origin: true,
              credentials: false,
              methods: ['GET', 'POST'],
              // authorization: a conversation's bearer token (the chat), never a session.
              allowedHeaders: ['content-type', 'idempotency-key', 'authorization'],
              maxAge: 600,
              preflight: true,
              strictPreflight: true,
            }
          : { origin: false },
      );
    },
  });

  for (const route of options.routes) {
    app.route({
      method: route.method,
      url: route.url,
      config: route.rateLimitPerMinute
        ? { rateLimit: { max: route.rateLimitPerMinute, timeWindow: 60_000 } }
        : {},
      ...(route.bodyLimitBytes ? { bodyLimit: route.bodyLimitBytes } : {}),
      ...(route.extraRateLimits
        ? {
            preHandler: route.extraRateLimits.map((limit) =>
              app.rateLimit({ max: limit.perMinute, timeWindow: 60_000, keyGenerator: limit.key }),
            ),
          }
        : {}),
      handler: async (request, reply) => {
        // Public endpoints act for nobody: their bearer token (a conversation's) is not an API key.
        let principal = route.url.startsWith('/api/v1/public/') ? null : await options.authenticate(request);
        // A session cookie without its CSRF token must not change anything (cross-site request forgery).
        if (principal?.via === 'session' && UNSAFE_METHODS.has(route.method)) {
          const token = request.headers['x-csrf-token'];
          if (token !== principal.csrfToken) {
            if (route.access !== 'public') {
              throw new AppError(
                'CSRF_FAILED',
                'Send the csrfToken from GET /api/v1/me as the x-csrf-token header.',
              );
            }
            principal = null;
          }
        }
        if (
          principal?.twoFactorSetupRequired &&
          route.access !== 'public' &&
          !route.allowDuringTwoFactorSetup
        ) {
          throw new AppError(
            'TWO_FACTOR_SETUP_REQUIRED',
            'This workspace requires two-factor sign-in. Set it up under Settings → Security first.',
          );
        }
        if (route.access === 'user') requireUser(principal);
        else if (route.access !== 'public') requireWorkspace(principal, route.access);

        const params = parseInput(route.params, request.params, 'params');
        const query = parseInput(route.query, request.query, 'query');
        assertShallow(request.body);
        const body = parseInput(route.body, request.body, 'body');
        if (!route.body && request.body !== undefined && request.body !== null && route.method !== 'GET') {
          // Unknown input is refused rather than ignored, so a client's typo never passes silently.
          const isEmpty =
            typeof request.body === 'object' && Object.keys(request.body as object).length === 0;
          if (!isEmpty) throw new AppError('VALIDATION_FAILED', 'This endpoint takes no request body.');
        }
        const result = await route.handler({ body, query, params, principal, req: request, reply });
        if (reply.sent) return reply;
        const [status, schema] = Object.entries(route.responses)[0] ?? ['200', null];
        reply.code(Number(status));
        return schema === null ? reply.send() : reply.send(result);
      },
    });
  }

  const openApi = buildOpenApiDocument(options.routes, options.version);
  app.get('/api/v1/openapi.json', async () => openApi);

  if (options.widgetDist && existsSync(options.widgetDist)) {
    await app.register(fastifyStatic, {
      root: options.widgetDist,
      prefix: '/widget/',
      decorateReply: false,
      preCompressed: true,
      setHeaders: (response, path) => {
        // Public files loaded by customers' sites; CORS lets a page fetch them too (e.g. to prefetch).
        response.header('access-control-allow-origin', '*');
        // The loader and renderer keep their names (host pages embed the URL): short-lived.
        response.header('cache-control', HASHED_WIDGET_FILE.test(path) ? IMMUTABLE : 'public, max-age=300');
      },
    });
  }

  if (options.webDist && existsSync(options.webDist)) {
    await app.register(fastifyStatic, {
      root: options.webDist,
      wildcard: false,
      index: ['index.html'],
      // Brotli and gzip copies written by the build; the compressed files are not routes of their own.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders: (response, path) => {
        // Hashed assets never change under their name; everything else (index.html) is revalidated.
        response.header('cache-control', HASHED_WEB_ASSET.test(path) ? IMMUTABLE : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = request.method === 'GET' && !path.startsWith('/api/') && path !== '/healthz';
    if (wantsPage && options.webDist && existsSync(options.webDist)) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw new AppError('ROUTE_NOT_FOUND', `${request.method} ${path} is not an endpoint of this API.`);
  });

  return app;
}

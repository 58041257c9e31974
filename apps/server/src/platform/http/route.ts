import type { TPermission } from '@touchpoint/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Principal } from './principal';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route:
 * - `public`: anyone (rate limits apply where the route sets them);
 * - `user`: a signed-in person (session cookie), any workspace;
 * - a permission: a session or API key whose role in the current workspace has it.
 */
export type RouteAccess = 'public' | 'user' | TPermission;

export interface RouteInput<TBody, TQuery, TParams> {
  body: TBody;
  query: TQuery;
  params: TParams;
  principal: Principal | null;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDefinition<
  TBody extends z.ZodType = z.ZodType,
  TQuery extends z.ZodType = z.ZodType,
  TParams extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  url: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  body?: TBody;
  query?: TQuery;
  params?: TParams;
  /** Status → schema of the answer body; documented in OpenAPI. */
  responses: Record<number, z.ZodType | null>;
  /** Per-route rate limit (requests per minute per client IP). */
  rateLimitPerMinute?: number;
  /** Reachable by someone whose workspace requires two-factor before they have set it up (sign-in pages, set-up). */
  allowDuringTwoFactorSetup?: boolean;
  /** Further limits, each with its own key (e.g. per survey), checked after the per-IP one. */
  extraRateLimits?: { perMinute: number; key: (request: FastifyRequest) => string }[];
  /** Body size cap for this route, below the app-wide default (public endpoints keep it small). */
  bodyLimitBytes?: number;
  handler: (input: RouteInput<z.output<TBody>, z.output<TQuery>, z.output<TParams>>) => Promise<unknown>;
}

/** Declares a route; `registerRoutes` wires it into Fastify and the OpenAPI document from the same schemas. */
export function defineRoute<TBody extends z.ZodType, TQuery extends z.ZodType, TParams extends z.ZodType>(
  route: RouteDefinition<TBody, TQuery, TParams>,
): RouteDefinition {
  return route as unknown as RouteDefinition;
}

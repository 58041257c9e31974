import { PERMISSIONS, ZProblem } from '@touchpoint/schemas';
import { z } from 'zod';
import type { RouteDefinition } from './route';

type JsonSchema = Record<string, unknown>;

/** Definitions that schemas share (e.g. the recursive Condition), hoisted into components.schemas. */
const sharedDefinitions: Record<string, JsonSchema> = {};

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json.$schema;
  const defs = json.$defs as Record<string, JsonSchema> | undefined;
  delete json.$defs;
  // A schema's own $defs only resolve inside that schema; in the document they must live in components.
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) =>
          key === '$ref' && typeof inner === 'string'
            ? [key, inner.replace('#/$defs/', '#/components/schemas/')]
            : [key, rewrite(inner)],
        ),
      );
    }
    return value;
  };
  for (const [name, definition] of Object.entries(defs ?? {})) {
    const { id: _id, ...rest } = definition;
    sharedDefinitions[name] = rewrite(rest) as JsonSchema;
  }
  return rewrite(json) as JsonSchema;
}

function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
    ...(property.description ? { description: property.description } : {}),
  }));
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: RouteDefinition[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      responses[status] = schema
        ? { description: 'Success', content: { 'application/json': { schema: toSchema(schema, 'output') } } }
        : { description: 'Success, no content' };
    }
    responses.default = {
      description: 'An error, as RFC 9457 problem details',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
    const isPermission = route.access !== 'public' && route.access !== 'user';
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      'x-access': route.access,
      ...(isPermission ? { 'x-roles': PERMISSIONS[route.access as keyof typeof PERMISSIONS] } : {}),
      security: route.access === 'public' ? [] : [{ sessionCookie: [] }, { apiKey: [] }],
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Touchpoint API',
      version,
      description:
        'REST API of Touchpoint, the open-source Customer Experience Management platform. ' +
        'Authenticate with `Authorization: Bearer <API key>` or the session cookie (then send `x-csrf-token` on unsafe requests). ' +
        'Errors are `application/problem+json` with a stable `code`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: toSchema(ZProblem, 'output'), ...sharedDefinitions },
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created in Settings → API keys' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'tp_session' },
      },
    },
  };
}

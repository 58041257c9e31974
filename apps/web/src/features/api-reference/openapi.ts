import { PERMISSIONS, type TPermission, type TRole } from '@touchpoint/schemas/browser';

/** The parts of an OpenAPI 3.1 document this page reads; everything else is ignored. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  title?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  nullable?: boolean;
}

export interface OpenApiParameter {
  $ref?: string;
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface OpenApiMediaType {
  schema?: JsonSchema;
}

export interface OpenApiResponse {
  $ref?: string;
  description?: string;
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiOperation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  deprecated?: boolean;
  parameters?: OpenApiParameter[];
  requestBody?: {
    $ref?: string;
    required?: boolean;
    description?: string;
    content?: Record<string, OpenApiMediaType>;
  };
  responses?: Record<string, OpenApiResponse>;
  security?: Record<string, string[]>[];
  [extension: `x-${string}`]: unknown;
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;
export type THttpMethod = (typeof HTTP_METHODS)[number];

export type OpenApiPathItem = Partial<Record<THttpMethod, OpenApiOperation>> & {
  parameters?: OpenApiParameter[];
  summary?: string;
  description?: string;
};

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths?: Record<string, OpenApiPathItem>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    securitySchemes?: Record<
      string,
      { type: string; scheme?: string; in?: string; name?: string; description?: string }
    >;
    parameters?: Record<string, OpenApiParameter>;
    responses?: Record<string, OpenApiResponse>;
    requestBodies?: Record<string, NonNullable<OpenApiOperation['requestBody']>>;
  };
  security?: Record<string, string[]>[];
}

export interface TOperationEntry {
  id: string;
  method: THttpMethod;
  path: string;
  operation: OpenApiOperation;
  parameters: OpenApiParameter[];
}

export interface TTagGroup {
  name: string;
  description?: string;
  operations: TOperationEntry[];
}

const UNTAGGED = 'Other';

/** Follows a local `#/components/...` reference; returns undefined when it cannot be resolved. */
export function resolveRef<T>(doc: OpenApiDocument, ref: string): T | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as T | undefined;
}

function deref<T extends { $ref?: string }>(doc: OpenApiDocument, value: T): T {
  let current: T | undefined = value;
  const seen = new Set<string>();
  while (current?.$ref && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    current = resolveRef<T>(doc, current.$ref);
  }
  return current ?? value;
}

export function refName(ref: string): string {
  return ref.split('/').pop() ?? ref;
}

/** Endpoints grouped by their first tag, in the document's tag order, then by path. */
export function groupOperations(doc: OpenApiDocument): TTagGroup[] {
  const groups = new Map<string, TTagGroup>();
  for (const tag of doc.tags ?? []) groups.set(tag.name, { ...tag, operations: [] });

  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem as OpenApiPathItem & { $ref?: string });
    const shared = (item.parameters ?? []).map((p) => deref(doc, p));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []).map((p) => deref(doc, p));
      const parameters = [
        ...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)),
        ...own,
      ];
      const tag = operation.tags?.[0] ?? UNTAGGED;
      if (!groups.has(tag)) groups.set(tag, { name: tag, operations: [] });
      groups.get(tag)?.operations.push({
        id: operation.operationId ?? `${method}-${path}`.replace(/[^a-zA-Z0-9_-]+/g, '-'),
        method,
        path,
        operation,
        parameters,
      });
    }
  }
  return [...groups.values()].filter((group) => group.operations.length > 0);
}

export type TAccess =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly string[]; permission?: string };

function asStringList(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/**
 * Who may call an operation. The server writes `x-access` (`public`, `user` or a permission name) and
 * `x-roles` (the roles holding that permission); without them, an empty `security` list means public.
 */
export function accessOf(doc: OpenApiDocument, operation: OpenApiOperation): TAccess {
  const access = operation['x-access'] ?? operation['x-permission'];
  if (access === 'public') return { kind: 'public' };
  if (access === 'user') return { kind: 'authenticated' };
  const permission = typeof access === 'string' ? access : undefined;
  const roles = asStringList(operation['x-roles']);
  if (roles) return { kind: 'roles', roles, ...(permission ? { permission } : {}) };
  if (permission && permission in PERMISSIONS) {
    return { kind: 'roles', roles: PERMISSIONS[permission as TPermission] as readonly TRole[], permission };
  }
  const security = operation.security ?? doc.security;
  if (!security || security.length === 0) return { kind: 'public' };
  if (security.some((requirement) => Object.keys(requirement).length === 0)) return { kind: 'public' };
  return { kind: 'authenticated' };
}

export interface TFieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
  constraints: TConstraint[];
  depth: number;
}

const MAX_DEPTH = 6;

function nonNullVariants(schema: JsonSchema): JsonSchema[] | null {
  const variants = schema.anyOf ?? schema.oneOf;
  if (!variants) return null;
  return variants.filter((v) => v.type !== 'null');
}

function isNullable(schema: JsonSchema): boolean {
  if (schema.nullable) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  const variants = schema.anyOf ?? schema.oneOf;
  return Boolean(variants?.some((v) => v.type === 'null'));
}

/** A short, readable type: `string (uuid)`, `"admin" | "viewer"`, `Member[]`, `string | null`. */
export function typeLabel(doc: OpenApiDocument, schema: JsonSchema | undefined, depth = 0): string {
  if (!schema) return 'any';
  if (depth > MAX_DEPTH) return '…';
  if (schema.$ref) {
    const target = resolveRef<JsonSchema>(doc, schema.$ref);
    if (target && !target.properties && !target.items && (target.type || target.enum)) {
      return typeLabel(doc, target, depth + 1);
    }
    return refName(schema.$ref);
  }
  const nullable = isNullable(schema);
  const suffix = nullable ? ' | null' : '';
  const variants = nonNullVariants(schema);
  if (variants) {
    const labels = [...new Set(variants.map((v) => typeLabel(doc, v, depth + 1)))];
    return `${labels.join(' | ') || 'null'}${suffix}`;
  }
  if (schema.allOf && schema.allOf.length === 1 && schema.allOf[0]) {
    return typeLabel(doc, schema.allOf[0], depth + 1) + suffix;
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const) + suffix;
  if (schema.enum) {
    const values = schema.enum.filter((v) => v !== null);
    const shown = values.slice(0, 8).map((v) => JSON.stringify(v));
    if (values.length > 8) shown.push('…');
    return shown.join(' | ') + suffix;
  }
  const types = (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []).filter(
    (type) => type !== 'null',
  );
  if (types.includes('array')) return `${typeLabel(doc, schema.items, depth + 1)}[]${suffix}`;
  if (types.length === 0 && schema.properties) return `object${suffix}`;
  if (types.length === 0) return `any${suffix}`;
  const base = types.join(' | ');
  if (schema.format && types.length === 1) return `${base} (${schema.format})${suffix}`;
  return base + suffix;
}

/** A constraint as a translation key under `apiReference.constraints.` and its values. */
export interface TConstraint {
  key:
    | 'lengthRange'
    | 'minLength'
    | 'maxLength'
    | 'range'
    | 'min'
    | 'max'
    | 'minItems'
    | 'maxItems'
    | 'default'
    | 'pattern';
  values: Record<string, string | number>;
}

/** Value constraints worth telling a client about (ranges, lengths, defaults). */
export function constraintsOf(schema: JsonSchema): TConstraint[] {
  const out: TConstraint[] = [];
  if (schema.minLength !== undefined && schema.maxLength !== undefined)
    out.push({ key: 'lengthRange', values: { min: schema.minLength, max: schema.maxLength } });
  else if (schema.minLength !== undefined) out.push({ key: 'minLength', values: { min: schema.minLength } });
  else if (schema.maxLength !== undefined) out.push({ key: 'maxLength', values: { max: schema.maxLength } });
  const min = schema.minimum ?? schema.exclusiveMinimum;
  const max = schema.maximum ?? schema.exclusiveMaximum;
  if (min !== undefined && max !== undefined) out.push({ key: 'range', values: { min, max } });
  else if (min !== undefined) out.push({ key: 'min', values: { min } });
  else if (max !== undefined) out.push({ key: 'max', values: { max } });
  if (schema.minItems !== undefined) out.push({ key: 'minItems', values: { min: schema.minItems } });
  if (schema.maxItems !== undefined) out.push({ key: 'maxItems', values: { max: schema.maxItems } });
  if (schema.default !== undefined)
    out.push({ key: 'default', values: { value: JSON.stringify(schema.default) } });
  if (schema.pattern && !schema.format) out.push({ key: 'pattern', values: { value: schema.pattern } });
  return out;
}

/** The object schema behind refs, allOf and a nullable anyOf, if the value is an object or array of objects. */
function expandable(doc: OpenApiDocument, schema: JsonSchema, seen: Set<string>): JsonSchema | null {
  let current: JsonSchema | undefined = schema;
  for (let i = 0; i < MAX_DEPTH && current; i++) {
    if (current.$ref) {
      if (seen.has(current.$ref)) return null;
      current = resolveRef<JsonSchema>(doc, current.$ref);
      continue;
    }
    const variants = nonNullVariants(current);
    if (variants && variants.length === 1) {
      current = variants[0];
      continue;
    }
    if (current.allOf && current.allOf.length > 0) {
      return mergeAllOf(doc, current.allOf);
    }
    return current;
  }
  return current ?? null;
}

function mergeAllOf(doc: OpenApiDocument, parts: JsonSchema[]): JsonSchema {
  const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
  for (const part of parts) {
    const resolved = part.$ref ? (resolveRef<JsonSchema>(doc, part.$ref) ?? {}) : part;
    Object.assign(merged.properties as object, resolved.properties ?? {});
    merged.required?.push(...(resolved.required ?? []));
  }
  return merged;
}

/** Flattens a schema into readable rows: `user.email`, `items[].role`, with nested objects expanded. */
export function fieldRows(doc: OpenApiDocument, schema: JsonSchema | undefined): TFieldRow[] {
  if (!schema) return [];
  const rows: TFieldRow[] = [];

  const walk = (node: JsonSchema, prefix: string, depth: number, seen: Set<string>) => {
    if (depth > MAX_DEPTH) return;
    const nextSeen = node.$ref ? new Set([...seen, node.$ref]) : seen;
    const target = expandable(doc, node, seen);
    if (!target) return;
    if (target.type === 'array' || (Array.isArray(target.type) && target.type.includes('array'))) {
      if (target.items) walk(target.items, `${prefix}[].`, depth, nextSeen);
      return;
    }
    const required = new Set(target.required ?? []);
    for (const [key, property] of Object.entries(target.properties ?? {})) {
      const resolved = expandable(doc, property, nextSeen) ?? property;
      const name = `${prefix}${key}`;
      rows.push({
        name,
        type: typeLabel(doc, property),
        required: required.has(key),
        description: property.description ?? resolved.description ?? '',
        constraints: constraintsOf(resolved),
        depth,
      });
      const childSeen = property.$ref ? new Set([...nextSeen, property.$ref]) : nextSeen;
      const isObject =
        Boolean(resolved.properties && Object.keys(resolved.properties).length > 0) ||
        typeof resolved.additionalProperties === 'object';
      const itemSchema = resolved.items ? expandable(doc, resolved.items, childSeen) : null;
      if (isObject) walk(resolved, `${name}.`, depth + 1, childSeen);
      else if (itemSchema?.properties) walk(resolved, name, depth + 1, childSeen);
    }
    if (typeof target.additionalProperties === 'object') {
      rows.push({
        name: `${prefix}{key}`,
        type: typeLabel(doc, target.additionalProperties),
        required: false,
        description: target.additionalProperties.description ?? '',
        constraints: [],
        depth,
      });
    }
  };

  const root = expandable(doc, schema, new Set());
  const hasFields =
    root &&
    ((root.properties && Object.keys(root.properties).length > 0) ||
      (root.type === 'array' && root.items) ||
      typeof root.additionalProperties === 'object');
  if (!hasFields) {
    return [
      {
        name: '—',
        type: typeLabel(doc, schema),
        required: true,
        description: schema.description ?? root?.description ?? '',
        constraints: root ? constraintsOf(root) : [],
        depth: 0,
      },
    ];
  }
  walk(schema, '', 0, new Set());
  return rows;
}

/** The JSON schema of a request body or response, preferring JSON media types. */
export function jsonSchemaOf(content: Record<string, OpenApiMediaType> | undefined): {
  mediaType: string;
  schema: JsonSchema | undefined;
} | null {
  if (!content) return null;
  const entries = Object.entries(content);
  const preferred =
    entries.find(([type]) => type === 'application/json') ??
    entries.find(([type]) => type.includes('json')) ??
    entries[0];
  return preferred ? { mediaType: preferred[0], schema: preferred[1].schema } : null;
}

export function derefResponse(doc: OpenApiDocument, response: OpenApiResponse): OpenApiResponse {
  return deref(doc, response);
}

export function derefRequestBody(
  doc: OpenApiDocument,
  body: NonNullable<OpenApiOperation['requestBody']>,
): NonNullable<OpenApiOperation['requestBody']> {
  return deref(doc, body);
}

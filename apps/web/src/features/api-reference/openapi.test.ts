import { describe, expect, it } from 'vitest';
import {
  accessOf,
  constraintsOf,
  fieldRows,
  groupOperations,
  type OpenApiDocument,
  typeLabel,
} from './openapi';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Test', version: '1' },
  paths: {
    '/api/v1/teams/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      get: {
        tags: ['Teams'],
        summary: 'Get a team',
        responses: { '200': { $ref: '#/components/responses/Team' } },
      },
      delete: {
        tags: ['Teams'],
        'x-access': 'teams.manage',
        'x-roles': ['admin', 'cx_manager'],
        responses: {},
      },
    },
    '/api/v1/auth/sign-in': { post: { tags: ['Auth'], security: [], responses: {} } },
    '/healthz': { get: { responses: {} } },
  },
  components: {
    schemas: {
      Team: {
        type: 'object',
        required: ['id', 'members'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          owner: { anyOf: [{ $ref: '#/components/schemas/Person' }, { type: 'null' }] },
          members: { type: 'array', items: { $ref: '#/components/schemas/Person' } },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      Person: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 120, description: 'shown to the team' },
          role: { enum: ['admin', 'viewer'] },
        },
      },
    },
    responses: {
      Team: {
        description: 'A team',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Team' } } },
      },
    },
  },
};

describe('OpenAPI helpers', () => {
  it('groups operations by their first tag and merges path-level parameters', () => {
    const groups = groupOperations(doc);
    expect(groups.map((group) => group.name)).toEqual(['Teams', 'Auth', 'Other']);
    const get = groups[0]?.operations.find((entry) => entry.method === 'get');
    expect(get?.parameters.map((p) => p.name)).toEqual(['id']);
  });

  it('flattens nested objects, nullable refs and arrays into readable rows', () => {
    const rows = fieldRows(doc, { $ref: '#/components/schemas/Team' });
    expect(rows.map((row) => [row.name, row.type, row.required])).toEqual([
      ['id', 'string (uuid)', true],
      ['owner', 'Person | null', false],
      ['owner.name', 'string', true],
      ['owner.role', '"admin" | "viewer"', false],
      ['members', 'Person[]', true],
      ['members[].name', 'string', true],
      ['members[].role', '"admin" | "viewer"', false],
      ['labels', 'object', false],
      ['labels.{key}', 'string', false],
    ]);
    const name = rows.find((row) => row.name === 'members[].name');
    expect(name?.description).toBe('shown to the team');
    expect(name?.constraints).toEqual([{ key: 'lengthRange', values: { min: 1, max: 120 } }]);
  });

  it('describes a scalar body as one row', () => {
    expect(fieldRows(doc, { type: 'integer', minimum: 1, maximum: 200, default: 50 })).toEqual([
      {
        name: '—',
        type: 'integer',
        required: true,
        description: '',
        constraints: [
          { key: 'range', values: { min: 1, max: 200 } },
          { key: 'default', values: { value: '50' } },
        ],
        depth: 0,
      },
    ]);
  });

  it('labels types compactly', () => {
    expect(typeLabel(doc, { type: ['string', 'null'], format: 'date-time' })).toBe(
      'string (date-time) | null',
    );
    expect(typeLabel(doc, { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] })).toBe(
      'string (date-time) | null',
    );
    expect(typeLabel(doc, { type: 'array', items: { type: 'string', format: 'uuid' } })).toBe(
      'string (uuid)[]',
    );
    expect(typeLabel(doc, undefined)).toBe('any');
  });

  it('reads who may call an operation', () => {
    const teams = doc.paths?.['/api/v1/teams/{id}'];
    expect(accessOf(doc, teams?.delete ?? {})).toEqual({
      kind: 'roles',
      roles: ['admin', 'cx_manager'],
      permission: 'teams.manage',
    });
    expect(accessOf(doc, { 'x-access': 'apiKeys.manage' })).toEqual({
      kind: 'roles',
      roles: ['admin'],
      permission: 'apiKeys.manage',
    });
    expect(accessOf(doc, { 'x-access': 'user', security: [{ apiKey: [] }] })).toEqual({
      kind: 'authenticated',
    });
    expect(accessOf(doc, { security: [] })).toEqual({ kind: 'public' });
    expect(accessOf({ ...doc, security: [{ apiKey: [] }] }, {})).toEqual({ kind: 'authenticated' });
  });

  it('keeps the pattern only when no format explains it', () => {
    expect(constraintsOf({ type: 'string', format: 'email', pattern: '^.+@.+$' })).toEqual([]);
    expect(constraintsOf({ type: 'string', pattern: '^[a-z]+$' })).toEqual([
      { key: 'pattern', values: { value: '^[a-z]+$' } },
    ]);
  });
});

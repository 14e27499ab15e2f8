// How the generator picks each schema's example and decides what a seeded fixture may vary.
import { describe, expect, it } from 'vitest';
import { factoryName, fixtureBlueprints, namedExamples } from '../codegen/fixtures.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, examples: Record<string, unknown>) => ({
  content: {
    'application/json': {
      schema,
      examples: Object.fromEntries(Object.entries(examples).map(([k, value]) => [k, { value }])),
    },
  },
});

const document = {
  openapi: '3.1.0',
  paths: {
    '/things': {
      get: {
        responses: {
          '200': json(
            { type: 'object', properties: { result: { type: 'array', items: ref('Thing') } } },
            { first: { result: [{ id: 'listed', kind: 'a' }] } },
          ),
        },
      },
    },
    '/things/{id}': {
      get: {
        responses: {
          '200': json(ref('Thing'), {
            full: {
              id: 'support-bot-prod',
              kind: 'a',
              created_at: '2026-01-02T03:04:05.123456789Z',
              cost: 0.25,
              status_code: 200,
              page: 3,
            },
          }),
          '404': json(ref('Problem'), { missing: { code: 7002, message: 'Not Found' } }),
        },
      },
    },
    '/shapes': {
      get: {
        responses: {
          '200': json({ oneOf: [ref('Circle'), ref('Square')] }, { square: { side: 2 } }),
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9_]+(?:-[a-z0-9_]+)*$', maxLength: 64 },
          kind: { type: 'string', enum: ['a', 'b'] },
          created_at: { type: 'string', format: 'date-time' },
          cost: { type: 'number', minimum: 0 },
          status_code: { type: 'integer' },
          page: { type: 'integer' },
        },
      },
      Problem: {
        type: 'object',
        properties: { code: { type: 'integer' }, message: { type: 'string' } },
      },
      Circle: { type: 'object', required: ['radius'], properties: { radius: { type: 'number' } } },
      Square: { type: 'object', required: ['side'], properties: { side: { type: 'number' } } },
      Own: { type: 'object', properties: { n: { type: 'integer' } }, examples: [{ n: 1 }] },
      Status: { type: 'string', enum: ['on', 'off'], examples: ['on'] },
    },
  },
};

// Stands in for Ajv: a value matches a branch when it has the branch's required properties.
const validates = (pointer: string, value: unknown) => {
  const name = pointer.match(/oneOf\/(\d)$/)
    ? ['Circle', 'Square'][Number(pointer.at(-1))]
    : undefined;
  if (!name) return true;
  const required =
    (document.components.schemas as Record<string, { required?: string[] }>)[name]?.required ?? [];
  return required.every((key) => typeof value === 'object' && value !== null && key in value);
};

describe('namedExamples', () => {
  const examples = namedExamples({ document, validates });

  it("prefers a schema's own example, then the shallowest one in the operations", () => {
    expect(examples.get('Own')).toEqual({ n: 1 });
    expect((examples.get('Thing') as { id: string }).id).toBe('support-bot-prod');
    expect(examples.get('Problem')).toEqual({ code: 7002, message: 'Not Found' });
  });

  it('attributes a union example to the branch it matches', () => {
    expect(examples.get('Square')).toEqual({ side: 2 });
    expect(examples.has('Circle')).toBe(false);
  });
});

describe('fixtureBlueprints', () => {
  const blueprints = fixtureBlueprints({ document, validates });

  it('makes one per named object schema that has an example', () => {
    expect(blueprints.map((b) => b.name)).toEqual(['own', 'problem', 'square', 'thing']);
    expect(factoryName('DynamicRouteElement')).toBe('dynamicRouteElement');
  });

  it('varies ids, timestamps and quantities, never enums, codes or page numbers', () => {
    const thing = blueprints.find((b) => b.schema === 'Thing');
    expect(thing?.variations).toEqual([
      { at: ['id'], kind: 'id', pattern: '^[a-z0-9_]+(?:-[a-z0-9_]+)*$', maxLength: 64 },
      { at: ['created_at'], kind: 'date-time' },
      { at: ['cost'], kind: 'number', integer: false, minimum: 0 },
    ]);
    expect(blueprints.find((b) => b.schema === 'Problem')?.variations).toEqual([]);
  });

  it('refuses an example that does not match its schema', () => {
    expect(() =>
      fixtureBlueprints({ document, validates: (pointer) => !pointer.endsWith('/Thing') }),
    ).toThrow(/Thing does not match/);
  });
});

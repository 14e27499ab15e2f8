import { describe, expect, it } from 'vitest';
import { compareDocuments, describeDifference } from '../src/conformance.ts';

const vendor = {
  openapi: '3.0.3',
  paths: {
    '/things/{id}': {
      get: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 64 } },
          {
            name: 'order',
            in: 'query',
            schema: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
          },
          { name: 'per_page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } },
        ],
        responses: {
          200: {
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    { $ref: '#/components/schemas/Envelope' },
                    {
                      properties: {
                        result: { type: 'object', properties: { name: { type: 'string' } } },
                      },
                    },
                  ],
                },
              },
            },
          },
        },
      },
      put: {
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string', nullable: true } },
              },
            },
          },
        },
        responses: { 200: { description: 'ok' } },
      },
    },
    '/other': { get: { responses: { 200: { description: 'ok' } } } },
  },
  components: {
    schemas: { Envelope: { type: 'object', properties: { success: { type: 'boolean' } } } },
  },
};

const clone = () => structuredClone(vendor) as typeof vendor & Record<string, never>;

describe('compareDocuments', () => {
  it('finds no difference between a document and itself written in 3.1 style', () => {
    const ours = clone();
    // 3.1 nullability and an inlined reference describe the same shape.
    ours.paths['/things/{id}'].put.requestBody.content['application/json'].schema.properties.name =
      {
        type: ['string', 'null'],
      } as never;
    ours.paths['/things/{id}'].get.responses[200].content['application/json'].schema.allOf[0] = {
      type: 'object',
      properties: { success: { type: 'boolean' } },
    } as never;
    expect(compareDocuments(ours, vendor)).toEqual([]);
  });

  it('reports a changed enum, bound and default of a query parameter', () => {
    const ours = clone();
    ours.paths['/things/{id}'].get.parameters[1] = {
      name: 'order',
      in: 'query',
      schema: { type: 'string', enum: ['asc', 'desc', 'random'], default: 'asc' },
    };
    (ours.paths['/things/{id}'].get.parameters[2] as { schema: object }).schema = {
      type: 'integer',
      minimum: 1,
      maximum: 100,
    };
    expect(compareDocuments(ours, vendor).map(describeDifference)).toEqual([
      'GET /things/{id} query.order enum: ours "asc" | "desc" | "random", vendor "asc" | "desc"',
      'GET /things/{id} query.order default: ours "asc", vendor "desc"',
      'GET /things/{id} query.per_page maximum: ours 100, vendor 50',
    ]);
  });

  it('reports missing operations, parameters, response fields and required body fields', () => {
    const ours = clone();
    delete (ours.paths as Record<string, unknown>)['/other'];
    ours.paths['/things/{id}'].get.parameters.pop();
    ours.components.schemas.Envelope.properties = {} as never;
    ours.paths['/things/{id}'].put.requestBody.content['application/json'].schema.required = [];
    expect(compareDocuments(ours, vendor).map(describeDifference)).toEqual([
      'GET /things/{id} query.per_page present: ours (absent), vendor present',
      'GET /things/{id} response.success present: ours (absent), vendor present',
      'PUT /things/{id} body.name required: ours (absent), vendor yes',
      'GET /other (operation) operation: ours (absent), vendor present',
    ]);
  });
});

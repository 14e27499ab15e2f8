import { describe, expect, it } from 'vitest';
import { callParams, logFields, operationInfos } from '../src/operations.ts';
import { type Json, loadSpec } from '../src/specs.ts';

const page = { name: 'page', in: 'query', schema: { type: 'integer' } };
const perPage = { name: 'per_page', in: 'query', schema: { type: 'integer', default: 20 } };

const document = (
  list: Json = {},
  bulk: Json = { 'x-bulk-delete': { filter: 'filters', confirm: 'all' } },
): Json => ({
  openapi: '3.1.0',
  paths: {
    '/accounts/{account_id}/things': {
      parameters: [
        { $ref: '#/components/parameters/AccountId' },
        { name: 'search', in: 'query', schema: { type: 'string' } },
      ],
      get: {
        operationId: 'listThings',
        parameters: [page, perPage, { name: 'search', in: 'query', required: true, schema: {} }],
        'x-pagination': { style: 'page', items: 'result', sizeParam: 'per_page', ...list },
        responses: { 200: { $ref: '#/components/responses/Things' } },
      },
    },
    '/accounts/{account_id}/logs': {
      parameters: [{ $ref: '#/components/parameters/AccountId' }],
      delete: {
        operationId: 'deleteLogs',
        ...bulk,
        responses: { 204: { description: 'deleted' } },
      },
    },
  },
  components: {
    parameters: {
      AccountId: {
        name: 'account_id',
        in: 'path',
        required: true,
        schema: { type: 'string' },
        'x-sdk-shared': true,
      },
    },
    responses: {
      Things: { content: { 'application/json': { schema: { type: 'object' } } } },
    },
  },
});

describe('operationInfos', () => {
  const [list, bulkDelete] = operationInfos(document());

  it('merges path-level parameters under the operation’s own, references followed', () => {
    expect(list?.pathParameters.map((p) => [p.name, p.schema, p.shared])).toEqual([
      ['account_id', '/components/parameters/AccountId/schema', true],
    ]);
    // The operation's `search` replaces the path item's.
    expect(list?.queryParameters.map((p) => [p.name, p.required, p.schema])).toEqual([
      ['page', false, '/paths/~1accounts~1{account_id}~1things/get/parameters/0/schema'],
      ['per_page', false, '/paths/~1accounts~1{account_id}~1things/get/parameters/1/schema'],
      ['search', true, '/paths/~1accounts~1{account_id}~1things/get/parameters/2/schema'],
    ]);
    expect(list?.responseSchemas).toEqual({
      200: '/components/responses/Things/content/application~1json/schema',
    });
  });

  it('reads x-pagination, with its page-size parameter', () => {
    const { sizeParameter, ...rest } = list?.pagination ?? ({} as never);
    expect(rest).toEqual({ style: 'page', items: 'result' });
    expect(sizeParameter.name).toBe('per_page');
  });

  it.each([
    [{ sizeParam: 'limit' }, 'sizeParam must name the page-size query parameter, not limit'],
    [{ style: 'offset' }, 'style offset needs a query parameter offset'],
    [{ style: 'cursor' }, 'style must be page or offset, not cursor'],
  ])('rejects x-pagination %j', (change, message) => {
    expect(() => operationInfos(document(change))).toThrow(`listThings: x-pagination ${message}`);
  });

  it('asks a call for params only where it has its own to give', () => {
    // account_id is shared; the required `search` makes the list's params required.
    expect(list && callParams(list)).toBe('required');
    // Beside the shared account_id, the bulk delete only has its confirmation flag.
    expect(bulkDelete && callParams(bulkDelete)).toBe('optional');
    const [, plainDelete] = operationInfos(document({}, {}));
    expect(plainDelete && callParams(plainDelete)).toBe('none');
  });
});

describe('x-confirm', () => {
  it('makes params required: the confirmation flag must be given', () => {
    const [, topup] = operationInfos(document({}, { 'x-confirm': { flag: 'confirm' } }));
    expect(topup && callParams(topup)).toBe('required');
  });
});

describe('x-log-fields', () => {
  it('names, for every Bifrost list filter that has it, fields a log row has', () => {
    const bifrost = loadSpec('bifrost');
    const row = Object.keys(bifrost.components.schemas.LogEntry.properties);
    const named = operationInfos(bifrost).flatMap((info) =>
      Object.entries(logFields(info)).flatMap(([param, fields]) =>
        fields.map((field) => `${info.operationId} ${param}: ${field}`),
      ),
    );
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((entry) => !row.includes(entry.split(': ')[1] as string))).toEqual([]);
  });

  it('refuses a value that is not a list of names', () => {
    const info = {
      operationId: 'listThings',
      queryParameters: [{ name: 'providers', parameter: { 'x-log-fields': 'provider' } }],
    } as unknown as Parameters<typeof logFields>[0];
    expect(() => logFields(info)).toThrow(
      'x-log-fields of providers must be a list of field names',
    );
  });
});

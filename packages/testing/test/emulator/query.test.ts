// The emulator's query reader against the client's query writer: what a generated client sends
// must come back as the values it meant, in the types the spec gives them, and pass the spec's
// request checks. Where the wire loses information (every value is text), the test says so.
import { describe, expect, it } from 'vitest';
import { encodeQuery, type QueryPlan } from '../../../client/src/core/query.ts';
import * as bifrostClient from '../../../client/src/generated/bifrost/operations.ts';
import * as cloudflareClient from '../../../client/src/generated/cloudflare/operations.ts';
import { readQuery, readScalar } from '../../src/emulator/core/query.ts';
import type { RouteDescriptor } from '../../src/emulator/core/routes.ts';
import { bifrostRoutes } from '../../src/generated/emulator/bifrost.ts';
import { cloudflareRoutes } from '../../src/generated/emulator/cloudflare.ts';

const route = (operationId: string, routes: readonly RouteDescriptor[] = cloudflareRoutes) => {
  const found = routes.find((r) => r.operationId === operationId);
  if (!found) throw new Error(`no route ${operationId}`);
  return found;
};
const path = { account_id: '023e105f4ecef8ad9ca31a8372d0c353', gateway_id: 'support-bot-prod' };

/** Encodes with the client, reads back with the emulator. */
function roundTrip(
  plan: QueryPlan,
  operationId: string,
  params: Record<string, unknown>,
  routes: readonly RouteDescriptor[] = cloudflareRoutes,
) {
  const encoded = encodeQuery(params, plan);
  expect(encoded.issues).toEqual([]);
  const read = readQuery(
    new URLSearchParams(encoded.query.slice(1)),
    route(operationId, routes).query,
  );
  return { wire: decodeURIComponent(encoded.query), read };
}

describe('dotted filters', () => {
  const filters = [
    { key: 'cost', operator: 'gt', value: [0.5] },
    { key: 'provider', operator: 'eq', value: ['openai', 'anthropic'] },
    { key: 'success', operator: 'eq', value: [true] },
    { key: 'event_id', operator: 'neq', value: [null] },
    { key: 'metadata.value', operator: 'contains', value: ['SUP-4'] },
    { key: 'provider', operator: 'neq', value: ['groq'] },
  ];

  it('go on the wire as the spec describes: repeated keys, no indices, key, operator, values', () => {
    const { wire } = roundTrip(cloudflareClient.listLogs, 'listLogs', {
      filters: filters.slice(0, 2),
    });
    expect(wire).toBe(
      '?filters.key=cost&filters.operator=gt&filters.value=0.5' +
        '&filters.key=provider&filters.operator=eq&filters.value=openai&filters.value=anthropic',
    );
  });

  it('come back as the filters sent, typed, next to the other parameters', () => {
    const params = {
      filters,
      search: 'gpt-4o',
      page: 2,
      per_page: 50,
      meta_info: true,
      order_by: 'model',
    };
    const { read } = roundTrip(cloudflareClient.listLogs, 'listLogs', params);
    expect(read).toEqual(params);
    expect(route('listLogs').request.params.parse({ path, query: read }).ok).toBe(true);
  });

  it('round-trip for the bulk delete, with its integer limit', () => {
    const params = {
      filters: filters.slice(0, 3),
      limit: 25,
      order_by: 'cost',
      order_by_direction: 'desc',
    };
    const { read } = roundTrip(cloudflareClient.deleteLogs, 'deleteLogs', params);
    expect(read).toEqual(params);
    expect(route('deleteLogs').request.params.parse({ path, query: read }).ok).toBe(true);
  });

  it('start a new filter when a field repeats, so the same key twice is two filters', () => {
    const search = new URLSearchParams(
      'filters.key=tokens&filters.operator=gt&filters.value=10&filters.key=tokens&filters.operator=lt&filters.value=99',
    );
    expect(readQuery(search, route('listLogs').query).filters).toEqual([
      { key: 'tokens', operator: 'gt', value: [10] },
      { key: 'tokens', operator: 'lt', value: [99] },
    ]);
  });

  it('type each value by what it looks like, since every value is text on the wire', () => {
    const search = new URLSearchParams(
      'filters.key=model&filters.operator=eq&filters.value=0.50&filters.value=true&filters.value=&filters.value=gpt-4o',
    );
    expect(readQuery(search, route('listLogs').query).filters).toEqual([
      { key: 'model', operator: 'eq', value: [0.5, true, null, 'gpt-4o'] },
    ]);
  });

  it('keep a field the spec does not know, as sent, so that the validator names it', () => {
    const search = new URLSearchParams('filters.key=cost&filters.op=gt&filters.value=1');
    const read = readQuery(search, route('listLogs').query);
    expect(read.filters).toEqual([{ key: 'cost', op: 'gt', value: [1] }]);
    const checked = route('listLogs').request.params.parse({ path, query: read });
    expect(checked.ok).toBe(false);
  });
});

describe('other parameters', () => {
  it('read numbers, integers and booleans by the spec type, and leave the rest as text', () => {
    const search = new URLSearchParams(
      'page=3&per_page=1.5&min_cost=.25&success=false&search=123&model=007',
    );
    expect(readQuery(search, route('listLogs').query)).toEqual({
      page: 3,
      per_page: '1.5',
      min_cost: 0.25,
      success: false,
      search: '123',
      model: '007',
    });
  });

  it('keep unknown parameters as text, repeated ones as a list', () => {
    const search = new URLSearchParams('colour=red&tag=a&tag=b');
    expect(readQuery(search, route('listLogs').query)).toEqual({ colour: 'red', tag: ['a', 'b'] });
  });

  it('keep a comma list as the one string the server splits, first occurrence only', () => {
    const params = { providers: ['openai', 'anthropic'] };
    const { wire, read } = roundTrip(bifrostClient.listLogs, 'listLogs', params, bifrostRoutes);
    expect(wire).toBe('?providers=openai,anthropic');
    expect(read).toEqual({ providers: 'openai,anthropic' });
    const search = new URLSearchParams('providers=openai,anthropic&providers=groq');
    expect(readQuery(search, route('listLogs', bifrostRoutes).query).providers).toBe(
      'openai,anthropic',
    );
  });

  it('reads scalars by kind', () => {
    expect(readScalar('', ['string', 'null'])).toBeNull();
    expect(readScalar('', ['string'])).toBe('');
    expect(readScalar('1e3', ['integer'])).toBe(1000);
    expect(readScalar('2.5', ['integer'])).toBe('2.5');
    expect(readScalar('-0.5', ['number'])).toBe(-0.5);
    expect(readScalar('0x10', ['number'])).toBe('0x10');
    expect(readScalar('TRUE', ['boolean'])).toBe('TRUE');
  });
});

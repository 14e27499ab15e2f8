// What goes on the wire: query encodings of each API, path encoding, headers and JSON bodies.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/cloudflare.js';
import {
  accountId,
  bifrost,
  bifrostToken,
  cloudflare,
  cloudflareToken,
  rejection,
} from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const cloudflareList = () =>
  start((_request, response) =>
    sendJson(response, 200, {
      result: [],
      result_info: { count: 0, page: 1, per_page: 20, total_count: 0 },
      success: true,
    }),
  );
const bifrostList = () =>
  start((_request, response) =>
    sendJson(response, 200, {
      logs: [],
      pagination: { limit: 50, offset: 0, total_count: 0 },
      stats: { total_requests: 0 },
      has_logs: false,
    }),
  );
const filterPart = (rawQuery: string | undefined) =>
  (rawQuery ?? '')
    .split('&')
    .filter((pair) => pair.startsWith('filters'))
    .join('&');

describe('Cloudflare log filters', () => {
  it('one filter: repeated dotted keys, no indices', async () => {
    const server = await cloudflareList();
    await cloudflare(server.url).logs.list({
      gateway_id: 'gw',
      filters: [{ key: 'cost', operator: 'gt', value: [0.5] }],
    });
    expect(filterPart(server.requests[0]?.rawQuery)).toBe(
      'filters.key=cost&filters.operator=gt&filters.value=0.5',
    );
  });

  it('several filters and values keep their order: key, operator, then each value', async () => {
    const server = await cloudflareList();
    await cloudflare(server.url).logs.list({
      gateway_id: 'gw',
      filters: [
        { key: 'cost', operator: 'gt', value: [0.5] },
        { key: 'provider', operator: 'eq', value: ['openai', 'anthropic'] },
        { key: 'success', operator: 'eq', value: [false] },
        { key: 'metadata.value', operator: 'contains', value: ['a&b=c'] },
      ],
      per_page: 10,
    });
    const rawQuery = server.requests[0]?.rawQuery ?? '';
    expect(filterPart(rawQuery)).toBe(
      [
        'filters.key=cost&filters.operator=gt&filters.value=0.5',
        'filters.key=provider&filters.operator=eq&filters.value=openai&filters.value=anthropic',
        'filters.key=success&filters.operator=eq&filters.value=false',
        'filters.key=metadata.value&filters.operator=contains&filters.value=a%26b%3Dc',
      ].join('&'),
    );
    expect(rawQuery).not.toMatch(/%5B|\[|filters\.\d/);
    expect(server.requests[0]?.query.get('per_page')).toBe('10');
  });

  it('are sent the same way on every page', async () => {
    let page = 0;
    const server = await start((_request, response) => {
      page++;
      sendJson(response, 200, {
        result: page < 3 ? [{ id: `${page}` }] : [],
        result_info: { count: 1, page, per_page: 1, total_count: 2 },
        success: true,
      });
    });
    const filters = [{ key: 'model' as const, operator: 'eq' as const, value: ['gpt-4o'] }];
    for await (const _ of cloudflare(server.url).logs.list({
      gateway_id: 'gw',
      filters,
      per_page: 1,
    })) {
      // iterate every page
    }
    expect(server.requests.map((r) => filterPart(r.rawQuery))).toEqual([
      'filters.key=model&filters.operator=eq&filters.value=gpt-4o',
      'filters.key=model&filters.operator=eq&filters.value=gpt-4o',
    ]);
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2']);
  });
});

describe('Cloudflare log filters whatever the caller wrote', () => {
  it('go out as key, operator, value in that order, however the object was written', async () => {
    const server = await cloudflareList();
    await cloudflare(server.url).logs.list({
      gateway_id: 'gw',
      filters: [
        { value: [0.5], operator: 'gt', key: 'cost' },
        { operator: 'eq', value: ['openai', 'anthropic'], key: 'provider' },
      ],
    });
    expect(filterPart(server.requests[0]?.rawQuery)).toBe(
      'filters.key=cost&filters.operator=gt&filters.value=0.5&' +
        'filters.key=provider&filters.operator=eq&filters.value=openai&filters.value=anthropic',
    );
  });

  it.each([
    [
      { key: 'model', operator: 'eq', value: ['gpt'], extra: 'y' },
      'query.filters[0].extra',
      /not a known field of a filter: it has key, operator and value/,
    ],
    [{ key: 'model', operator: 'eq', value: [] }, 'query.filters[0].value', /must not be empty/],
  ])('%j is refused before sending, naming the field and why', async (entry, field, why) => {
    const server = await cloudflareList();
    const cf = cloudflare(server.url);
    for (const call of [
      () => cf.logs.list({ gateway_id: 'gw', filters: [entry as never] }),
      () => cf.logs.delete({ gateway_id: 'gw', filters: [entry as never] }),
    ]) {
      const error = (await rejection(call())) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toContain(field);
      expect(error.message).toMatch(why);
      expect(error.issues.map((i) => i.path.join('.'))).toEqual([field.replace('[0]', '.0')]);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('the raw client encodes and refuses filters the same way', async () => {
    const server = await cloudflareList();
    const { raw } = cloudflare(server.url);
    const path = { account_id: accountId, gateway_id: 'gw' };
    await raw.GET('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs', {
      params: { path, query: { filters: [{ value: ['x'], operator: 'eq', key: 'model' }] } },
    });
    expect(filterPart(server.requests[0]?.rawQuery)).toBe(
      'filters.key=model&filters.operator=eq&filters.value=x',
    );
    const refused = await rejection(
      raw.GET('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs', {
        params: { path, query: { filters: [{ key: 'model', operator: 'eq', value: [] }] } },
      }),
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('Bifrost comma lists', () => {
  it('arrays are joined with commas into one parameter', async () => {
    const server = await bifrostList();
    await bifrost(server.url).logs.list({
      providers: ['openai', 'anthropic'],
      models: ['gpt-4o-mini'],
      status: ['success', 'error'],
      objects: ['chat_completion', 'chat.completion'],
      routing_engine_used: ['routing-rule', 'loadbalancing'],
      virtual_key_ids: [],
    });
    const query = server.requests[0]?.query;
    expect(query?.getAll('providers')).toEqual(['openai,anthropic']);
    expect(query?.getAll('models')).toEqual(['gpt-4o-mini']);
    expect(query?.getAll('status')).toEqual(['success,error']);
    expect(query?.getAll('objects')).toEqual(['chat_completion,chat.completion']);
    expect(query?.getAll('routing_engine_used')).toEqual(['routing-rule,loadbalancing']);
    expect(query?.has('virtual_key_ids')).toBe(false);
    expect(server.requests[0]?.rawQuery).toContain('providers=openai%2Canthropic');
  });

  it('a string is sent as it is, and stats use the same encoding', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { total_requests: 0 }),
    );
    await bifrost(server.url).logs.stats({ providers: 'openai,bedrock', status: ['cancelled'] });
    expect(server.requests[0]?.query.getAll('providers')).toEqual(['openai,bedrock']);
    expect(server.requests[0]?.query.getAll('status')).toEqual(['cancelled']);
  });

  it('numbers and booleans are written plainly', async () => {
    const server = await bifrostList();
    await bifrost(server.url).logs.list({
      min_cost: 0.25,
      max_tokens: 8000,
      missing_cost_only: true,
      sort_by: 'cost',
      order: 'asc',
      content_search: 'refund policy',
    });
    const query = server.requests[0]?.query;
    expect(Object.fromEntries(query ?? [])).toMatchObject({
      min_cost: '0.25',
      max_tokens: '8000',
      missing_cost_only: 'true',
      sort_by: 'cost',
      order: 'asc',
      content_search: 'refund policy',
      offset: '0',
    });
  });
});

describe('paths, headers and bodies', () => {
  it('a Cloudflare GET carries the path, the token and accepts JSON', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, {
        result: 'https://gateway.ai.cloudflare.com/v1/a/gw/openai',
        success: true,
      }),
    );
    const url = await cloudflare(`${server.url}/client/v4/`).urls.get({
      gateway_id: 'gw',
      provider: 'workers-ai',
    });
    expect(url).toBe('https://gateway.ai.cloudflare.com/v1/a/gw/openai');
    const request = server.requests[0];
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe(
      `/client/v4/accounts/${accountId}/ai-gateway/gateways/gw/url/workers-ai`,
    );
    expect(request?.headers.authorization).toBe(`Bearer ${cloudflareToken}`);
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['content-type']).toBeUndefined();
    expect(request?.body).toBe('');
  });

  it('a body is sent as JSON, and extra headers from the client and the call are added', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: {}, success: true }),
    );
    const cf = cloudflare(server.url, { headers: { 'x-team': 'billing' } });
    await cf.logs.edit(
      { gateway_id: 'gw', id: 'log-1' },
      { feedback: -1, score: 40, metadata: { user: 'u-1', vip: true, tier: 2 } },
      { headers: { 'x-trace': 'abc' } },
    );
    const request = server.requests[0];
    expect(request?.method).toBe('PATCH');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['x-team']).toBe('billing');
    expect(request?.headers['x-trace']).toBe('abc');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      feedback: -1,
      score: 40,
      metadata: { user: 'u-1', vip: true, tier: 2 },
    });
  });

  it('a header option cannot replace the credentials', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: [], success: true }),
    );
    await cloudflare(server.url, { headers: { authorization: 'Bearer other' } }).gateways.list();
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${cloudflareToken}`);
  });

  it('a call can pass account_id instead of the client default', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: [], success: true }),
    );
    await cloudflare(server.url).gateways.list({ account_id: 'ffffffffffffffffffffffffffffffff' });
    expect(server.requests[0]?.path).toBe(
      '/accounts/ffffffffffffffffffffffffffffffff/ai-gateway/gateways',
    );
  });

  it('Bifrost sends its token as a bearer token, and nothing when there is none', async () => {
    const server = await start((_request, response) => sendJson(response, 200, { id: 'log-1' }));
    await bifrost(server.url).logs.get({ id: 'log-1' });
    await bifrost(server.url, { token: undefined }).logs.get({ id: 'log-1' });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${bifrostToken}`);
    expect(server.requests[1]?.headers.authorization).toBeUndefined();
    expect(server.requests[0]?.path).toBe('/api/logs/log-1');
  });
});

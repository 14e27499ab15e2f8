// Params and bodies are read once, as plain data. A getter, an inherited field or a hidden one is
// refused by name, because the checks and the wire would otherwise see different requests.
import { describe, expect, it } from 'vitest';
import {
  cloudflareOperations,
  createCloudflareCore,
  UnsafeRequestError,
  ValidationError,
  type ValidationIssue,
} from '../src/cloudflare.js';
import { accountId, cloudflare, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const ok = () => start((_request, response) => sendJson(response, 200, { success: true }));
const filter = { key: 'model', operator: 'eq', value: ['gpt'] } as const;

async function refusal(promise: PromiseLike<unknown>) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError & { issues: ValidationIssue[] };
}
/** `value` with each of `names` set as an own enumerable field, `__proto__` too. */
function withOwn(value: object, names: readonly string[]): Record<string, unknown> {
  for (const name of names)
    Object.defineProperty(value, name, {
      value: `own ${name}`,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return value as Record<string, unknown>;
}
const paths = (error: { issues: readonly ValidationIssue[] }) =>
  error.issues.map((i) => i.path.join('.'));

class WithGetter {
  gateway_id = 'gw';
  get filters() {
    return [filter];
  }
}
const hidden = Object.defineProperty({ gateway_id: 'gw' }, 'filters', {
  value: [filter],
  enumerable: false,
});
const ownGetter = Object.defineProperty({ gateway_id: 'gw' }, 'filters', {
  get: () => [filter],
  enumerable: true,
});

describe('bulk delete with filters the encoder cannot see', () => {
  it.each([
    ['a class with a filters getter', new WithGetter(), /query\.filters is inherited.*WithGetter/],
    [
      'Object.create({ filters })',
      Object.create({ filters: [filter], gateway_id: 'gw' }),
      /query\.filters is inherited/,
    ],
    ['a non-enumerable filters', hidden, /query\.filters is not enumerable/],
    ['an own getter', ownGetter, /query\.filters is a getter/],
  ])('%s is refused by name, nothing sent', async (_label, params, message) => {
    const server = await ok();
    const error = await refusal(cloudflare(server.url).logs.delete(params as never));
    expect(paths(error)).toContain('query.filters');
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it('a filter entry that is not plain data is refused, not sent as an empty filter', async () => {
    const server = await ok();
    const cf = cloudflare(server.url);
    const error = await refusal(
      cf.logs.delete({ gateway_id: 'gw', filters: [Object.create(filter)] } as never),
    );
    expect(paths(error)).toContain('query.filters.0.key');
    expect(server.requests).toHaveLength(0);
  });

  it('a filter list that encodes to nothing is still an unfiltered delete', async () => {
    const server = await ok();
    const error = await rejection(
      cloudflare(server.url).logs.delete({ gateway_id: 'gw', filters: [{}] } as never),
    );
    // Refused either way; what matters is that nothing leaves the machine.
    expect(error).toSatisfy((e) => e instanceof ValidationError || e instanceof UnsafeRequestError);
    expect(server.requests).toHaveLength(0);
  });

  it('a plain object made with a null prototype is accepted', async () => {
    const server = await ok();
    const params = Object.assign(Object.create(null), { gateway_id: 'gw', filters: [filter] });
    await cloudflare(server.url).logs.delete(params);
    expect(server.requests[0]?.rawQuery).toBe(
      'filters.key=model&filters.operator=eq&filters.value=gpt',
    );
  });
});

describe('what is checked is what is sent', () => {
  it('a getter is never called: one that answers differently on each read cannot slip past', async () => {
    const server = await ok();
    let reads = 0;
    const params = Object.defineProperty({ id: 'x' }, 'gateway_id', {
      get: () => (reads++ === 0 ? 'gw' : '../../other'),
      enumerable: true,
    });
    const error = await refusal(cloudflare(server.url).logs.get(params as never));
    expect(paths(error)).toEqual(['path.gateway_id']);
    expect(reads).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('params are copied when the call starts: a later change does not alter the request', async () => {
    const server = await start((_request, response) =>
      sendJson(response, 200, { result: [], success: true }),
    );
    const params = { gateway_id: 'gw', filters: [{ ...filter, value: ['gpt'] }] };
    const list = cloudflare(server.url).logs.list(params);
    params.gateway_id = 'other';
    params.filters[0]?.value.push('claude');
    await list;
    expect(server.requests[0]?.path).toBe(`/accounts/${accountId}/ai-gateway/gateways/gw/logs`);
    expect(server.requests[0]?.query.getAll('filters.value')).toEqual(['gpt']);
  });

  it('a body field behind a getter or on the prototype is refused by name', async () => {
    const server = await ok();
    const cf = cloudflare(server.url);
    const inherited = await refusal(
      cf.logs.edit({ gateway_id: 'gw', id: 'x' }, Object.create({ score: 10 })),
    );
    expect(paths(inherited)).toEqual(['body.score']);
    const getter = Object.defineProperty({}, 'metadata', { get: () => ({}), enumerable: true });
    expect(paths(await refusal(cf.logs.edit({ gateway_id: 'gw', id: 'x' }, getter)))).toEqual([
      'body.metadata',
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('values JSON cannot carry are refused by path', async () => {
    const server = await ok();
    const cf = cloudflare(server.url);
    const circular: Record<string, unknown> = { user: 'u-1' };
    circular.self = circular;
    for (const [metadata, where] of [
      [circular, 'body.metadata.self'],
      [{ at: new Date(0) }, 'body.metadata.at'],
      [{ n: 10n }, 'body.metadata.n'],
      [{ f: () => 1 }, 'body.metadata.f'],
      [new Map([['a', 1]]), 'body.metadata'],
    ] as const) {
      const error = await refusal(
        cf.logs.edit({ gateway_id: 'gw', id: 'x' }, { metadata } as never),
      );
      expect(paths(error)).toEqual([where]);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('the copy', () => {
  const core = createCloudflareCore({ accountId, apiToken: 'cf-token-for-copies' });

  it('keeps names Object.prototype has as own fields, its prototype untouched', () => {
    const params = withOwn({ gateway_id: 'gw' }, ['__proto__', 'toString', 'constructor']);
    const copy = core.plainParams(cloudflareOperations.listLogs, params);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    for (const name of ['__proto__', 'toString', 'constructor'])
      expect(Object.getOwnPropertyDescriptor(copy, name)).toEqual({
        value: `own ${name}`,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  });

  it('is a new object at every level, in the order given', () => {
    const params = { per_page: 5, gateway_id: 'gw', filters: [{ ...filter, value: ['a', 'b'] }] };
    const copy = core.plainParams(cloudflareOperations.listLogs, params);
    expect(copy).toEqual(params);
    expect(Object.keys(copy)).toEqual(['per_page', 'gateway_id', 'filters']);
    expect(copy.filters).not.toBe(params.filters);
    expect((copy.filters as object[])[0]).not.toBe(params.filters[0]);
  });
});

describe('params that are not an object at all', () => {
  it('a bare id says what the operation expects', async () => {
    const server = await ok();
    const error = await refusal(cloudflare(server.url).gateways.get('support-bot-prod' as never));
    expect(error.message).toBe(
      'Invalid getGateway request: getGateway expects { id }, got a string',
    );
    expect(error.issues).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [null, 'null'],
    [['gw'], 'an array'],
    [42, 'a number'],
  ])('%j is refused the same way', async (params, kind) => {
    const server = await ok();
    const error = await refusal(cloudflare(server.url).logs.list(params as never));
    expect(error.message).toContain(`listLogs expects { gateway_id, … }, got ${kind}`);
    expect(server.requests).toHaveLength(0);
  });
});

// Values that would go on the wire as something else are refused before sending: NaN and
// ±Infinity (as `NaN` in a query, as `null` in JSON), and list positions of the wrong type (which
// used to be turned into numbers before they were checked).
import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../src/cloudflare.js';
import { bifrost, cloudflare, rejection } from './support/clients.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const anything = () =>
  start((_request, response) =>
    sendJson(response, 200, {
      result: [],
      success: true,
      logs: [],
      pagination: { limit: 50, offset: 0, total_count: 0 },
    }),
  );

async function refusal(promise: PromiseLike<unknown>) {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError & { issues: ValidationIssue[] };
}
const paths = (error: { issues: readonly ValidationIssue[] }) =>
  error.issues.map((i) => i.path.join('.'));

const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe('NaN and ±Infinity', () => {
  it.each(nonFinite)('%s in a query parameter is refused, naming it', async (value) => {
    const server = await anything();
    const cf = cloudflare(server.url);
    const error = await refusal(cf.logs.list({ gateway_id: 'gw', min_cost: value }));
    expect(paths(error)).toEqual(['query.min_cost']);
    expect(error.message).toContain(`query.min_cost must be a finite number, got ${value}`);
    expect(paths(await refusal(bifrost(server.url).logs.stats({ max_latency: value })))).toEqual([
      'query.max_latency',
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it.each(nonFinite)('%s as a page or a filter value is refused', async (value) => {
    const server = await anything();
    const cf = cloudflare(server.url);
    expect(paths(await refusal(cf.logs.list({ gateway_id: 'gw', page: value })))).toEqual([
      'query.page',
    ]);
    const filters = [{ key: 'cost' as const, operator: 'gt' as const, value: [value] }];
    expect(paths(await refusal(cf.logs.delete({ gateway_id: 'gw', filters })))).toEqual([
      'query.filters.0.value.0',
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it.each(nonFinite)('%s in a body is refused instead of going out as null', async (value) => {
    const server = await anything();
    const cf = cloudflare(server.url);
    const error = await refusal(
      cf.logs.edit({ gateway_id: 'gw', id: 'log-1' }, { metadata: { weight: value } }),
    );
    expect(paths(error)).toEqual(['body.metadata.weight']);
    expect(error.message).toContain('body.metadata.weight must be a finite number');
    expect(server.requests).toHaveLength(0);
  });
});

describe('integers too large to be exact', () => {
  it.each([1e21, 2 ** 53, -(2 ** 60)])(
    '%s as a page, a bound or a body value is refused, never sent with an exponent',
    async (value) => {
      const server = await anything();
      const cf = cloudflare(server.url);
      const error = await refusal(cf.logs.list({ gateway_id: 'gw', page: value }));
      expect(paths(error)).toEqual(['query.page']);
      expect(error.message).toContain('query.page must be an exact integer');
      expect(paths(await refusal(bifrost(server.url).logs.list({ offset: value })))).toEqual([
        'query.offset',
      ]);
      const edit = cf.logs.edit({ gateway_id: 'gw', id: 'log-1' }, { metadata: { n: value } });
      expect(paths(await refusal(edit))).toEqual(['body.metadata.n']);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('the largest exact integer and large fractional bounds are sent as written', async () => {
    const server = await anything();
    await bifrost(server.url).logs.list({ offset: Number.MAX_SAFE_INTEGER, max_cost: 12.5 });
    const sent = server.requests[0]?.query ?? new URLSearchParams();
    expect(sent.get('offset')).toBe(String(Number.MAX_SAFE_INTEGER));
    expect(sent.get('max_cost')).toBe('12.5');
  });
});

describe('list positions and sizes are checked as given', () => {
  it.each([
    [{ page: true }, 'query.page'],
    [{ page: '5' }, 'query.page'],
    [{ page: [] }, 'query.page'],
    [{ page: 1.5 }, 'query.page'],
    [{ per_page: '10' }, 'query.per_page'],
    [{ per_page: true }, 'query.per_page'],
  ])('Cloudflare %j is refused, not sent as a number', async (params, field) => {
    const server = await anything();
    const error = await refusal(
      cloudflare(server.url).logs.list({ gateway_id: 'gw', ...(params as object) }),
    );
    expect(paths(error)).toEqual([field]);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ offset: true }, 'query.offset'],
    [{ offset: '50' }, 'query.offset'],
    [{ offset: [] }, 'query.offset'],
    [{ limit: '10' }, 'query.limit'],
  ])('Bifrost %j is refused, not sent as a number', async (params, field) => {
    const server = await anything();
    const error = await refusal(bifrost(server.url).logs.list(params as never));
    expect(paths(error)).toEqual([field]);
    expect(server.requests).toHaveLength(0);
  });

  it('a valid position is sent as given', async () => {
    const server = await anything();
    await cloudflare(server.url).logs.list({ gateway_id: 'gw', page: 3, per_page: 5 });
    expect(server.requests[0]?.query.get('page')).toBe('3');
    expect(server.requests[0]?.query.get('per_page')).toBe('5');
  });
});

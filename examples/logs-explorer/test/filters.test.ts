// The forms' state → the APIs' query parameters, one to one.
import { describe, expect, it } from 'vitest';
import { bifrostFilters, noFilters as noBifrostFilters } from '../src/bifrost/filters.ts';
import { listLogsParams, noFilters } from '../src/cloudflare/filters.ts';

describe('Cloudflare log filters', () => {
  it('leave an empty form as the plain list, newest first', () => {
    expect(listLogsParams('gw', noFilters)).toEqual({
      gateway_id: 'gw',
      per_page: 25,
      order_by: 'created_at',
      order_by_direction: 'desc',
    });
  });

  it('become the API filters, dates as whole UTC days', () => {
    const params = listLogsParams('gw', {
      search: ' refund ',
      provider: 'openai',
      model: 'gpt-4o',
      success: 'false',
      cached: 'true',
      minCost: '0.002',
      feedback: '-1',
      from: '2026-11-01',
      to: '2026-11-02',
    });
    expect(params.search).toBe('refund');
    expect(params.filters).toEqual([
      { key: 'provider', operator: 'eq', value: ['openai'] },
      { key: 'model', operator: 'contains', value: ['gpt-4o'] },
      { key: 'success', operator: 'eq', value: [false] },
      { key: 'cached', operator: 'eq', value: [true] },
      { key: 'cost', operator: 'gt', value: [0.002] },
      { key: 'feedback', operator: 'eq', value: [-1] },
      { key: 'created_at', operator: 'gt', value: ['2026-11-01T00:00:00.000Z'] },
      { key: 'created_at', operator: 'lt', value: ['2026-11-02T23:59:59.999Z'] },
    ]);
  });

  it('send no cost filter until the cost is a number, and zero as a bound', () => {
    const cost = (minCost: string) => listLogsParams('gw', { ...noFilters, minCost }).filters;
    expect(cost('  ')).toBeUndefined();
    expect(cost('abc')).toBeUndefined();
    expect(cost('0')).toEqual([{ key: 'cost', operator: 'gt', value: [0] }]);
  });
});

describe('Bifrost filters', () => {
  it('send nothing for an empty form', () => {
    expect(bifrostFilters(noBifrostFilters)).toEqual({});
  });

  it("map to the API's parameters of the same names", () => {
    expect(
      bifrostFilters({
        providers: ['openai', 'anthropic'],
        models: 'gpt-4o-mini, claude-3-5-sonnet-20241022,',
        status: ['error'],
        start_time: '2026-11-20',
        end_time: '2026-11-21',
        content_search: 'rate limit',
      }),
    ).toEqual({
      providers: ['openai', 'anthropic'],
      models: ['gpt-4o-mini', 'claude-3-5-sonnet-20241022'],
      status: ['error'],
      start_time: '2026-11-20T00:00:00.000Z',
      end_time: '2026-11-21T23:59:59.999Z',
      content_search: 'rate limit',
    });
  });
});

import { fixtures } from '@ai-gateway/testing/fixtures';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useInfiniteLogs as useInfiniteBifrostLogs } from '../src/bifrost.js';
import { useInfiniteLogs } from '../src/cloudflare.js';
import { gatewayA, setup } from './support/setup.js';

describe('infinite lists', () => {
  it('load page after page of an offset list, each one where the last ended', async () => {
    // The mock's Bifrost list holds 3 rows of a reported 1287 (the spec's example), so every page
    // has a next one.
    const { wrapper, requests } = setup();
    const { result } = renderHook(() => useInfiniteBifrostLogs({ limit: 3 }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(true);
    for (const count of [2, 3]) {
      await act(() => result.current.fetchNextPage());
      await waitFor(() => expect(result.current.data?.pages).toHaveLength(count));
    }
    const pages = result.current.data?.pages ?? [];
    expect(result.current.data?.pageParams).toEqual([0, 3, 6]);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(pages[0]?.totalCount).toBe(fixtures.bifrost.logsListResponse().pagination.total_count);
    expect(requests.map((r) => r.url.searchParams.get('offset'))).toEqual(['0', '3', '6']);
  });

  it('stop at the last page of a page-numbered list: no request past it', async () => {
    // The Cloudflare mock answers 3 logs with total_count 3: one page, and the client knows it.
    const { wrapper, requests } = setup();
    const { result } = renderHook(() => useInfiniteLogs({ gateway_id: gatewayA, per_page: 20 }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages[0]?.items).toHaveLength(3);
    expect(result.current.hasNextPage).toBe(false);
    await act(() => result.current.fetchNextPage());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.data?.pages).toHaveLength(1);
    expect(requests.map((r) => r.url.searchParams.get('page'))).toEqual(['1']);
  });

  it("send the list filters as the API's own query parameters", async () => {
    const { wrapper, requests } = setup();
    const { result } = renderHook(
      () =>
        useInfiniteBifrostLogs({
          providers: ['openai', 'anthropic'],
          models: ['gpt-4o-mini'],
          status: ['success', 'error'],
          start_time: '2026-11-20T00:00:00Z',
          end_time: '2026-11-21T00:00:00Z',
          min_cost: 0.0001,
          content_search: 'refund',
          sort_by: 'cost',
          order: 'asc',
          limit: 3,
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(Object.fromEntries(requests[0]?.url.searchParams ?? [])).toEqual({
      providers: 'openai,anthropic',
      models: 'gpt-4o-mini',
      status: 'success,error',
      start_time: '2026-11-20T00:00:00Z',
      end_time: '2026-11-21T00:00:00Z',
      min_cost: '0.0001',
      content_search: 'refund',
      sort_by: 'cost',
      order: 'asc',
      limit: '3',
      offset: '0',
    });
  });
});

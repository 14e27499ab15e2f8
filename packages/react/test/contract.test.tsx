// Contract checks: the requests the hooks send, checked by Prism against the spec. Prism serves the
// spec's examples whatever the query says, so these tests assert on the requests only.
import { mockServerUrl } from '@ai-gateway/testing/vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useInfiniteLogs as useInfiniteBifrostLogs } from '../src/bifrost.js';
import { testQueryClient, withClients } from './support/setup.js';

describe('requests the spec accepts', () => {
  it("send the list filters as the API's own query parameters", async () => {
    const { wrapper, requests } = withClients(testQueryClient(), {
      bifrost: { baseUrl: mockServerUrl('bifrost') },
    });
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
    // Prism answers a request that breaks the spec with an error, never with a success.
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

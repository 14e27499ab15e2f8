import { focusManager } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLogStats } from '../src/bifrost.js';
import { setup } from './support/setup.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('refresh interval', () => {
  afterEach(() => {
    focusManager.setFocused(undefined);
  });

  it('refetches the stats every refreshIntervalMs while the page is visible, and not while hidden', async () => {
    const { wrapper, requests, queryClient, emulators } = setup();
    const statsRequests = () => requests.filter((r) => r.url.pathname === '/api/logs/stats').length;
    const { result, unmount } = renderHook(
      () => useLogStats({ providers: ['openai'] }, { refreshIntervalMs: 100 }),
      { wrapper },
    );
    const { logs } = emulators.bifrost.store;
    const openai = logs.filter((log) => log.provider === 'openai');
    await waitFor(() => expect(result.current.data?.total_requests).toBe(openai.length));

    // A request logged meanwhile shows up at the next refresh, with no other trigger.
    const template = openai.find((log) => log.status === 'success');
    if (!template) throw new Error('the seeded data has a successful openai log');
    logs.push({ ...template, id: 'b7c1e0d2-3f4a-4b5c-8d6e-7f8091a2b3c4', cost: 1.5 });
    await waitFor(() => expect(result.current.data?.total_requests).toBe(openai.length + 1));
    expect(result.current.data?.total_cost).toBeGreaterThan(1.5);
    await waitFor(() => expect(statsRequests()).toBeGreaterThanOrEqual(3));

    // TanStack reads visibility through its focusManager (document.visibilityState by default).
    focusManager.setFocused(false);
    await sleep(150);
    const whileHidden = statsRequests();
    await sleep(400);
    expect(statsRequests()).toBe(whileHidden);

    focusManager.setFocused(true);
    await waitFor(() => expect(statsRequests()).toBeGreaterThan(whileHidden + 1));

    // Stop the interval and let the last request finish before the test environment goes.
    unmount();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  });

  it('fetches once without refreshIntervalMs', async () => {
    const { wrapper, requests } = setup();
    const { result } = renderHook(() => useLogStats(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await sleep(300);
    expect(requests).toHaveLength(1);
  });
});

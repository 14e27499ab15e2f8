import { fixtures } from '@ai-gateway/testing/fixtures';
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
    const { wrapper, requests, queryClient } = setup();
    const statsRequests = () => requests.filter((r) => r.url.pathname === '/api/logs/stats').length;
    const { result, unmount } = renderHook(
      () => useLogStats({ providers: ['openai'] }, { refreshIntervalMs: 100 }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.data).toEqual(fixtures.bifrost.stats()));
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

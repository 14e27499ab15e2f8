import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useInfiniteLogs as useInfiniteBifrostLogs } from '../src/bifrost.js';
import { useInfiniteLogs } from '../src/cloudflare.js';
import { gatewayA, newestLogs, setup } from './support/setup.js';

interface Paged {
  hasNextPage: boolean;
  data?: { pages: { items: { id: string }[] }[] } | undefined;
  fetchNextPage: () => Promise<unknown>;
}

/** Fetches the next page while the hook says there is one; returns how many pages it holds. */
async function readToTheEnd(result: { current: Paged }): Promise<number> {
  while (result.current.hasNextPage) {
    const loaded = result.current.data?.pages.length ?? 0;
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages.length).toBe(loaded + 1));
  }
  return result.current.data?.pages.length ?? 0;
}

const idsOf = (result: { current: Paged }) =>
  result.current.data?.pages.flatMap((page) => page.items.map((item) => item.id)) ?? [];

/** After the last page, asking for more sends nothing. */
async function expectNoRequestPastTheEnd(result: { current: Paged }, requests: unknown[]) {
  const sent = requests.length;
  await act(() => result.current.fetchNextPage());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(requests).toHaveLength(sent);
}

describe('infinite lists', () => {
  it('load an offset list page after page, each where the last ended, to exactly the total', async () => {
    const { wrapper, requests, emulators } = setup();
    const stored = emulators.bifrost.store.logs;
    const { result } = renderHook(() => useInfiniteBifrostLogs({ limit: 40 }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const pages = await readToTheEnd(result);

    expect(pages).toBe(Math.ceil(stored.length / 40));
    expect(result.current.data?.pages[0]?.totalCount).toBe(stored.length);
    const ids = idsOf(result);
    expect(ids).toHaveLength(stored.length);
    expect(new Set(ids)).toEqual(new Set(stored.map((log) => log.id)));
    const offsets = Array.from({ length: pages }, (_, index) => index * 40);
    expect(result.current.data?.pageParams).toEqual(offsets);
    expect(requests.map((r) => Number(r.url.searchParams.get('offset')))).toEqual(offsets);
    await expectNoRequestPastTheEnd(result, requests);
  });

  it('show only the rows that match the filters, and all of them', async () => {
    const { wrapper, emulators } = setup();
    const { result } = renderHook(
      () =>
        useInfiniteBifrostLogs({ status: ['error'], providers: ['openai', 'anthropic'], limit: 5 }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await readToTheEnd(result);
    const rows = result.current.data?.pages.flatMap((page) => page.items) ?? [];
    const matching = emulators.bifrost.store.logs.filter(
      (log) =>
        log.status === 'error' && (log.provider === 'openai' || log.provider === 'anthropic'),
    );
    expect(matching.length).toBeGreaterThan(5); // more than one page
    expect(
      rows.every((row) => row.status === 'error' && ['openai', 'anthropic'].includes(row.provider)),
    ).toBe(true);
    expect(rows.map((row) => row.id).sort()).toEqual(matching.map((log) => log.id).sort());
    expect(result.current.data?.pages[0]?.totalCount).toBe(matching.length);
  });

  it('stop at the last page of a page-numbered list, having read every stored log', async () => {
    const { wrapper, requests, emulators } = setup();
    const stored = newestLogs(emulators.cloudflare.store, gatewayA);
    const { result } = renderHook(() => useInfiniteLogs({ gateway_id: gatewayA, per_page: 50 }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const pages = await readToTheEnd(result);

    expect(pages).toBe(Math.ceil(stored.length / 50));
    expect(pages).toBeGreaterThan(1);
    expect(idsOf(result)).toEqual(stored.map(({ log }) => log.id));
    expect(requests.map((r) => r.url.searchParams.get('page'))).toEqual(
      Array.from({ length: pages }, (_, index) => String(index + 1)),
    );
    await expectNoRequestPastTheEnd(result, requests);
  });

  it('page through a filtered Cloudflare list: failed logs only, as many as are stored', async () => {
    const { wrapper, emulators } = setup();
    const { result } = renderHook(
      () =>
        useInfiniteLogs({
          gateway_id: gatewayA,
          per_page: 5,
          filters: [{ key: 'success', operator: 'eq', value: [false] }],
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await readToTheEnd(result);
    const rows = result.current.data?.pages.flatMap((page) => page.items) ?? [];
    const failed = newestLogs(emulators.cloudflare.store, gatewayA).filter(
      ({ log }) => !log.success,
    );
    expect(failed.length).toBeGreaterThan(5);
    expect(rows.every((row) => row.success === false)).toBe(true);
    expect(rows.map((row) => row.id)).toEqual(failed.map(({ log }) => log.id));
  });
});

import { NotFoundError, ValidationError } from '@ai-gateway/client/cloudflare';
import { dehydrate, hydrate, QueryClient, skipToken } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import {
  gatewayQueryOptions,
  logsQueryOptions,
  useGateway,
  useLog,
  useLogs,
  useSuspenseGateway,
} from '../src/cloudflare.js';
import { gatewayA, newestLogs, setup } from './support/setup.js';

function GatewayName() {
  const { data } = useSuspenseGateway({ id: gatewayA });
  return <p>gateway {data.id}</p>;
}

describe('read hooks', () => {
  it('start pending, then hold what the client returns: the stored gateway', async () => {
    const { wrapper, cf, emulators } = setup();
    const { result } = renderHook(() => useGateway({ id: gatewayA }), { wrapper });
    expect(result.current.isPending).toBe(true);
    expect(result.current.fetchStatus).toBe('fetching');
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(await cf.gateways.get({ id: gatewayA }));
    expect(result.current.data).toEqual(emulators.cloudflare.store.gateways.get(gatewayA));
  });

  it("fail with the client's typed error: a gateway that does not exist is a 404", async () => {
    const { wrapper, emulators } = setup();
    const { result } = renderHook(() => useGateway({ id: 'no-such-gateway' }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(NotFoundError);
    const error = result.current.error as NotFoundError;
    expect(error.status).toBe(404);
    expect(error.errors[0]?.code).toBe(7002);
    expect(emulators.cloudflare.requests.map((r) => [r.operationId, r.status])).toEqual([
      ['getGateway', 404],
    ]);
  });

  it('fail with ValidationError, sending nothing, when the parameters break the spec', async () => {
    const { wrapper, requests } = setup();
    const { result } = renderHook(() => useLogs({ gateway_id: 'Not A Gateway Id!' }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });

  it('wait, without a request, while the parameters are skipToken', async () => {
    const { wrapper, requests } = setup();
    const { result } = renderHook(() => useLog(skipToken), { wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.isPending).toBe(true);
    expect(result.current.fetchStatus).toBe('idle');
    expect(requests).toHaveLength(0);
  });

  it('suspend until the data is there (useSuspenseX)', async () => {
    const { wrapper } = setup();
    render(
      <Suspense fallback={<p>loading</p>}>
        <GatewayName />
      </Suspense>,
      { wrapper },
    );
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText(`gateway ${gatewayA}`)).toBeTruthy();
  });
});

describe('query options', () => {
  it('prefetch into the same key the hook reads, so the hook sends nothing more', async () => {
    const { wrapper, queryClient, cf, requests } = setup();
    await queryClient.prefetchQuery(gatewayQueryOptions(cf, { id: gatewayA }));
    expect(requests).toHaveLength(1);
    // As with server rendering, a staleTime keeps the hook from refetching on mount.
    const { result } = renderHook(() => useGateway({ id: gatewayA }, { staleTime: 60_000 }), {
      wrapper,
    });
    expect(result.current.data?.id).toBe(gatewayA);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(1);
  });

  it('give list pages as plain data that survives dehydrate, JSON and hydrate (server rendering)', async () => {
    const server = setup();
    const options = logsQueryOptions(server.cf, { gateway_id: gatewayA, per_page: 20 });
    const page = await server.queryClient.fetchQuery(options);
    const stored = newestLogs(server.emulators.cloudflare.store, gatewayA);
    expect(stored.length).toBeGreaterThan(20);
    expect(page).toMatchObject({
      page: 1,
      perPage: 20,
      totalCount: stored.length,
      hasNextPage: true,
    });
    expect(page.items.map((log) => log.id)).toEqual(stored.slice(0, 20).map(({ log }) => log.id));

    const browser = setup(new QueryClient());
    hydrate(browser.queryClient, JSON.parse(JSON.stringify(dehydrate(server.queryClient))));
    const { result } = renderHook(
      () =>
        useLogs({ gateway_id: gatewayA, per_page: 20 }, { staleTime: Number.POSITIVE_INFINITY }),
      { wrapper: browser.wrapper },
    );
    expect(result.current.data).toEqual(page);
    expect(browser.requests).toHaveLength(0);
  });
});

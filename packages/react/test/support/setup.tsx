import { type BifrostClient, createBifrostClient } from '@ai-gateway/client/bifrost';
import { type CloudflareClient, createCloudflareClient } from '@ai-gateway/client/cloudflare';
import {
  type BifrostEmulator,
  type CloudflareEmulator,
  type CloudflareStore,
  createEmulator,
  type StoredLog,
} from '@ai-gateway/testing/emulator';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BifrostProvider } from '../../src/bifrost.js';
import { CloudflareProvider } from '../../src/cloudflare.js';

/**
 * The emulators' data: few enough logs to seed afresh for every test, and a fixed seed and end
 * time, so that the ids picked below from one emulator name the same objects in every other.
 */
const emulatorSeed = { seed: 1, logs: 300, now: '2026-11-30T12:00:00Z' } as const;

/** The seeded Cloudflare data, to pick ids from when a test file loads. Never sent a request. */
export const seeded: CloudflareStore = createEmulator({ api: 'cloudflare', ...emulatorSeed }).store;

/** A gateway's stored logs, newest first (the list's default order). */
export const newestLogs = (store: CloudflareStore, gatewayId: string): StoredLog[] =>
  [...(store.logs.get(gatewayId) ?? [])].sort((a, b) =>
    b.log.created_at.localeCompare(a.log.created_at),
  );

const gatewayIds = [...seeded.gateways.keys()];
/** The stored gateway with the most logs: its lists span several pages. */
export const gatewayA = gatewayIds.reduce((best, id) =>
  (seeded.logs.get(id)?.length ?? 0) > (seeded.logs.get(best)?.length ?? 0) ? id : best,
);

export interface RecordedCall {
  method: string;
  url: URL;
}

/** A fetch that records each request's method and URL (path and query) before `inner` sends it. */
function recordingFetch(inner: typeof fetch, requests: RecordedCall[]): typeof fetch {
  return (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input));
    requests.push({ method: init?.method ?? request?.method ?? 'GET', url });
    return inner(input, init);
  };
}

/** A fresh cache that never retries. */
export const testQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      // Tests read `result.current` after the fact, so hooks re-render on any change, not only
      // on changes of the properties read during the last render (TanStack's default).
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY, notifyOnChangeProps: 'all' },
      mutations: { retry: false },
    },
  });

export interface ClientsContext {
  queryClient: QueryClient;
  cf: CloudflareClient;
  bifrost: BifrostClient;
  /** Every request either client sent, oldest first. */
  requests: RecordedCall[];
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

export interface TestContext extends ClientsContext {
  /** What the clients talk to: read their stores to know what the hooks must show. */
  emulators: { cloudflare: CloudflareEmulator; bifrost: BifrostEmulator };
}

/** Where a client's requests go: a server's URL, or a `fetch` that answers them itself. */
export interface Backend {
  baseUrl?: string;
  fetch?: typeof fetch;
}

/**
 * Both clients (recording every request, never retrying) and both providers around a cache. A
 * client without a backend is there for the providers only: its requests fail unsent.
 */
export function withClients(
  queryClient: QueryClient,
  backends: { cloudflare?: Backend & { accountId: string }; bifrost?: Backend },
): ClientsContext {
  const requests: RecordedCall[] = [];
  const record = (backend: Backend | undefined) =>
    recordingFetch(
      backend
        ? (backend.fetch ?? globalThis.fetch)
        : () => Promise.reject(new TypeError('no backend')),
      requests,
    );
  const cf = createCloudflareClient({
    accountId: backends.cloudflare?.accountId ?? 'no-account',
    apiToken: 'test-token',
    baseUrl: backends.cloudflare?.baseUrl,
    fetch: record(backends.cloudflare),
    maxRetries: 0,
  });
  const bifrost = createBifrostClient({
    baseUrl: backends.bifrost?.baseUrl,
    fetch: record(backends.bifrost),
    maxRetries: 0,
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <CloudflareProvider client={cf}>
        <BifrostProvider client={bifrost}>{children}</BifrostProvider>
      </CloudflareProvider>
    </QueryClientProvider>
  );
  return { queryClient, cf, bifrost, requests, wrapper };
}

/** Clients answered in process by freshly seeded emulators of both APIs. */
export function setup(queryClient = testQueryClient()): TestContext {
  const emulators = {
    cloudflare: createEmulator({ api: 'cloudflare', ...emulatorSeed }),
    bifrost: createEmulator({ api: 'bifrost', ...emulatorSeed }),
  };
  const clients = withClients(queryClient, {
    cloudflare: {
      accountId: emulators.cloudflare.seed.accountId,
      fetch: emulators.cloudflare.fetch,
    },
    bifrost: { fetch: emulators.bifrost.fetch },
  });
  return { ...clients, emulators };
}

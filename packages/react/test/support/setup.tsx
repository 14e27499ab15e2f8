import { type BifrostClient, createBifrostClient } from '@ai-gateway/client/bifrost';
import { type CloudflareClient, createCloudflareClient } from '@ai-gateway/client/cloudflare';
import { fixtures } from '@ai-gateway/testing/fixtures';
import { mockServerUrl } from '@ai-gateway/testing/vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BifrostProvider } from '../../src/bifrost.js';
import { CloudflareProvider } from '../../src/cloudflare.js';

/** The gateway and log of the Cloudflare spec's examples (what the mock serves), so its answers line up. */
export const gatewayA = fixtures.cloudflare.gateway().id;
export const logId = fixtures.cloudflare.log().id;
/** Another gateway, for cache keys that must stay apart from gatewayA's. */
export const gatewayB = 'support-bot-staging';

/** A fetch that records each request's method and URL (path and query) before sending it. */
export function recordingFetch() {
  const requests: { method: string; url: URL }[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push({ method: init?.method ?? 'GET', url });
    return fetch(input, init);
  };
  return { fetch: fetchImpl, requests };
}

export interface TestContext {
  queryClient: QueryClient;
  cf: CloudflareClient;
  bifrost: BifrostClient;
  requests: { method: string; url: URL }[];
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

/** Clients against the mock servers, a fresh cache that never retries, and both providers. */
export function setup(
  queryClient = new QueryClient({
    defaultOptions: {
      // Tests read `result.current` after the fact, so hooks re-render on any change, not only
      // on changes of the properties read during the last render (TanStack's default).
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY, notifyOnChangeProps: 'all' },
      mutations: { retry: false },
    },
  }),
): TestContext {
  const recorder = recordingFetch();
  const common = { fetch: recorder.fetch, maxRetries: 0 };
  const cf = createCloudflareClient({
    ...common,
    baseUrl: mockServerUrl('cloudflare'),
    apiToken: 'test-token',
    accountId: '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13',
  });
  const bifrost = createBifrostClient({ ...common, baseUrl: mockServerUrl('bifrost') });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <CloudflareProvider client={cf}>
        <BifrostProvider client={bifrost}>{children}</BifrostProvider>
      </CloudflareProvider>
    </QueryClientProvider>
  );
  return { queryClient, cf, bifrost, requests: recorder.requests, wrapper };
}

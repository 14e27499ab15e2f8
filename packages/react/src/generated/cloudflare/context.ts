// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type { CloudflareClient } from '@ai-gateway/client/cloudflare';
import { createElement } from 'react';
import { ApiClientProvider, type ClientProviderProps, useApiClient } from '../../runtime/index.js';

/** Hands a cloudflare client to the hooks below it: `<CloudflareProvider client={client}>`. */
export function CloudflareProvider({ client, children }: ClientProviderProps<CloudflareClient>) {
  return createElement(ApiClientProvider, { api: 'cloudflare', client }, children);
}

/** The client of the nearest `CloudflareProvider`. */
export function useCloudflareClient(): CloudflareClient {
  return useApiClient<CloudflareClient>('cloudflare', 'CloudflareProvider');
}

// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type { BifrostClient } from '@ai-gateway/client/bifrost';
import { createElement } from 'react';
import { ApiClientProvider, type ClientProviderProps, useApiClient } from '../../runtime/index.js';

/** Hands a bifrost client to the hooks below it: `<BifrostProvider client={client}>`. */
export function BifrostProvider({ client, children }: ClientProviderProps<BifrostClient>) {
  return createElement(ApiClientProvider, { api: 'bifrost', client }, children);
}

/** The client of the nearest `BifrostProvider`. */
export function useBifrostClient(): BifrostClient {
  return useApiClient<BifrostClient>('bifrost', 'BifrostProvider');
}

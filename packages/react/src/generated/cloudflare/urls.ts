// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/cloudflare';
import {
  type SkipToken,
  type UseQueryResult,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import {
  type CallOptions,
  type ClientError,
  type QueryHookOptions,
  type ReadOperation,
  readQueryOptions,
  type SuspenseQueryHookOptions,
  useReadQuery,
  useSuspenseReadQuery,
} from '../../runtime/index.js';
import { useCloudflareClient } from './context.js';
import { keySpecs } from './keys.js';

// getGatewayUrl: Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}`

const getGatewayUrl: ReadOperation<
  Api.CloudflareClient,
  Api.GetGatewayUrlParams,
  Api.GetGatewayUrlResult
> = {
  api: 'cloudflare',
  key: keySpecs.getGatewayUrl,
  fetch: (client, params, options) => client.urls.get(params, options),
};

/** Query options of getGatewayUrl, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const gatewayUrlQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetGatewayUrlParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getGatewayUrl, client, params, request);

/** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` */
export function useGatewayUrl<TData = Api.GetGatewayUrlResult>(
  params: Api.GetGatewayUrlParams | SkipToken,
  options?: QueryHookOptions<Api.GetGatewayUrlResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    gatewayUrlQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the gateway URL for a provider — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` — suspends until the data is there. */
export function useSuspenseGatewayUrl<TData = Api.GetGatewayUrlResult>(
  params: Api.GetGatewayUrlParams,
  options?: SuspenseQueryHookOptions<Api.GetGatewayUrlResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    gatewayUrlQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

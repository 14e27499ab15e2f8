// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/bifrost';
import {
  type SkipToken,
  type UseMutationResult,
  type UseQueryResult,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import {
  type CallOptions,
  type ClientError,
  type MutationHookOptions,
  type QueryHookOptions,
  type ReadOperation,
  readQueryOptions,
  type SuspenseQueryHookOptions,
  useInvalidatingMutation,
  useReadQuery,
  useSuspenseReadQuery,
  type WriteOperation,
} from '../../runtime/index.js';
import { useBifrostClient } from './context.js';
import { invalidations } from './invalidation.js';
import { keySpecs } from './keys.js';

// recalculateLogCosts: Start repricing logs — `POST /api/logs/recalculate-cost`

export interface RecalculateLogCostsVariables {
  body?: Api.RecalculateLogCostsBody;
}

const recalculateLogCosts: WriteOperation<
  Api.BifrostClient,
  RecalculateLogCostsVariables,
  Api.RecalculateLogCostsResult
> = {
  api: 'bifrost',
  keySpecs,
  invalidates: invalidations.recalculateLogCosts,
  send: (client, variables, options) => client.costRecalculation.start(variables.body, options),
};

/**
 * Start repricing logs — `POST /api/logs/recalculate-cost`
 *
 * On success it invalidates getRecalculateCostStatus().
 */
export function useRecalculateLogCosts<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.RecalculateLogCostsResult,
    RecalculateLogCostsVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.RecalculateLogCostsResult,
  ClientError,
  RecalculateLogCostsVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(recalculateLogCosts, useBifrostClient(), options);
}

// getRecalculateCostStatus: State of a cost recalculation — `GET /api/logs/recalculate-cost/status`

const getRecalculateCostStatus: ReadOperation<
  Api.BifrostClient,
  Api.GetRecalculateCostStatusParams | undefined,
  Api.GetRecalculateCostStatusResult
> = {
  api: 'bifrost',
  key: keySpecs.getRecalculateCostStatus,
  fetch: (client, params, options) => client.costRecalculation.status(params, options),
};

/** Query options of getRecalculateCostStatus, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const recalculateCostStatusQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetRecalculateCostStatusParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getRecalculateCostStatus, client, params, request);

/** State of a cost recalculation — `GET /api/logs/recalculate-cost/status` */
export function useRecalculateCostStatus<TData = Api.GetRecalculateCostStatusResult>(
  params?: Api.GetRecalculateCostStatusParams | SkipToken,
  options?: QueryHookOptions<Api.GetRecalculateCostStatusResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    recalculateCostStatusQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** State of a cost recalculation — `GET /api/logs/recalculate-cost/status` — suspends until the data is there. */
export function useSuspenseRecalculateCostStatus<TData = Api.GetRecalculateCostStatusResult>(
  params?: Api.GetRecalculateCostStatusParams,
  options?: SuspenseQueryHookOptions<Api.GetRecalculateCostStatusResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    recalculateCostStatusQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// cancelRecalculateCost: Stop a cost recalculation — `POST /api/logs/recalculate-cost/cancel`

export interface CancelRecalculateCostVariables {
  params?: Api.CancelRecalculateCostParams;
}

const cancelRecalculateCost: WriteOperation<
  Api.BifrostClient,
  CancelRecalculateCostVariables,
  Api.CancelRecalculateCostResult
> = {
  api: 'bifrost',
  keySpecs,
  invalidates: invalidations.cancelRecalculateCost,
  send: (client, variables, options) => client.costRecalculation.cancel(variables.params, options),
};

/**
 * Stop a cost recalculation — `POST /api/logs/recalculate-cost/cancel`
 *
 * On success it invalidates getRecalculateCostStatus().
 */
export function useCancelRecalculateCost<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CancelRecalculateCostResult,
    CancelRecalculateCostVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CancelRecalculateCostResult,
  ClientError,
  CancelRecalculateCostVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(cancelRecalculateCost, useBifrostClient(), options);
}

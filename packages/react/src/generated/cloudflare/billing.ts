// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/cloudflare';
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
import { useCloudflareClient } from './context.js';
import { invalidations } from './invalidation.js';
import { keySpecs } from './keys.js';

// getCreditBalance: Get the credit balance — `GET /accounts/{account_id}/ai-gateway/billing/credit-balance`

const getCreditBalance: ReadOperation<
  Api.CloudflareClient,
  Record<string, never> | undefined,
  Api.GetCreditBalanceResult
> = {
  api: 'cloudflare',
  key: keySpecs.getCreditBalance,
  fetch: (client, _params, options) => client.billing.creditBalance(options),
};

/** Query options of getCreditBalance, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const creditBalanceQueryOptions = (
  client: Api.CloudflareClient,
  params?: Record<string, never> | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getCreditBalance, client, params, request);

/** Get the credit balance — `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` */
export function useCreditBalance<TData = Api.GetCreditBalanceResult>(
  params?: Record<string, never> | SkipToken,
  options?: QueryHookOptions<Api.GetCreditBalanceResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    creditBalanceQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the credit balance — `GET /accounts/{account_id}/ai-gateway/billing/credit-balance` — suspends until the data is there. */
export function useSuspenseCreditBalance<TData = Api.GetCreditBalanceResult>(
  params?: Record<string, never>,
  options?: SuspenseQueryHookOptions<Api.GetCreditBalanceResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    creditBalanceQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// getInvoiceHistory: Get the invoice history — `GET /accounts/{account_id}/ai-gateway/billing/invoice-history`

const getInvoiceHistory: ReadOperation<
  Api.CloudflareClient,
  Api.GetInvoiceHistoryParams | undefined,
  Api.GetInvoiceHistoryResult
> = {
  api: 'cloudflare',
  key: keySpecs.getInvoiceHistory,
  fetch: (client, params, options) => client.billing.invoiceHistory(params, options),
};

/** Query options of getInvoiceHistory, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const invoiceHistoryQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.GetInvoiceHistoryParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getInvoiceHistory, client, params, request);

/** Get the invoice history — `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` */
export function useInvoiceHistory<TData = Api.GetInvoiceHistoryResult>(
  params?: Api.GetInvoiceHistoryParams | SkipToken,
  options?: QueryHookOptions<Api.GetInvoiceHistoryResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    invoiceHistoryQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the invoice history — `GET /accounts/{account_id}/ai-gateway/billing/invoice-history` — suspends until the data is there. */
export function useSuspenseInvoiceHistory<TData = Api.GetInvoiceHistoryResult>(
  params?: Api.GetInvoiceHistoryParams,
  options?: SuspenseQueryHookOptions<Api.GetInvoiceHistoryResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    invoiceHistoryQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// getInvoicePreview: Get the invoice preview — `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview`

const getInvoicePreview: ReadOperation<
  Api.CloudflareClient,
  Record<string, never> | undefined,
  Api.GetInvoicePreviewResult
> = {
  api: 'cloudflare',
  key: keySpecs.getInvoicePreview,
  fetch: (client, _params, options) => client.billing.invoicePreview(options),
};

/** Query options of getInvoicePreview, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const invoicePreviewQueryOptions = (
  client: Api.CloudflareClient,
  params?: Record<string, never> | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getInvoicePreview, client, params, request);

/** Get the invoice preview — `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` */
export function useInvoicePreview<TData = Api.GetInvoicePreviewResult>(
  params?: Record<string, never> | SkipToken,
  options?: QueryHookOptions<Api.GetInvoicePreviewResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    invoicePreviewQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the invoice preview — `GET /accounts/{account_id}/ai-gateway/billing/invoice-preview` — suspends until the data is there. */
export function useSuspenseInvoicePreview<TData = Api.GetInvoicePreviewResult>(
  params?: Record<string, never>,
  options?: SuspenseQueryHookOptions<Api.GetInvoicePreviewResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    invoicePreviewQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// getUsageHistory: Get the usage history — `GET /accounts/{account_id}/ai-gateway/billing/usage-history`

const getUsageHistory: ReadOperation<
  Api.CloudflareClient,
  Api.GetUsageHistoryParams,
  Api.GetUsageHistoryResult
> = {
  api: 'cloudflare',
  key: keySpecs.getUsageHistory,
  fetch: (client, params, options) => client.billing.usageHistory(params, options),
};

/** Query options of getUsageHistory, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const usageHistoryQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetUsageHistoryParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getUsageHistory, client, params, request);

/** Get the usage history — `GET /accounts/{account_id}/ai-gateway/billing/usage-history` */
export function useUsageHistory<TData = Api.GetUsageHistoryResult>(
  params: Api.GetUsageHistoryParams | SkipToken,
  options?: QueryHookOptions<Api.GetUsageHistoryResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    usageHistoryQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the usage history — `GET /accounts/{account_id}/ai-gateway/billing/usage-history` — suspends until the data is there. */
export function useSuspenseUsageHistory<TData = Api.GetUsageHistoryResult>(
  params: Api.GetUsageHistoryParams,
  options?: SuspenseQueryHookOptions<Api.GetUsageHistoryResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    usageHistoryQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// getSpendingLimit: Get the spending limit — `GET /accounts/{account_id}/ai-gateway/billing/spending-limit`

const getSpendingLimit: ReadOperation<
  Api.CloudflareClient,
  Record<string, never> | undefined,
  Api.GetSpendingLimitResult
> = {
  api: 'cloudflare',
  key: keySpecs.getSpendingLimit,
  fetch: (client, _params, options) => client.billing.getSpendingLimit(options),
};

/** Query options of getSpendingLimit, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const spendingLimitQueryOptions = (
  client: Api.CloudflareClient,
  params?: Record<string, never> | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getSpendingLimit, client, params, request);

/** Get the spending limit — `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` */
export function useSpendingLimit<TData = Api.GetSpendingLimitResult>(
  params?: Record<string, never> | SkipToken,
  options?: QueryHookOptions<Api.GetSpendingLimitResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    spendingLimitQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the spending limit — `GET /accounts/{account_id}/ai-gateway/billing/spending-limit` — suspends until the data is there. */
export function useSuspenseSpendingLimit<TData = Api.GetSpendingLimitResult>(
  params?: Record<string, never>,
  options?: SuspenseQueryHookOptions<Api.GetSpendingLimitResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    spendingLimitQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// setSpendingLimit: Set the spending limit — `POST /accounts/{account_id}/ai-gateway/billing/spending-limit`

export interface SetSpendingLimitVariables {
  params: Api.SetSpendingLimitParams;
  body: Api.SetSpendingLimitBody;
}

const setSpendingLimit: WriteOperation<
  Api.CloudflareClient,
  SetSpendingLimitVariables,
  Api.SetSpendingLimitResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.setSpendingLimit,
  send: (client, variables, options) =>
    client.billing.setSpendingLimit(variables.params, variables.body, options),
};

/**
 * Set the spending limit — `POST /accounts/{account_id}/ai-gateway/billing/spending-limit`
 *
 * On success it invalidates getSpendingLimit().
 */
export function useSetSpendingLimit<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.SetSpendingLimitResult,
    SetSpendingLimitVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.SetSpendingLimitResult,
  ClientError,
  SetSpendingLimitVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(setSpendingLimit, useCloudflareClient(), options);
}

// deleteSpendingLimit: Delete the spending limit — `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit`

export interface DeleteSpendingLimitVariables {
  params: Api.DeleteSpendingLimitParams;
}

const deleteSpendingLimit: WriteOperation<
  Api.CloudflareClient,
  DeleteSpendingLimitVariables,
  Api.DeleteSpendingLimitResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteSpendingLimit,
  send: (client, variables, options) =>
    client.billing.deleteSpendingLimit(variables.params, options),
};

/**
 * Delete the spending limit — `DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit`
 *
 * On success it invalidates getSpendingLimit().
 */
export function useDeleteSpendingLimit<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteSpendingLimitResult,
    DeleteSpendingLimitVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteSpendingLimitResult,
  ClientError,
  DeleteSpendingLimitVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteSpendingLimit, useCloudflareClient(), options);
}

// createTopup: Create a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup`

export interface CreateTopupVariables {
  params: Api.CreateTopupParams;
  body: Api.CreateTopupBody;
}

const createTopup: WriteOperation<
  Api.CloudflareClient,
  CreateTopupVariables,
  Api.CreateTopupResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createTopup,
  send: (client, variables, options) =>
    client.billing.topup(variables.params, variables.body, options),
};

/**
 * Create a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup`
 *
 * On success it invalidates getCreditBalance(), getInvoiceHistory().
 */
export function useCreateTopup<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.CreateTopupResult, CreateTopupVariables, TOnMutateResult>,
): UseMutationResult<Api.CreateTopupResult, ClientError, CreateTopupVariables, TOnMutateResult> {
  return useInvalidatingMutation(createTopup, useCloudflareClient(), options);
}

// getTopupConfig: Get the auto top-up settings — `GET /accounts/{account_id}/ai-gateway/billing/topup/config`

const getTopupConfig: ReadOperation<
  Api.CloudflareClient,
  Record<string, never> | undefined,
  Api.GetTopupConfigResult
> = {
  api: 'cloudflare',
  key: keySpecs.getTopupConfig,
  fetch: (client, _params, options) => client.billing.getTopupConfig(options),
};

/** Query options of getTopupConfig, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const topupConfigQueryOptions = (
  client: Api.CloudflareClient,
  params?: Record<string, never> | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getTopupConfig, client, params, request);

/** Get the auto top-up settings — `GET /accounts/{account_id}/ai-gateway/billing/topup/config` */
export function useTopupConfig<TData = Api.GetTopupConfigResult>(
  params?: Record<string, never> | SkipToken,
  options?: QueryHookOptions<Api.GetTopupConfigResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    topupConfigQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the auto top-up settings — `GET /accounts/{account_id}/ai-gateway/billing/topup/config` — suspends until the data is there. */
export function useSuspenseTopupConfig<TData = Api.GetTopupConfigResult>(
  params?: Record<string, never>,
  options?: SuspenseQueryHookOptions<Api.GetTopupConfigResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    topupConfigQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// setTopupConfig: Set the auto top-up settings — `POST /accounts/{account_id}/ai-gateway/billing/topup/config`

export interface SetTopupConfigVariables {
  params: Api.SetTopupConfigParams;
  body: Api.SetTopupConfigBody;
}

const setTopupConfig: WriteOperation<
  Api.CloudflareClient,
  SetTopupConfigVariables,
  Api.SetTopupConfigResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.setTopupConfig,
  send: (client, variables, options) =>
    client.billing.setTopupConfig(variables.params, variables.body, options),
};

/**
 * Set the auto top-up settings — `POST /accounts/{account_id}/ai-gateway/billing/topup/config`
 *
 * On success it invalidates getTopupConfig(), getCreditBalance().
 */
export function useSetTopupConfig<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.SetTopupConfigResult, SetTopupConfigVariables, TOnMutateResult>,
): UseMutationResult<
  Api.SetTopupConfigResult,
  ClientError,
  SetTopupConfigVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(setTopupConfig, useCloudflareClient(), options);
}

// deleteTopupConfig: Delete the auto top-up settings — `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config`

export type DeleteTopupConfigVariables = Record<string, never>;

const deleteTopupConfig: WriteOperation<
  Api.CloudflareClient,
  DeleteTopupConfigVariables,
  Api.DeleteTopupConfigResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteTopupConfig,
  send: (client, variables, options) => client.billing.deleteTopupConfig(options),
};

/**
 * Delete the auto top-up settings — `DELETE /accounts/{account_id}/ai-gateway/billing/topup/config`
 *
 * On success it invalidates getTopupConfig(), getCreditBalance().
 */
export function useDeleteTopupConfig<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteTopupConfigResult,
    DeleteTopupConfigVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteTopupConfigResult,
  ClientError,
  DeleteTopupConfigVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteTopupConfig, useCloudflareClient(), options);
}

// getTopupLimits: Get the top-up limits — `GET /accounts/{account_id}/ai-gateway/billing/topup/limits`

const getTopupLimits: ReadOperation<
  Api.CloudflareClient,
  Record<string, never> | undefined,
  Api.GetTopupLimitsResult
> = {
  api: 'cloudflare',
  key: keySpecs.getTopupLimits,
  fetch: (client, _params, options) => client.billing.topupLimits(options),
};

/** Query options of getTopupLimits, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const topupLimitsQueryOptions = (
  client: Api.CloudflareClient,
  params?: Record<string, never> | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getTopupLimits, client, params, request);

/** Get the top-up limits — `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` */
export function useTopupLimits<TData = Api.GetTopupLimitsResult>(
  params?: Record<string, never> | SkipToken,
  options?: QueryHookOptions<Api.GetTopupLimitsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    topupLimitsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the top-up limits — `GET /accounts/{account_id}/ai-gateway/billing/topup/limits` — suspends until the data is there. */
export function useSuspenseTopupLimits<TData = Api.GetTopupLimitsResult>(
  params?: Record<string, never>,
  options?: SuspenseQueryHookOptions<Api.GetTopupLimitsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    topupLimitsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// checkTopupStatus: Check a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup/status`

export interface CheckTopupStatusVariables {
  body: Api.CheckTopupStatusBody;
}

const checkTopupStatus: WriteOperation<
  Api.CloudflareClient,
  CheckTopupStatusVariables,
  Api.CheckTopupStatusResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.checkTopupStatus,
  send: (client, variables, options) => client.billing.topupStatus(variables.body, options),
};

/**
 * Check a top-up — `POST /accounts/{account_id}/ai-gateway/billing/topup/status`
 *
 * On success it invalidates getCreditBalance().
 */
export function useCheckTopupStatus<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CheckTopupStatusResult,
    CheckTopupStatusVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CheckTopupStatusResult,
  ClientError,
  CheckTopupStatusVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(checkTopupStatus, useCloudflareClient(), options);
}

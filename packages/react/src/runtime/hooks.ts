import type { RequestOptions } from '@ai-gateway/client';
import {
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  type UseQueryOptions,
  type UseQueryResult,
  type UseSuspenseQueryOptions,
  type UseSuspenseQueryResult,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { type InvalidationTarget, invalidationFilters } from './invalidation.js';
import type { KeySpec } from './keys.js';
import type {
  ClientError,
  InfiniteQueryHookOptions,
  MutationHookOptions,
  QueryHookOptions,
  RequestHookOptions,
  SuspenseQueryHookOptions,
} from './types.js';

/** TanStack options from a hook's options: `refreshIntervalMs` becomes a visible-only interval. */
function tanstackOptions<T extends RequestHookOptions>(
  options: T | undefined,
): Omit<T, keyof RequestHookOptions> {
  if (!options) return {} as Omit<T, keyof RequestHookOptions>;
  const { request: _request, refreshIntervalMs, ...rest } = options;
  if (refreshIntervalMs === undefined) return rest;
  return { ...rest, refetchInterval: refreshIntervalMs, refetchIntervalInBackground: false };
}

/**
 * Generated query options, as the hooks receive them. Their keys carry the data type (`DataTag`),
 * which TanStack's option types cannot widen back to a plain key, so the hooks below merge the
 * caller's options into them and assert the merged type; the generated hooks declare what they return.
 */
interface BaseOptions {
  queryKey: readonly unknown[];
  queryFn?: unknown;
}

export function useReadQuery<TQueryFnData, TData>(
  base: BaseOptions,
  options: QueryHookOptions<TQueryFnData, TData> | undefined,
): UseQueryResult<TData, ClientError> {
  const merged = { ...base, ...tanstackOptions(options) };
  return useQuery(merged as UseQueryOptions<TQueryFnData, ClientError, TData>);
}

export function useSuspenseReadQuery<TQueryFnData, TData>(
  base: BaseOptions,
  options: SuspenseQueryHookOptions<TQueryFnData, TData> | undefined,
): UseSuspenseQueryResult<TData, ClientError> {
  // Suspense hooks take no skipToken, so their query function is always a function.
  const merged = { ...base, ...tanstackOptions(options) };
  return useSuspenseQuery(merged as UseSuspenseQueryOptions<TQueryFnData, ClientError, TData>);
}

export function useInfiniteReadQuery<TPage, TData>(
  base: BaseOptions,
  options: InfiniteQueryHookOptions<TPage, TData> | undefined,
): UseInfiniteQueryResult<TData, ClientError> {
  const merged = { ...base, ...tanstackOptions(options) };
  return useInfiniteQuery(
    merged as UseInfiniteQueryOptions<TPage, ClientError, TData, readonly unknown[], number>,
  );
}

/** What a generated mutation hook hands to the runtime about one write operation. */
export interface WriteOperation<TClient, TVariables, TResult> {
  api: string;
  keySpecs: Readonly<Record<string, KeySpec>>;
  /** The write's `x-invalidates` entries. */
  invalidates: readonly InvalidationTarget[];
  send: (client: TClient, variables: TVariables, options: RequestOptions) => Promise<TResult>;
}

/**
 * A mutation that, once it succeeds, invalidates exactly the queries its spec entry names, and
 * only then calls the caller's `onSuccess`. `mutateAsync` resolves after the active ones have
 * refetched, so a form can close knowing the page already shows the new data.
 */
export function useInvalidatingMutation<
  TClient,
  TResult,
  TVariables extends object,
  TOnMutateResult,
>(
  operation: WriteOperation<TClient, TVariables, TResult>,
  client: TClient,
  options: MutationHookOptions<TResult, TVariables, TOnMutateResult> | undefined,
) {
  const queryClient = useQueryClient();
  const { request, onSuccess, ...rest } = options ?? {};
  return useMutation<TResult, ClientError, TVariables, TOnMutateResult>({
    ...rest,
    mutationFn: (variables) => operation.send(client, variables, { ...request }),
    onSuccess: async (data, variables, onMutateResult, context) => {
      const params = 'params' in variables ? (variables.params as object) : undefined;
      const filters = invalidationFilters(
        operation.api,
        operation.keySpecs,
        operation.invalidates,
        params,
      );
      await Promise.all(filters.map((filter) => queryClient.invalidateQueries(filter)));
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}

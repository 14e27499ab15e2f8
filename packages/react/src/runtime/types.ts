import type { AIGatewayError, RequestOptions, ValidationError } from '@ai-gateway/client';
import type {
  UseInfiniteQueryOptions,
  UseMutationOptions,
  UseQueryOptions,
  UseSuspenseQueryOptions,
} from '@tanstack/react-query';

/**
 * What a hook's `error` can be: everything the client throws. `APIError` (and its subclasses such as
 * `NotFoundError`), connection and timeout errors, `UnsafeRequestError` and `ResponseValidationError`
 * extend `AIGatewayError`; arguments refused before sending throw `ValidationError`.
 */
export type ClientError = AIGatewayError | ValidationError;

/** Per-call client options: extra headers, time limit, retries. TanStack provides the abort signal. */
export type CallOptions = Omit<RequestOptions, 'signal'>;

/** Options every read hook takes on top of TanStack Query's own. */
export interface RequestHookOptions {
  request?: CallOptions;
  /**
   * Refetch every `refreshIntervalMs` milliseconds, only while the page is visible (TanStack's
   * `refetchInterval` with `refetchIntervalInBackground: false`).
   */
  refreshIntervalMs?: number;
}

type Managed = 'queryKey' | 'queryFn';

export type QueryHookOptions<TQueryFnData, TData = TQueryFnData> = Omit<
  UseQueryOptions<TQueryFnData, ClientError, TData>,
  Managed
> &
  RequestHookOptions;

export type SuspenseQueryHookOptions<TQueryFnData, TData = TQueryFnData> = Omit<
  UseSuspenseQueryOptions<TQueryFnData, ClientError, TData>,
  Managed
> &
  RequestHookOptions;

export type InfiniteQueryHookOptions<TPage, TData> = Omit<
  UseInfiniteQueryOptions<TPage, ClientError, TData, readonly unknown[], number>,
  Managed | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
> &
  RequestHookOptions;

export type MutationHookOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, ClientError, TVariables, TOnMutateResult>,
  'mutationFn'
> & {
  /** Client options for every request this mutation sends. */
  request?: CallOptions;
};

/**
 * One page of a paginated list, as plain data: the client's `Page` without its methods, so that it
 * survives structural sharing, `dehydrate` and JSON (server rendering) unchanged.
 */
export interface ListPage<Item, Response> {
  items: Item[];
  /** 1-based page number (for offset lists, the page the offset falls in). */
  page: number;
  perPage: number;
  /** Items across all pages, when the API reports it. */
  totalCount: number | undefined;
  /** The client's `page.hasNextPage()` at fetch time. */
  hasNextPage: boolean;
  /** Page number or offset of the next page; `undefined` after the last page. */
  nextPageParam: number | undefined;
  /** The whole response body of this page. */
  response: Response;
}

/** How a paginated operation moves between pages (from the spec's `x-pagination`). */
export interface Paging {
  /** `page`: page numbers from 1; `offset`: item offsets from 0. */
  style: 'page' | 'offset';
}

import type { Page, RequestOptions } from '@ai-gateway/client';
import {
  type InfiniteData,
  infiniteQueryOptions,
  queryOptions,
  type SkipToken,
  skipToken,
} from '@tanstack/react-query';
import { type Key, type KeySpec, operationKey, skippedKey } from './keys.js';
import type { CallOptions, ClientError, ListPage, Paging } from './types.js';

/** What a generated module tells the runtime about one read operation. */
export interface ReadOperation<TClient, TParams, TResult> {
  api: string;
  key: KeySpec;
  fetch: (client: TClient, params: TParams, options: RequestOptions) => Promise<TResult>;
}

/** What a generated module tells the runtime about one paginated list. */
export interface ListOperation<TClient, TParams, TItem, TResponse> {
  api: string;
  key: KeySpec;
  paging: Paging;
  fetch: (
    client: TClient,
    params: TParams,
    options: RequestOptions,
  ) => PromiseLike<Page<TItem, TResponse>>;
}

const positionParam = (paging: Paging) => (paging.style === 'page' ? 'page' : 'offset');

function startOf(paging: Paging, params: unknown): number {
  const value = (params as Record<string, unknown> | undefined)?.[positionParam(paging)];
  return value === undefined ? (paging.style === 'page' ? 1 : 0) : Number(value);
}

/** The client's page as plain data; where the next page starts is decided by `hasNextPage()`. */
function toListPage<TItem, TResponse>(
  page: Page<TItem, TResponse>,
  paging: Paging,
  position: number,
): ListPage<TItem, TResponse> {
  const hasNextPage = page.hasNextPage();
  const next = paging.style === 'page' ? position + 1 : position + page.items.length;
  return {
    items: page.items,
    page: page.page,
    perPage: page.perPage,
    totalCount: page.totalCount,
    hasNextPage,
    nextPageParam: hasNextPage ? next : undefined,
    response: page.response,
  };
}

export function readQueryOptions<TClient, TParams, TResult>(
  operation: ReadOperation<TClient, TParams, TResult>,
  client: TClient,
  params: TParams | SkipToken,
  request?: CallOptions,
) {
  return queryOptions<TResult, ClientError, TResult, Key<TResult>>({
    queryKey:
      params === skipToken
        ? skippedKey<TResult>(operation.api, operation.key)
        : operationKey<TResult>(operation.api, operation.key, params as object),
    queryFn:
      params === skipToken
        ? skipToken
        : ({ signal }) => operation.fetch(client, params, { ...request, signal }),
  });
}

export function listQueryOptions<TClient, TParams, TItem, TResponse>(
  operation: ListOperation<TClient, TParams, TItem, TResponse>,
  client: TClient,
  params: TParams | SkipToken,
  request?: CallOptions,
) {
  type Data = ListPage<TItem, TResponse>;
  return queryOptions<Data, ClientError, Data, Key<Data>>({
    queryKey:
      params === skipToken
        ? skippedKey<Data>(operation.api, operation.key)
        : operationKey<Data>(operation.api, operation.key, params as object),
    queryFn:
      params === skipToken
        ? skipToken
        : async ({ signal }) =>
            toListPage(
              await operation.fetch(client, params, { ...request, signal }),
              operation.paging,
              startOf(operation.paging, params),
            ),
  });
}

export function infiniteListQueryOptions<TClient, TParams, TItem, TResponse>(
  operation: ListOperation<TClient, TParams, TItem, TResponse>,
  client: TClient,
  params: TParams | SkipToken,
  request?: CallOptions,
) {
  type PageData = ListPage<TItem, TResponse>;
  type Data = InfiniteData<PageData, number>;
  return infiniteQueryOptions<PageData, ClientError, Data, Key<Data>, number>({
    queryKey:
      params === skipToken
        ? skippedKey<Data>(operation.api, operation.key, true)
        : operationKey<Data>(operation.api, operation.key, params as object, true),
    queryFn:
      params === skipToken
        ? skipToken
        : async ({ pageParam, signal }) =>
            toListPage(
              await operation.fetch(
                client,
                { ...params, [positionParam(operation.paging)]: pageParam },
                { ...request, signal },
              ),
              operation.paging,
              pageParam,
            ),
    initialPageParam: params === skipToken ? 0 : startOf(operation.paging, params),
    // No page past the last: the client's `hasNextPage()` decided this when the page arrived.
    getNextPageParam: (lastPage) => lastPage.nextPageParam,
  });
}

// The hand-written runtime under the generated hooks: keys, query options, invalidation, context.
export { ApiClientProvider, type ClientProviderProps, useApiClient } from './context.js';
export {
  tanstackOptions,
  useInfiniteReadQuery,
  useInvalidatingMutation,
  useReadQuery,
  useSuspenseReadQuery,
  type WriteOperation,
} from './hooks.js';
export { type InvalidationTarget, invalidationFilters } from './invalidation.js';
export {
  type Key,
  type KeyLeaf,
  type KeySegment,
  type KeySpec,
  operationKey,
  pathKey,
  rootKey,
  skippedKey,
  subtreeOf,
} from './keys.js';
export {
  infiniteListQueryOptions,
  type ListOperation,
  listQueryOptions,
  type ReadOperation,
  readQueryOptions,
  toListPage,
} from './query-options.js';
export type {
  CallOptions,
  ClientError,
  InfiniteQueryHookOptions,
  ListPage,
  MutationHookOptions,
  Paging,
  QueryHookOptions,
  RequestHookOptions,
  SuspenseQueryHookOptions,
} from './types.js';

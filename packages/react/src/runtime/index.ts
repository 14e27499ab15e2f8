// The hand-written runtime under the generated hooks: keys, query options, invalidation, context.
// Exports what the generated modules and the package entries (src/cloudflare.ts, src/bifrost.ts) use.
export { ApiClientProvider, type ClientProviderProps, useApiClient } from './context.js';
export {
  useInfiniteReadQuery,
  useInvalidatingMutation,
  useReadQuery,
  useSuspenseReadQuery,
  type WriteOperation,
} from './hooks.js';
export type { InvalidationTarget } from './invalidation.js';
export { type Key, type KeySpec, operationKey, rootKey, subtreeOf } from './keys.js';
export {
  infiniteListQueryOptions,
  type ListOperation,
  listQueryOptions,
  type ReadOperation,
  readQueryOptions,
} from './query-options.js';
export type {
  CallOptions,
  ClientError,
  InfiniteQueryHookOptions,
  ListPage,
  MutationHookOptions,
  QueryHookOptions,
  SuspenseQueryHookOptions,
} from './types.js';

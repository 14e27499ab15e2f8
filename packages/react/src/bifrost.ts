// @ai-gateway/react/bifrost: TanStack Query hooks for the Bifrost logs API.
// Everything API-specific is generated from the spec (src/generated/bifrost/).
export * from './generated/bifrost/index.js';
export {
  type CallOptions,
  type ClientError,
  type InfiniteQueryHookOptions,
  type KeySpec,
  type ListPage,
  type QueryHookOptions,
  type SuspenseQueryHookOptions,
  subtreeOf,
} from './runtime/index.js';

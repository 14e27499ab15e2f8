// @ai-gateway/react/cloudflare: TanStack Query hooks for the Cloudflare AI Gateway API.
// Everything API-specific is generated from the spec (src/generated/cloudflare/).
export * from './generated/cloudflare/index.js';
export {
  type CallOptions,
  type ClientError,
  type InfiniteQueryHookOptions,
  type InvalidationTarget,
  type KeySpec,
  type ListPage,
  type MutationHookOptions,
  type QueryHookOptions,
  type SuspenseQueryHookOptions,
  subtreeOf,
} from './runtime/index.js';

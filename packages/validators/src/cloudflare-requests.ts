// Only what a client checks before sending: each operation's parameters and request body.
export * from './generated/cloudflare/requests.js';
export type { components, operations, paths } from './generated/cloudflare/types.js';

// Only what a client checks before sending: each operation's parameters and request body.
export * from './generated/bifrost/requests.js';
export type { components, operations, paths } from './generated/bifrost/types.js';

// What a client checks after receiving: each operation's JSON responses, by status.
export { responseValidators } from './generated/cloudflare/responses.js';
export type { components, operations, paths } from './generated/cloudflare/types.js';
